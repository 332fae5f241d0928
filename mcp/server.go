package mcp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"time"
	"unicode/utf8"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/scan"
)

// Defaults of Options.
const (
	DefaultMaxInputBytes = 5 << 20
	DefaultTimeout       = 30 * time.Second
)

// Options configures a Server.
type Options struct {
	// Root confines every path a tool reads (default: the working directory).
	Root string
	// Policies are extra Rego policy directories, compiled once with the
	// built-in ones.
	Policies []string
	// Region is the default AWS region for resources without one
	// (default us-east-1).
	Region string
	// MaxInputBytes bounds inline content (default DefaultMaxInputBytes).
	MaxInputBytes int
	// Timeout is each call's deadline (default DefaultTimeout).
	Timeout time.Duration
	// Live is true when AWS may be called (credentials present and not
	// --offline). Tools that can use live data say which source answered.
	Live bool
	// Tool names the producing tool in reports.
	Tool report.Tool
	// AWS, when set, gives scans the live AWS lookups `iacvet scan` makes
	// (offline it answers from the cache and embedded data) and answers
	// check_instance_type. AWSNotices are the notes from setting it up,
	// reported with every scan as the CLI does.
	AWS        *awsdata.Client
	AWSNotices model.Diagnostics
	// InstanceTypes answers check_instance_type (default: AWS's lookups);
	// with neither, the tool is left out.
	InstanceTypes InstanceTypes
}

// Server is iacvet's MCP server: one compiled scanner shared by every call.
type Server struct {
	opts     Options
	root     string // absolute root as given
	realRoot string // root with symlinks resolved
	scanner  *scan.Scanner
	mcp      *sdk.Server
	// evalMu serialises rule evaluation: the engine keeps the AWS data of
	// the evaluation in its store, so two evaluations must not interleave.
	evalMu sync.Mutex
	// work counts tool calls still running, abandoned ones included.
	work sync.WaitGroup
}

// New compiles the policies and registers the tools.
func New(ctx context.Context, opts Options) (*Server, error) {
	if opts.Root == "" {
		opts.Root = "."
	}
	if opts.MaxInputBytes <= 0 {
		opts.MaxInputBytes = DefaultMaxInputBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Region == "" {
		opts.Region = "us-east-1"
	}
	if opts.InstanceTypes == nil && opts.AWS != nil {
		opts.InstanceTypes = AWSInstanceTypes{Client: opts.AWS}
	}
	if opts.Tool.Name == "" {
		opts.Tool = report.Tool{Name: "iacvet", Version: "dev", URI: "https://github.com/iacvet/iacvet"}
	}
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		return nil, fmt.Errorf("root %s: %w", opts.Root, err)
	}
	realRoot, err := realDir(root)
	if err != nil {
		return nil, fmt.Errorf("root %s: %w", opts.Root, err)
	}
	scanner, err := scan.NewScanner(ctx, opts.Policies, opts.Tool)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, root: root, realRoot: realRoot, scanner: scanner}
	s.mcp = sdk.NewServer(&sdk.Implementation{Name: opts.Tool.Name, Title: "iacvet", Version: opts.Tool.Version}, &sdk.ServerOptions{
		Instructions: "iacvet vets AWS infrastructure-as-code (Terraform plans, Terraform sources, CloudFormation) with the same rules as its pull-request checks. " +
			"Call scan on a file or directory under the root (or on inline content) after writing Terraform or CloudFormation, fix findings at or above the fail_on threshold, " +
			"use explain_rule for a finding's remediation examples, and estimate_cost for the monthly cost of a change. All tools are read-only.",
	})
	s.mcp.AddReceivingMiddleware(boundErrors)
	if err := s.addTools(); err != nil {
		return nil, err
	}
	return s, nil
}

// maxErrorText bounds the text of an error answer. The SDK's argument
// validation quotes the offending value (an oversize content, a long
// kind), which must not come back whole.
const maxErrorText = 1024

// boundErrors shortens error answers: a tool call's error result and a
// method's error.
func boundErrors(next sdk.MethodHandler) sdk.MethodHandler {
	return func(ctx context.Context, method string, req sdk.Request) (sdk.Result, error) {
		res, err := next(ctx, method, req)
		if err != nil && len(err.Error()) > maxErrorText {
			err = errors.New(truncateText(err.Error()))
		}
		if r, ok := res.(*sdk.CallToolResult); ok && r != nil && r.IsError {
			for _, c := range r.Content {
				if tc, ok := c.(*sdk.TextContent); ok && len(tc.Text) > maxErrorText {
					tc.Text = truncateText(tc.Text)
				}
			}
		}
		return res, err
	}
}

func truncateText(s string) string {
	cut := maxErrorText
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + fmt.Sprintf("... (%d more bytes)", len(s)-cut)
}

// MCP returns the SDK server (for transports the caller builds).
func (s *Server) MCP() *sdk.Server { return s.mcp }

// Root returns the absolute root directory.
func (s *Server) Root() string { return s.root }

// Serve runs the server on one transport (stdio, in-memory) until the
// client disconnects or ctx is done.
func (s *Server) Serve(ctx context.Context, t sdk.Transport) error {
	err := s.mcp.Run(ctx, t)
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return nil
	}
	return err
}

// HTTPHandler is the streamable HTTP transport's handler. It keeps the
// SDK's DNS-rebinding protection and accepts request bodies large enough
// for the inline-content limit.
func (s *Server) HTTPHandler() http.Handler {
	return sdk.NewStreamableHTTPHandler(func(*http.Request) *sdk.Server { return s.mcp }, &sdk.StreamableHTTPOptions{
		MaxRequestBodyBytes: int64(s.opts.MaxInputBytes)*2 + 1<<20,
	})
}

// ListenLoopback listens on addr, which must name a loopback address
// ("127.0.0.1:8765", "[::1]:8765", "localhost:8765"): the server is for the
// local user's agents, never for the network.
func ListenLoopback(addr string) (net.Listener, error) {
	if err := CheckLoopback(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	// localhost may resolve to something unexpected: check what was bound.
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		ln.Close()
		return nil, fmt.Errorf("--http %s: bound %s, which is not a loopback address", addr, tcp.IP)
	}
	return ln, nil
}

// CheckLoopback refuses addresses that are not loopback host:port pairs.
func CheckLoopback(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--http %q: want HOST:PORT on a loopback address, such as 127.0.0.1:8765: %v", addr, err)
	}
	if port == "" {
		return fmt.Errorf("--http %q: no port", addr)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--http %q: only loopback addresses (127.0.0.1, ::1, localhost) are allowed", addr)
	}
	return nil
}

// ServeHTTP serves the streamable HTTP transport on ln until ctx is done.
func (s *Server) ServeHTTP(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.HTTPHandler(), ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
		return nil
	}
}
