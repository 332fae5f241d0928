// Package awsdata owns iacvet's live AWS lookups: it checks a change
// against the account and regions it will be applied to.
//
// A scan uses it in three steps:
//
//	client, diags := awsdata.New(ctx, awsdata.Options{Region: "us-east-1"})
//	req := awsdata.Collect(resources, client.Region())   // every lookup, from the whole model
//	data, more := client.Fetch(ctx, req)                  // batched, cached, guarded
//	engineInput.AWS = data.Rego()                         // data.aws for the AWS-LIVE rules
//
// # Datasets
//
//   - Instance types that exist: the AWS SDK's own InstanceType enum
//     (embedded, provenance "snapshot" naming the SDK version) plus every type
//     seen in live or cached offerings. Always available.
//   - Instance type offerings per region: one paginated
//     ec2:DescribeInstanceTypeOfferings per region and location type
//     ("region", "availability-zone"), whatever the number of resources.
//   - Subnets (zone) and security groups (ingress rules) by id: ec2:DescribeSubnets
//     and ec2:DescribeSecurityGroups with a subnet-id / group-id filter, at
//     most 200 ids a call; an id that is not returned is recorded as missing
//     (filters, unlike SubnetIds/GroupIds, do not fail the whole call).
//   - RDS classes orderable per region and engine:
//     rds:DescribeOrderableDBInstanceOptions (Marker pagination).
//   - Services available per region: ssm:GetParametersByPath on
//     /aws/service/global-infrastructure/regions/<region>/services; ServiceOf
//     maps resource types to those service names.
//   - IAM Access Analyzer ValidatePolicy findings per policy document
//     (IAM policies, role trust and inline policies, S3 bucket, KMS key and
//     SQS queue policies; JSON-string documents are decoded). Documents that
//     hold values known only after apply are not sent and are reported as
//     not checked.
//
// Data.Rego documents the shape of data.aws. Only checked datasets appear,
// and every dataset carries its provenance ({"source": "live|cache|snapshot",
// "what", "age_seconds", "fetched_at", "snapshot_date"}) for findings.
//
// # Reliability contract
//
//   - Configuration comes from the SDK's standard chain (config.LoadDefaultConfig:
//     environment, shared profiles, SSO, web identity, container and instance
//     metadata) including endpoint settings: AWS_ENDPOINT_URL,
//     AWS_ENDPOINT_URL_<SERVICE> and endpoint_url in profiles are honoured,
//     because every service client is built with NewFromConfig.
//   - New probes for credentials within Options.CredentialProbe (default 2 s),
//     so an unreachable instance metadata service cannot stall a scan. No
//     credentials means offline mode and one notice, never an error.
//   - Offline mode (Options.Offline) builds no SDK client and opens no
//     socket; it answers from the cache (any age, the age is shown) and the
//     embedded instance type list.
//   - Order of sources for each dataset: a fresh cache entry (younger than the
//     TTL, default 30 min); else the live call; else, if the live call
//     failed, the cache entry even when expired (stale data beats no data: it
//     is shown as source "cache" with its age, and a notice says the live
//     lookup failed); else embedded data where there is some; else the
//     dataset is absent and a notice "not checked: <lookup>" gives the reason.
//     Nothing is ever silently passed: rules do not fire without their data,
//     and the notice says which check was skipped.
//   - A listing that fails half-way through pagination is discarded as a
//     whole: partial data would make rules report types or classes as "not
//     offered" that are.
//   - Every call (each page) runs through awsdata/guard: a per-call timeout
//     (default 5 s), a circuit breaker per service and region (opens after 5
//     consecutive failures, half-open after 300 s), and the SDK's standard
//     retryer (Options.MaxAttempts, default 3) for throttling and transient
//     errors. Lookups run concurrently, at most Options.MaxConcurrency (8).
//   - Successful results are written to the cache (awsdata/cache, atomic
//     writes; a corrupt entry is ignored and replaced).
//   - Client.Stats renders calls, latencies, cache hits, breaker changes and
//     fallbacks for --stats.
package awsdata
