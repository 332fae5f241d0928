package tfplan

import (
	"strings"

	tfjson "github.com/hashicorp/terraform-json"

	"github.com/iacvet/iacvet/model"
	"github.com/iacvet/iacvet/parsers/tfsource"
)

// A plan holds the json of an aws_iam_policy_document read during planning
// in the attributes that use it, so nothing is to be done for those. A
// document whose read is deferred to apply (it depends on a resource that
// changes) is planned as a read with the arguments known so far in after;
// when every argument it needs is known, resolvePolicyDocuments computes
// json and minified_json as the provider will, and attributes whose whole
// configuration expression refers to that json (policy =
// data.aws_iam_policy_document.x.json) get the document instead of an
// unknown. A document with unknown values gives those attributes the
// decoded document with only those values unknown
// (tfsource.PartialPolicyDocument); its own json stays unknown.
func (p *parser) resolvePolicyDocuments(out []*model.Resource, diags *model.Diagnostics) {
	docs := map[string]map[string]any{} // data address -> attribute -> document
	for _, r := range out {
		if r.Mode != model.ModeData || r.Type != "aws_iam_policy_document" || r.Properties == nil {
			continue
		}
		doc, min, known, _, err := tfsource.PolicyDocument(r.Properties)
		if err != nil {
			diags.Warnf(r.Source.Position, "%s: %v; its json is unknown", r.Address, err)
			continue
		}
		if !known {
			// Only some values unknown: attributes that use the document
			// get it with those values unknown.
			if part, ok := tfsource.PartialPolicyDocument(r.Properties); ok {
				docs[r.Address] = map[string]any{"json": part, "minified_json": part}
			}
			continue
		}
		r.Properties["json"], r.Properties["minified_json"] = doc, min
		docs[r.Address] = map[string]any{"json": doc, "minified_json": min}
	}
	if len(docs) == 0 {
		return
	}
	for _, r := range out {
		if r.Mode != model.ModeManaged || r.Properties == nil {
			continue
		}
		cfg := p.configByAddr[configAddress(r.Address)]
		if cfg == nil {
			continue
		}
		for name, v := range r.Properties {
			u, ok := v.(model.Unknown)
			if !ok || u.Ref == "" || docs[u.Ref] == nil {
				continue
			}
			if attr := docAttr(cfg.res.Expressions[name], u.Ref, r.Source.Module); attr != "" {
				r.Properties[name] = docs[u.Ref][attr]
			}
		}
	}
}

// docAttr returns json or minified_json when an expression refers to
// nothing but that attribute of the document at addr.
func docAttr(e *tfjson.Expression, addr, module string) string {
	if e == nil || e.ExpressionData == nil || len(e.References) == 0 {
		return ""
	}
	attr := ""
	for _, ref := range e.References {
		full := prefixed(module, ref)
		if full == addr {
			continue
		}
		rest, ok := strings.CutPrefix(full, addr+".")
		if !ok || (rest != "json" && rest != "minified_json") || (attr != "" && attr != rest) {
			return ""
		}
		attr = rest
	}
	return attr
}
