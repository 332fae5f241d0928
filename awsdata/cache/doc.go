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
//   - A corrupt entry (bad JSON, wrong key, undecodable value) is treated as
//     missing and removed; the next Put replaces it.
//   - Get returns only fresh entries (younger than the TTL, default 30 min,
//     --cache-ttl) with their age; GetStale returns any readable entry so a
//     caller can fall back to stale data when AWS cannot be reached, and must
//     then show the age (provenance source "cache").
//   - The clock is injected (Options.Now) so tests control ages.
package cache
