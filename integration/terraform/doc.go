// Package terraform runs real Terraform on the configurations under
// testdata (terraform init, plan -out, show -json, offline: the
// hashicorp/aws provider comes from a filesystem mirror, credentials are
// fake and nothing is refreshed) and checks that iacvet says the same thing
// about a plan as about its source: the same (rule, resource) pairs, every
// plan finding on a .tf line, the binary plan like its JSON. It holds tests
// only; they skip when terraform or the provider mirror is absent.
//
// The mirror is $IACVET_TF_MIRROR, else the first of a few usual plugin
// directories holding registry.terraform.io/hashicorp/aws. testdata/*/
// terraform-modules/, when present, is copied to .terraform/modules/ before
// init, as terraform init writes it for registry modules (init runs with
// -get=false there).
package terraform
