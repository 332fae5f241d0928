package cfn

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// expandSAM replaces the AWS::Serverless::* resources of one template
// (after Globals and intrinsics) with the CloudFormation resources SAM's
// translator produces, named as SAM names them. Other resources pass
// through. Generated resources keep the SAM type as NativeType, the SAM
// resource (or the event they come from) as Source, and the positions of
// the SAM properties they were copied from.
func expandSAM(rs []*model.Resource, diags *model.Diagnostics) []*model.Resource {
	x := &samExpander{diags: diags, apis: map[string]*model.Resource{}, posIndex: map[*model.Resource]map[string][]string{}, renamed: map[string]string{}}
	for _, r := range rs {
		if r.NativeType == "AWS::Serverless::Api" || r.NativeType == "AWS::Serverless::HttpApi" {
			x.apis[r.Name] = r
		}
	}
	var out, apis []*model.Resource
	for _, r := range rs {
		if !strings.HasPrefix(r.NativeType, "AWS::Serverless::") || r.Type != r.NativeType {
			out = append(out, r)
			continue
		}
		x.prefix = strings.TrimSuffix(r.Address, r.Name)
		switch r.NativeType {
		case "AWS::Serverless::Function":
			out = append(out, x.function(r)...)
		case "AWS::Serverless::Api", "AWS::Serverless::HttpApi":
			apis = append(apis, r) // after the functions whose events they serve
		case "AWS::Serverless::SimpleTable":
			out = append(out, x.simpleTable(r))
		case "AWS::Serverless::StateMachine":
			out = append(out, x.stateMachine(r)...)
		case "AWS::Serverless::LayerVersion":
			out = append(out, x.layer(r))
		case "AWS::Serverless::Application":
			out = append(out, x.application(r))
		default:
			diags.Warnf(r.Source.Position, "%s %s is not expanded into CloudFormation resources; no built-in rule covers it", r.NativeType, r.Name)
			out = append(out, r)
		}
	}
	for _, r := range apis {
		x.prefix = strings.TrimSuffix(r.Address, r.Name)
		if r.NativeType == "AWS::Serverless::Api" {
			out = append(out, x.restAPI(r, r.Name, r.Properties, nil)...)
		} else {
			out = append(out, x.httpAPI(r, r.Name, r.Properties, nil)...)
		}
	}
	// implicit APIs come after the functions that create them
	if x.implicitRest != nil {
		out = append(out, x.restAPI(x.implicitRestSrc, "ServerlessRestApi", map[string]any{"StageName": "Prod"}, x.implicitRest)...)
	}
	if x.implicitHTTP != nil {
		out = append(out, x.httpAPI(x.implicitHTTPSrc, "ServerlessHttpApi", map[string]any{}, x.implicitHTTP)...)
	}
	x.renameRefs(out)
	return out
}

// renameRefs points references to a SAM resource whose CloudFormation id
// differs (a LayerVersion, whose id ends in its hash) at the generated
// resource, as the translator rewrites them.
func (x *samExpander) renameRefs(rs []*model.Resource) {
	if len(x.renamed) == 0 {
		return
	}
	// walk writes only where a reference changes: values shared between
	// resources (SAM's constant documents) are never written.
	var walk func(v any) (any, bool)
	walk = func(v any) (any, bool) {
		switch tv := v.(type) {
		case model.Unknown:
			if to, ok := x.renamed[tv.Ref]; ok {
				return model.Unknown{Ref: to}, true
			}
		case map[string]any:
			for k, e := range tv {
				if nv, changed := walk(e); changed {
					tv[k] = nv
				}
			}
		case []any:
			for i, e := range tv {
				if nv, changed := walk(e); changed {
					tv[i] = nv
				}
			}
		}
		return v, false
	}
	for _, r := range rs {
		walk(r.Properties)
	}
}

