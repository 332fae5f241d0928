# METADATA
# title: DocumentDB cluster is not encrypted at rest
# description: |
#   A DocumentDB cluster created without storage encryption keeps its documents, automated backups, snapshots and replicas in the clear, and encryption cannot be turned on afterwards. StorageEncrypted defaults to false. A cluster restored from a snapshot or a point in time of another cluster takes its encryption from the source and is not judged.
# custom:
#   id: AWS-DOCDB-040
#   severity: high
#   resource_types: [AWS::DocDB::DBCluster]
#   remediation: Create the cluster with storage encryption (restore an encrypted snapshot copy for an existing cluster).
#   terraform: |
#     resource "aws_docdb_cluster" "docs" {
#       storage_encrypted = true
#       kms_key_id        = aws_kms_key.docdb.arn
#     }
#   cloudformation: |
#     Docs:
#       Type: AWS::DocDB::DBCluster
#       Properties:
#         StorageEncrypted: true
#         KmsKeyId: !GetAtt DocDbKey.Arn
#   cis: []
#   fsbp: ["DocumentDB.1"]
package iacvet.rules.docdb_encryption

import data.iacvet.lib

path := ["StorageEncrypted"]

# restored holds for clusters that take their encryption from a snapshot or
# a source cluster.
restored(r) if lib.get(r.properties, "SnapshotIdentifier", "") != ""

restored(r) if lib.get(r.properties, "SourceDBClusterIdentifier", "") != ""

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not restored(r)
	lib.missing(r, path)
	msg := sprintf("DocumentDB cluster %s is not encrypted at rest", [r.address])
}

deny contains lib.finding(r, msg, path) if {
	some r in input.resources
	not restored(r)
	v := lib.at(r.properties, path)
	v != null
	lib.known(v)
	not lib.is_true(v)
	msg := sprintf("DocumentDB cluster %s is not encrypted at rest", [r.address])
}

unknown contains lib.finding(r, msg, path) if {
	some r in input.resources
	r.has_unknown
	not restored(r)
	lib.unknown_at(r.properties, path)
	msg := sprintf("DocumentDB cluster %s: storage encryption is known only after apply", [r.address])
}
