package model

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Severity is iacvet's own severity scale. It drives --fail-on and SARIF
// level/security-severity.
type Severity string

// Severities, lowest first.
const (
	SeverityInfo     Severity = "info"
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Rank orders severities: info 0 … critical 4; unknown strings rank -1.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 0
	case SeverityLow:
		return 1
	case SeverityMedium:
		return 2
	case SeverityHigh:
		return 3
	case SeverityCritical:
		return 4
	}
	return -1
}

// ParseSeverity parses a severity name, case-insensitively.
func ParseSeverity(s string) (Severity, error) {
	sev := Severity(strings.ToLower(strings.TrimSpace(s)))
	if sev.Rank() < 0 {
		return "", fmt.Errorf("unknown severity %q (want info, low, medium, high or critical)", s)
	}
	return sev, nil
}

// RuleMeta is a rule's metadata, read from its Rego METADATA block (or
// declared by a Go-side check).
type RuleMeta struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Severity       Severity `json:"severity"`
	Description    string   `json:"description"`
	Remediation    string   `json:"remediation,omitempty"`
	Terraform      string   `json:"remediation_terraform,omitempty"`
	CloudFormation string   `json:"remediation_cloudformation,omitempty"`
	ResourceTypes  []string `json:"resource_types"`
	CIS            []string `json:"cis"`
	FSBP           []string `json:"fsbp"`
	References     []string `json:"references,omitempty"`
	// Inputs lists the input kinds the rule serves (InputTerraform,
	// InputCloudFormation); empty means every kind. A rule about a
	// Terraform-only resource (aws_ebs_encryption_by_default) serves
	// Terraform only.
	Inputs []string `json:"inputs,omitempty"`
	// Package is the Rego package path (data.iacvet.rules.s3_public_acl).
	Package string `json:"package,omitempty"`
	// File is the policy file, relative to its policy root.
	File string `json:"file,omitempty"`
	// Builtin is true for rules embedded in the binary.
	Builtin bool `json:"builtin"`
}

// Input kinds a rule can serve (RuleMeta.Inputs): Terraform plans and .tf
// sources, and CloudFormation templates (SAM and CDK output included).
const (
	InputTerraform      = "terraform"
	InputCloudFormation = "cloudformation"
)

// InputKinds lists the input kinds, in the order they are shown.
var InputKinds = []string{InputTerraform, InputCloudFormation}

// Serves reports whether the rule applies to inputs of the given kind.
func (m RuleMeta) Serves(kind string) bool {
	if len(m.Inputs) == 0 {
		return true
	}
	for _, k := range m.Inputs {
		if k == kind {
			return true
		}
	}
	return false
}

// Outcome separates findings from results that cannot be decided before apply.
type Outcome string

// Outcomes.
const (
	OutcomeFail    Outcome = "fail"
	OutcomeUnknown Outcome = "unknown"
)

// Finding is one rule result on one resource.
type Finding struct {
	RuleID   string   `json:"rule_id"`
	Title    string   `json:"title"`
	Severity Severity `json:"severity"`
	Outcome  Outcome  `json:"outcome"`
	Message  string   `json:"message"`
	// Resource is the address (or logical id); empty for results that concern
	// the whole change (budgets).
	Resource     string `json:"resource,omitempty"`
	ResourceType string `json:"resource_type,omitempty"`
	// Attribute is the canonical property path the finding points at.
	Attribute string `json:"attribute,omitempty"`
	// Location is where the finding is placed; Line 0 means logical only.
	Location Position `json:"location"`
	Format   Format   `json:"format,omitempty"`
	// Provenance of any AWS data (lookups, prices) the verdict used.
	Provenance []Provenance `json:"provenance,omitempty"`
	// Suppression, when the finding is suppressed (still reported).
	Suppression *Suppression `json:"suppression,omitempty"`
	// Fingerprint identifies the finding across runs and unrelated edits.
	Fingerprint string `json:"fingerprint"`
}

// SuppressionKind says where a suppression was declared.
type SuppressionKind string

// Suppression kinds, named as in SARIF.
const (
	SuppressionInSource SuppressionKind = "inSource"
	SuppressionExternal SuppressionKind = "external"
)

// Suppression silences one rule on one resource (or on every resource of a
// module instance), with a reason.
type Suppression struct {
	RuleID        string          `json:"rule_id"`
	Kind          SuppressionKind `json:"kind"`
	Justification string          `json:"justification,omitempty"`
	Position      *Position       `json:"position,omitempty"`
}

// DataSource tells where AWS data came from.
type DataSource string

// Data sources, best first.
const (
	DataLive     DataSource = "live"
	DataCache    DataSource = "cache"
	DataSnapshot DataSource = "snapshot"
)

// Provenance records where a piece of AWS data came from and how old it is.
type Provenance struct {
	Source DataSource `json:"source"`
	// What names the data ("ec2:DescribeInstanceTypeOfferings us-east-1").
	What string `json:"what,omitempty"`
	// FetchedAt is when the data was fetched (live and cache).
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// Age of cached data at the time of the scan.
	Age time.Duration `json:"age,omitempty"`
	// SnapshotDate is the date embedded data is valid for ("2026-11-01").
	SnapshotDate string `json:"snapshot_date,omitempty"`
}

func (p Provenance) String() string {
	switch p.Source {
	case DataCache:
		return fmt.Sprintf("cache (age %s)", p.Age.Round(time.Second))
	case DataSnapshot:
		return "snapshot of " + p.SnapshotDate
	default:
		return string(p.Source)
	}
}

// SortFindings orders findings by file, line, column, rule, resource and
// attribute (then outcome, message and fingerprint).
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Location.File != b.Location.File {
			return a.Location.File < b.Location.File
		}
		if a.Location.Line != b.Location.Line {
			return a.Location.Line < b.Location.Line
		}
		if a.Location.Column != b.Location.Column {
			return a.Location.Column < b.Location.Column
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		if a.Resource != b.Resource {
			return a.Resource < b.Resource
		}
		if a.Attribute != b.Attribute {
			return a.Attribute < b.Attribute
		}
		// A total order, so that reports merged from shards list findings
		// as the whole scan does.
		if a.Outcome != b.Outcome {
			return a.Outcome < b.Outcome
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return a.Fingerprint < b.Fingerprint
	})
}
