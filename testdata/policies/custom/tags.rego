# METADATA
# title: Buckets need an owner tag
# custom:
#   id: ACME-001
#   severity: low
#   resource_types: [AWS::S3::Bucket]
package acme.tags

import data.iacvet.lib

deny contains lib.finding(r, sprintf("%s has no owner tag", [r.address]), "Tags") if {
	some r in input.resources
	not owner(r)
}

owner(r) if {
	some t in r.properties.Tags
	t.Key == "owner"
}
