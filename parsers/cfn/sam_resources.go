package cfn

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// restAPI expands an AWS::Serverless::Api (or the implicit
// ServerlessRestApi, with events) into RestApi, Deployment and Stage.
func (x *samExpander) restAPI(src *model.Resource, id string, props map[string]any, events []apiEvent) []*model.Resource {
	implicit := events != nil
	at := model.Position{}
	if implicit {
		at = events[0].pos
	} else {
		events = x.explicitEvents[id]
	}
	api := x.derived(src, id, "AWS::ApiGateway::RestApi", map[string]any{}, at)
	if !implicit {
		x.copyProps(src, api, "Name", "Description", "BinaryMediaTypes", "MinimumCompressionSize", "EndpointConfiguration", "DisableExecuteApiEndpoint", "ApiKeySourceType", "FailOnWarnings", "Mode", "Policy")
	}
	auth := mapOf(props["Auth"])
	switch {
	case props["DefinitionUri"] != nil:
		api.Properties["BodyS3Location"] = codeURI(props["DefinitionUri"], "Bucket", "Key", "Version")
		x.movePositions(src, api, "DefinitionUri", "BodyS3Location")
	case props["DefinitionBody"] != nil:
		api.Properties["Body"] = x.withPaths(mapOf(props["DefinitionBody"]), props["DefinitionBody"], events, auth, "swagger")
		x.movePositions(src, api, "DefinitionBody", "Body")
	default:
		body := map[string]any{"swagger": "2.0", "info": map[string]any{"version": "1.0", "title": model.Unknown{}}, "paths": map[string]any{}}
		api.Properties["Body"] = x.withPaths(body, body, events, auth, "swagger")
	}
	stage := props["StageName"]
	stageName, ok := stage.(string)
	if !ok {
		x.diags.Errorf(src.Locate("StageName"), "StageName of %s is not a known string; its Stage's logical id is unknown", id)
		stageName = "Unknown"
	}
	dep := x.derived(src, id+"Deployment"+samHashUnknown, "AWS::ApiGateway::Deployment", map[string]any{"RestApiId": x.ref(id)}, at)
	if stageName != "Stage" {
		dep.Properties["StageName"] = "Stage"
	}
	st := x.derived(src, id+stageName+"Stage", "AWS::ApiGateway::Stage", map[string]any{
		"RestApiId": x.ref(id), "DeploymentId": model.Unknown{Ref: dep.Address}, "StageName": stage,
	}, at)
	if !implicit {
		x.movePositions(src, st, "StageName", "StageName")
		x.copyProps(src, st, "AccessLogSetting", "MethodSettings", "TracingEnabled", "CacheClusterEnabled", "CacheClusterSize", "Variables", "CanarySetting")
	}
	out := []*model.Resource{api, dep, st}
	for _, name := range sortedKeys(mapOf(auth["Authorizers"])) {
		a := mapOf(mapOf(auth["Authorizers"])[name])
		if fa, ok := a["FunctionArn"]; ok {
			out = append(out, x.derived(src, id+name+"AuthorizerPermission", "AWS::Lambda::Permission", map[string]any{
				"Action": "lambda:InvokeFunction", "FunctionName": fa, "Principal": "apigateway.amazonaws.com"}, src.Locate("Auth/Authorizers/"+name)))
		}
	}
	return out
}

// withPaths adds the events' paths to an API definition (a copy), each
// method with SAM's integration and the security its Auth implies.
func (x *samExpander) withPaths(def map[string]any, orig any, events []apiEvent, auth map[string]any, flavour string) any {
	if def == nil {
		return orig // an intrinsic or unknown definition: as written
	}
	out := map[string]any{}
	for k, v := range def {
		out[k] = v
	}
	paths := map[string]any{}
	for k, v := range mapOf(def["paths"]) {
		paths[k] = v
	}
	for _, e := range events {
		if e.path == "" {
			continue
		}
		method := e.method
		if method == "any" {
			method = "x-amazon-apigateway-any-method"
		}
		ops := map[string]any{}
		for k, v := range mapOf(paths[e.path]) {
			ops[k] = v
		}
		op := map[string]any{
			"x-amazon-apigateway-integration": map[string]any{"httpMethod": "POST", "type": "aws_proxy", "uri": model.Unknown{Ref: x.prefix + e.fn}},
			"responses":                       map[string]any{},
		}
		if sec := security(e, auth); sec != nil {
			op["security"] = sec
		}
		ops[method] = op
		paths[e.path] = ops
	}
	out["paths"] = paths
	return out
}

