package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/mcp"
)

func newMCPCmd(e *env) *cobra.Command {
	var (
		root       string
		httpAddr   string
		policies   []string
		region     string
		offline    bool
		maxInput   int
		timeout    time.Duration
		cacheDir   string
		cacheTTL   time.Duration
		awsTimeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "mcp",
		Short: "Serve iacvet's checks to AI agents over the Model Context Protocol",
		Long: `Run a Model Context Protocol server offering the tools scan, list_rules,
explain_rule, estimate_cost and check_instance_type (docs/mcp.md), over stdio
by default or, with --http, over the streamable HTTP transport on a loopback
address.

Every tool is read-only. Paths are confined to --root (default: the working
directory); inline content is scanned in a private temporary directory. AWS is
called only when credentials are present and --offline is not given.`,
		Example: `  iacvet mcp --root ~/src/infra
  iacvet mcp --http 127.0.0.1:8765`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if httpAddr != "" {
				if err := mcp.CheckLoopback(httpAddr); err != nil {
					return usageError("%v", err)
				}
			}
			if root == "" {
				root = "."
			}
			// Policies named by the root's configuration file are compiled
			// with the server, once.
			extra := append([]string{}, policies...)
			for _, name := range config.FileNames {
				p := filepath.Join(root, name)
				if _, err := os.Stat(p); err == nil {
					cfg, err := config.Load(p)
					if err != nil {
						return usageError("%v", err)
					}
					extra = append(cfg.Policies, extra...)
					if region == "" {
						region = cfg.Region
					}
					break
				}
			}
			region = explicitRegion(e, region)
			// Live AWS only with credentials (awsdata probes for them, briefly)
			// and without --offline; notices go to stderr, never to the
			// protocol's stdout.
			aws, diags := awsdata.New(cmd.Context(), awsdata.Options{Offline: offline, Region: region, CacheDir: cacheDir, TTL: cacheTTL, Timeout: awsTimeout})
			for _, d := range diags {
				fmt.Fprintln(e.stderr, "iacvet:", d)
			}
			if region == "" {
				region = aws.Region() // the profile's region, else us-east-1
			}
			srv, err := mcp.New(cmd.Context(), mcp.Options{
				Root:          root,
				Policies:      extra,
				Region:        region,
				MaxInputBytes: maxInput,
				Timeout:       timeout,
				Live:          !aws.Offline(),
				Tool:          tool(),
				AWS:           aws,
				AWSNotices:    diags,
			})
			if err != nil {
				return usageError("%v", err)
			}
			if httpAddr != "" {
				ln, err := mcp.ListenLoopback(httpAddr)
				if err != nil {
					return usageError("%v", err)
				}
				fmt.Fprintf(e.stderr, "iacvet: MCP server on http://%s (root %s)\n", ln.Addr(), srv.Root())
				if err := srv.ServeHTTP(cmd.Context(), ln); err != nil {
					return &exitError{code: ExitError, err: err}
				}
				return nil
			}
			t := &mcp.StdioTransport{Reader: e.stdin, Writer: e.stdout, MaxFrameBytes: mcp.FrameLimit(maxInput)}
			if err := srv.Serve(cmd.Context(), t); err != nil && err != io.EOF {
				return &exitError{code: ExitError, err: err}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&root, "root", "", "directory the tools may read (default: the working directory)")
	fl.StringVar(&httpAddr, "http", "", "serve streamable HTTP on this loopback HOST:PORT instead of stdio (127.0.0.1:8765)")
	fl.StringArrayVar(&policies, "policy", nil, "directory of extra Rego policies (repeatable)")
	fl.StringVar(&region, "region", "", "default AWS region (else the root's .iacvet.yaml, AWS_REGION, AWS_DEFAULT_REGION, us-east-1)")
	fl.BoolVar(&offline, "offline", false, "never call AWS: embedded data only (also the default without AWS credentials)")
	fl.IntVar(&maxInput, "max-input-bytes", mcp.DefaultMaxInputBytes, "largest inline content a tool accepts, in bytes")
	fl.DurationVar(&timeout, "timeout", mcp.DefaultTimeout, "deadline of each tool call")
	fl.StringVar(&cacheDir, "cache-dir", "", "AWS lookup cache directory (default: the user cache directory/iacvet)")
	fl.DurationVar(&cacheTTL, "cache-ttl", 30*time.Minute, "how long cached AWS data is fresh")
	fl.DurationVar(&awsTimeout, "aws-timeout", 5*time.Second, "timeout of each AWS call, retries included")
	return cmd
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
