// Package cost estimates what infrastructure costs per month, offline and
// without an API key, from the common model's resources (canonical
// CloudFormation types and CFN-shaped properties, whether they came from a
// Terraform plan, Terraform sources or a template).
//
// It owns the estimate (Estimate → model.CostReport), the usage file, the
// savings hints, and — in package cost/pricing — the price sources: the
// embedded dated price snapshot, the live AWS Price List Query API source
// with its on-disk cache and snapshot fallback, and Refresh, which rebuilds
// the snapshot from the API. Budget rules live in policies/cost and read the
// report as input.cost.
//
// # What is priced
//
// Every component is a quantity per month (730 hours) times a unit price
// looked up by key (see pricing.Key), with the price's provenance:
//
//   - AWS::EC2::Instance: instance hours by type and tenancy (the AMI's
//     operating system is not known before apply, so instances are priced as
//     Linux); root and attached EBS volumes from BlockDeviceMappings (a
//     volume without VolumeSize takes its size from the AMI and is listed as
//     not priced); one public IPv4 address per AssociatePublicIpAddress (top
//     level or per network interface).
//   - AWS::EC2::Volume: gp2, gp3 (IOPS above 3,000 and throughput above
//     125 MiB/s billed), io1, io2 (IOPS tiers 0–32,000, 32,001–64,000, above),
//     st1, sc1, standard. A missing VolumeType is gp2 (the CloudFormation and
//     Terraform default).
//   - EBS snapshots (AWS::EC2::Snapshot, aws_ebs_snapshot): the full volume
//     size, an upper bound, unless the usage file gives storage_gb.
//   - AWS::RDS::DBInstance: instance hours by class, engine (mysql, mariadb,
//     postgres, aurora-mysql, aurora-postgresql) and Single-AZ/Multi-AZ;
//     storage by type and size; provisioned IOPS (io1, io2, and gp3 above its
//     baseline). Aurora instances bill only instance hours; Aurora storage and
//     I/O are billed on the AWS::RDS::DBCluster, usage-based. Licensed engines
//     (Oracle, SQL Server) are not estimated.
//   - AWS::EC2::NatGateway, AWS::ElasticLoadBalancingV2::LoadBalancer
//     (application, network, gateway), AWS::ElasticLoadBalancing::LoadBalancer,
//     AWS::EKS::Cluster: hourly. AWS::EC2::EIP: one public IPv4 address.
//   - AWS::EKS::Nodegroup: instance hours of the first of InstanceTypes
//     (default t3.medium) × ScalingConfig.DesiredSize; Spot node groups are
//     priced on demand, an upper bound.
//   - AWS::ElastiCache::CacheCluster and ReplicationGroup: node hours by node
//     type, engine and node count.
//   - AWS::DynamoDB::Table: provisioned RCU and WCU hours (table and global
//     secondary indexes); on-demand tables are usage-based.
//   - AWS::OpenSearchService::Domain (and AWS::Elasticsearch::Domain): data,
//     dedicated master and UltraWarm instance hours, EBS storage per node.
//   - AWS::Redshift::Cluster: node hours.
//
// Values known only after apply, redacted or malformed are never guessed:
// the component is listed in NotPriced ("instance hours: InstanceType known
// after apply"). Prices missing from the source are listed the same way.
//
// # Plans and sources
//
// For a plan, every changed resource is priced before (Change.Before) and
// after: updates and replaces on both sides, creates after only, deletes
// before only, no-op resources on both sides (so they count in both totals).
// Delta is TotalAfter − TotalBefore. Sources and templates have only an after
// side: HasBefore is false and Delta is 0. Resources are sorted by address;
// money is never rounded in the report, only when printed.
//
// # Usage-based components and the usage file
//
// Some costs depend on traffic, not configuration: Lambda requests and
// GB-seconds, S3 storage and requests, NAT gateway and classic load balancer
// data processing, load balancer capacity units, DynamoDB on-demand requests
// and storage, Aurora storage and I/O, Redshift managed storage, magnetic EBS
// I/O, and data transfer out. Without usage they are listed in UsageBased as
// "usage-based, not estimated (usage file key …)", never silently zero. A
// usage file (YAML) prices them:
//
//	version: 1
//	resources:                      # by address (or CloudFormation logical id)
//	  aws_lambda_function.api:
//	    monthly_requests: 1000000
//	    average_duration_ms: 200
//	  aws_s3_bucket.assets:          # also matches aws_s3_bucket.assets[0]
//	    storage_gb: 500
//	    monthly_put_requests: 100000
//	    monthly_get_requests: 2000000
//	  aws_nat_gateway.main:
//	    monthly_data_processed_gb: 300
//	    monthly_data_transfer_out_gb: 100
//	types:                          # defaults by resource type (canonical or native)
//	  AWS::ElasticLoadBalancingV2::LoadBalancer:
//	    average_lcus: 2
//
// UsageFields lists every key. Lambda duration is monthly_requests ×
// average_duration_ms / 1000 × MemorySize / 1024 GB-seconds (x86_64 or
// arm64 from Architectures). Unknown keys are warnings and negative or
// non-numeric values errors, both positioned diagnostics.
//
// # Savings hints
//
// Hints (model.CostHint) carry the monthly saving priced from the same
// source: gp2 volumes to gp3; previous-generation instance families to their
// current generation (CurrentGeneration: t2→t3, m4→m6i/m7i, c4→c6i,
// r4→r6i); x86 families to their Graviton equivalent (Graviton: m6i→m7g,
// c6i→c7g, r6i→r7g, t3→t4g, …). Only hints that save money are given.
package cost
