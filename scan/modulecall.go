package scan

import (
	"fmt"

	"github.com/iacvet/iacvet/model"
)

// nameModuleFiles adds, to a finding placed on the user's module block
// because its resource lives in a registry or git module, where in the
// module's downloaded code the resource is declared.
func nameModuleFiles(findings []model.Finding, resources []*model.Resource) {
	byAddr := make(map[string][]*model.Resource, len(resources))
	for _, r := range resources {
		if r != nil && r.Source.ModuleCall != nil {
			byAddr[r.Address] = append(byAddr[r.Address], r)
		}
	}
	if len(byAddr) == 0 {
		return
	}
	for i := range findings {
		f := &findings[i]
		// The resource the finding is placed on: several root modules may
		// call a module under the same name.
		for _, r := range byAddr[f.Resource] {
			if r.Source.Position.File == "" || r.Source.Position == *r.Source.ModuleCall || f.Location != *r.Source.ModuleCall {
				continue
			}
			f.Message += fmt.Sprintf(" (declared at %s in the module's code)", r.Source.Position)
			break
		}
	}
}
