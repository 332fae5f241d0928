package guard_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/smithy-go"

	"github.com/iacvet/iacvet/awsdata/guard"
)

var errBoom = errors.New("boom")

func TestBreakerOpensAndRefuses(t *testing.T) {
	g := guard.New(guard.Options{Failures: 3, OpenFor: time.Hour})
	ran := 0
	fail := func(context.Context) error { ran++; return errBoom }
	for i := range 5 {
		err := g.Do(context.Background(), "ec2", "us-east-1", "DescribeSubnets", fail)
		if i < 3 && !errors.Is(err, errBoom) {
			t.Errorf("call %d: %v", i, err)
		}
		if i >= 3 && !errors.Is(err, guard.ErrOpen) {
			t.Errorf("call %d: %v, want ErrOpen", i, err)
		}
	}
	if ran != 3 {
		t.Errorf("ran %d calls, want 3", ran)
	}
	if g.State("ec2", "us-east-1") != "open" || g.State("ec2", "eu-west-1") != "closed" || g.State("rds", "us-east-1") != "closed" {
		t.Error("breakers are not per service and region")
	}
	snap := g.Stats().Snapshot()
	if len(snap.Operations) != 1 || snap.Operations[0].Calls != 3 || snap.Operations[0].Errors != 3 || snap.Operations[0].Refused != 2 {
		t.Errorf("stats %+v", snap.Operations)
	}
	if len(snap.Breakers) != 1 || snap.Breakers[0] != (guard.BreakerChange{Breaker: "ec2/us-east-1", From: "closed", To: "open"}) {
		t.Errorf("breaker changes %+v", snap.Breakers)
	}
}

func TestClientErrorsKeepBreakerClosed(t *testing.T) {
	g := guard.New(guard.Options{Failures: 2})
	bad := &smithy.GenericAPIError{Code: "ValidationException", Fault: smithy.FaultClient}
	throttled := &smithy.GenericAPIError{Code: "ThrottlingException", Fault: smithy.FaultClient}
	for range 4 {
		g.Do(context.Background(), "access-analyzer", "us-east-1", "ValidatePolicy", func(context.Context) error { return bad })
	}
	if st := g.State("access-analyzer", "us-east-1"); st != "closed" {
		t.Errorf("client errors opened the breaker: %s", st)
	}
	for range 2 {
		g.Do(context.Background(), "access-analyzer", "us-east-1", "ValidatePolicy", func(context.Context) error { return throttled })
	}
	if st := g.State("access-analyzer", "us-east-1"); st != "open" {
		t.Errorf("throttling did not open the breaker: %s", st)
	}
}

func TestTimeout(t *testing.T) {
	g := guard.New(guard.Options{Timeout: 20 * time.Millisecond})
	err := g.Do(context.Background(), "ssm", "us-east-1", "GetParametersByPath", func(ctx context.Context) error {
		<-ctx.Done()
		return ctx.Err()
	})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "no answer within 20ms") {
		t.Errorf("err = %v", err)
	}
}

func TestScopedAndTable(t *testing.T) {
	now := time.Unix(0, 0)
	g := guard.New(guard.Options{Now: func() time.Time { return now }})
	s := g.For("pricing", "us-east-1")
	for i := 1; i <= 20; i++ {
		s.Do(context.Background(), "pricing:GetProducts", func(context.Context) error { now = now.Add(time.Duration(i) * time.Millisecond); return nil })
	}
	g.Stats().CacheHit("pricing:GetProducts")
	g.Stats().Fallback("ec2:DescribeSubnets us-east-1", "not checked")
	snap := g.Stats().Snapshot()
	if len(snap.Operations) != 1 || snap.Operations[0].Operation != "pricing:GetProducts" {
		t.Fatalf("operations %+v", snap.Operations)
	}
	if o := snap.Operations[0]; o.P50 != 10*time.Millisecond || o.P95 != 19*time.Millisecond {
		t.Errorf("p50 %s p95 %s", o.P50, o.P95)
	}
	table := g.Stats().String()
	for _, want := range []string{"pricing:GetProducts", "20", "10ms", "19ms", "cache hits:", "ec2:DescribeSubnets us-east-1 -> not checked"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
