package report

import (
	"strings"
	"testing"
	"time"
)

func TestWriteRuleTimes(t *testing.T) {
	tests := []struct {
		name      string
		durations map[string]time.Duration
		n         int
		want      string
	}{
		{"none", nil, 10, ""},
		{
			name:      "slowest first, ties by id, cut at n",
			durations: map[string]time.Duration{"AWS-B": 20 * time.Millisecond, "AWS-A": 20 * time.Millisecond, "AWS-C": 60 * time.Millisecond},
			n:         2,
			want: "  3 rules evaluated in 100ms (summed over cores)\n" +
				"  AWS-C                  60ms  60.0%\n" +
				"  AWS-A                  20ms  20.0%\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			WriteRuleTimes(&b, tc.durations, tc.n)
			if got := b.String(); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
