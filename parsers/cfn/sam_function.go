package cfn

import (
	"strings"

	"github.com/iacvet/iacvet/model"
)

// functionCopied are the SAM Function properties AWS::Lambda::Function
// takes under the same name.
var functionCopied = []string{
	"Handler", "Runtime", "Description", "MemorySize", "Timeout", "FunctionName", "Environment", "VpcConfig",
	"KmsKeyArn", "Layers", "ReservedConcurrentExecutions", "Architectures", "EphemeralStorage", "ImageConfig",
	"PackageType", "SnapStart", "RuntimeManagementConfig", "LoggingConfig", "FileSystemConfigs",
	"CodeSigningConfigArn", "RecursiveLoop", "TracingConfig",
}

// functionSAMOnly are SAM Function properties that configure the
// expansion itself.
var functionSAMOnly = map[string]bool{
	"CodeUri": true, "InlineCode": true, "ImageUri": true, "Policies": true, "Role": true, "Events": true,
	"Tracing": true, "DeadLetterQueue": true, "AutoPublishAlias": true, "DeploymentPreference": true,
	"FunctionUrlConfig": true, "Tags": true, "PermissionsBoundary": true, "AssumeRolePolicyDocument": true,
	"ProvisionedConcurrencyConfig": true, "EventInvokeConfig": true, "AutoPublishCodeSha256": true,
	"AutoPublishAliasAllProperties": true, "VersionDescription": true, "RolePath": true, "PropagateTags": true,
	"DeadLetterConfig": true, "VersionDeletionPolicy": true, "CapacityProviderConfig": true,
}

func (x *samExpander) function(r *model.Resource) []*model.Resource {
	p := r.Properties
	fn := x.derived(r, r.Name, "AWS::Lambda::Function", map[string]any{}, model.Position{})
	x.copyProps(r, fn, functionCopied...)
	for _, k := range sortedKeys(p) {
		if !functionSAMOnly[k] && fn.Properties[k] == nil {
			if _, copied := p[k]; copied && !contains(functionCopied, k) {
				x.diags.Warnf(r.Locate(k), "SAM Function property %s is not known to iacvet's SAM expansion; it is not carried to %s", k, r.Name)
			}
		}
	}
	switch {
	case p["InlineCode"] != nil:
		fn.Properties["Code"] = map[string]any{"ZipFile": p["InlineCode"]}
		x.movePositions(r, fn, "InlineCode", "Code/ZipFile")
	case p["ImageUri"] != nil:
		fn.Properties["Code"] = map[string]any{"ImageUri": p["ImageUri"]}
		x.movePositions(r, fn, "ImageUri", "Code/ImageUri")
		fn.Properties["PackageType"] = "Image"
	case p["CodeUri"] != nil:
		fn.Properties["Code"] = codeURI(p["CodeUri"], "S3Bucket", "S3Key", "S3ObjectVersion")
		x.movePositions(r, fn, "CodeUri", "Code")
	}
	if t, ok := p["Tracing"]; ok {
		fn.Properties["TracingConfig"] = map[string]any{"Mode": t}
		x.movePositions(r, fn, "Tracing", "TracingConfig/Mode")
	}
	if dlq := mapOf(p["DeadLetterQueue"]); dlq != nil {
		fn.Properties["DeadLetterConfig"] = map[string]any{"TargetArn": dlq["TargetArn"]}
		x.movePositions(r, fn, "DeadLetterQueue/TargetArn", "DeadLetterConfig/TargetArn")
	}
	fn.Properties["Tags"] = samTags(p["Tags"])
	out := []*model.Resource{fn}

	var role *model.Resource
	if rv, ok := p["Role"]; ok {
		fn.Properties["Role"] = rv
		x.movePositions(r, fn, "Role", "Role")
	} else {
		role = x.functionRole(r)
		fn.Properties["Role"] = x.ref(role.Name)
		out = append(out, role)
	}
	out = append(out, x.events(r, role)...)
	if cfg := mapOf(p["FunctionUrlConfig"]); cfg != nil {
		out = append(out, x.functionURL(r, cfg)...)
	}
	if alias, ok := p["AutoPublishAlias"]; ok {
		at := r.Locate("AutoPublishAlias")
		ver := x.derived(r, r.Name+"Version"+samHashUnknown, "AWS::Lambda::Version", map[string]any{"FunctionName": x.ref(r.Name)}, at)
		name := strOf(alias)
		if name == "" {
			x.diags.Warnf(at, "AutoPublishAlias of %s is not a known string; the alias's logical id is not known", r.Name)
		}
		al := x.derived(r, r.Name+"Alias"+strings.NewReplacer("-", "D", "_", "U").Replace(name), "AWS::Lambda::Alias", map[string]any{
			"Name": alias, "FunctionName": x.ref(r.Name), "FunctionVersion": model.Unknown{Ref: ver.Address},
		}, at)
		x.movePositions(r, al, "AutoPublishAlias", "Name")
		if pc, ok := p["ProvisionedConcurrencyConfig"]; ok {
			al.Properties["ProvisionedConcurrencyConfig"] = pc
			x.movePositions(r, al, "ProvisionedConcurrencyConfig", "ProvisionedConcurrencyConfig")
		}
		out = append(out, ver, al)
	}
	return out
}

