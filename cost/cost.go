package cost

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/iacvet/iacvet/cost/pricing"
	"github.com/iacvet/iacvet/model"
)

// HoursPerMonth is the month iacvet prices hourly components for.
const HoursPerMonth = 730

// PriceSource is where unit prices come from (pricing.Embedded(), a
// pricing.Live source, or a test double).
type PriceSource = pricing.PriceSource

// Options configures Estimate.
type Options struct {
	// Prices defaults to the embedded snapshot.
	Prices PriceSource
	// Usage prices usage-based components; nil lists them as not estimated.
	Usage *Usage
	// DefaultRegion is used for resources without a region (default us-east-1).
	DefaultRegion string
}

// Estimate prices resources per month. Plans (resources with a Change) get
// before and after figures per resource and a delta; sources and templates
// only an after total (beside a plan they count in both totals, so only the
// plan's changes make the delta). Resources that cost nothing on their own
// (VPCs, security groups, IAM) are listed in Free, resources of types iacvet
// does not price in NotPriced. The report is sorted by address.
func Estimate(ctx context.Context, resources []*model.Resource, opts Options) (*model.CostReport, model.Diagnostics) {
	e := &estimator{ctx: ctx, prices: opts.Prices, usage: opts.Usage, region: opts.DefaultRegion, provs: map[string]model.Provenance{}, ix: newIndex(resources)}
	if e.prices == nil {
		e.prices = pricing.Embedded()
	}
	if e.region == "" {
		e.region = "us-east-1"
	}
	rep := &model.CostReport{Currency: "USD", Resources: []model.ResourceCost{}}
	for _, r := range resources {
		if r != nil && r.Change != nil {
			rep.HasBefore = true
			break
		}
	}
	for _, r := range resources {
		if ctx.Err() != nil {
			break
		}
		if r == nil || r.Mode == model.ModeData || r.Action() == model.ActionRead {
			continue
		}
		rc, ok := e.resource(r)
		if !ok {
			account(rep, r)
			continue
		}
		if r.Change == nil && rep.HasBefore {
			// A template or source scanned beside a plan is not changed by
			// the plan: it counts in both totals, so the delta is the plan's.
			rc.Before = rc.After
		}
		rep.Resources = append(rep.Resources, rc)
	}
	rep.Hints = e.hints
	finish(rep)
	rep.Provenance = e.provenance()
	if rl, ok := e.prices.(pricing.RegionLister); ok {
		rep.SnapshotRegions = rl.SnapshotRegions()
	}
	// A live source that fell back says why, once.
	if reporter, ok := e.prices.(interface{ Errors() []error }); ok {
		if errs := reporter.Errors(); len(errs) > 0 {
			e.diags = append(e.diags, model.Diagnostic{Severity: model.DiagWarning,
				Summary: "live AWS prices unavailable; the estimate uses cached or snapshot prices (see provenance)",
				Detail:  fmt.Sprintf("%v (%d failure(s) in all)", errs[0], len(errs))})
		}
	}
	return rep, e.diags
}

type estimator struct {
	ctx    context.Context
	prices PriceSource
	usage  *Usage
	region string
	provs  map[string]model.Provenance
	ix     *index
	hints  []model.CostHint
	diags  model.Diagnostics
}

// priced is the cost of one side (before or after) of a resource.
type priced struct {
	comps      []model.CostComponent
	usageBased []string
	notPriced  []string
	assumed    []string
	total      float64
}

func (e *estimator) resource(r *model.Resource) (model.ResourceCost, bool) {
	if !costed(r) {
		return model.ResourceCost{}, false
	}
	action := r.Action()
	rc := model.ResourceCost{Address: r.Address, Type: r.Type, Action: action, Location: r.Locate("")}
	var before, after *priced
	switch action {
	case "":
		after = e.price(r, r.Properties, true)
	case model.ActionCreate:
		after = e.price(r, r.Properties, true)
	case model.ActionDelete:
		before = e.price(r, r.Change.Before, false)
	case model.ActionRead:
		return rc, false
	default: // update, replace, no-op
		before = e.price(r, r.Change.Before, false)
		after = e.price(r, r.Properties, true)
	}
	show := after
	if show == nil {
		show = before
	}
	if show == nil {
		return rc, false
	}
	rc.Components, rc.UsageBased, rc.NotPriced, rc.Assumed = show.comps, show.usageBased, show.notPriced, show.assumed
	if before != nil {
		v := before.total
		rc.Before = &v
	}
	if after != nil {
		v := after.total
		rc.After = &v
	}
	if r.Change != nil {
		var b, a float64
		if rc.Before != nil {
			b = *rc.Before
		}
		if rc.After != nil {
			a = *rc.After
		}
		rc.Delta = a - b
	}
	return rc, true
}

