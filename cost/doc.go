// Package cost estimates what infrastructure costs per month, offline and
// without an API key, from the common model's resources (canonical
// CloudFormation types and CFN-shaped properties, whether they came from a
// Terraform plan, Terraform sources or a template). What users see —
// what is priced, the assumptions, the usage file — is in docs/cost.md;
// this documents how the package is built.
//
// It owns the estimate (Estimate → model.CostReport), the usage file, the
// savings hints, and — in package cost/pricing — the price sources: the
// embedded dated price snapshot, the live AWS Price List Query API source
// with its on-disk cache and snapshot fallback, and Refresh, which rebuilds
// the snapshot from the API. Budget rules live in policies/cost and read the
// report as input.cost.
//
// # Accounting
//
// Estimate lists every managed resource of its input exactly once:
// PricedTypes in CostReport.Resources (with components, usage-based notes,
// not-priced notes and assumptions), FreeTypes (and non-AWS providers such
// as random_ and null_) in CostReport.Free with the reason, everything else
// in CostReport.NotPriced. Data sources and reads are not resources. The
// fixtures under testdata/estimates check the invariant for every case.
//
// # Components
//
// Every component is a quantity per month (HoursPerMonth for hourly
// components) times a unit price looked up by key (see pricing.Key), with
// the price's provenance; the estimator's add method is the only place that
// turns a key into money, and a missing price becomes a not-priced note.
// usageComponent prices a component from the usage file or lists it as
// usage-based with its unit price. Values known only after apply, redacted
// or malformed are never guessed: unknownNote words the note.
//
// Per type the code lives in resources.go (the switch on the canonical
// type and the smaller services), ec2.go (instances, block devices, volumes,
// snapshots, Auto Scaling groups) and rds.go (DB instances and storage).
// Quantities that AWS applies where the configuration is silent (the
// assumed AssumedRootGB gp2 root volume, minimum sizes and IOPS in ebsMinGiB
// and rdsMinGiB, the RDS storage of a read replica's source) are recorded in
// ResourceCost.Assumed, never silently.
//
// # References
//
// index (refs.go) maps addresses to resources, so that a value that is a
// reference to another resource of the configuration (model.Unknown with
// Ref, from Terraform expressions and CloudFormation Ref/GetAtt) is
// followed before it is called unknown: an Aurora instance's engine from
// its cluster, a read replica's engine and storage from its source, an Auto
// Scaling group's instance type and block devices from its launch template
// or configuration, a volume's size from its snapshot's volume, the subnet
// that maps public IPv4 addresses. It also maps volume ids, so a volume that
// an instance's block device names by VolumeId and that is declared as its
// own resource is priced once, on the volume.
//
// # Plans and sources
//
// For a plan, every changed resource is priced before (Change.Before) and
// after: updates and replaces on both sides, creates after only, deletes
// before only, no-op resources on both sides. Resources without a Change
// (templates and sources scanned beside a plan) count on both sides, so the
// delta is the plan's alone. Without any plan resource HasBefore is false
// and Delta is 0. Resources are sorted by address; money is never rounded in
// the report, only when printed.
//
// # Savings hints
//
// Hints (model.CostHint) carry the monthly saving priced from the same
// source; their message does not repeat it (reporters print it once):
// gp2 volumes to gp3; previous-generation instance families to their
// current generation (CurrentGeneration); x86 families to their Graviton
// equivalent (Graviton). Only hints that save at least a cent are given.
package cost
