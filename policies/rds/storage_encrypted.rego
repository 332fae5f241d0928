# METADATA
# title: RDS storage is not encrypted
# description: Unencrypted database storage, its automated backups, read replicas and snapshots expose data at rest.
# custom:
#   id: AWS-RDS-001
#   severity: high
#   resource_types: [AWS::RDS::DBInstance, AWS::RDS::DBCluster]
#   remediation: Enable storage encryption when the database is created (it cannot be enabled in place; restore an encrypted snapshot copy).
#   terraform: |
#     resource "aws_db_instance" "main" {
#       # ...
#       storage_encrypted = true
#       kms_key_id        = aws_kms_key.rds.arn
#     }
#   cloudformation: |
#     Database:
#       Type: AWS::RDS::DBInstance
#       Properties:
#         StorageEncrypted: true
#   cis: ["2.3.1"]
#   fsbp: ["RDS.3", "RDS.27"]
package iacvet.rules.rds_storage_encrypted

import data.iacvet.lib

# Aurora instances inherit encryption from their cluster.
in_cluster(r) if {
	r.type == "AWS::RDS::DBInstance"
	r.properties.DBClusterIdentifier
}

# Aurora Serverless v1 clusters are always encrypted.
in_cluster(r) if {
	r.type == "AWS::RDS::DBCluster"
	lower(r.properties.EngineMode) == "serverless"
}

deny contains lib.finding(r, msg, "StorageEncrypted") if {
	some r in input.resources
	not in_cluster(r)
	enc := lib.get(r.properties, "StorageEncrypted", false)
	lib.known(enc)
	not lib.is_true(enc)
	judged(r)
	msg := sprintf("%s stores data unencrypted", [r.address])
}

# judged holds for databases whose encryption the input decides: a whole
# resource (an absent StorageEncrypted defaults to false), or a partial view
# of a database outside the change that sets StorageEncrypted itself; a
# partial view without it says nothing about the database's storage.
judged(r) if lib.whole(r)

judged(r) if lib.get(r.properties, "StorageEncrypted", null) != null

unknown contains lib.finding(r, msg, "StorageEncrypted") if {
	some r in input.resources
	r.has_unknown
	not in_cluster(r)
	lib.is_unknown(r.properties.StorageEncrypted)
	msg := sprintf("%s: storage encryption is known only after apply", [r.address])
}
