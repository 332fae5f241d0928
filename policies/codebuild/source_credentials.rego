# METADATA
# title: CodeBuild source URL holds credentials
# description: |
#   A source location such as https://user:password@bitbucket.org/acme/web.git or https://<token>@github.com/acme/web.git writes a password or personal access token into the project definition, where anyone who can read the project (codebuild:BatchGetProjects), the template or the state file can copy it. The primary source and every secondary source are checked.
# custom:
#   id: AWS-CB-101
#   severity: critical
#   resource_types: [AWS::CodeBuild::Project]
#   remediation: Remove the credentials from the URL and connect the source with OAuth, a CodeConnections connection or source credentials stored by CodeBuild.
#   terraform: |
#     resource "aws_codebuild_project" "web" {
#       source {
#         type     = "BITBUCKET"
#         location = "https://bitbucket.org/acme/web.git"
#         auth {
#           type     = "CODECONNECTIONS"
#           resource = aws_codestarconnections_connection.bitbucket.arn
#         }
#       }
#     }
#   cloudformation: |
#     Web:
#       Type: AWS::CodeBuild::Project
#       Properties:
#         Source:
#           Type: BITBUCKET
#           Location: https://bitbucket.org/acme/web.git
#           Auth:
#             Type: CODECONNECTIONS
#             Resource: !Ref BitbucketConnection
#   cis: []
#   fsbp: ["CodeBuild.1"]
package iacvet.rules.codebuild_source_credentials

import data.iacvet.lib

# userinfo matches a URL whose authority carries user information.
userinfo(url) if {
	is_string(url)
	regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@\s]+@`, url)
}

sources(r) := s if {
	src := r.properties.Source
	is_object(src)
	s := [[["Source", "Location"], src]]
} else := []

secondary(r) := [[["SecondarySources", i, "Location"], s] |
	some i, s in lib.as_list(object.get(r.properties, "SecondarySources", []))
	is_object(s)
]

locations(r) := array.concat(sources(r), secondary(r))

label(path) := "its source" if count(path) == 2

label(path) := sprintf("secondary source #%d", [path[1]]) if count(path) == 3

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	some [path, src] in locations(r)
	userinfo(src.Location)
	msg := sprintf("%s has credentials in the URL of %s", [r.address, label(path)])
}
