package cfn

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// events expands a function's Events; role is its generated role (nil
// when Role was given).
func (x *samExpander) events(r *model.Resource, role *model.Resource) []*model.Resource {
	evs := mapOf(r.Properties["Events"])
	var out []*model.Resource
	fnArn := x.ref(r.Name)
	for _, name := range sortedKeys(evs) {
		ev := mapOf(evs[name])
		at := r.Locate("Events/" + name)
		typ := strOf(ev["Type"])
		props := mapOf(ev["Properties"])
		if props == nil {
			props = map[string]any{}
		}
		base := "Events/" + name + "/Properties"
		id := r.Name + name
		perm := func(suffix, principal string, source any) *model.Resource {
			pp := map[string]any{"Action": "lambda:InvokeFunction", "FunctionName": fnArn, "Principal": principal}
			if source != nil {
				pp["SourceArn"] = source
			}
			return x.derived(r, id+"Permission"+suffix, "AWS::Lambda::Permission", pp, at)
		}
		switch typ {
		case "Api":
			e := apiEvent{fn: r.Name, path: strOf(props["Path"]), method: strings.ToLower(strOf(props["Method"])), auth: mapOf(props["Auth"]), pos: at}
			if e.auth != nil {
				e.apiKey = e.auth["ApiKeyRequired"]
			}
			stage := "Prod"
			if api, ok := props["RestApiId"]; ok {
				apiID := refName(api, x.prefix)
				ar := x.apis[apiID]
				if ar == nil {
					x.diags.Errorf(r.Locate(base+"/RestApiId"), "Api event %s of %s: RestApiId does not name an AWS::Serverless::Api of the template; its permission and method are not expanded", name, r.Name)
					continue
				}
				if x.explicitEvents == nil {
					x.explicitEvents = map[string][]apiEvent{}
				}
				x.explicitEvents[apiID] = append(x.explicitEvents[apiID], e)
				stage = strOf(ar.Properties["StageName"])
			} else {
				if x.implicitRestSrc == nil {
					x.implicitRestSrc = r
				}
				x.implicitRest = append(x.implicitRest, e)
			}
			out = append(out, perm(stage, "apigateway.amazonaws.com", model.Unknown{}))
		case "HttpApi":
			e := apiEvent{fn: r.Name, path: strOf(props["Path"]), method: strings.ToLower(strOf(props["Method"])), auth: mapOf(props["Auth"]), pos: at}
			if api, ok := props["ApiId"]; ok {
				apiID := refName(api, x.prefix)
				if x.apis[apiID] == nil {
					x.diags.Errorf(r.Locate(base+"/ApiId"), "HttpApi event %s of %s: ApiId does not name an AWS::Serverless::HttpApi of the template; its permission and route are not expanded", name, r.Name)
					continue
				}
				if x.explicitEvents == nil {
					x.explicitEvents = map[string][]apiEvent{}
				}
				x.explicitEvents[apiID] = append(x.explicitEvents[apiID], e)
			} else {
				if x.implicitHTTPSrc == nil {
					x.implicitHTTPSrc = r
				}
				x.implicitHTTP = append(x.implicitHTTP, e)
			}
			out = append(out, perm("", "apigateway.amazonaws.com", model.Unknown{}))
		case "SQS", "Kinesis", "DynamoDB", "MSK", "MQ", "SelfManagedKafka", "DocumentDB":
			esm := x.derived(r, id, "AWS::Lambda::EventSourceMapping", map[string]any{"FunctionName": fnArn}, at)
			for _, k := range sortedKeys(props) {
				nk := k
				switch k {
				case "Queue", "Stream", "Broker":
					nk = "EventSourceArn"
				case "Enabled":
				case "Topics", "Queues":
				}
				esm.Properties[nk] = props[k]
				x.movePositions(r, esm, base+"/"+k, nk)
			}
			out = append(out, esm)
		case "SNS":
			sub := x.derived(r, id, "AWS::SNS::Subscription", map[string]any{"Endpoint": model.Unknown{Ref: fnArn.Ref}, "Protocol": "lambda", "TopicArn": props["Topic"]}, at)
			x.movePositions(r, sub, base+"/Topic", "TopicArn")
			for _, k := range []string{"FilterPolicy", "FilterPolicyScope", "Region", "RedrivePolicy"} {
				if v, ok := props[k]; ok {
					sub.Properties[k] = v
					x.movePositions(r, sub, base+"/"+k, k)
				}
			}
			out = append(out, sub, perm("", "sns.amazonaws.com", props["Topic"]))
		case "S3":
			// SAM also adds the notification to the bucket's
			// NotificationConfiguration; the bucket itself is left as written.
			out = append(out, perm("", "s3.amazonaws.com", model.Unknown{}))
		case "Schedule", "CloudWatchEvent", "EventBridgeRule":
			rule := x.derived(r, id, "AWS::Events::Rule", map[string]any{
				"Targets": []any{map[string]any{"Arn": model.Unknown{Ref: fnArn.Ref}, "Id": id + "LambdaTarget"}},
			}, at)
			for _, k := range sortedKeys(props) {
				nk := k
				switch k {
				case "Schedule":
					nk = "ScheduleExpression"
				case "Pattern":
					nk = "EventPattern"
				case "Enabled":
					if b, ok := props[k].(bool); ok {
						rule.Properties["State"] = map[bool]string{true: "ENABLED", false: "DISABLED"}[b]
						x.movePositions(r, rule, base+"/"+k, "State")
					}
					continue
				case "Input", "InputPath", "Target", "DeadLetterConfig", "RetryPolicy", "InputTransformer":
					continue // target settings
				}
				rule.Properties[nk] = props[k]
				x.movePositions(r, rule, base+"/"+k, nk)
			}
			if _, ok := rule.Properties["State"]; !ok && props["State"] == nil {
				rule.Properties["State"] = "ENABLED"
			}
			out = append(out, rule, perm("", "events.amazonaws.com", model.Unknown{Ref: rule.Address}))
		case "ScheduleV2":
			sch := x.derived(r, id, "AWS::Scheduler::Schedule", map[string]any{}, at)
			for _, k := range sortedKeys(props) {
				sch.Properties[k] = props[k]
				x.movePositions(r, sch, base+"/"+k, k)
			}
			out = append(out, sch)
			if props["RoleArn"] == nil {
				out = append(out, x.derived(r, id+"Role", "AWS::IAM::Role", map[string]any{
					"AssumeRolePolicyDocument": assume("scheduler.amazonaws.com"),
					"Policies": []any{map[string]any{"PolicyName": id + "LambdaPolicy", "PolicyDocument": map[string]any{
						"Statement": []any{map[string]any{"Action": "lambda:InvokeFunction", "Effect": "Allow", "Resource": model.Unknown{Ref: fnArn.Ref}}}}}},
				}, at))
			}
		case "CloudWatchLogs":
			f := x.derived(r, id, "AWS::Logs::SubscriptionFilter", map[string]any{"DestinationArn": model.Unknown{Ref: fnArn.Ref}, "LogGroupName": props["LogGroupName"], "FilterPattern": props["FilterPattern"]}, at)
			x.movePositions(r, f, base+"/LogGroupName", "LogGroupName")
			x.movePositions(r, f, base+"/FilterPattern", "FilterPattern")
			out = append(out, f, perm("", "logs.amazonaws.com", model.Unknown{}))
		case "Cognito", "IoTRule", "AlexaSkill", "S3Generic", "Pipes":
			x.diags.Warnf(at, "SAM event type %s of %s is not expanded; the resources it creates are not scanned", typ, r.Name)
		default:
			x.diags.Errorf(at, "SAM event %s of %s has an unknown type %q; SAM rejects it and nothing is expanded for it", name, r.Name, typ)
		}
	}
	return out
}

