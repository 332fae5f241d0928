package cli

import (
	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/scan"
)

// extraFor computes what goes between parsing and evaluation: live AWS
// data and cost estimates. (Wired as those packages land.)
func extraFor(cmd *cobra.Command, e *env, f *scanFlags, p *prepared) scan.Extra {
	return scan.Extra{}
}