// samHashUnknown stands for the content hash SAM appends to the logical
// ids of Deployments, Versions and LayerVersions: the hash covers the
// translated template, which iacvet does not reproduce byte for byte.
const samHashUnknown = "0000000000"

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// codeURI turns "s3://bucket/key" or {Bucket, Key, Version} into a Code
// mapping with the given key names; anything else is unknown.
func codeURI(v any, bucket, key, version string) any {
	switch tv := v.(type) {
	case string:
		if rest, ok := strings.CutPrefix(tv, "s3://"); ok {
			b, k, _ := strings.Cut(rest, "/")
			return map[string]any{bucket: b, key: k}
		}
		return model.Unknown{} // a local path: sam package uploads it
	case map[string]any:
		out := map[string]any{}
		if b, ok := tv["Bucket"]; ok {
			out[bucket] = b
		}
		if k, ok := tv["Key"]; ok {
			out[key] = k
		}
		if ver, ok := tv["Version"]; ok {
			out[version] = ver
		}
		return out
	}
	return model.Unknown{}
}

func arnAWS(name string) string { return "arn:aws:iam::aws:policy/" + name }

// functionRole builds <Id>Role.
func (x *samExpander) functionRole(r *model.Resource) *model.Resource {
	p := r.Properties
	role := x.derived(r, r.Name+"Role", "AWS::IAM::Role", map[string]any{}, model.Position{})
	if ad, ok := p["AssumeRolePolicyDocument"]; ok {
		role.Properties["AssumeRolePolicyDocument"] = ad
		x.movePositions(r, role, "AssumeRolePolicyDocument", "AssumeRolePolicyDocument")
	} else {
		role.Properties["AssumeRolePolicyDocument"] = assume("lambda.amazonaws.com")
	}
	managed := []any{arnAWS("service-role/AWSLambdaBasicExecutionRole")}
	if strOf(p["Tracing"]) == "Active" {
		managed = append(managed, arnAWS("AWSXrayWriteOnlyAccess"))
	}
	if p["VpcConfig"] != nil {
		managed = append(managed, arnAWS("service-role/AWSLambdaVPCAccessExecutionRole"))
	}
	inline := x.policies(r, role, "Policies", &managed)
	for _, ev := range sortedKeys(mapOf(p["Events"])) {
		switch strOf(mapOf(mapOf(p["Events"])[ev])["Type"]) {
		case "SQS":
			addOnce(&managed, arnAWS("service-role/AWSLambdaSQSQueueExecutionRole"))
		case "Kinesis":
			addOnce(&managed, arnAWS("service-role/AWSLambdaKinesisExecutionRole"))
		case "DynamoDB":
			addOnce(&managed, arnAWS("service-role/AWSLambdaDynamoDBExecutionRole"))
		}
	}
	if dlq := mapOf(p["DeadLetterQueue"]); dlq != nil {
		action := map[string]string{"SQS": "sqs:SendMessage", "SNS": "sns:Publish"}[strOf(dlq["Type"])]
		if action != "" {
			inline = append(inline, map[string]any{
				"PolicyName": r.Name + "RolePolicy" + itoa(len(inline)),
				"PolicyDocument": map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{
					"Action": action, "Effect": "Allow", "Resource": dlq["TargetArn"]}}},
			})
		}
	}
	role.Properties["ManagedPolicyArns"] = managed
	if len(inline) > 0 {
		role.Properties["Policies"] = inline
	}
	if pb, ok := p["PermissionsBoundary"]; ok {
		role.Properties["PermissionsBoundary"] = pb
		x.movePositions(r, role, "PermissionsBoundary", "PermissionsBoundary")
	}
	if rp, ok := p["RolePath"]; ok {
		role.Properties["Path"] = rp
		x.movePositions(r, role, "RolePath", "Path")
	}
	role.Properties["Tags"] = samTags(p["Tags"])
	return role
}