// security is the swagger security of one method: the event's Authorizer
// wins over the API's DefaultAuthorizer; NONE means none; an API key
// requirement adds api_key.
func security(e apiEvent, auth map[string]any) []any {
	name := strOf(auth["DefaultAuthorizer"])
	if a, ok := e.auth["Authorizer"].(string); ok {
		name = a
	}
	var out []any
	if name != "" && name != "NONE" {
		out = append(out, map[string]any{name: []any{}})
	}
	key := auth["ApiKeyRequired"]
	if e.apiKey != nil {
		key = e.apiKey
	}
	if b, _ := key.(bool); b {
		out = append(out, map[string]any{"api_key": []any{}})
	}
	return out
}

// httpAPI expands an AWS::Serverless::HttpApi (or the implicit
// ServerlessHttpApi) into an ApiGatewayV2 Api and its Stage.
func (x *samExpander) httpAPI(src *model.Resource, id string, props map[string]any, events []apiEvent) []*model.Resource {
	implicit := events != nil
	at := model.Position{}
	if implicit {
		at = events[0].pos
	} else {
		events = x.explicitEvents[id]
	}
	api := x.derived(src, id, "AWS::ApiGatewayV2::Api", map[string]any{}, at)
	if !implicit {
		x.copyProps(src, api, "Name", "Description", "DisableExecuteApiEndpoint", "FailOnWarnings", "CorsConfiguration")
	}
	auth := mapOf(props["Auth"])
	switch {
	case props["DefinitionUri"] != nil:
		api.Properties["BodyS3Location"] = codeURI(props["DefinitionUri"], "Bucket", "Key", "Version")
		x.movePositions(src, api, "DefinitionUri", "BodyS3Location")
	case props["DefinitionBody"] != nil:
		api.Properties["Body"] = x.withPaths(mapOf(props["DefinitionBody"]), props["DefinitionBody"], events, auth, "openapi")
		x.movePositions(src, api, "DefinitionBody", "Body")
	default:
		body := map[string]any{"openapi": "3.0.1", "info": map[string]any{"version": "1.0", "title": model.Unknown{}}, "paths": map[string]any{}}
		api.Properties["Body"] = x.withPaths(body, body, events, auth, "openapi")
	}
	stageID, stageName := id+"ApiGatewayDefaultStage", any("$default")
	if s, ok := props["StageName"]; ok {
		stageName = s
		if str, ok := s.(string); ok {
			if str != "$default" {
				stageID = id + "Stage"
			}
		} else {
			x.diags.Errorf(src.Locate("StageName"), "StageName of %s is not a known string; its Stage's logical id is unknown", id)
			stageID = id + "Stage"
		}
	}
	st := x.derived(src, stageID, "AWS::ApiGatewayV2::Stage", map[string]any{"ApiId": x.ref(id), "StageName": stageName, "AutoDeploy": true}, at)
	if !implicit {
		x.movePositions(src, st, "StageName", "StageName")
		x.copyProps(src, st, "AccessLogSettings", "DefaultRouteSettings", "RouteSettings", "StageVariables")
	}
	return []*model.Resource{api, st}
}

func (x *samExpander) simpleTable(r *model.Resource) *model.Resource {
	t := x.derived(r, r.Name, "AWS::DynamoDB::Table", map[string]any{}, model.Position{})
	pk := mapOf(r.Properties["PrimaryKey"])
	name, typ := any("id"), any("S")
	if pk != nil {
		name = pk["Name"]
		typ = map[string]any{"String": "S", "Number": "N", "Binary": "B"}[strOf(pk["Type"])]
		if typ == nil {
			typ = model.Unknown{}
		}
	}
	t.Properties["AttributeDefinitions"] = []any{map[string]any{"AttributeName": name, "AttributeType": typ}}
	t.Properties["KeySchema"] = []any{map[string]any{"AttributeName": name, "KeyType": "HASH"}}
	x.movePositions(r, t, "PrimaryKey/Name", "KeySchema/0/AttributeName")
	if pt, ok := r.Properties["ProvisionedThroughput"]; ok {
		t.Properties["ProvisionedThroughput"] = pt
		x.movePositions(r, t, "ProvisionedThroughput", "ProvisionedThroughput")
	} else {
		t.Properties["BillingMode"] = "PAY_PER_REQUEST"
	}
	x.copyProps(r, t, "TableName", "SSESpecification", "PointInTimeRecoverySpecification")
	if tags := mapOf(r.Properties["Tags"]); tags != nil {
		t.Properties["Tags"] = samTags(tags)[1:]
		x.movePositions(r, t, "Tags", "Tags")
	}
	return t
}

