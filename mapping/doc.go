// Package mapping owns the table that turns Terraform resource types into
// canonical AWS (CloudFormation) types with properties shaped as AWS's
// resource schema, and the link step that joins resources which Terraform
// splits out of their parent (aws_s3_bucket_public_access_block,
// aws_security_group_rule, …) back into it.
//
// The table is data (terraform.yaml and one types-<family>.yaml per service
// family, all embedded; a type may be declared in one file only), not code: each entry names
// the canonical type and, per canonical property, the Terraform attribute it
// comes from plus an optional transform. See terraform.yaml's header for the
// specification language. Terraform types without an entry keep their own
// type and attributes, so custom rules can still reach them.
//
// Mapping records, for every canonical property path, the native Terraform
// attribute path it came from (model.Resource.NativePaths), so findings on a
// canonical path land on the Terraform attribute's line.
package mapping
