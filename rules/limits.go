package rules

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/builtins"
)

// Limits bound what one policy can cost. A policy comes from the scanned
// repository as often as from its owners, so none may hang a scan or take
// the machine's memory: a rule over a limit is stopped and reported as an
// error naming it, and the other rules still run. Zero fields take the
// defaults below.
type Limits struct {
	// Timeout is each rule's evaluation deadline (deny and unknown
	// together), and each Rego test's in RunTestsWith. Default 10s.
	Timeout time.Duration
	// Memory is how much the Go heap may grow while rules evaluate
	// (sampled every few milliseconds); over it, the rules running at that
	// moment are cancelled. Default 1 GiB.
	Memory uint64
	// MaxRange caps the length of numbers.range and numbers.range_step
	// results. Default 1,000,000.
	MaxRange int
	// MaxCIDRExpand caps the addresses net.cidr_expand may produce.
	// Default 65,536 (a /16).
	MaxCIDRExpand int
}

// Default limits.
const (
	DefaultTimeout       = 10 * time.Second
	DefaultMemory        = 1 << 30
	DefaultMaxRange      = 1_000_000
	DefaultMaxCIDRExpand = 1 << 16
)

// withDefaults fills the zero fields.
func (l Limits) withDefaults() Limits {
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	if l.Memory == 0 {
		l.Memory = DefaultMemory
	}
	if l.MaxRange <= 0 {
		l.MaxRange = DefaultMaxRange
	}
	if l.MaxCIDRExpand <= 0 {
		l.MaxCIDRExpand = DefaultMaxCIDRExpand
	}
	return l
}

// errTimeout and errMemory are the causes a rule's context is cancelled with.
var (
	errTimeout = errors.New("timed out")
	errMemory  = errors.New("memory budget exceeded")
)

// policyLimit ends the messages of the capped builtins.
const policyLimit = "(the policy limit)"

type limitsKey struct{}

// limitsFrom returns the limits an evaluation carries in its context (the
// defaults when it carries none).
func limitsFrom(ctx context.Context) Limits {
	if ctx != nil {
		if l, ok := ctx.Value(limitsKey{}).(Limits); ok {
			return l
		}
	}
	return Limits{}.withDefaults()
}

// cappedBuiltins replace OPA's builtins whose result grows with an argument
// by the same builtins with a size check first. OPA dispatches its own
// builtins through a process-wide table (a rego.Function of the same name
// is never called), so they are registered there, once; the caps are read
// from each evaluation's context, so every engine keeps its own.
func cappedBuiltins() map[string]topdown.BuiltinFunc {
	out := map[string]topdown.BuiltinFunc{}
	rng := topdown.GetBuiltin("numbers.range")
	out["numbers.range"] = func(bctx topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		if err := checkRange(bctx, "numbers.range", ops, nil); err != nil {
			return err
		}
		return rng(bctx, ops, iter)
	}
	step := topdown.GetBuiltin("numbers.range_step")
	out["numbers.range_step"] = func(bctx topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		if len(ops) >= 3 { // the operands, then the output
			if s, err := builtins.BigIntOperand(ops[2].Value, 3); err == nil && s.Sign() > 0 {
				if err := checkRange(bctx, "numbers.range_step", ops, s); err != nil {
					return err
				}
			}
		}
		return step(bctx, ops, iter)
	}
	expand := topdown.GetBuiltin("net.cidr_expand")
	out["net.cidr_expand"] = func(bctx topdown.BuiltinContext, ops []*ast.Term, iter func(*ast.Term) error) error {
		if len(ops) >= 1 {
			if s, ok := ops[0].Value.(ast.String); ok {
				if _, n, err := net.ParseCIDR(string(s)); err == nil {
					ones, bits := n.Mask.Size()
					max := limitsFrom(bctx.Context).MaxCIDRExpand
					if bits-ones >= 63 || uint64(1)<<(bits-ones) > uint64(max) {
						return overLimit(fmt.Sprintf("net.cidr_expand: %s has more than %d addresses "+policyLimit, string(s), max))
					}
				}
			}
		}
		return expand(bctx, ops, iter)
	}
	return out
}