type samExpander struct {
	// renamed maps SAM addresses to the addresses of the resources
	// that replace them under another logical id.
	renamed map[string]string
	diags   *model.Diagnostics
	prefix  string
	apis    map[string]*model.Resource
	// events of functions on the implicit APIs, and the first resource
	// that created each (its Source)
	implicitRest, implicitHTTP       []apiEvent
	implicitRestSrc, implicitHTTPSrc *model.Resource
	explicitEvents                   map[string][]apiEvent
	// posIndex groups a SAM resource's position paths by their first
	// segment, so that copying the positions of one property does not
	// scan those of all the others.
	posIndex map[*model.Resource]map[string][]string
}

// apiEvent is one Api or HttpApi event of a function.
type apiEvent struct {
	fn, path, method string
	auth             map[string]any
	apiKey           any
	pos              model.Position
}

// derived makes a resource generated from src; at is its Source position.
func (x *samExpander) derived(src *model.Resource, id, typ string, props map[string]any, at model.Position) *model.Resource {
	source := src.Source
	if at.Known() {
		source.Position = at
	}
	r := &model.Resource{
		Address: x.prefix + id, Type: typ, NativeType: src.NativeType, Name: id, Mode: src.Mode,
		Region: src.Region, Properties: props, Source: source, Positions: map[string]model.Position{},
		Meta: map[string]string{"sam:resource": src.Address},
	}
	return r
}

// copyProps copies SAM properties that keep their name, with positions.
func (x *samExpander) copyProps(src, dst *model.Resource, names ...string) {
	for _, n := range names {
		v, ok := src.Properties[n]
		if !ok {
			continue
		}
		dst.Properties[n] = v
		x.movePositions(src, dst, n, n)
	}
}

// movePositions copies the positions under SAM path from to native path to.
func (x *samExpander) movePositions(src, dst *model.Resource, from, to string) {
	idx, ok := x.posIndex[src]
	if !ok {
		idx = map[string][]string{}
		for p := range src.Positions {
			top, _, _ := strings.Cut(p, "/")
			idx[top] = append(idx[top], p)
		}
		x.posIndex[src] = idx
	}
	top, _, _ := strings.Cut(from, "/")
	for _, p := range idx[top] {
		if p == from || strings.HasPrefix(p, from+"/") {
			dst.Positions[to+strings.TrimPrefix(p, from)] = src.Positions[p]
		}
	}
}

func (x *samExpander) ref(id string) model.Unknown { return model.Unknown{Ref: x.prefix + id} }

func mapOf(v any) map[string]any { m, _ := v.(map[string]any); return m }

func strOf(v any) string { s, _ := v.(string); return s }

// samTags turns SAM's Tags mapping into a CloudFormation tag list, after
// SAM's own tag.
func samTags(v any) []any {
	out := []any{map[string]any{"Key": "lambda:createdBy", "Value": "SAM"}}
	m := mapOf(v)
	for _, k := range sortedKeys(m) {
		out = append(out, map[string]any{"Key": k, "Value": m[k]})
	}
	return out
}

// samGeneratedIDs adds to ids the logical ids of resources the SAM
// expansion will create that templates refer to (!GetAtt FnRole.Arn,
// !Ref ServerlessRestApi), so those references are not reported as
// dangling.
func samGeneratedIDs(resources *node, ids map[string]bool) {
	for _, id := range resources.keys {
		rn := resources.vals[id]
		typ, _ := rn.get("Type").text()
		props := rn.get("Properties")
		switch typ {
		case "AWS::Serverless::Function", "AWS::Serverless::StateMachine":
			if props.get("Role") == nil {
				ids[id+"Role"] = true
			}
			if props.get("FunctionUrlConfig") != nil {
				ids[id+"Url"] = true
			}
			events := props.get("Events")
			if events == nil || events.kind != mapNode {
				continue
			}
			for _, ev := range events.keys {
				switch t, _ := events.vals[ev].get("Type").text(); t {
				case "Api":
					if events.vals[ev].get("Properties").get("RestApiId") == nil {
						ids["ServerlessRestApi"] = true
						ids["ServerlessRestApiProdStage"] = true
					}
				case "HttpApi":
					if events.vals[ev].get("Properties").get("ApiId") == nil {
						ids["ServerlessHttpApi"] = true
						ids["ServerlessHttpApiApiGatewayDefaultStage"] = true
					}
				}
				ids[id+ev] = true
			}
		}
	}
}
