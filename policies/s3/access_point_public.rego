# METADATA
# title: S3 access point policy lets anyone in
# description: |
#   An internet access point (no VPC configuration) whose policy allows principal * (or NotPrincipal) without a condition that restricts the caller lets anyone reach the bucket's objects through it. Access points bound to a VPC take requests from that VPC only.
# custom:
#   id: AWS-S3-020
#   severity: critical
#   resource_types: [AWS::S3::AccessPoint]
#   remediation: Name the principals, restrict principal * with aws:PrincipalOrgID or aws:SourceVpce, or bind the access point to a VPC.
#   terraform: |
#     resource "aws_s3_access_point" "reports" {
#       bucket = "example-data"
#       name   = "reports"
#       policy = jsonencode({
#         "Version": "2012-10-17",
#         "Statement": [
#           {
#             "Sid": "VpcOnly",
#             "Effect": "Allow",
#             "Principal": "*",
#             "Action": "s3:GetObject",
#             "Resource": "arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*"
#           }
#         ]
#       })
#     }
#   cloudformation: |
#     Reports:
#       Type: AWS::S3::AccessPoint
#       Properties:
#         Bucket: example-data
#         Name: reports
#         Policy:
#           Version: '2012-10-17'
#           Statement:
#           - Sid: VpcOnly
#             Effect: Allow
#             Principal: '*'
#             Action: s3:GetObject
#             Resource: arn:aws:s3:us-east-1:111122223333:accesspoint/reports/object/*
#   cis: []
#   fsbp: []
package iacvet.rules.s3_access_point_public

import data.iacvet.lib
import data.iacvet.lib.iam

# policy_types maps each resource type to its policy document property.
policy_types := {"AWS::S3::AccessPoint": "Policy"}

# Access points bound to a VPC take requests from that VPC only.
in_vpc(r) if not lib.empty(lib.get(lib.get(r.properties, "VpcConfiguration", {}), "VpcId", null))

deny contains lib.finding(r, msg, iam.statement_path([prop], doc, i)) if {
	some r in input.resources
	prop := policy_types[r.type]
	doc := r.properties[prop]
	not in_vpc(r)
	indexes := iam.public_indexes(doc)
	count(indexes) > 0
	i := min(indexes)
	msg := sprintf("S3 access point policy %s lets anyone in (%s) without a condition that restricts the caller", [r.address, iam.public_msg(doc)])
}

unknown contains lib.finding(r, msg, [prop]) if {
	some r in input.resources
	r.has_unknown
	prop := policy_types[r.type]
	iam.public_undecided(r.properties[prop])
	msg := sprintf("S3 access point policy %s: whether it lets anyone in is known only after apply", [r.address])
}
