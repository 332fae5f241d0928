package cost

import (
	"fmt"
	"strings"

	"github.com/iacvet/iacvet/model"
)

// CurrentGeneration maps previous-generation instance families to their
// current-generation successors.
var CurrentGeneration = map[string][]string{
	"t2": {"t3"},
	"m4": {"m6i", "m7i"},
	"c4": {"c6i"},
	"r4": {"r6i"},
}

// Graviton maps x86 instance families to their Graviton (arm64) equivalent.
var Graviton = map[string]string{
	"t2": "t4g", "t3": "t4g", "t3a": "t4g",
	"m4": "m7g", "m5": "m7g", "m5a": "m7g", "m6i": "m7g", "m7i": "m7g",
	"c4": "c7g", "c5": "c7g", "c6i": "c7g",
	"r4": "r7g", "r5": "r7g", "r6i": "r7g",
}

// minSaving is the smallest monthly saving worth a hint.
const minSaving = 0.01

func (e *estimator) instanceHints(r *model.Resource, region, itype string) {
	family, size, ok := strings.Cut(itype, ".")
	if !ok {
		return
	}
	cur, ok := e.unitPrice(region, "ec2/instance/"+itype)
	if !ok {
		return
	}
	for _, to := range CurrentGeneration[family] {
		target := to + "." + size
		if price, ok := e.unitPrice(region, "ec2/instance/"+target); ok {
			if saving := (cur - price) * HoursPerMonth; saving >= minSaving {
				e.hints = append(e.hints, model.CostHint{Address: r.Address, Saving: saving,
					Message: fmt.Sprintf("%s is a previous-generation type; the current-generation %s costs less", itype, target)})
			}
		}
	}
	if to, ok := Graviton[family]; ok {
		target := to + "." + size
		if price, ok := e.unitPrice(region, "ec2/instance/"+target); ok {
			if saving := (cur - price) * HoursPerMonth; saving >= minSaving {
				e.hints = append(e.hints, model.CostHint{Address: r.Address, Saving: saving,
					Message: fmt.Sprintf("the Graviton (arm64) equivalent of %s, %s, costs less (needs an arm64 AMI)", itype, target)})
			}
		}
	}
}

func (e *estimator) gp2Hint(r *model.Resource, region, name string, size float64) {
	gp2, ok1 := e.unitPrice(region, "ebs/gp2/storage")
	gp3, ok2 := e.unitPrice(region, "ebs/gp3/storage")
	if !ok1 || !ok2 {
		return
	}
	if saving := size * (gp2 - gp3); saving >= minSaving {
		e.hints = append(e.hints, model.CostHint{Address: r.Address, Saving: saving,
			Message: fmt.Sprintf("%s: gp3 is cheaper than gp2 for %.0f GB with at least the same baseline (3,000 IOPS, 125 MiB/s)", name, size)})
	}
}
