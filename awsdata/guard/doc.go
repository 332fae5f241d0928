// Package guard owns the reliability wrapper around every live AWS call
// iacvet makes (lookups in awsdata, prices in cost/pricing) and the
// statistics shown by --stats.
//
// Reliability contract:
//   - One circuit breaker (sony/gobreaker/v2) per service and region. It
//     opens after Options.Failures consecutive failures (default 5); while
//     open, calls are refused at once with an error wrapping ErrOpen and never
//     reach the network; after Options.OpenFor (default 300 s) one call is let
//     through (half-open) and its outcome closes or re-opens the breaker.
//     Client errors other than throttling (a rejected parameter, a policy the
//     service refuses) do not count as failures: they say nothing about the
//     endpoint's health. The caller's own cancellation does not count either.
//   - Every call runs with its own timeout (Options.Timeout, default 5 s).
//   - Retries with backoff for throttling and transient errors are the SDK's
//     own retryer, configured by the caller (awsdata sets max attempts); one
//     guarded call is one SDK operation including its retries.
//   - Stats records calls, errors and refusals per "service:operation",
//     latency p50/p95 (nearest rank), cache hits and fallbacks per dataset,
//     and breaker state changes; Stats.String renders a table.
package guard