func addOnce(list *[]any, s string) {
	for _, v := range *list {
		if v == s {
			return
		}
	}
	*list = append(*list, s)
}

// policies reads a SAM Policies property (a managed policy name or ARN, a
// policy document, a policy template, or a list of them) into managed
// ARNs and inline policies named <Role>Policy<N>.
func (x *samExpander) policies(r, role *model.Resource, key string, managed *[]any) []any {
	v, ok := r.Properties[key]
	if !ok {
		return nil
	}
	var items []any
	var paths []string
	switch tv := v.(type) {
	case []any:
		items = tv
		for i := range tv {
			paths = append(paths, key+"/"+itoa(i))
		}
	default:
		items, paths = []any{v}, []string{key}
	}
	var inline []any
	for i, item := range items {
		at := r.Locate(paths[i])
		switch tv := item.(type) {
		case string:
			*managed = append(*managed, managedARN(tv))
			role.Positions["ManagedPolicyArns/"+itoa(len(*managed)-1)] = at
		case model.Unknown:
			*managed = append(*managed, tv)
			role.Positions["ManagedPolicyArns/"+itoa(len(*managed)-1)] = at
		case map[string]any:
			name := role.Name + "Policy" + itoa(len(inline))
			if _, isDoc := tv["Statement"]; isDoc {
				doc := map[string]any{}
				for k, v := range tv {
					doc[k] = v
				}
				doc["Statement"] = withResourceStar(tv["Statement"])
				inline = append(inline, map[string]any{"PolicyName": name, "PolicyDocument": doc})
				x.movePositions(r, role, paths[i], "Policies/"+itoa(len(inline)-1)+"/PolicyDocument")
				continue
			}
			if len(tv) == 1 {
				tmpl := sortedKeys(tv)[0]
				stmts, known := policyTemplate(tmpl, mapOf(tv[tmpl]))
				if !known {
					x.diags.Errorf(at, "SAM policy template %s is not known to iacvet; the policy of %s is unknown", tmpl, role.Name)
					stmts = model.Unknown{}
				}
				inline = append(inline, map[string]any{"PolicyName": name, "PolicyDocument": map[string]any{"Statement": stmts}})
				role.Positions["Policies/"+itoa(len(inline)-1)] = at
				continue
			}
			x.diags.Errorf(at, "SAM policy entry of %s is neither a policy document nor a policy template", r.Name)
		default:
			x.diags.Errorf(at, "SAM policy entry of %s is neither a policy name, a document nor a template", r.Name)
		}
	}
	return inline
}

// withResourceStar adds Resource: "*" to statements that have neither
// Resource nor NotResource, as SAM does.
func withResourceStar(v any) any {
	add := func(s any) any {
		m := mapOf(s)
		if m == nil || m["Resource"] != nil || m["NotResource"] != nil {
			return s
		}
		out := map[string]any{"Resource": "*"}
		for k, v := range m {
			out[k] = v
		}
		return out
	}
	if l, ok := v.([]any); ok {
		out := make([]any, len(l))
		for i, s := range l {
			out[i] = add(s)
		}
		return out
	}
	return []any{add(v)}
}

// samServiceRolePolicies are AWS managed policies under service-role/
// that SAM templates name without their path.
var samServiceRolePolicies = map[string]bool{
	"AWSLambdaBasicExecutionRole": true, "AWSLambdaVPCAccessExecutionRole": true, "AWSLambdaDynamoDBExecutionRole": true,
	"AWSLambdaKinesisExecutionRole": true, "AWSLambdaSQSQueueExecutionRole": true, "AWSLambdaRole": true,
	"AWSLambdaENIManagementAccess": true, "AWSLambdaMSKExecutionRole": true, "AWSConfigRulesExecutionRole": true,
	"AWSIoTRuleActions": true, "AWSIoTLogging": true, "AWSLambdaReplicator": true,
}

func managedARN(name string) any {
	if strings.HasPrefix(name, "arn:") {
		return name
	}
	if samServiceRolePolicies[name] {
		return arnAWS("service-role/" + name)
	}
	return arnAWS(name)
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
