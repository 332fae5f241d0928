package awsdata

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/accessanalyzer"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	"github.com/aws/smithy-go/logging"

	"github.com/iacvet/iacvet/awsdata/cache"
	"github.com/iacvet/iacvet/awsdata/guard"
	"github.com/iacvet/iacvet/model"
)

// Defaults.
const (
	DefaultRegion          = "us-east-1"
	DefaultMaxConcurrency  = 8
	DefaultMaxAttempts     = 3
	DefaultCredentialProbe = 2 * time.Second
)

// Options configures a Client. Zero values take the defaults.
type Options struct {
	// Offline disables every live call: data comes from the cache and the
	// embedded snapshot only, and no socket is ever opened.
	Offline bool
	// Region is the default region (else the AWS config's, else us-east-1).
	Region string
	// CacheDir is the cache directory (default os.UserCacheDir()/iacvet).
	CacheDir string
	// TTL is how long a cache entry is fresh (default 30 min).
	TTL time.Duration
	// Timeout bounds each AWS call, retries included (default 5 s).
	Timeout time.Duration
	// BreakerFailures consecutive failures open a service+region breaker
	// (default 5); BreakerOpenFor is how long it stays open (default 300 s).
	BreakerFailures uint32
	BreakerOpenFor  time.Duration
	// MaxConcurrency bounds concurrent lookups (default 8).
	MaxConcurrency int
	// MaxAttempts is the SDK retryer's attempts per call, first included
	// (default 3); RetryMaxBackoff caps its backoff (default: the SDK's).
	MaxAttempts     int
	RetryMaxBackoff time.Duration
	// CredentialProbe bounds the credential check in New (default 2 s), so
	// an unreachable instance metadata service cannot stall a scan.
	CredentialProbe time.Duration
	// Clock is the time source (default time.Now).
	Clock func() time.Time
	// HTTPClient replaces the SDK's HTTP client (tests).
	HTTPClient aws.HTTPClient
	// ConfigOptions are extra config.LoadDefaultConfig options (tests).
	ConfigOptions []func(*config.LoadOptions) error
}

// Client performs live AWS lookups. Create it with New; it is safe for
// concurrent use.
type Client struct {
	opts    Options
	cfg     aws.Config
	offline bool
	region  string
	cache   *cache.Cache
	guard   *guard.Guard

	mu      sync.Mutex
	ec2     map[string]EC2API
	rds     map[string]RDSAPI
	ssm     map[string]SSMAPI
	analyzr map[string]AccessAnalyzerAPI
}

// EC2API is the part of the EC2 API the lookups use.
type EC2API interface {
	DescribeInstanceTypeOfferings(context.Context, *ec2.DescribeInstanceTypeOfferingsInput, ...func(*ec2.Options)) (*ec2.DescribeInstanceTypeOfferingsOutput, error)
	DescribeSubnets(context.Context, *ec2.DescribeSubnetsInput, ...func(*ec2.Options)) (*ec2.DescribeSubnetsOutput, error)
	DescribeSecurityGroups(context.Context, *ec2.DescribeSecurityGroupsInput, ...func(*ec2.Options)) (*ec2.DescribeSecurityGroupsOutput, error)
}

// RDSAPI is the part of the RDS API the lookups use.
type RDSAPI interface {
	DescribeOrderableDBInstanceOptions(context.Context, *rds.DescribeOrderableDBInstanceOptionsInput, ...func(*rds.Options)) (*rds.DescribeOrderableDBInstanceOptionsOutput, error)
}

// SSMAPI is the part of the SSM API the lookups use.
type SSMAPI interface {
	GetParametersByPath(context.Context, *ssm.GetParametersByPathInput, ...func(*ssm.Options)) (*ssm.GetParametersByPathOutput, error)
}

// AccessAnalyzerAPI is the part of the IAM Access Analyzer API the lookups use.
type AccessAnalyzerAPI interface {
	ValidatePolicy(context.Context, *accessanalyzer.ValidatePolicyInput, ...func(*accessanalyzer.Options)) (*accessanalyzer.ValidatePolicyOutput, error)
}

