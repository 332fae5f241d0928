# METADATA
# title: AppSync GraphQL API accepts API key authentication
# description: |
#   An API key is a static bearer secret that identifies no user: it ships inside web and mobile clients where anyone can copy it, and whoever has it can call the API until the key expires. IAM, Amazon Cognito user pools, OpenID Connect or a Lambda authorizer authenticate each caller. Both the default authentication type and the additional providers are checked.
# custom:
#   id: AWS-APPSYNC-001
#   severity: high
#   resource_types: [AWS::AppSync::GraphQLApi]
#   remediation: Authenticate callers with IAM, a Cognito user pool, OpenID Connect or a Lambda authorizer instead of an API key.
#   terraform: |
#     resource "aws_appsync_graphql_api" "orders" {
#       name                = "orders"
#       authentication_type = "AMAZON_COGNITO_USER_POOLS"
#       user_pool_config {
#         user_pool_id   = aws_cognito_user_pool.customers.id
#         default_action = "ALLOW"
#       }
#     }
#   cloudformation: |
#     Orders:
#       Type: AWS::AppSync::GraphQLApi
#       Properties:
#         Name: orders
#         AuthenticationType: AMAZON_COGNITO_USER_POOLS
#         UserPoolConfig:
#           UserPoolId: !Ref Customers
#           AwsRegion: !Ref AWS::Region
#           DefaultAction: ALLOW
#   cis: []
#   fsbp: ["AppSync.5"]
package iacvet.rules.appsync_api_key

import data.iacvet.lib

api_key(v) if {
	is_string(v)
	upper(v) == "API_KEY"
}

deny contains lib.finding(r, msg, ["AuthenticationType"]) if {
	some r in input.resources
	api_key(r.properties.AuthenticationType)
	msg := sprintf("%s authenticates callers with an API key", [r.address])
}

deny contains lib.finding(r, msg, ["AdditionalAuthenticationProviders", i, "AuthenticationType"]) if {
	some r in input.resources
	some i, p in lib.as_list(object.get(r.properties, "AdditionalAuthenticationProviders", []))
	is_object(p)
	api_key(p.AuthenticationType)
	msg := sprintf("%s accepts API keys as an additional authentication provider", [r.address])
}

unknown contains lib.finding(r, msg, ["AuthenticationType"]) if {
	some r in input.resources
	r.has_unknown
	lib.is_unknown(r.properties.AuthenticationType)
	msg := sprintf("%s: its authentication type is known only after apply", [r.address])
}