func (x *samExpander) stateMachine(r *model.Resource) []*model.Resource {
	p := r.Properties
	sm := x.derived(r, r.Name, "AWS::StepFunctions::StateMachine", map[string]any{}, model.Position{})
	rename := map[string]string{"Name": "StateMachineName", "Type": "StateMachineType", "Logging": "LoggingConfiguration",
		"Tracing": "TracingConfiguration", "Role": "RoleArn", "DefinitionSubstitutions": "DefinitionSubstitutions", "PermissionsBoundary": ""}
	for _, k := range sortedKeys(rename) {
		if v, ok := p[k]; ok && rename[k] != "" {
			sm.Properties[rename[k]] = v
			x.movePositions(r, sm, k, rename[k])
		}
	}
	if d, ok := p["Definition"]; ok {
		sm.Properties["DefinitionString"] = model.Unknown{} // SAM writes the definition as a Fn::Join of JSON lines
		sm.Positions["DefinitionString"] = r.Locate("Definition")
		_ = d
	}
	if u, ok := p["DefinitionUri"]; ok {
		sm.Properties["DefinitionS3Location"] = codeURI(u, "Bucket", "Key", "Version")
		x.movePositions(r, sm, "DefinitionUri", "DefinitionS3Location")
	}
	sm.Properties["Tags"] = []any{map[string]any{"Key": "stateMachine:createdBy", "Value": "SAM"}}
	out := []*model.Resource{sm}
	if _, ok := p["Role"]; !ok {
		role := x.derived(r, r.Name+"Role", "AWS::IAM::Role", map[string]any{"AssumeRolePolicyDocument": assume("states.amazonaws.com")}, model.Position{})
		var managed []any
		inline := x.policies(r, role, "Policies", &managed)
		if len(managed) > 0 {
			role.Properties["ManagedPolicyArns"] = managed
		}
		if len(inline) > 0 {
			role.Properties["Policies"] = inline
		}
		sm.Properties["RoleArn"] = x.ref(role.Name)
		out = append(out, role)
	}
	for _, ev := range sortedKeys(mapOf(p["Events"])) {
		x.diags.Warnf(r.Locate("Events/"+ev), "events of SAM state machines are not expanded; the resources %s%s creates are not scanned", r.Name, ev)
	}
	return out
}

func (x *samExpander) layer(r *model.Resource) *model.Resource {
	l := x.derived(r, r.Name+samHashUnknown, "AWS::Lambda::LayerVersion", map[string]any{"LayerName": r.Name}, model.Position{})
	x.renamed[r.Address] = l.Address
	if c, ok := r.Properties["ContentUri"]; ok {
		l.Properties["Content"] = codeURI(c, "S3Bucket", "S3Key", "S3ObjectVersion")
		x.movePositions(r, l, "ContentUri", "Content")
	}
	x.copyProps(r, l, "LayerName", "Description", "CompatibleRuntimes", "CompatibleArchitectures", "LicenseInfo")
	return l
}

func (x *samExpander) application(r *model.Resource) *model.Resource {
	s := x.derived(r, r.Name, "AWS::CloudFormation::Stack", map[string]any{}, model.Position{})
	switch loc := r.Properties["Location"].(type) {
	case string:
		s.Properties["TemplateURL"] = loc
		x.movePositions(r, s, "Location", "TemplateURL")
	default:
		s.Properties["TemplateURL"] = model.Unknown{} // a Serverless Application Repository app: resolved at deploy time
	}
	x.copyProps(r, s, "Parameters", "NotificationARNs", "TimeoutInMinutes")
	s.Properties["Tags"] = append([]any{map[string]any{"Key": "lambda:createdBy", "Value": "SAM"}}, samTags(r.Properties["Tags"])[1:]...)
	if strings.HasPrefix(strOf(s.Properties["TemplateURL"]), "http") {
		return s
	}
	return s
}
