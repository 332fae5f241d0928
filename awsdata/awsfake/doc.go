// Package awsfake is an in-process fake of the AWS APIs iacvet calls, for
// tests in any package. It speaks the real wire protocols so the real SDK
// clients can be pointed at it (AWS_ENDPOINT_URL, BaseEndpoint) with static
// test credentials:
//
//   - EC2 Query protocol (form-encoded POST, XML responses, nextToken):
//     DescribeInstanceTypeOfferings, DescribeSubnets, DescribeSecurityGroups.
//   - RDS Query protocol (XML, Marker): DescribeOrderableDBInstanceOptions.
//   - SSM JSON 1.1 (X-Amz-Target AmazonSSM.GetParametersByPath, NextToken).
//   - IAM Access Analyzer REST-JSON (POST /policy/validation, nextToken).
//   - Price List JSON 1.1 (Pricing, pricing.go), usable on its own as an
//     http.Handler or registered on a Server with
//     Handle("json:"+PricingTarget, pricing).
//
// Server routes by protocol and operation ("query:<Action>",
// "json:<X-Amz-Target>", "rest:<METHOD> <path>"), reads the region from the
// request's SigV4 credential scope, counts calls per operation and region,
// and injects faults: throttling with the protocol's own error codes (so the
// SDK retries), 500s, hanging requests (released when the client gives up),
// malformed bodies, and failures of continuation pages only.
package awsfake