// checkRange fails when numbers.range(_step) would produce more than the
// limit's numbers. Invalid operands are left to OPA's own checks.
func checkRange(bctx topdown.BuiltinContext, name string, ops []*ast.Term, step *big.Int) error {
	if len(ops) < 2 {
		return nil
	}
	x, errX := builtins.BigIntOperand(ops[0].Value, 1)
	y, errY := builtins.BigIntOperand(ops[1].Value, 2)
	if errX != nil || errY != nil {
		return nil
	}
	n := new(big.Int).Sub(y, x)
	n.Abs(n)
	if step != nil {
		n.Quo(n, step)
	}
	n.Add(n, big.NewInt(1))
	max := limitsFrom(bctx.Context).MaxRange
	if n.Cmp(big.NewInt(int64(max))) > 0 {
		return overLimit(fmt.Sprintf("%s: %s numbers is more than %d "+policyLimit, name, n, max))
	}
	return nil
}

// overLimit is an error that stops the evaluation whatever the builtin
// error mode (a plain builtin error would make the call undefined).
func overLimit(msg string) error {
	return topdown.Halt{Err: &topdown.Error{Code: topdown.BuiltinErr, Message: msg}}
}

// heapBytes is the Go heap in use (live and not yet swept objects).
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// memGuard samples the heap while rules evaluate and cancels the rules
// running when it grows over the budget. The heap is the process's, so
// the rules running at that moment are all named: with GOMAXPROCS workers
// that is at most a few.
type memGuard struct {
	budget uint64
	base   uint64
	stop   chan struct{}
	done   chan struct{}

	mu      sync.Mutex
	running map[*guarded]bool
	victims int // cancelled rules still running
}

type guarded struct {
	cancel context.CancelCauseFunc
	hit    bool
}

// guardInterval is how often the heap is sampled.
const guardInterval = 5 * time.Millisecond

func newMemGuard(budget uint64) *memGuard {
	g := &memGuard{budget: budget, base: heapBytes(), stop: make(chan struct{}), done: make(chan struct{}), running: map[*guarded]bool{}}
	go g.loop()
	return g
}

func (g *memGuard) loop() {
	defer close(g.done)
	t := time.NewTicker(guardInterval)
	defer t.Stop()
	for {
		select {
		case <-g.stop:
			return
		case <-t.C:
		}
		if heapBytes() <= g.base+g.budget {
			continue
		}
		g.mu.Lock()
		if g.victims == 0 { // the cancelled ones' garbage is not collected yet
			for r := range g.running {
				if !r.hit {
					r.hit = true
					g.victims++
					r.cancel(errMemory)
				}
			}
		}
		g.mu.Unlock()
	}
}

// enter registers a running rule.
func (g *memGuard) enter(cancel context.CancelCauseFunc) *guarded {
	r := &guarded{cancel: cancel}
	g.mu.Lock()
	g.running[r] = true
	g.mu.Unlock()
	return r
}

// leave unregisters a rule; the last cancelled one to finish collects the
// garbage so the next rules start from the budget's base again.
func (g *memGuard) leave(r *guarded) {
	g.mu.Lock()
	delete(g.running, r)
	collect := false
	if r.hit {
		g.victims--
		collect = g.victims == 0
	}
	g.mu.Unlock()
	if collect {
		runtime.GC()
	}
}

func (g *memGuard) close() {
	close(g.stop)
	<-g.done
}

// limitError describes why a rule's evaluation stopped, from its context's
// cause, or returns nil when no limit stopped it.
func limitError(ctx context.Context, l Limits) error {
	switch context.Cause(ctx) {
	case errTimeout:
		return fmt.Errorf("timed out after %s (the policy time limit)", l.Timeout)
	case errMemory:
		return fmt.Errorf("stopped: the heap grew over the policy memory budget of %d MiB while it ran", l.Memory>>20)
	}
	return nil
}
