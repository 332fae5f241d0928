// Package cache owns iacvet's on-disk cache of AWS API results, shared by
// the live lookups (awsdata) and the live price source (cost/pricing).
//
// Entries live in os.UserCacheDir()/iacvet (overridable, --cache-dir), one
// JSON file per key: {"key", "fetched_at", "value"}. Keys are built with Key
// from service, region, operation and a hash of the call's parameters, so
// one file answers one call shape.
//
// Reliability contract:
//   - Writes are atomic (temporary file in the same directory, then rename):
//     a reader never sees half an entry, and concurrent scans do not corrupt
//     each other.
//   - Reads are bounded (Options.MaxBytes, default 64 MiB) and only regular
//     files are read.
//   - An invalid entry (damaged JSON, wrong key, a null, missing or
//     ill-typed value, no fetched_at or one more than a minute in the future,
//     an oversize file) is a miss and is removed; the next Put replaces it.
//     Lookup and LookupStale return it as an *InvalidError, which awsdata
//     surfaces as a notice, so cached data never vanishes silently.
//   - Get returns only fresh entries (younger than the TTL, default 30 min,
//     --cache-ttl) with their age; GetStale returns any readable entry so a
//     caller can fall back to stale data when AWS cannot be reached, and must
//     then show the age (provenance source "cache").
//   - The clock is injected (Options.Now) so tests control ages.
package cache
