// Package cfn parses CloudFormation templates (YAML with short-form tags,
// or JSON), SAM templates and CDK output (cdk.out) into the common model,
// with the file, line and column of every resource and every property.
//
// It owns: template detection by content (IsTemplate, IsCDKOut), YAML/JSON
// decoding through gopkg.in/yaml.v3 nodes, short-form tags (!Ref, !Sub,
// !GetAtt a.b, …) turned into their long forms, intrinsic evaluation,
// conditions, parameters, SAM Globals, nested stacks, CDK manifests, and
// in-source suppressions in resource Metadata.
//
// # Values
//
// Properties are plain Go values: string, bool, json.Number (YAML ints and
// floats, in JSON number syntax), nil, []any and map[string]any; YAML scalar
// types are kept (true is a bool, "true" a string). Intrinsic functions are
// resolved where the value is knowable: parameters (Default, overridden by
// Options.ParamFiles and then Options.Params; Number parameters become
// json.Number, list parameters lists), pseudo parameters (AWS::Region,
// AWS::Partition and AWS::URLSuffix by region, AWS::AccountId when given,
// AWS::StackName for CDK and nested stacks), Fn::Sub (both forms), Fn::Join,
// Fn::Select, Fn::Split, Fn::FindInMap (with DefaultValue), Fn::If with
// Conditions evaluated (Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition),
// Fn::Base64, Fn::Cidr (IPv4 and IPv6) and Fn::Length. AWS::NoValue removes
// the key or list item.
//
// What is not knowable becomes model.Unknown, never a guess:
// Fn::ImportValue, Fn::GetAZs (an unknown list; the parser does not invent
// zone names), Fn::Transform, AWS::AccountId unless given, AWS::StackId,
// AWS::NotificationARNs, parameters without a value, parameters of type
// AWS::SSM::Parameter::Value<…> and dynamic references ({{resolve:…}}),
// which CloudFormation reads at deploy time. Ref and Fn::GetAtt to a
// resource of the template (and ${Res.Attr} in Fn::Sub) are
// model.Unknown{Ref: <address>}, the address carrying the stack prefix, so
// cross-resource rules can follow them. A string with any unknown piece is
// unknown as a whole. NoEcho parameters are model.Sensitive. An unknown
// intrinsic (Fn::Foo) is a warning at its line and an unknown value.
// Resources whose Condition is false are left out (not deployed, not
// scanned); an undecidable Condition keeps the resource.
//
// # Positions
//
// Source.Position is the logical id's key; EndLine the last line of the
// resource's value. Positions maps every property path ("Tags/0/Key",
// slash-separated, list indexes as numbers) to a position: a scalar's own
// node, and for a key whose value is a mapping or list (not an intrinsic)
// the key, so that a finding on "SecurityGroupIngress" lands on the
// "SecurityGroupIngress:" line. The same holds for JSON templates, which
// are read as YAML. Values taken from SAM Globals point into Globals.
// NativePaths is nil: the native paths are the canonical ones.
//
// # SAM, CDK and nested stacks
//
// SAM resources (AWS::Serverless::*) first receive the template's Globals
// (Function, Api, HttpApi, SimpleTable, LayerVersion) as SAM merges them:
// the resource's scalars win, mappings merge, lists are additive. They are
// then expanded, without calling the transform service, into the
// CloudFormation resources SAM's translator produces, with the logical ids
// it gives them (sam*.go): a Function becomes its AWS::Lambda::Function,
// the execution role <Id>Role (managed policies SAM adds, inline
// statements, the common policy templates), its event sources (Api and
// HttpApi on the implicit ServerlessRestApi/ServerlessHttpApi or an
// explicit API, SQS, Kinesis, DynamoDB, SNS, S3 permissions, Schedule,
// ScheduleV2, CloudWatchEvent, EventBridgeRule, CloudWatchLogs), its
// function URL and AutoPublishAlias; Api and HttpApi become the API, its
// Deployment and Stage, with the methods' security in the generated
// definition; SimpleTable, StateMachine, LayerVersion and Application their
// CloudFormation types. Logical ids that SAM ends with a content hash
// (Deployments, Versions, LayerVersions) end in "0000000000". Generated
// resources keep the SAM type as NativeType and Meta["sam:resource"], and
// sit on the SAM resource, or on the key of the event they come from;
// copied properties keep their SAM positions. What cannot be expanded is a
// diagnostic at its line: an unknown policy template or event type, or an
// event on an API that is not in the template, is an error (and the value
// unknown); Connector, GraphQLApi and a few event sources (Cognito, IoT,
// Alexa) are kept as they are with a warning.
//
// A cdk.out directory is read through manifest.json: every artifact of type
// aws:cloudformation:stack (properties.templateFile). Resources are named
// "<ArtifactId>/<LogicalId>", Source.Stack is the artifact's displayName,
// AWS::StackName its properties.stackName (else the artifact id), and
// Meta["cdk:path"] carries Metadata aws:cdk:path. Nested stacks
// (AWS::CloudFormation::Stack) are followed when their template is local:
// Metadata aws:asset:path inside cdk.out, otherwise a TemplateURL that is a
// relative file path (resolved against the parent template's directory, as
// the path was given, so relative to the working directory when the path is
// relative). Their resources are named "<Parent address>/<LogicalId>" and
// receive the stack's Parameters. Remote TemplateURLs are not fetched.
// Every file a template or manifest names (nested templates, assets, stack
// templates, manifest.json) is read through internal/safefs inside
// Options.Root (default: the input's directory): symbolic links are
// followed, a path outside the root or not a regular file is an error
// naming the path as written, never its content.
//
// # Encodings and AWS::LanguageExtensions
//
// Templates are UTF-8 (a byte order mark is dropped) or UTF-16 with its
// byte order mark, as CloudFormation accepts them. A file that looks like
// a template (AWSTemplateFormatVersion, or a "Type: AWS::…" entry) but
// cannot be decoded (invalid UTF-8, other encodings, nesting over yaml.v3's
// 10,000 levels, broken YAML) is a template with an error diagnostic at
// the offending line, never skipped as "not a template".
//
// Under Transform AWS::LanguageExtensions (alone or in a list),
// Fn::ForEach::Name loops in Resources and inside resource definitions
// (properties included, nested loops too) are expanded before evaluation:
// ${Id}, &{Id} (non-alphanumeric characters dropped) and {Ref: Id} in a copy
// of the fragment take each item of the collection (a literal list, a
// CommaDelimitedList or List<> parameter, Fn::Split, Fn::FindInMap, …).
// Generated resources sit on their fragment's logical-id line, their
// properties on the fragment's lines. An unknown collection (Fn::GetAZs, an
// SSM parameter) is a warning, its resources not scanned; a malformed loop,
// a generated key that already exists, an output key without the
// identifier are errors; at most 10,000 keys are generated. Fn::Length,
// Fn::ToJsonString (of known values) and Fn::FindInMap's DefaultValue are
// evaluated. Loops in the Conditions and Outputs sections are not expanded
// yet (Outputs are not read at all).
//
// Resource Metadata "iacvet: {ignore: [{id: AWS-S3-001, reason: …}]}"
// becomes an in-source model.Suppression positioned on its list entry; an
// entry without a reason is a warning (still honoured).
//
// Resource types under AWS:: are checked against the resource types of the
// CloudFormation specification shipped in goformation v7 (types_gen.go,
// regenerated with "go run gen_types.go"); an unknown one is a warning.
//
// # Bounds
//
// Every bound is a positioned diagnostic, never a crash or a hang:
//
//   - size: templates over Options.MaxBytes (default DefaultMaxBytes,
//     20 MiB) are skipped with an error; files read from disk (cdk.out
//     stacks, nested stacks) are checked before they are read;
//   - aliases: a document may expand to at most 1,000,000 nodes, aliases
//     and merge keys expanded ("too many aliases"), and nest 512 levels;
//   - intrinsics: functions nest at most 64 deep, which stops deep or
//     self-referencing Fn::Sub chains; Condition cycles are reported;
//   - evaluation: at most 4,000,000 values per template (big aliased Globals
//     or Mappings used by many resources), the rest is unknown;
//   - nested stacks: 8 levels, and a stack that includes itself is reported
//     and not followed again;
//   - invalid YAML or JSON is an error at the line yaml.v3 reports.
//
// Nothing in the package panics on any input: a panic inside the YAML
// library is turned into an error diagnostic.
package cfn
