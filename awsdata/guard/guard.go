package guard

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/aws/smithy-go"
	"github.com/sony/gobreaker/v2"
)

// Defaults.
const (
	DefaultFailures = 5
	DefaultOpenFor  = 300 * time.Second
	DefaultTimeout  = 5 * time.Second
)

// ErrOpen is returned (wrapped) when a call is refused because the circuit
// breaker of its service and region is open.
var ErrOpen = errors.New("circuit breaker open")

// Options configures a Guard.
type Options struct {
	// Failures is the number of consecutive failures that opens a breaker
	// (default 5).
	Failures uint32
	// OpenFor is how long an open breaker refuses calls before it lets one
	// through (half-open; default 300 s).
	OpenFor time.Duration
	// Timeout bounds each call (default 5 s).
	Timeout time.Duration
	// Now is the clock used for latency figures (default time.Now).
	Now func() time.Time
}

// Guard runs AWS API calls with a per-call timeout behind one circuit
// breaker per service and region, and records statistics. It is safe for
// concurrent use.
type Guard struct {
	opts  Options
	stats *Stats

	mu       sync.Mutex
	breakers map[string]*gobreaker.CircuitBreaker[struct{}]
}

// New returns a guard.
func New(opts Options) *Guard {
	if opts.Failures == 0 {
		opts.Failures = DefaultFailures
	}
	if opts.OpenFor <= 0 {
		opts.OpenFor = DefaultOpenFor
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Guard{opts: opts, stats: newStats(), breakers: map[string]*gobreaker.CircuitBreaker[struct{}]{}}
}

// Stats returns the guard's statistics (live: keep calling Snapshot).
func (g *Guard) Stats() *Stats { return g.stats }

// Timeout returns the per-call timeout.
func (g *Guard) Timeout() time.Duration { return g.opts.Timeout }

func (g *Guard) breaker(service, region string) *gobreaker.CircuitBreaker[struct{}] {
	name := service + "/" + region
	g.mu.Lock()
	defer g.mu.Unlock()
	if cb, ok := g.breakers[name]; ok {
		return cb
	}
	failures := g.opts.Failures
	cb := gobreaker.NewCircuitBreaker[struct{}](gobreaker.Settings{
		Name:        name,
		MaxRequests: 1,
		Timeout:     g.opts.OpenFor,
		ReadyToTrip: func(c gobreaker.Counts) bool { return c.ConsecutiveFailures >= failures },
		OnStateChange: func(name string, from, to gobreaker.State) {
			g.stats.breakerChange(name, from.String(), to.String())
		},
		IsSuccessful: healthy,
	})
	g.breakers[name] = cb
	return cb
}

// State returns the breaker state of a service and region ("closed",
// "open", "half-open").
func (g *Guard) State(service, region string) string {
	return g.breaker(service, region).State().String()
}

// Do runs call with the per-call timeout behind the breaker of service and
// region, and records it under "service:operation". A refused call returns
// an error wrapping ErrOpen without running call.
func (g *Guard) Do(ctx context.Context, service, region, operation string, call func(ctx context.Context) error) error {
	cb := g.breaker(service, region)
	op := service + ":" + operation
	start := g.opts.Now()
	_, err := cb.Execute(func() (struct{}, error) {
		cctx, cancel := context.WithTimeout(ctx, g.opts.Timeout)
		defer cancel()
		err := call(cctx)
		if err != nil && cctx.Err() == context.DeadlineExceeded && ctx.Err() == nil {
			err = fmt.Errorf("%s %s: no answer within %s: %w", op, region, g.opts.Timeout, err)
		}
		return struct{}{}, err
	})
	if errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests) {
		g.stats.refused(op)
		return fmt.Errorf("%s %s: %w", op, region, ErrOpen)
	}
	g.stats.call(op, g.opts.Now().Sub(start), err)
	return err
}

// Scoped is a guard bound to one service and region, with the
// Do(ctx, name, call) shape the cost package's pricing.Guard expects.
type Scoped struct {
	g               *Guard
	service, region string
}

// For binds the guard to a service and region.
func (g *Guard) For(service, region string) Scoped { return Scoped{g, service, region} }

// Do runs call as operation name ("pricing:GetProducts" or "GetProducts";
// a "service:" prefix is dropped).
func (s Scoped) Do(ctx context.Context, name string, call func(ctx context.Context) error) error {
	if i := len(s.service) + 1; len(name) > i && name[:i] == s.service+":" {
		name = name[i:]
	}
	return s.g.Do(ctx, s.service, s.region, name, call)
}

// healthy tells the breaker which outcomes show a working service: success,
// the caller's own cancellation, and client errors that are not throttling
// (a bad parameter says nothing about the endpoint's health).
func healthy(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return true
	}
	var ae smithy.APIError
	if errors.As(err, &ae) && ae.ErrorFault() == smithy.FaultClient && !IsThrottle(ae.ErrorCode()) {
		return true
	}
	return false
}

// IsThrottle reports whether an AWS error code means throttling.
func IsThrottle(code string) bool {
	switch code {
	case "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
		"TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled", "SlowDown",
		"ProvisionedThroughputExceededException", "TransactionInProgressException", "EC2ThrottledException":
		return true
	}
	return false
}
