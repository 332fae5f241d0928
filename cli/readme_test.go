package cli

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/iacvet/iacvet/report"
	"github.com/iacvet/iacvet/rules"
)

// readmeSummary is the README paragraph that the code decides: how many
// built-in rules there are, the AWS services they cover and the output
// formats. TestREADMEFromCode keeps it true (-update rewrites it).
func readmeSummary(t *testing.T) string {
	t.Helper()
	eng, err := rules.New(context.Background(), rules.Options{Sources: []rules.Source{rules.Builtin()}})
	if err != nil {
		t.Fatal(err)
	}
	var services []string
	n := 0
	for _, m := range eng.Rules() {
		if !m.Builtin {
			continue
		}
		n++
		for _, rt := range m.ResourceTypes {
			parts := strings.Split(rt, "::")
			if len(parts) == 3 && parts[0] == "AWS" && !slices.Contains(services, parts[1]) {
				services = append(services, parts[1])
			}
		}
	}
	slices.Sort(services)
	formats := make([]string, len(report.Formats))
	for i, f := range report.Formats {
		formats[i] = "`" + f + "`"
	}
	return fmt.Sprintf("<!-- rules-summary: generated from the code by `go test ./cli -run TestREADMEFromCode -update` -->\n"+
		"**%d built-in rules** checking resources of %d AWS services (by CloudFormation namespace: %s), mapped to CIS AWS\n"+
		"Foundations v3.0.0 and AWS FSBP controls ([docs/rules.md](docs/rules.md)); output formats %s.\n"+
		"<!-- /rules-summary -->", n, len(services), strings.Join(services, ", "), strings.Join(formats, ", "))
}

// TestREADMEFromCode: the README's rule count, service list and formats
// come from the code, so they cannot drift.
func TestREADMEFromCode(t *testing.T) {
	want := readmeSummary(t)
	repoRoot(t)
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)<!-- rules-summary:.*?<!-- /rules-summary -->`)
	if !block.Match(data) {
		t.Fatal("README.md has no <!-- rules-summary --> block")
	}
	got := block.Find(data)
	if string(got) == want {
		return
	}
	if *update {
		data = block.ReplaceAllLiteral(data, []byte(want))
		if err := os.WriteFile("README.md", data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's rules summary is stale (run go test ./cli -run TestREADMEFromCode -update):\ngot:\n%s\nwant:\n%s", got, want)
}
