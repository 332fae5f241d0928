package tfsource

import (
	"bytes"
	"context"
	"encoding/json"
	"path"
	"testing/fstest"

	"github.com/iacvet/iacvet/model"
)

// terraformJSONKeys are the top-level keys of Terraform's JSON syntax; "//"
// is a comment (CDK for Terraform writes its metadata there).
var terraformJSONKeys = map[string]bool{
	"terraform": true, "provider": true, "variable": true, "locals": true, "output": true,
	"module": true, "resource": true, "data": true, "moved": true, "import": true, "check": true,
	"removed": true, "//": true,
}

// IsTerraformJSON reports by content whether data is a configuration in
// Terraform's JSON syntax (what CDK for Terraform synthesizes as
// cdk.tf.json), whatever the file is named: a JSON object whose keys are
// all top-level Terraform block types, with at least one resource, data,
// module or provider.
func IsTerraformJSON(data []byte) bool {
	t := bytes.TrimSpace(data)
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(t, &top) != nil || len(top) == 0 {
		return false
	}
	blocks := false
	for k, v := range top {
		if !terraformJSONKeys[k] {
			return false
		}
		switch k {
		case "resource", "data", "module", "provider":
			if v := bytes.TrimSpace(v); len(v) > 0 && (v[0] == '{' || v[0] == '[') {
				blocks = true
			}
		}
	}
	return blocks
}

// ParseJSONFile evaluates one file in Terraform's JSON syntax as a root
// module on its own, whatever its name (a .json file holding .tf.json
// content). name is the file's display path.
func ParseJSONFile(ctx context.Context, name string, data []byte, opts Options) ([]*model.Resource, model.Diagnostics) {
	base := path.Base(name)
	fsys := fstest.MapFS{base: &fstest.MapFile{Data: data}}
	s := newScanner(ctx, fsys, ".", cleanDisplay(path.Dir(name)), opts)
	s.jsonNames = map[string]bool{base: true}
	s.run()
	return s.out, s.finish()
}
