package cli

import (
	"time"

	"github.com/spf13/pflag"

	"github.com/iacvet/iacvet/parsers/tfsource"
	"github.com/iacvet/iacvet/rules"
)

// The flags of the scanning commands, in groups. scan and baseline share
// one set, addScanInputFlags: everything that decides what is read and
// what is found, so a baseline records what a scan with the same flags
// finds. What only shapes scan's report and exit code (--format, --output,
// --fail-on, --quiet, --baseline, ...) is scan's own. cost takes the
// inputs and the cost flags, not the rules'.

// addScanInputFlags adds the input, cost and policy flags: the set scan
// and baseline share.
func addScanInputFlags(fl *pflag.FlagSet, f *scanFlags) {
	addSourceFlags(fl, f)
	addCostFlags(fl, f)
	fl.StringArrayVar(&f.policies, "policy", nil, "directory of extra Rego policies (repeatable)")
	fl.BoolVar(&f.noCost, "no-cost", false, "skip cost estimation")
	fl.DurationVar(&f.policyLimits.Timeout, "policy-timeout", rules.DefaultTimeout, "deadline of each rule's evaluation")
	fl.Uint64Var(&f.policyMemMiB, "policy-memory", rules.DefaultMemory>>20, "MiB the heap may grow by while rules evaluate")
	fl.IntVar(&f.policyLimits.MaxRange, "policy-max-range", rules.DefaultMaxRange, "longest numbers.range / numbers.range_step a policy may build")
	fl.IntVar(&f.policyLimits.MaxCIDRExpand, "policy-max-cidr-expand", rules.DefaultMaxCIDRExpand, "most addresses net.cidr_expand may produce")
}

// addSourceFlags adds what decides the resources read: the inputs, their
// variables and parameters, the limits of reading them, the configuration
// file and AWS access.
func addSourceFlags(fl *pflag.FlagSet, f *scanFlags) {
	fl.StringArrayVar(&f.plans, "plan", nil, "a plan to scan: JSON, or binary with --allow-terraform-show (repeatable)")
	fl.BoolVar(&f.allowTFShow, "allow-terraform-show", false, "read a binary plan with terraform show -json; it starts the provider plugins installed in the plan's .terraform, so only for a trusted terraform init")
	fl.StringVar(&f.tfDir, "tf-dir", "", "Terraform configuration directory of the plan (default: the plan file's directory)")
	fl.StringArrayVar(&f.vars, "var", nil, "Terraform variable NAME=VALUE for source scans (repeatable)")
	fl.StringArrayVar(&f.varFiles, "var-file", nil, "Terraform .tfvars file for source scans (repeatable)")
	fl.StringArrayVar(&f.cfnParams, "cfn-param", nil, "CloudFormation parameter KEY=VALUE (repeatable)")
	fl.StringArrayVar(&f.cfnParamFiles, "cfn-param-file", nil, "CloudFormation parameters file in CloudFormation's JSON format (repeatable)")
	fl.StringVar(&f.region, "region", "", "default AWS region (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1)")
	fl.BoolVar(&f.offline, "offline", false, "never call AWS: embedded data only")
	fl.StringVar(&f.root, "root", "", "scanned root: files the inputs name must lie inside it (default: the working directory, or the input's own directory when it lies outside)")
	fl.StringVar(&f.configFile, "config", "", "configuration file (default: .iacvet.yaml found from the scanned path upward)")
	fl.StringVar(&f.changedSince, "changed-since", "", "only the inputs git diff REF...HEAD touches, and the root modules that call a changed local module")
	fl.BoolVar(&f.allowNoIaC, "allow-no-iac", false, "exit 0 when no input is infrastructure code (for hooks that pass every YAML and JSON file); by default that is an input error")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Minute, "deadline of the whole scan; past it, what is unfinished is an error (exit 2)")
	fl.IntVar(&f.tfLimits.MaxNesting, "tf-max-nesting", tfsource.DefaultMaxNesting, "deepest nesting of brackets, braces and interpolations in a Terraform file (checked before parsing)")
	fl.IntVar(&f.tfLimits.MaxString, "tf-max-string", tfsource.DefaultMaxString, "bytes of one string a Terraform expression may produce")
	fl.IntVar(&f.tfLimits.MaxCollection, "tf-max-collection", tfsource.DefaultMaxCollection, "elements (counted deep) of one value a Terraform expression may produce")
	fl.Int64Var(&f.tfLimits.MaxEvalWork, "tf-max-eval-work", tfsource.DefaultMaxEvalWork, "evaluation work units per Terraform scan (see docs/security.md)")
	fl.IntVar(&f.tfLimits.MaxExpansion, "tf-max-expansion", tfsource.DefaultMaxExpansion, "resource and module instances and dynamic blocks per Terraform scan")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "AWS lookup cache directory (default: the user cache directory/iacvet)")
	fl.DurationVar(&f.cacheTTL, "cache-ttl", 30*time.Minute, "how long cached AWS data is fresh")
	fl.DurationVar(&f.awsTimeout, "aws-timeout", 5*time.Second, "timeout of each AWS call, retries included")
}

// addCostFlags adds the usage file, the price snapshot and the budgets.
func addCostFlags(fl *pflag.FlagSet, f *scanFlags) {
	fl.StringVar(&f.usageFile, "usage-file", "", "usage file (YAML) pricing usage-based components (docs/cost.md)")
	fl.StringVar(&f.prices, "prices", "", "price snapshot written by 'iacvet pricing refresh' (used before the embedded one)")
	fl.Float64Var(&f.maxCost, "max-monthly-cost", 0, "budget: fail when the estimated monthly total exceeds this many USD")
	fl.Float64Var(&f.maxIncrease, "max-monthly-increase", 0, "budget: fail when the change adds more than this many USD per month")
}
