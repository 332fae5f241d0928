package model

// CostReport is the monthly cost estimate of a scan. Money is in USD per
// month (730 hours).
type CostReport struct {
	Currency string `json:"currency"`
	// Resources lists every priced (or usage-based) resource, sorted by address.
	Resources []ResourceCost `json:"resources"`
	// Free lists the resources AWS does not bill on their own (IAM, VPC
	// plumbing, policies, attachments), NotPriced the resources of types
	// iacvet does not price; with Resources every input resource is listed.
	Free      []UnpricedResource `json:"free,omitempty"`
	NotPriced []UnpricedResource `json:"not_priced,omitempty"`
	// TotalBefore and TotalAfter are the monthly totals; for sources and
	// templates TotalBefore is zero and HasBefore false.
	HasBefore   bool    `json:"has_before"`
	TotalBefore float64 `json:"total_before"`
	TotalAfter  float64 `json:"total_after"`
	Delta       float64 `json:"delta"`
	// Hints are savings suggestions.
	Hints []CostHint `json:"hints,omitempty"`
	// Provenance of the prices used.
	Provenance []Provenance `json:"provenance,omitempty"`
	// SnapshotRegions are the regions the price snapshot holds; resources
	// elsewhere are priced only from the live Price List API.
	SnapshotRegions []string `json:"snapshot_regions,omitempty"`
}

// ResourceCost is the cost of one resource before and after the change.
type ResourceCost struct {
	Address  string   `json:"address"`
	Type     string   `json:"type"`
	Action   Action   `json:"action,omitempty"`
	Location Position `json:"location"`
	Before   *float64 `json:"before,omitempty"`
	After    *float64 `json:"after,omitempty"`
	Delta    float64  `json:"delta"`
	// Components priced after the change (before, for deletes).
	Components []CostComponent `json:"components,omitempty"`
	// UsageBased lists components priced by usage and not estimated
	// (no usage file entry).
	UsageBased []string `json:"usage_based,omitempty"`
	// NotPriced explains components that could not be priced.
	NotPriced []string `json:"not_priced,omitempty"`
	// Assumed lists the quantities iacvet assumed where the configuration
	// leaves them to AWS (a root volume's size, default storage).
	Assumed []string `json:"assumed,omitempty"`
}

// UnpricedResource is a resource without a priced entry: free, or of a type
// iacvet does not price.
type UnpricedResource struct {
	Address  string   `json:"address"`
	Type     string   `json:"type"`
	Action   Action   `json:"action,omitempty"`
	Location Position `json:"location"`
	Reason   string   `json:"reason"`
}

// CostComponent is one priced line: quantity × unit price per month.
type CostComponent struct {
	Name      string     `json:"name"`
	Unit      string     `json:"unit"`
	Quantity  float64    `json:"quantity"`
	UnitPrice float64    `json:"unit_price"`
	Monthly   float64    `json:"monthly"`
	PriceKey  string     `json:"price_key"`
	Source    Provenance `json:"provenance"`
}

// CostHint is a savings suggestion.
type CostHint struct {
	Address string  `json:"address"`
	Message string  `json:"message"`
	Saving  float64 `json:"monthly_saving"`
}
