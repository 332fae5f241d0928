package rules

import (
	"slices"
	"testing"
)

func TestSuggest(t *testing.T) {
	known := []string{"AWS-S3-001", "AWS-S3-002", "AWS-S3-010", "AWS-RDS-001", "AWS-EC2-001", "COST-001"}
	tests := []struct {
		id   string
		want []string
	}{
		{"aws-s3", []string{"AWS-S3-001", "AWS-S3-002", "AWS-S3-010"}},
		{"AWS-S3-0O1", []string{"AWS-S3-001"}},
		{"AWS-S3-01", []string{"AWS-S3-010"}},
		{"AWS-SS-001", []string{"AWS-S3-001"}},
		{"AWS-S3-003", []string{"AWS-S3-001", "AWS-S3-002"}},
		{"AWS-RDS-1", []string{"AWS-RDS-001"}},
		{"cost-01", []string{"COST-001"}},
		{"something-else-entirely", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got := Suggest(known, tt.id, 3)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Suggest(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}
