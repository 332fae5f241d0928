package awsfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// PricingTarget is the X-Amz-Target of the one Price List call served.
const PricingTarget = "AWSPriceListService.GetProducts"

// PricingProduct is one product the fake Price List API serves.
type PricingProduct struct {
	ServiceCode   string
	SKU           string
	ProductFamily string
	Attributes    map[string]string
	// Dimensions are the on-demand price dimensions (one or more tiers).
	Dimensions []PricingDimension
}

// PricingDimension is one on-demand price dimension.
type PricingDimension struct {
	Unit       string
	BeginRange string // "0" when empty
	EndRange   string // "Inf" when empty
	USD        string
}

// PricingFault is an injected failure.
type PricingFault int

// Faults the fake can inject, one per request.
const (
	PricingOK        PricingFault = iota
	PricingThrottle               // 400 ThrottlingException
	PricingInternal               // 500 InternalErrorException
	PricingMalformed              // 200 with a body that is not JSON
	PricingBadItem                // 200 with a PriceList item that is not JSON
)

// Pricing is an in-process AWS Price List Query API (JSON 1.1,
// X-Amz-Target AWSPriceListService.GetProducts) serving Products, with
// NextToken pagination and injectable faults. It is an http.Handler.
type Pricing struct {
	// PageSize caps items per page (default 100, or the request's MaxResults
	// when smaller).
	PageSize int

	mu       sync.Mutex
	products []PricingProduct
	faults   []PricingFault
	always   PricingFault
	calls    int
	requests []PricingRequest
}

// PricingRequest records one GetProducts request.
type PricingRequest struct {
	ServiceCode string
	Filters     map[string]string
	NextToken   string
}

// NewPricing returns a fake serving products.
func NewPricing(products ...PricingProduct) *Pricing {
	return &Pricing{products: products}
}

// Add adds products.
func (p *Pricing) Add(products ...PricingProduct) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.products = append(p.products, products...)
}

// FailNext queues faults for the next requests, in order.
func (p *Pricing) FailNext(faults ...PricingFault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = append(p.faults, faults...)
}

// FailAlways makes every request fail with f (PricingOK to stop).
func (p *Pricing) FailAlways(f PricingFault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.always = f
}

// Calls returns how many requests were served.
func (p *Pricing) Calls() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls
}

// Requests returns the requests served, in order.
func (p *Pricing) Requests() []PricingRequest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]PricingRequest(nil), p.requests...)
}

// PriceListItem renders a product as the JSON string AWS puts in PriceList.
func PriceListItem(pr PricingProduct) string {
	attrs := map[string]string{"servicecode": pr.ServiceCode}
	for k, v := range pr.Attributes {
		attrs[k] = v
	}
	dims := map[string]any{}
	for i, d := range pr.Dimensions {
		begin, end := d.BeginRange, d.EndRange
		if begin == "" {
			begin = "0"
		}
		if end == "" {
			end = "Inf"
		}
		code := fmt.Sprintf("%s.JRTCKXETXF.6YS6EN2CT%d", pr.SKU, i)
		dims[code] = map[string]any{
			"rateCode": code, "description": fmt.Sprintf("$%s per %s", d.USD, d.Unit), "unit": d.Unit,
			"beginRange": begin, "endRange": end, "appliesTo": []string{}, "pricePerUnit": map[string]string{"USD": d.USD},
		}
	}
	item := map[string]any{
		"product":         map[string]any{"productFamily": pr.ProductFamily, "attributes": attrs, "sku": pr.SKU},
		"serviceCode":     pr.ServiceCode,
		"version":         "20250601000000",
		"publicationDate": "2025-06-01T00:00:00Z",
		"terms": map[string]any{"OnDemand": map[string]any{
			pr.SKU + ".JRTCKXETXF": map[string]any{
				"priceDimensions": dims, "sku": pr.SKU, "effectiveDate": "2025-06-01T00:00:00Z",
				"offerTermCode": "JRTCKXETXF", "termAttributes": map[string]string{},
			},
		}},
	}
	data, _ := json.Marshal(item)
	return string(data)
}

type pricingInput struct {
	ServiceCode string
	Filters     []struct{ Type, Field, Value string }
	NextToken   string
	MaxResults  int
}

func (p *Pricing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.Header.Get("X-Amz-Target") != PricingTarget {
		pricingError(w, http.StatusBadRequest, "UnknownOperationException", "unknown operation "+r.Header.Get("X-Amz-Target"))
		return
	}
	var in pricingInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		pricingError(w, http.StatusBadRequest, "SerializationException", err.Error())
		return
	}
	p.mu.Lock()
	p.calls++
	fault := p.always
	if len(p.faults) > 0 {
		fault, p.faults = p.faults[0], p.faults[1:]
	}
	req := PricingRequest{ServiceCode: in.ServiceCode, Filters: map[string]string{}, NextToken: in.NextToken}
	for _, f := range in.Filters {
		req.Filters[f.Field] = f.Value
	}
	p.requests = append(p.requests, req)
	var match []PricingProduct
	for _, pr := range p.products {
		if pricingMatches(pr, in) {
			match = append(match, pr)
		}
	}
	size := p.PageSize
	p.mu.Unlock()

	switch fault {
	case PricingThrottle:
		pricingError(w, http.StatusBadRequest, "ThrottlingException", "Rate exceeded")
		return
	case PricingInternal:
		pricingError(w, http.StatusInternalServerError, "InternalErrorException", "internal error")
		return
	case PricingMalformed:
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Write([]byte(`{"FormatVersion":"aws_v1","PriceList":[`))
		return
	}
	if in.ServiceCode == "" {
		pricingError(w, http.StatusBadRequest, "InvalidParameterException", "ServiceCode is required")
		return
	}
	sort.Slice(match, func(i, j int) bool { return match[i].SKU < match[j].SKU })
	if size <= 0 {
		size = 100
	}
	if in.MaxResults > 0 && in.MaxResults < size {
		size = in.MaxResults
	}
	start := 0
	if in.NextToken != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(in.NextToken, "page-"))
		if err != nil || n < 0 || n > len(match) {
			pricingError(w, http.StatusBadRequest, "InvalidNextTokenException", "bad token")
			return
		}
		start = n
	}
	end := min(start+size, len(match))
	out := map[string]any{"FormatVersion": "aws_v1", "PriceList": []string{}}
	var list []string
	for _, pr := range match[start:end] {
		list = append(list, PriceListItem(pr))
	}
	if fault == PricingBadItem {
		list = append(list, `{"product": `)
	}
	if list != nil {
		out["PriceList"] = list
	}
	if end < len(match) {
		out["NextToken"] = fmt.Sprintf("page-%d", end)
	}
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	json.NewEncoder(w).Encode(out)
}

// pricingMatches applies TERM_MATCH filters (case-insensitive, on
// attributes and productFamily).
func pricingMatches(pr PricingProduct, in pricingInput) bool {
	if !strings.EqualFold(pr.ServiceCode, in.ServiceCode) {
		return false
	}
	for _, f := range in.Filters {
		var v string
		switch f.Field {
		case "productFamily":
			v = pr.ProductFamily
		case "ServiceCode", "servicecode":
			v = pr.ServiceCode
		default:
			v = pr.Attributes[f.Field]
		}
		if !strings.EqualFold(v, f.Value) {
			return false
		}
	}
	return true
}

func pricingError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	w.Header().Set("X-Amzn-ErrorType", code)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"__type": code, "message": msg})
}
