package iacvet.rules.eks_secrets_encryption_test

import data.iacvet.rules.eks_secrets_encryption

fail_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::EKS::Cluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "main",
    "RoleArn": "arn:aws:iam::111122223333:role/eks",
    "Version": "1.30",
    "ResourcesVpcConfig": {
     "SubnetIds": [
      "subnet-0123456789abcdef0",
      "subnet-0123456789abcdef1"
     ],
     "EndpointPrivateAccess": true,
     "EndpointPublicAccess": false
    },
    "Logging": {
     "ClusterLogging": {
      "EnabledTypes": [
       {
        "Type": "api"
       },
       {
        "Type": "audit"
       },
       {
        "Type": "authenticator"
       }
      ]
     }
    }
   }
  }
 ]
}

pass_input := {
 "resources": [
  {
   "address": "Cluster",
   "type": "AWS::EKS::Cluster",
   "name": "Cluster",
   "format": "cloudformation",
   "partial": false,
   "has_unknown": false,
   "properties": {
    "Name": "main",
    "RoleArn": "arn:aws:iam::111122223333:role/eks",
    "Version": "1.30",
    "ResourcesVpcConfig": {
     "SubnetIds": [
      "subnet-0123456789abcdef0",
      "subnet-0123456789abcdef1"
     ],
     "EndpointPrivateAccess": true,
     "EndpointPublicAccess": false
    },
    "Logging": {
     "ClusterLogging": {
      "EnabledTypes": [
       {
        "Type": "api"
       },
       {
        "Type": "audit"
       },
       {
        "Type": "authenticator"
       }
      ]
     }
    },
    "EncryptionConfig": [
     {
      "Resources": [
       "secrets"
      ],
      "Provider": {
       "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
     }
    ]
   }
  }
 ]
}

test_fail if {
	count(eks_secrets_encryption.deny) > 0 with input as fail_input
}

test_pass if {
	count(eks_secrets_encryption.deny) == 0 with input as pass_input
}

unknown_input := json.patch(fail_input, [{"op": "add", "path": "/resources/0/properties/EncryptionConfig", "value": {"$unknown": true}}, {"op": "add", "path": "/resources/0/has_unknown", "value": true}])

test_unknown if {
	count(eks_secrets_encryption.deny) == 0 with input as unknown_input
	count(eks_secrets_encryption.unknown) > 0 with input as unknown_input
}
