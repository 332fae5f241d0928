# METADATA
# title: EFS access point does not enforce a user identity
# description: |
#   Without a POSIX user, an access point takes the user and group ids each NFS client claims, so a client that runs as root (uid 0) gets root's access to every file under the access point. A PosixUser makes EFS use its uid and gids for every request through the access point, whatever the client claims.
# custom:
#   id: AWS-EFS-002
#   severity: medium
#   resource_types: [AWS::EFS::AccessPoint]
#   remediation: Set the access point's POSIX user to the application's uid and gid.
#   terraform: |
#     resource "aws_efs_access_point" "app" {
#       file_system_id = aws_efs_file_system.shared.id
#       posix_user {
#         uid = 1000
#         gid = 1000
#       }
#     }
#   cloudformation: |
#     App:
#       Type: AWS::EFS::AccessPoint
#       Properties:
#         FileSystemId: !Ref Shared
#         PosixUser:
#           Uid: '1000'
#           Gid: '1000'
#   cis: []
#   fsbp: ["EFS.4"]
package iacvet.rules.efs_access_point_user

import data.iacvet.lib

path := ["PosixUser", "Uid"]

deny contains lib.finding(r, msg, "PosixUser") if {
	some r in input.resources
	lib.missing(r, path)
	msg := sprintf("%s takes the user identity each client claims (no POSIX user)", [r.address])
}

unknown contains lib.finding(r, msg, "PosixUser") if {
	some r in input.resources
	r.has_unknown
	lib.unknown_at(r.properties, path)
	msg := sprintf("%s: its POSIX user is known only after apply", [r.address])
}
