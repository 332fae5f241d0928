package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/iacvet/iacvet/awsdata"
	"github.com/iacvet/iacvet/cost"
	"github.com/iacvet/iacvet/cost/pricing"
)

// priceSource chooses where unit prices come from: the Price List API when
// AWS is reachable (cached with the lookups' cache and guarded by their
// breaker), a refreshed snapshot file, then the embedded snapshot.
func priceSource(f *scanFlags, client *awsdata.Client) (cost.PriceSource, error) {
	var fallback pricing.PriceSource = pricing.Embedded()
	if f.prices != "" {
		data, err := os.ReadFile(f.prices)
		if err != nil {
			return nil, fmt.Errorf("--prices: %w", err)
		}
		snap, err := pricing.ParseSnapshot(data)
		if err != nil {
			return nil, fmt.Errorf("--prices %s: %w", f.prices, err)
		}
		fallback = pricing.Chain{snap, pricing.Embedded()}
	}
	return pricing.ForClient(client, fallback), nil
}

func newPricingCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "pricing", Short: "Manage the price snapshot used for cost estimates"}
	var regions, out string
	refresh := &cobra.Command{
		Use:   "refresh",
		Short: "Rebuild the price snapshot from the AWS Price List Query API",
		Long: `Query the AWS Price List API (pricing:GetProducts, in us-east-1) for every
component iacvet prices, in the given regions, and write a dated snapshot.
Use it with 'iacvet scan --prices FILE'. Needs AWS credentials allowed to call
pricing:GetProducts.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			client, diags := awsdata.New(cmd.Context(), awsdata.Options{Region: pricing.APIRegion})
			if client.Offline() {
				for _, d := range diags {
					fmt.Fprintln(e.stderr, "iacvet:", d)
				}
				return &exitError{code: ExitError, err: fmt.Errorf("pricing refresh needs AWS credentials")}
			}
			var list []string
			for _, r := range strings.Split(regions, ",") {
				if r = strings.TrimSpace(r); r != "" {
					list = append(list, r)
				}
			}
			snap, err := pricing.RefreshWith(cmd.Context(), pricing.NewAPIClient(client.Config()), list, pricing.RefreshOptions{Guard: pricing.LookupGuard(client.Guard())})
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			if err := writeFileAtomic(out, snap.JSON()); err != nil {
				return &exitError{code: ExitError, err: err}
			}
			fmt.Fprintf(e.stderr, "iacvet: wrote %d prices for %s to %s (%d components not listed by the API)\n", len(snap.Prices), strings.Join(snap.Regions, ", "), out, len(snap.Missing))
			return nil
		},
	}
	refresh.Flags().StringVar(&regions, "regions", "", "comma-separated regions (default: the embedded snapshot's)")
	refresh.Flags().StringVarP(&out, "output", "o", "iacvet-prices.json", "snapshot file to write")
	cmd.AddCommand(refresh)
	return cmd
}
