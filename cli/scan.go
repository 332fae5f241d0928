package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfsource"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
	"github.com/iacvet/iacvet/scan"
)

type scanFlags struct {
	format        string
	outputs       []string
	failOn        string
	failOnUnknown bool
	policies      []string
	region        string
	offline       bool
	quiet         bool
	noColor       bool
	tfDir         string
	allowTFShow   bool
	allowNoIaC    bool
	vars          []string
	varFiles      []string
	cfnParams     []string
	cfnParamFiles []string
	configFile    string
	baseline      string
	plans         []string
	usageFile     string
	maxCost       float64
	maxIncrease   float64
	noCost        bool
	prices        string
	stats         bool
	shard         string
	changedSince  string
	verbose       bool
	cacheDir      string
	cacheTTL      time.Duration
	awsTimeout    time.Duration
	root          string
	timeout       time.Duration
	policyLimits  rules.Limits
	policyMemMiB  uint64
	tfLimits      tfsource.Limits
	// recordBaseline: the baseline command, which writes the baseline and
	// reads none (the configuration's may not exist yet).
	recordBaseline bool
	// budgetsOnly: the cost command, which evaluates only the built-in
	// budget rules.
	budgetsOnly bool
}

func newScanCmd(e *env) *cobra.Command {
	f := &scanFlags{}
	cmd := &cobra.Command{
		Use:   "scan [PATH|-]...",
		Short: "Scan plans, Terraform directories and CloudFormation templates",
		Long: `Scan Terraform plan JSON (terraform show -json), Terraform source directories,
CloudFormation/SAM templates and cdk.out directories. The kind of each input is
detected from its content. "-" reads a plan or template from stdin. With no
path, the current directory is scanned.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.`,
		Example: `  terraform show -json tfplan > plan.json && iacvet scan plan.json
  iacvet scan plan.json --format sarif --output results.sarif
  iacvet scan infra/ --output sarif=results.sarif --output json=results.json
  terraform show -json tfplan | iacvet scan -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, e, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: text, json, sarif, github, markdown")
	fl.StringArrayVarP(&f.outputs, "output", "o", nil, "write output to a file: FORMAT=FILE (repeatable), or FILE for --format")
	fl.StringVar(&f.failOn, "fail-on", "low", "exit 1 on findings at or above: info, low, medium, high, critical, none")
	fl.BoolVar(&f.failOnUnknown, "fail-on-unknown", false, "also exit 1 on results that are unknown until apply")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings, errors and what decided the exit code")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "list every note, also those about the run (AWS lookups not made offline, cache use) that are otherwise one line")
	fl.BoolVar(&f.noColor, "no-color", false, "disable colour (NO_COLOR is honoured too)")
	fl.StringVar(&f.baseline, "baseline", "", "baseline file: findings recorded in it are reported as suppressed")
	fl.BoolVar(&f.stats, "stats", false, "print AWS lookup statistics: calls, latency, cache hits, breaker changes, fallbacks")
	fl.StringVar(&f.shard, "shard", "", "scan part K of N (K/N) of the inputs, split by path and balanced by size; write --format json and combine the shards with 'iacvet merge'")
	fl.StringVar(&f.changedSince, "changed-since", "", "scan only the inputs a git diff REF...HEAD touches, and the root modules that call a changed local module")
	addScanInputFlags(fl, f)
	return cmd
}

type output struct {
	format string
	file   string // "" is stdout
}

// formatByExtension is the format an --output FILE without FORMAT= gets
// from its extension when --format is not given.
var formatByExtension = map[string]string{
	".sarif": "sarif", ".json": "json", ".md": "markdown", ".markdown": "markdown", ".txt": "text",
}

// parseOutputs reads --output values: FORMAT=FILE, or FILE, whose format is
// --format when given, else the file's extension. A file whose extension
// names another format than the one chosen is refused: text written into a
// .sarif file would break the upload that reads it.
func parseOutputs(format string, formatSet bool, outs []string) ([]output, error) {
	var res []output
	stdoutUsed := false
	for _, o := range outs {
		name, file, ok := strings.Cut(o, "=")
		if !ok {
			file = o
			byExt, known := formatByExtension[strings.ToLower(filepath.Ext(file))]
			switch {
			case file == "-":
				name = format
			case formatSet && known && byExt != format:
				return nil, fmt.Errorf("--output %s: the extension says %s but --format is %s; name the file for its format or write %s=%s", o, byExt, format, format, o)
			case formatSet:
				name = format
			case known:
				name = byExt
			default:
				return nil, fmt.Errorf("--output %s: cannot tell the format from the file name; give --format or write FORMAT=FILE (formats: %s)", o, strings.Join(report.Formats, ", "))
			}
		}
		if !validFormat(name) {
			return nil, fmt.Errorf("--output %s: unknown format %q", o, name)
		}
		if file == "" {
			return nil, fmt.Errorf("--output %s: no file name", o)
		}
		if file == "-" {
			file, stdoutUsed = "", true
		}
		res = append(res, output{format: name, file: file})
	}
	if len(outs) == 0 && !stdoutUsed {
		res = append(res, output{format: format})
	}
	return res, nil
}

func validFormat(f string) bool {
	for _, x := range report.Formats {
		if x == f {
			return true
		}
	}
	return false
}

func keyValues(flag string, items []string) (map[string]string, error) {
	if len(items) == 0 {
		return nil, nil
	}
	out := map[string]string{}
	for _, it := range items {
		k, v, ok := strings.Cut(it, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--%s %q: want KEY=VALUE", flag, it)
		}
		out[k] = v
	}
	return out, nil
}

// explicitRegion is the region the user chose: the flag (or the
// configuration file's), else AWS_REGION / AWS_DEFAULT_REGION; "" when
// none, so the AWS configuration's profile region can apply.
func explicitRegion(e *env, flag string) string {
	if flag != "" {
		return flag
	}
	for _, k := range []string{"AWS_REGION", "AWS_DEFAULT_REGION"} {
		if v := e.getenv(k); v != "" {
			return v
		}
	}
	return ""
}

// prepared is a scan ready to run: the scanner, its options and the
// configuration they came from.
type prepared struct {
	scanner  *scan.Scanner
	opts     scan.Options
	cfg      *config.Config
	failOn   model.Severity
	baseline *config.Baseline
	// baselinePath is the baseline file read (--baseline, else the
	// configuration's), named in what it suppresses.
	baselinePath string
	notices      model.Diagnostics // from setting up AWS access
	getenv       func(string) string
	timeout      time.Duration // of the whole run
}

// prepare merges flags, the configuration file and the environment.
// Flags win over the file, the file over the environment.
func prepare(cmd *cobra.Command, e *env, f *scanFlags, args []string) (*prepared, error) {
	args = append(append([]string{}, args...), f.plans...)
	if len(args) == 0 {
		args = []string{"."}
	}
	cfg, err := loadConfig(f.configFile, args)
	if err != nil {
		return nil, usageError("%v", err)
	}
	failOnText := f.failOn
	if !cmd.Flags().Changed("fail-on") && cfg.FailOn != "" {
		failOnText = cfg.FailOn
	}
	failOn := model.Severity("")
	if failOnText != "none" && failOnText != "" { // "": a command without --fail-on
		if failOn, err = model.ParseSeverity(failOnText); err != nil {
			return nil, usageError("--fail-on: %v", err)
		}
	}
	if !cmd.Flags().Changed("fail-on-unknown") && cfg.FailOnUnknown {
		f.failOnUnknown = true
	}
	if err := filesExist(map[string][]string{"--var-file": f.varFiles, "--cfn-param-file": f.cfnParamFiles}); err != nil {
		return nil, err
	}
	vars, err := keyValues("var", f.vars)
	if err != nil {
		return nil, usageError("%v", err)
	}
	params, err := keyValues("cfn-param", f.cfnParams)
	if err != nil {
		return nil, usageError("%v", err)
	}
	region := f.region
	if region == "" {
		region = cfg.Region
	}
	f.policyLimits.Memory = f.policyMemMiB << 20
	policyDirs := append(append([]string{}, cfg.Policies...), f.policies...)
	if f.budgetsOnly {
		policyDirs = nil
	}
	scanner, err := e.scanner(cmd.Context(), policyDirs, f.policyLimits)
	if err != nil {
		return nil, usageError("%v", err)
	}
	disabled := cfg.Disabled()
	if f.budgetsOnly {
		for _, m := range scanner.Engine.Rules() {
			if !budgetRule(m.ID) {
				disabled[m.ID] = true
			}
		}
	}
	p := &prepared{scanner: scanner, cfg: cfg, failOn: failOn, getenv: e.getenv, timeout: f.timeout}
	p.opts = scan.Options{
		Paths:             args,
		Root:              f.root,
		TerraformLimits:   f.tfLimits,
		Stdin:             e.stdin,
		Region:            explicitRegion(e, region),
		TFDir:             f.tfDir,
		Vars:              vars,
		VarFiles:          f.varFiles,
		CFNParams:         params,
		CFNParamFiles:     f.cfnParamFiles,
		Exclude:           cfg.Excluded,
		Disabled:          disabled,
		SeverityOverrides: cfg.SeverityOverrides(),
	}
	if f.shard != "" {
		if p.opts.Shard, err = scan.ParseShard(f.shard); err != nil {
			return nil, usageError("--shard %v", err)
		}
		for _, a := range args {
			if a == "-" {
				return nil, usageError("--shard: stdin (-) cannot be split; scan files or directories")
			}
		}
	}
	if f.changedSince != "" {
		dir := "."
		for _, a := range args {
			if a != "-" {
				dir = a
				if st, err := os.Stat(a); err == nil && !st.IsDir() {
					dir = filepath.Dir(a)
				}
				break
			}
		}
		if p.opts.Changed, err = scan.ChangedSince(cmd.Context(), dir, f.changedSince); err != nil {
			return nil, usageError("%v", err)
		}
	}
	p.opts.AllowTerraformShow = f.allowTFShow
	p.opts.AllowNoIaC = f.allowNoIaC
	if cmd.Flags().Changed("max-monthly-cost") {
		cfg.Cost.MaxMonthlyCost = &f.maxCost
	}
	if cmd.Flags().Changed("max-monthly-increase") {
		cfg.Cost.MaxMonthlyIncrease = &f.maxIncrease
	}
	p.opts.Config = map[string]any{"cost": cfg.Cost}
	client, diags := awsdata.New(cmd.Context(), awsdata.Options{
		Offline: f.offline, Region: p.opts.Region, CacheDir: f.cacheDir, TTL: f.cacheTTL, Timeout: f.awsTimeout,
	})
	p.opts.AWS = client
	p.notices = diags
	if p.opts.Region == "" {
		p.opts.Region = client.Region() // the profile's region, else us-east-1
	}

	if !f.noCost {
		if p.opts.Cost, err = newCostOptions(f, cfg); err != nil {
			return nil, usageError("%v", err)
		}
	}
	if p.opts.Cost != nil {
		if p.opts.Cost.Prices, err = priceSource(f, client); err != nil {
			return nil, usageError("%v", err)
		}
	}
	baseline := f.baseline
	if baseline == "" {
		baseline = cfg.Baseline
	}
	if baseline != "" && !f.recordBaseline {
		if p.baseline, err = config.LoadBaseline(baseline); err != nil {
			return nil, usageError("%v", err)
		}
		p.baselinePath = baseline
	}
	return p, nil
}

// filesExist checks, before anything is scanned, that every file a flag
// names can be read: a missing --var-file would scan with default values
// and let CI check the wrong thing.
func filesExist(byFlag map[string][]string) error {
	flags := make([]string, 0, len(byFlag))
	for f := range byFlag {
		flags = append(flags, f)
	}
	sort.Strings(flags)
	for _, flag := range flags {
		for _, p := range byFlag[flag] {
			st, err := os.Stat(p)
			switch {
			case err != nil:
				return usageError("%s %s: %v", flag, p, unwrapPath(err))
			case st.IsDir():
				return usageError("%s %s: is a directory, not a file", flag, p)
			}
		}
	}
	return nil
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadConfig reads --config, or the file found from the first path upward.
func loadConfig(flag string, args []string) (*config.Config, error) {
	p := flag
	if p == "" {
		start := "."
		if len(args) > 0 && args[0] != "-" {
			start = args[0]
		}
		found, err := config.Find(start)
		if err != nil {
			return nil, err
		}
		if found == "" {
			return &config.Config{}, nil
		}
		p = found
	}
	return config.Load(p)
}

// largeScan is the number of resources from which a scan trades some time
// for a lower peak of memory. During evaluation a scan holds every resource
// twice (the model and its Rego value): a collection at each phase
// boundary and a heap held within half again of what is live (unless GOGC
// says otherwise) keep a 10,000-resource plan near 270 MB instead of
// 340-370 MB, for about a tenth more CPU.
const largeScan = 2000

// tightenHeap collects now and, unless the user set GOGC, lowers the GC
// target for the rest of the run; restoreHeap undoes it.
func tightenHeap(getenv func(string) string) {
	runtime.GC()
	if getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
}

func restoreHeap(getenv func(string) string) func() {
	if getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(100)
	debug.SetGCPercent(old)
	return func() { debug.SetGCPercent(old) }
}

// run parses, estimates costs, evaluates and applies suppressions and the
// baseline.
func (p *prepared) run(ctx context.Context) (*scan.Parsed, *report.Report, error) {
	if p.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.timeout)
		defer cancel()
	}
	parsed := p.scanner.Parse(ctx, p.opts)
	large := len(parsed.Resources) >= largeScan
	if large {
		tightenHeap(p.getenv) // what decoding left behind goes first
	}
	rep, err := p.scanner.Eval(ctx, parsed, p.opts, p.scanner.Extra(ctx, parsed, p.opts))
	if err != nil {
		return nil, nil, err
	}
	if large {
		runtime.GC() // evaluation's Rego values are garbage now
	}
	rep.Diagnostics = append(rep.Diagnostics, p.notices...)
	if p.opts.Shard.Count == 0 {
		// A shard sees part of the findings: merge tells which
		// suppressions match nothing in the whole scan.
		rep.Diagnostics = append(rep.Diagnostics, p.cfg.CheckSuppressions(rep.Findings, ruleIDs(p.scanner), p.opts.Disabled)...)
	}
	rep.Diagnostics.Sort()
	p.cfg.ApplySuppressions(rep.Findings)
	if p.baseline != nil {
		p.baseline.Apply(rep.Findings, config.DisplayPath(p.baselinePath))
	}
	rep.FailOn = p.failOn
	return parsed, rep, nil
}

// ruleIDs is the set of every loaded rule's id.
func ruleIDs(s *scan.Scanner) map[string]bool {
	ids := map[string]bool{}
	for _, m := range s.Engine.Rules() {
		ids[m.ID] = true
	}
	return ids
}

func runScan(cmd *cobra.Command, e *env, f *scanFlags, args []string) error {
	if !validFormat(f.format) {
		return usageError("--format %q: want one of %s", f.format, strings.Join(report.Formats, ", "))
	}
	outs, err := parseOutputs(f.format, cmd.Flags().Changed("format"), f.outputs)
	if err != nil {
		return usageError("%v", err)
	}
	p, err := prepare(cmd, e, f, args)
	if err != nil {
		return err
	}
	parsed, rep, err := p.run(cmd.Context())
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	rep.FailOnUnknown = f.failOnUnknown
	if parsed.Shard != nil {
		rep.Shard = p.shardRecord(parsed.Shard, rep)
	}
	if f.stats && p.opts.AWS != nil {
		rep.Stats = p.opts.AWS.Stats().String()
		if !writesTextToStdout(outs) {
			fmt.Fprintln(e.stderr, rep.Stats)
		}
	}
	if !f.stats {
		rep.RuleDurations = nil // listed only on request
	} else if !writesTextToStdout(outs) {
		fmt.Fprintln(e.stderr, "Slowest rules")
		report.WriteRuleTimes(e.stderr, rep.RuleDurations, report.SlowestRules)
	}
	if err := writeOutputs(e, outs, rep, f.quiet, f.verbose || f.stats, f.noColor); err != nil {
		return err
	}
	switch {
	case inputError(parsed, rep):
		return &exitError{code: ExitError}
	case rep.Failed():
		return &exitError{code: ExitFindings}
	}
	return nil
}

// writeOutputs writes the report in every format asked for and, when no
// text goes to stdout, says on stderr what was written and what failed.
func writeOutputs(e *env, outs []output, rep *report.Report, quiet, verbose, noColor bool) error {
	color := !noColor && e.getenv("NO_COLOR") == "" && isTerminal(e.stdout)
	for _, o := range outs {
		if err := writeReport(e, o, rep, report.Options{Color: color && o.file == "", Quiet: quiet, Verbose: verbose, Warnings: e.stderr}); err != nil {
			return &exitError{code: ExitError, err: err}
		}
	}
	if !quiet && allToFiles(outs) {
		c := rep.Count()
		fmt.Fprintf(e.stderr, "iacvet: %d finding(s), %d unknown until apply, %d suppressed; wrote %s\n", c.Total, c.Unknown, c.Suppressed, fileList(outs))
	}
	for _, d := range rep.Diagnostics {
		if d.Severity == model.DiagError && !writesTextToStdout(outs) {
			fmt.Fprintln(e.stderr, "iacvet:", d)
		}
	}
	return nil
}

// inputError reports whether the run must exit 2 whatever it found: an
// input could not be read, decoded or evaluated (any error diagnostic,
// from a parser, a limit, a live lookup or a rule that failed), or nothing
// could be scanned. iacvet gates pull requests written by strangers, so
// what it could not check fails the run instead of passing it.
func inputError(parsed *scan.Parsed, rep *report.Report) bool {
	if parsed.InputFailed || parsed.NothingScanned || parsed.Diagnostics.HasErrors() {
		return true
	}
	return rep != nil && rep.Diagnostics.HasErrors()
}

func writesTextToStdout(outs []output) bool {
	for _, o := range outs {
		if o.file == "" && o.format == "text" {
			return true
		}
	}
	return false
}

func allToFiles(outs []output) bool {
	for _, o := range outs {
		if o.file == "" {
			return false
		}
	}
	return true
}

func fileList(outs []output) string {
	var names []string
	for _, o := range outs {
		names = append(names, o.file)
	}
	return strings.Join(names, ", ")
}

func writeReport(e *env, o output, rep *report.Report, opts report.Options) error {
	w, err := report.New(o.format, opts)
	if err != nil {
		return err
	}
	if o.file == "" {
		return w.Write(e.stdout, rep)
	}
	// Streamed to the file: a large report is never held whole in memory.
	return writeFileAtomicFunc(o.file, func(f io.Writer) error { return w.Write(f, rep) })
}

// writeFileAtomic writes through a temporary file and a rename.
func writeFileAtomic(path string, data []byte) error {
	return writeFileAtomicFunc(path, func(f io.Writer) error {
		_, err := f.Write(data)
		return err
	})
}

// writeFileAtomicFunc has write fill a temporary file, then renames it to
// path: readers never see a half-written report.
func writeFileAtomicFunc(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".iacvet-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
