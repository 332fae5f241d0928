// Package cfn parses CloudFormation templates (YAML with
// short-form tags, or JSON), SAM templates and CDK output (cdk.out) into the
// common model, with the file, line and column of every resource and every
// property.
//
// Intrinsic functions are resolved where the value is knowable: parameters
// (defaults, overridden by Options.Params and parameter files), pseudo
// parameters, Fn::Sub, Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap,
// Fn::If with Conditions evaluated, Fn::Base64 and Fn::Cidr. What is not
// knowable (Fn::ImportValue, Fn::GetAZs, attributes of other resources,
// AWS::AccountId unless given) becomes model.Unknown; Ref and Fn::GetAtt to
// a resource of the template keep the resource's address in Unknown.Ref so
// cross-resource rules can follow them. Resources whose Condition is false
// are left out. NoEcho parameters are model.Sensitive.
//
// SAM resources (AWS::Serverless::*) keep their own types with the
// template's Globals applied. A cdk.out directory is read through its
// manifest.json; resources are named "<Stack>/<LogicalId>" and carry their
// aws:cdk:path in Meta["cdk:path"]. Nested stacks with a local TemplateURL
// (or a cdk.out asset path) are followed, cycle-safe.
//
// Bounds, each reported as a positioned diagnostic rather than a crash:
// files larger than Options.MaxBytes (default 20 MiB) are skipped; YAML alias
// expansion stops after 1,000,000 nodes (an "alias bomb"); intrinsic
// evaluation stops at depth 64 (deep or self-referencing Fn::Sub, cyclic
// Conditions); nested stacks are followed 8 levels deep.
package cfn
