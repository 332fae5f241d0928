package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/config"
	"github.com/iacvet/iacvet/mcp"
)

func newMCPCmd(e *env) *cobra.Command {
	var (
		root     string
		httpAddr string
		policies []string
		region   string
		offline  bool
		maxInput int
		timeout  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "mcp",
		Short: "Serve iacvet's checks to AI agents over the Model Context Protocol",
		Long: `Run a Model Context Protocol server offering the tools scan, list_rules,
explain_rule and estimate_cost (docs/mcp.md), over stdio by default or, with
--http, over the streamable HTTP transport on a loopback address.

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
			srv, err := mcp.New(cmd.Context(), mcp.Options{
				Root:          root,
				Policies:      extra,
				Region:        defaultRegion(e, region),
				MaxInputBytes: maxInput,
				Timeout:       timeout,
				Live:          !offline && hasAWSCredentials(e.getenv),
				Tool:          tool(),
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
			t := &sdk.IOTransport{Reader: io.NopCloser(e.stdin), Writer: nopWriteCloser{e.stdout}, MaxLineLength: stdioLineLimit(maxInput)}
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
	return cmd
}

// stdioLineLimit sizes the stdio frame limit so the largest accepted inline
// content fits even when JSON escaping doubles it.
func stdioLineLimit(maxInput int) int {
	if n := 2*maxInput + 1<<20; n > sdk.DefaultMaxLineLength {
		return n
	}
	return sdk.DefaultMaxLineLength
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }

// hasAWSCredentials reports whether the environment names AWS credentials
// (keys, a profile, web identity, container credentials or a shared
// credentials file); without them iacvet stays offline.
func hasAWSCredentials(getenv func(string) string) bool {
	for _, k := range []string{"AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"} {
		if getenv(k) != "" {
			return true
		}
	}
	file := getenv("AWS_SHARED_CREDENTIALS_FILE")
	if file == "" {
		if home, err := os.UserHomeDir(); err == nil {
			file = filepath.Join(home, ".aws", "credentials")
		}
	}
	if file == "" {
		return false
	}
	_, err := os.Stat(file)
	return err == nil
}
