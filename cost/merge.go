package cost

import (
	"math"
	"sort"

	"github.com/iacvet/iacvet/model"
)

// finish sorts a report's lists and sums its totals. Totals are summed in
// report order, so they do not depend on the order resources were priced
// in, and a report merged from parts sums to what the whole gives.
func finish(rep *model.CostReport) {
	// Root modules that call one module declare the same address in the
	// same file: the figures order them, not the order of the inputs, so
	// that a report merged from shards lists them as the whole scan does.
	sort.SliceStable(rep.Resources, func(i, j int) bool {
		a, b := rep.Resources[i], rep.Resources[j]
		switch {
		case a.Address != b.Address:
			return a.Address < b.Address
		case a.Location.File != b.Location.File:
			return a.Location.File < b.Location.File
		case a.Location.Line != b.Location.Line:
			return a.Location.Line < b.Location.Line
		case money(a.After) != money(b.After):
			return money(a.After) < money(b.After)
		case money(a.Before) != money(b.Before):
			return money(a.Before) < money(b.Before)
		}
		return a.Type < b.Type
	})
	for _, l := range [][]model.UnpricedResource{rep.Free, rep.NotPriced} {
		sort.SliceStable(l, func(i, j int) bool {
			switch {
			case l[i].Address != l[j].Address:
				return l[i].Address < l[j].Address
			case l[i].Location.File != l[j].Location.File:
				return l[i].Location.File < l[j].Location.File
			case l[i].Location.Line != l[j].Location.Line:
				return l[i].Location.Line < l[j].Location.Line
			}
			return l[i].Type < l[j].Type
		})
	}
	rep.TotalBefore, rep.TotalAfter, rep.Delta = 0, 0, 0
	for _, rc := range rep.Resources {
		if rc.Before != nil {
			rep.TotalBefore += *rc.Before
		}
		if rc.After != nil {
			rep.TotalAfter += *rc.After
		}
	}
	// Sums of prices carry binary rounding noise (184.894 + 3.65 is
	// 188.54399999999998); totals are kept to a millionth of the currency,
	// finer than any unit price the snapshot holds.
	rep.TotalBefore, rep.TotalAfter = roundMoney(rep.TotalBefore), roundMoney(rep.TotalAfter)
	if rep.HasBefore {
		rep.Delta = roundMoney(rep.TotalAfter - rep.TotalBefore)
	}
	sort.SliceStable(rep.Hints, func(i, j int) bool {
		a, b := rep.Hints[i], rep.Hints[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		if a.Saving != b.Saving {
			return a.Saving > b.Saving
		}
		return a.Message < b.Message
	})
}

// money orders absent figures before any.
func money(v *float64) float64 {
	if v == nil {
		return math.Inf(-1)
	}
	return *v
}

// Merge combines the cost reports of disjoint parts of one scan (the
// shards of `iacvet scan --shard`) into the report the whole scan gives:
// the lists joined and sorted, the totals and the delta summed again from
// the resources (never from the parts' rounded totals), the prices'
// provenance joined. A part without a plan, merged with one that has one,
// counts its resources on both sides of the change, as Estimate does for
// sources scanned beside a plan. Nil parts are skipped; all nil gives nil.
func Merge(parts []*model.CostReport) *model.CostReport {
	var out *model.CostReport
	hasBefore := false
	for _, p := range parts {
		if p != nil {
			hasBefore = hasBefore || p.HasBefore
			if out == nil {
				out = &model.CostReport{Currency: p.Currency, Resources: []model.ResourceCost{}}
			}
		}
	}
	if out == nil {
		return nil
	}
	out.HasBefore = hasBefore
	provs := map[string]model.Provenance{}
	for _, p := range parts {
		if p == nil {
			continue
		}
		for _, rc := range p.Resources {
			if hasBefore && !p.HasBefore {
				rc.Before = rc.After
			}
			out.Resources = append(out.Resources, rc)
		}
		out.Free = append(out.Free, p.Free...)
		out.NotPriced = append(out.NotPriced, p.NotPriced...)
		out.Hints = append(out.Hints, p.Hints...)
		for _, pr := range p.Provenance {
			noteProvenance(provs, pr)
		}
		if len(out.SnapshotRegions) == 0 {
			out.SnapshotRegions = p.SnapshotRegions
		}
	}
	finish(out)
	out.Provenance = sortedProvenance(provs)
	return out
}