// New returns a client. It loads the AWS configuration through the SDK's
// standard chain (environment, shared config and credentials files, SSO,
// web identity, container and instance metadata) including endpoint
// settings (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_EC2, endpoint_url in
// profiles), then checks that credentials can be had within
// Options.CredentialProbe. Without credentials the client works offline and
// New returns one notice saying so; New never fails.
func New(ctx context.Context, opts Options) (*Client, model.Diagnostics) {
	if opts.MaxConcurrency <= 0 {
		opts.MaxConcurrency = DefaultMaxConcurrency
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = DefaultMaxAttempts
	}
	if opts.CredentialProbe <= 0 {
		opts.CredentialProbe = DefaultCredentialProbe
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	c := &Client{
		opts:    opts,
		offline: opts.Offline,
		region:  opts.Region,
		cache:   cache.New(cache.Options{Dir: opts.CacheDir, TTL: opts.TTL, Now: opts.Clock}),
		guard:   guard.New(guard.Options{Failures: opts.BreakerFailures, OpenFor: opts.BreakerOpenFor, Timeout: opts.Timeout, Now: opts.Clock}),
		ec2:     map[string]EC2API{},
		rds:     map[string]RDSAPI{},
		ssm:     map[string]SSMAPI{},
		analyzr: map[string]AccessAnalyzerAPI{},
	}
	if c.offline {
		c.defaultRegion()
		return c, nil
	}
	var diags model.Diagnostics
	// The SDK's own log lines (IMDS fallbacks, retries) would land on the
	// user's terminal; what matters is reported as diagnostics instead.
	lo := append([]func(*config.LoadOptions) error{config.WithLogger(logging.Nop{})}, opts.ConfigOptions...)
	if opts.Region != "" {
		lo = append(lo, config.WithRegion(opts.Region))
	}
	if opts.HTTPClient != nil {
		lo = append(lo, config.WithHTTPClient(opts.HTTPClient))
	}
	cfg, err := config.LoadDefaultConfig(ctx, lo...)
	if err != nil {
		c.offline = true
		c.defaultRegion()
		diags = append(diags, notice("AWS configuration could not be loaded; live AWS lookups are off (running offline)", err.Error()))
		return c, diags
	}
	c.cfg = cfg
	if c.region == "" {
		c.region = cfg.Region
	}
	c.defaultRegion()
	if cfg.Credentials == nil {
		c.offline = true
		return c, append(diags, notice("no AWS credentials found; live AWS lookups are off (running offline)", ""))
	}
	pctx, cancel := context.WithTimeout(ctx, opts.CredentialProbe)
	defer cancel()
	if _, err := cfg.Credentials.Retrieve(pctx); err != nil {
		c.offline = true
		detail := err.Error()
		if pctx.Err() != nil {
			detail = fmt.Sprintf("no credentials within %s: %v", opts.CredentialProbe, err)
		}
		return c, append(diags, notice("no AWS credentials found; live AWS lookups are off (running offline)", detail))
	}
	return c, diags
}

func (c *Client) defaultRegion() {
	if c.region == "" {
		c.region = DefaultRegion
	}
}

// Offline reports whether the client makes no live calls.
func (c *Client) Offline() bool { return c.offline }

// Region is the default region for resources without one.
func (c *Client) Region() string { return c.region }

// Stats are the lookup statistics (for --stats).
func (c *Client) Stats() *guard.Stats { return c.guard.Stats() }

// Guard returns the client's guard, for other live sources (prices) that
// should share breakers and statistics.
func (c *Client) Guard() *guard.Guard { return c.guard }

// Cache returns the client's cache, for other live sources (prices).
func (c *Client) Cache() *cache.Cache { return c.cache }

// Config returns the loaded AWS configuration (zero when offline from the start).
func (c *Client) Config() aws.Config { return c.cfg }

func (c *Client) retryer() aws.Retryer {
	return retry.NewStandard(func(o *retry.StandardOptions) {
		o.MaxAttempts = c.opts.MaxAttempts
		if c.opts.RetryMaxBackoff > 0 {
			o.MaxBackoff = c.opts.RetryMaxBackoff
		}
	})
}

// regionConfig is the AWS configuration for one region's clients: the
// loaded config (endpoints, credentials) with iacvet's retryer and, in
// tests, the injected HTTP client.
func (c *Client) regionConfig(region string) aws.Config {
	cfg := c.cfg.Copy()
	cfg.Region = region
	cfg.Retryer = func() aws.Retryer { return c.retryer() }
	if c.opts.HTTPClient != nil {
		cfg.HTTPClient = c.opts.HTTPClient
	}
	return cfg
}

// clientFor returns the cached client of a service for a region, making
// it on first use.
func clientFor[T any](c *Client, cache map[string]T, region string, build func(aws.Config) T) T {
	c.mu.Lock()
	defer c.mu.Unlock()
	if api, ok := cache[region]; ok {
		return api
	}
	api := build(c.regionConfig(region))
	cache[region] = api
	return api
}

func (c *Client) ec2For(region string) EC2API {
	return clientFor(c, c.ec2, region, func(cfg aws.Config) EC2API { return ec2.NewFromConfig(cfg) })
}

func (c *Client) rdsFor(region string) RDSAPI {
	return clientFor(c, c.rds, region, func(cfg aws.Config) RDSAPI { return rds.NewFromConfig(cfg) })
}

func (c *Client) ssmFor(region string) SSMAPI {
	return clientFor(c, c.ssm, region, func(cfg aws.Config) SSMAPI { return ssm.NewFromConfig(cfg) })
}

func (c *Client) analyzerFor(region string) AccessAnalyzerAPI {
	return clientFor(c, c.analyzr, region, func(cfg aws.Config) AccessAnalyzerAPI { return accessanalyzer.NewFromConfig(cfg) })
}

// Ensure the SDK's HTTP client type satisfies aws.HTTPClient (documentation).
var _ aws.HTTPClient = (*http.Client)(nil)

func notice(summary, detail string) model.Diagnostic {
	return model.Diagnostic{Severity: model.DiagNotice, Summary: summary, Detail: detail}
}
