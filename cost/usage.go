package cost

import (
	"fmt"
	"os"
	"regexp"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/iacvet/iacvet/model"
)

// Usage is the parsed usage file: monthly usage figures for usage-based
// components, by resource address and by resource type. See the package
// documentation for the format.
type Usage struct {
	File      string
	Resources map[string]map[string]float64
	Types     map[string]map[string]float64
}

// UsageFields lists the usage keys iacvet reads, with what they mean.
var UsageFields = map[string]string{
	"monthly_requests":             "Lambda invocations per month",
	"average_duration_ms":          "Lambda average duration in milliseconds",
	"storage_gb":                   "stored GB (S3, DynamoDB, Aurora cluster, Redshift managed storage, EBS snapshot)",
	"monthly_put_requests":         "S3 PUT, COPY, POST and LIST requests per month",
	"monthly_get_requests":         "S3 GET and other requests per month",
	"monthly_data_processed_gb":    "GB processed per month (NAT gateway, classic load balancer)",
	"monthly_data_transfer_out_gb": "GB sent to the internet per month (EC2 instances, NAT gateways)",
	"average_lcus":                 "average load balancer capacity units per hour (ALB, NLB, GWLB)",
	"monthly_read_request_units":   "DynamoDB on-demand read request units per month",
	"monthly_write_request_units":  "DynamoDB on-demand write request units per month",
	"monthly_io_requests":          "I/O requests per month (Aurora cluster, magnetic EBS volumes)",
}

// LoadUsage reads a usage file. Problems become diagnostics; a file that
// cannot be read at all yields a nil Usage and an error diagnostic.
func LoadUsage(path string) (*Usage, model.Diagnostics) {
	data, err := os.ReadFile(path)
	if err != nil {
		var ds model.Diagnostics
		ds.Errorf(model.Position{File: path}, "read usage file: %v", err)
		return nil, ds
	}
	return ParseUsage(data, path)
}

var versionRe = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// ParseUsage parses usage file content; file names it in diagnostics.
func ParseUsage(data []byte, file string) (*Usage, model.Diagnostics) {
	var ds model.Diagnostics
	u := &Usage{File: file, Resources: map[string]map[string]float64{}, Types: map[string]map[string]float64{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ds.Errorf(model.Position{File: file}, "parse usage file: %v", err)
		return nil, ds
	}
	if len(doc.Content) == 0 {
		return u, ds
	}
	root := doc.Content[0]
	pos := func(n *yaml.Node) model.Position { return model.Position{File: file, Line: n.Line, Column: n.Column} }
	if root.Kind != yaml.MappingNode {
		ds.Errorf(pos(root), "usage file: top level must be a mapping with version and resources")
		return nil, ds
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "version":
			if v.Value != "1" && !(versionRe.MatchString(v.Value) && v.Value == "1.0") {
				ds.Warnf(pos(v), "usage file: version %q is not 1", v.Value)
			}
		case "resources":
			readEntries(v, u.Resources, pos, &ds)
		case "resource_type_default_usage", "types":
			readEntries(v, u.Types, pos, &ds)
		default:
			ds.Warnf(pos(k), "usage file: unknown key %q (want version, resources, types)", k.Value)
		}
	}
	return u, ds
}

func readEntries(n *yaml.Node, into map[string]map[string]float64, pos func(*yaml.Node) model.Position, ds *model.Diagnostics) {
	if n.Kind != yaml.MappingNode {
		ds.Errorf(pos(n), "usage file: expected a mapping of addresses to usage")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		name, body := n.Content[i], n.Content[i+1]
		if body.Kind != yaml.MappingNode {
			ds.Errorf(pos(body), "usage file: usage of %s must be a mapping", name.Value)
			continue
		}
		fields := map[string]float64{}
		for j := 0; j+1 < len(body.Content); j += 2 {
			fk, fv := body.Content[j], body.Content[j+1]
			if _, ok := UsageFields[fk.Value]; !ok {
				ds.Warnf(pos(fk), "usage file: unknown usage key %q for %s (known: %s)", fk.Value, name.Value, knownFields())
				continue
			}
			var f float64
			if fv.Kind != yaml.ScalarNode || fv.Decode(&f) != nil || f < 0 || f != f {
				ds.Errorf(pos(fv), "usage file: %s.%s must be a non-negative number", name.Value, fk.Value)
				continue
			}
			fields[fk.Value] = f
		}
		into[name.Value] = fields
	}
}

func knownFields() string {
	keys := make([]string, 0, len(UsageFields))
	for k := range UsageFields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprint(keys)
}

var indexRe = regexp.MustCompile(`\[[^\]]*\]$`)

// get returns the usage figure for a resource: by exact address, then by
// the address without its count/for_each index, then by type (canonical,
// then native).
func (u *Usage) get(r *model.Resource, field string) (float64, bool) {
	if u == nil {
		return 0, false
	}
	for _, addr := range []string{r.Address, indexRe.ReplaceAllString(r.Address, "")} {
		if m, ok := u.Resources[addr]; ok {
			if v, ok := m[field]; ok {
				return v, true
			}
		}
	}
	for _, t := range []string{r.Type, r.NativeType} {
		if m, ok := u.Types[t]; ok {
			if v, ok := m[field]; ok {
				return v, true
			}
		}
	}
	return 0, false
}