func (e *estimator) regionOf(r *model.Resource) string {
	if r.Region != "" {
		return r.Region
	}
	return e.region
}

// add prices one component; a missing price becomes a not-priced note.
func (e *estimator) add(p *priced, region, name, unit string, qty float64, component string) (float64, bool) {
	key := pricing.Key(region, component)
	pr, ok := e.prices.Lookup(e.ctx, key)
	if !ok {
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: no price for %s", name, key))
		return 0, false
	}
	monthly := qty * pr.USD
	p.comps = append(p.comps, model.CostComponent{Name: name, Unit: unit, Quantity: qty, UnitPrice: pr.USD, Monthly: monthly, PriceKey: key, Source: pr.Source})
	p.total += monthly
	e.noteProvenance(pr.Source)
	return monthly, true
}

// unitPrice looks a price up without adding a component (hints).
func (e *estimator) unitPrice(region, component string) (float64, bool) {
	pr, ok := e.prices.Lookup(e.ctx, pricing.Key(region, component))
	if ok {
		e.noteProvenance(pr.Source)
	}
	return pr.USD, ok
}

func (e *estimator) noteProvenance(p model.Provenance) { noteProvenance(e.provs, p) }

// noteProvenance adds a source of prices to provs, keeping the oldest age
// of each.
func noteProvenance(provs map[string]model.Provenance, p model.Provenance) {
	k := string(p.Source) + "\x00" + p.What + "\x00" + p.SnapshotDate
	if old, ok := provs[k]; ok {
		if p.Age > old.Age {
			old.Age, old.FetchedAt = p.Age, p.FetchedAt
			provs[k] = old
		}
		return
	}
	p.FetchedAt = p.FetchedAt.UTC()
	provs[k] = p
}

func (e *estimator) provenance() []model.Provenance {
	return sortedProvenance(e.provs)
}

// sortedProvenance lists provenance entries live first, then cached, then
// snapshot, each by what and date.
func sortedProvenance(provs map[string]model.Provenance) []model.Provenance {
	out := make([]model.Provenance, 0, len(provs))
	for _, p := range provs {
		out = append(out, p)
	}
	rank := map[model.DataSource]int{model.DataLive: 0, model.DataCache: 1, model.DataSnapshot: 2}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return rank[out[i].Source] < rank[out[j].Source]
		}
		if out[i].What != out[j].What {
			return out[i].What < out[j].What
		}
		return out[i].SnapshotDate < out[j].SnapshotDate
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// usageComponent prices a usage-based component from the usage file, or
// lists it as usage-based and not estimated.
func (e *estimator) usageComponent(p *priced, r *model.Resource, region, name, field, unit string, scale float64, component string) {
	v, ok := e.usage.get(r, field)
	if !ok {
		price := "no price in the source"
		if pr, found := e.prices.Lookup(e.ctx, pricing.Key(region, component)); found {
			e.noteProvenance(pr.Source)
			price = fmt.Sprintf("%s USD per %s", unitPriceText(pr.USD*scale), perUnit(unit, scale))
		}
		p.usageBased = append(p.usageBased, fmt.Sprintf("%s: usage-based, %s, not estimated (usage file key %s)", name, price, field))
		return
	}
	e.add(p, region, name, unit, v*scale, component)
}

// unknownNote words the not-priced note for a value known only after apply
// (or redacted, or malformed).
func unknownNote(p *priced, what, attr string, st state) {
	switch st {
	case unknownValue:
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: %s known after apply", what, attr))
	case sensitiveValue:
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: %s is sensitive", what, attr))
	case invalid:
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: %s is not a valid value", what, attr))
	case absent:
		p.notPriced = append(p.notPriced, fmt.Sprintf("%s: %s not set", what, attr))
	}
}

// perUnit names what a usage-based unit price is per: the component's unit,
// or, for a component scaled by the hours of a month (load balancer capacity
// units), one unit of the usage key per month.
func perUnit(unit string, scale float64) string {
	if scale == HoursPerMonth {
		return strings.TrimSuffix(unit, "-hours") + " (average per hour, for a month)"
	}
	return strings.TrimSuffix(unit, "s")
}

// unitPriceText prints a unit price with enough digits for request prices
// ($0.0000002 per request).
func unitPriceText(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// roundMoney rounds v to a millionth.
func roundMoney(v float64) float64 {
	return math.Round(v*1e6) / 1e6
}
