package tfplan

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/model"
)

// A sensitive value written as a constant in the configuration is marked
// Literal (still redacted); one from a variable is not. user_data, which the
// provider plans as a SHA-1 hash, reads as the configured text when that is
// a constant, and stays the hash otherwise.
func TestLiteralsAndHashedUserData(t *testing.T) {
	data, err := os.ReadFile("testdata/literals.json")
	if err != nil {
		t.Fatal(err)
	}
	rs, diags := Parse("testdata/literals.json", data, Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	props := map[string]map[string]any{}
	for _, r := range rs {
		props[r.Address] = r.Properties
	}
	tests := []struct {
		address, attr string
		want          any
	}{
		{"aws_db_instance.literal", "password", model.Sensitive{Literal: true}},
		{"aws_db_instance.variable", "password", model.Sensitive{}},
		{"aws_instance.constant", "user_data", "#!/bin/bash\necho hello\n"},
		{"aws_instance.computed", "user_data", "a002fcb4420184f4d4e4c07c4ea6d8faff5a52e4"},
	}
	for _, tc := range tests {
		t.Run(tc.address, func(t *testing.T) {
			p, ok := props[tc.address]
			if !ok {
				t.Fatalf("no resource %s", tc.address)
			}
			if diff := cmp.Diff(tc.want, p[tc.attr]); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.attr, diff)
			}
		})
	}
}