func assume(service string) map[string]any {
	return map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
		"Action": []any{"sts:AssumeRole"}, "Effect": "Allow", "Principal": map[string]any{"Service": []any{service}}}}}
}

// refName returns the logical id a Ref (an Unknown with Ref) or a plain
// string names.
func refName(v any, prefix string) string {
	switch tv := v.(type) {
	case model.Unknown:
		return strings.TrimPrefix(tv.Ref, prefix)
	case string:
		return tv
	}
	return ""
}

// functionURL builds <Id>Url and, for AuthType NONE, the public
// permissions SAM adds.
func (x *samExpander) functionURL(r *model.Resource, cfg map[string]any) []*model.Resource {
	at := r.Locate("FunctionUrlConfig")
	u := x.derived(r, r.Name+"Url", "AWS::Lambda::Url", map[string]any{"TargetFunctionArn": x.ref(r.Name)}, at)
	for _, k := range sortedKeys(cfg) {
		u.Properties[k] = cfg[k]
		x.movePositions(r, u, "FunctionUrlConfig/"+k, k)
	}
	if alias := strOf(r.Properties["AutoPublishAlias"]); alias != "" {
		u.Properties["Qualifier"] = alias
	}
	out := []*model.Resource{u}
	if auth, _ := cfg["AuthType"].(string); auth == "NONE" {
		out = append(out,
			x.derived(r, r.Name+"UrlPublicPermissions", "AWS::Lambda::Permission", map[string]any{
				"Action": "lambda:InvokeFunctionUrl", "FunctionName": x.ref(r.Name), "FunctionUrlAuthType": "NONE", "Principal": "*"}, at),
			x.derived(r, r.Name+"URLInvokeAllowPublicAccess", "AWS::Lambda::Permission", map[string]any{
				"Action": "lambda:InvokeFunction", "FunctionName": x.ref(r.Name), "InvokedViaFunctionUrl": true, "Principal": "*"}, at))
	}
	return out
}
