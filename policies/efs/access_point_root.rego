# METADATA
# title: EFS access point does not confine clients to a directory
# description: |
#   An access point whose root directory is / (the default when RootDirectory or its Path is omitted) gives every client that mounts through it the whole file system, so the access point does nothing to separate one application's files from another's. A root directory such as /app confines the client to that subtree.
# custom:
#   id: AWS-EFS-001
#   severity: medium
#   resource_types: [AWS::EFS::AccessPoint]
#   remediation: Give the access point a root directory below / (with creation info so EFS creates it).
#   terraform: |
#     resource "aws_efs_access_point" "app" {
#       file_system_id = aws_efs_file_system.shared.id
#       root_directory {
#         path = "/app"
#         creation_info {
#           owner_uid   = 1000
#           owner_gid   = 1000
#           permissions = "750"
#         }
#       }
#     }
#   cloudformation: |
#     App:
#       Type: AWS::EFS::AccessPoint
#       Properties:
#         FileSystemId: !Ref Shared
#         RootDirectory:
#           Path: /app
#           CreationInfo:
#             OwnerUid: '1000'
#             OwnerGid: '1000'
#             Permissions: '750'
#   cis: []
#   fsbp: ["EFS.3"]
package iacvet.rules.efs_access_point_root

import data.iacvet.lib

path := ["RootDirectory", "Path"]

# whole_fs holds for "/", "//" and the like.
whole_fs(p) if {
	is_string(p)
	regex.match(`^/*$`, p)
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s exposes the whole file system (no root directory)", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	v := lib.at(r.properties, path)
	v != ""
	whole_fs(v)
	msg := sprintf("%s exposes the whole file system (root directory %s)", [r.address, v])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its root directory is known only after apply", [r.address])
}
