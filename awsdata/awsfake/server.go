package awsfake

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
)

// Fault is an injected failure.
type Fault int

// Faults, applied to one request each.
const (
	OK        Fault = iota
	Throttle        // the protocol's throttling error (retried by the SDK)
	Internal        // 500 internal error (retried by the SDK)
	Hang            // never answers until the client gives up
	Malformed       // 200 with a body that cannot be parsed
)

// Server is an in-process fake of the AWS APIs iacvet calls. Requests are
// routed by protocol and operation: "query:<Action>" (EC2 and RDS Query
// protocols, form-encoded POST), "json:<X-Amz-Target>" (JSON 1.0/1.1) and
// "rest:<METHOD> <path>" (REST-JSON). Handlers for EC2, RDS, SSM and Access
// Analyzer are registered by New; other files and tests add more with
// Handle (for example the Price List fake: Handle("json:"+PricingTarget, p)).
//
// The region of a request is read from its SigV4 credential scope, so one
// server answers every region.
type Server struct {
	*httptest.Server

	mu     sync.Mutex
	routes map[string]http.Handler
	calls  map[string]int // "<operation> <region>"
	faults map[string][]Fault
	always map[string]Fault
	pages  map[string]Fault // faults for continuation pages only
	hang   chan struct{}

	// PageSize is the number of items per page for EC2, RDS, SSM and
	// Access Analyzer responses (default 5, small so pagination is exercised).
	PageSize int
	// Offerings[region][location] lists the instance types offered at a
	// location (the region name or a zone name).
	Offerings map[string]map[string][]string
	// Subnets[region][id] is the zone of a subnet.
	Subnets map[string]map[string]string
	// Groups[region][id] is a security group.
	Groups map[string]map[string]Group
	// Orderable[region][engine] lists DB instance classes.
	Orderable map[string]map[string][]string
	// Services[region] lists the service names in SSM.
	Services map[string][]string
	// Validate returns the Access Analyzer findings for a policy document
	// (default: none).
	Validate func(policyType, document string) []ValidationFinding
}

// Group is a security group with ingress rules.
type Group struct {
	Name    string
	Ingress []Permission
}

// Permission is one ingress permission.
type Permission struct {
	Protocol       string
	FromPort       int
	ToPort         int
	CIDRs, CIDRsV6 []string
}

// ValidationFinding is one Access Analyzer ValidatePolicy finding.
type ValidationFinding struct {
	Type, IssueCode, Details string
	// Path is the location in the document ("Statement", 0, "Action").
	Path []any
}

// New starts a fake server (closed when the test ends via t.Cleanup by the
// caller: call Close).
func New() *Server {
	s := &Server{
		routes: map[string]http.Handler{}, calls: map[string]int{}, faults: map[string][]Fault{},
		always: map[string]Fault{}, pages: map[string]Fault{}, hang: make(chan struct{}),
		Offerings: map[string]map[string][]string{}, Subnets: map[string]map[string]string{},
		Groups: map[string]map[string]Group{}, Orderable: map[string]map[string][]string{},
		Services: map[string][]string{},
	}
	s.Handle("query:DescribeInstanceTypeOfferings", s.op("DescribeInstanceTypeOfferings", s.describeOfferings))
	s.Handle("query:DescribeSubnets", s.op("DescribeSubnets", s.describeSubnets))
	s.Handle("query:DescribeSecurityGroups", s.op("DescribeSecurityGroups", s.describeGroups))
	s.Handle("query:DescribeOrderableDBInstanceOptions", s.op("DescribeOrderableDBInstanceOptions", s.describeOrderable))
	s.Handle("json:AmazonSSM.GetParametersByPath", s.op("GetParametersByPath", s.getParametersByPath))
	s.Handle("rest:POST /policy/validation", s.op("ValidatePolicy", s.validatePolicy))
	s.Server = httptest.NewServer(s)
	return s
}

// Close releases hanging requests and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.hang:
	default:
		close(s.hang)
	}
	s.mu.Unlock()
	s.Server.Close()
}

// Handle registers a handler for a route ("query:Action", "json:Target",
// "rest:METHOD /path").
func (s *Server) Handle(route string, h http.Handler) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[route] = h
}

// Fail queues faults for the next requests of an operation, in order.
func (s *Server) Fail(op string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[op] = append(s.faults[op], faults...)
}

// FailAlways makes every request of an operation fail with f (OK to stop).
func (s *Server) FailAlways(op string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.always[op] = f
}

// FailPages makes every continuation page (a request with a pagination
// token) of an operation fail with f: the listing fails half-way through.
func (s *Server) FailPages(op string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[op] = f
}

// Calls returns the requests served for an operation in a region ("" for
// every region).
func (s *Server) Calls(op, region string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k, v := range s.calls {
		o, r, _ := strings.Cut(k, " ")
		if o == op && (region == "" || r == region) {
			n += v
		}
	}
	return n
}

// TotalCalls returns every request served.
func (s *Server) TotalCalls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, v := range s.calls {
		n += v
	}
	return n
}

// ResetCalls forgets the call counts.
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = map[string]int{}
}

var scopeRe = regexp.MustCompile(`Credential=[^/]+/[0-9]+/([a-z0-9-]+)/`)

// Region returns the region of a signed request.
func Region(r *http.Request) string {
	if m := scopeRe.FindStringSubmatch(r.Header.Get("Authorization")); m != nil {
		return m[1]
	}
	return ""
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var route string
	switch {
	case r.Header.Get("X-Amz-Target") != "":
		route = "json:" + r.Header.Get("X-Amz-Target")
	case strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded"):
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		route = "query:" + r.PostForm.Get("Action")
	default:
		route = "rest:" + r.Method + " " + r.URL.Path
	}
	s.mu.Lock()
	h := s.routes[route]
	s.mu.Unlock()
	if h == nil {
		http.Error(w, "awsfake: no handler for "+route, http.StatusNotImplemented)
		return
	}
	h.ServeHTTP(w, r)
}

// request is what an operation handler sees.
type request struct {
	r      *http.Request
	region string
	token  string
	body   []byte
}

type handlerFunc func(w http.ResponseWriter, req *request, fault Fault)

// op wraps an operation: counts it, reads the pagination token, picks the
// fault to inject and serves hanging requests.
func (s *Server) op(name string, h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req := &request{r: r, region: Region(r)}
		if r.PostForm != nil {
			req.token = r.PostForm.Get("NextToken")
			if m := r.PostForm.Get("Marker"); m != "" {
				req.token = m
			}
		} else {
			req.body, _ = io.ReadAll(r.Body)
			var probe struct{ NextToken string }
			json.Unmarshal(req.body, &probe)
			req.token = probe.NextToken
			if t := r.URL.Query().Get("nextToken"); t != "" {
				req.token = t
			}
		}
		s.mu.Lock()
		s.calls[name+" "+req.region]++
		fault := s.always[name]
		if q := s.faults[name]; len(q) > 0 {
			fault, s.faults[name] = q[0], q[1:]
		}
		if f, ok := s.pages[name]; ok && req.token != "" && f != OK {
			fault = f
		}
		size := s.PageSize
		hang := s.hang
		s.mu.Unlock()
		if size <= 0 {
			size = 5
		}
		if fault == Hang {
			select {
			case <-r.Context().Done():
			case <-hang:
			}
			return
		}
		h(w, req, fault)
	})
}

func (s *Server) pageSize() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.PageSize <= 0 {
		return 5
	}
	return s.PageSize
}

// page returns the window of n items for a token and the next token.
func page(n, size int, token string) (start, end int, next string, err error) {
	if token != "" {
		if _, err := fmt.Sscanf(token, "page-%d", &start); err != nil || start < 0 || start > n {
			return 0, 0, "", fmt.Errorf("bad token %q", token)
		}
	}
	end = min(start+size, n)
	if end < n {
		next = fmt.Sprintf("page-%d", end)
	}
	return start, end, next, nil
}

// --- Query protocol (EC2 and RDS) -----------------------------------------

const ec2NS = "http://ec2.amazonaws.com/doc/2016-11-15/"

func ec2Error(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>%s</Code><Message>%s</Message></Error></Errors><RequestID>fake-request</RequestID></Response>`, code, xmlEscape(msg))
}

func ec2Fault(w http.ResponseWriter, f Fault, action string) bool {
	switch f {
	case Throttle:
		ec2Error(w, http.StatusServiceUnavailable, "RequestLimitExceeded", "Request limit exceeded.")
	case Internal:
		ec2Error(w, http.StatusInternalServerError, "InternalError", "An internal error has occurred")
	case Malformed:
		w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
		fmt.Fprintf(w, `<%sResponse xmlns="%s"><requestId>x</requestId><instanceTypeOfferingSet><item><instanceType>`, action, ec2NS)
	default:
		return false
	}
	return true
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// filterValues returns the values of the named EC2 filter.
func filterValues(r *http.Request, name string) []string {
	for i := 1; ; i++ {
		n := r.PostForm.Get(fmt.Sprintf("Filter.%d.Name", i))
		if n == "" {
			return nil
		}
		if n != name {
			continue
		}
		var vals []string
		for j := 1; ; j++ {
			v := r.PostForm.Get(fmt.Sprintf("Filter.%d.Value.%d", i, j))
			if v == "" {
				return vals
			}
			vals = append(vals, v)
		}
	}
}

func (s *Server) describeOfferings(w http.ResponseWriter, req *request, fault Fault) {
	if ec2Fault(w, fault, "DescribeInstanceTypeOfferings") {
		return
	}
	loc := req.r.PostForm.Get("LocationType")
	if loc == "" {
		loc = "region"
	}
	type item struct{ typ, loc string }
	var items []item
	s.mu.Lock()
	byLoc := s.Offerings[req.region]
	for _, l := range sortedKeys(byLoc) {
		isRegion := l == req.region
		if (loc == "region") != isRegion {
			continue
		}
		for _, t := range byLoc[l] {
			items = append(items, item{t, l})
		}
	}
	s.mu.Unlock()
	start, end, next, err := page(len(items), s.pageSize(), req.token)
	if err != nil {
		ec2Error(w, http.StatusBadRequest, "InvalidParameterValue", err.Error())
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<DescribeInstanceTypeOfferingsResponse xmlns="%s"><requestId>fake-request</requestId><instanceTypeOfferingSet>`, ec2NS)
	for _, it := range items[start:end] {
		fmt.Fprintf(&b, "<item><instanceType>%s</instanceType><locationType>%s</locationType><location>%s</location></item>", it.typ, loc, it.loc)
	}
	b.WriteString("</instanceTypeOfferingSet>")
	if next != "" {
		fmt.Fprintf(&b, "<nextToken>%s</nextToken>", next)
	}
	b.WriteString("</DescribeInstanceTypeOfferingsResponse>")
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	io.WriteString(w, b.String())
}

func (s *Server) describeSubnets(w http.ResponseWriter, req *request, fault Fault) {
	if ec2Fault(w, fault, "DescribeSubnets") {
		return
	}
	ids := filterValues(req.r, "subnet-id")
	if len(ids) > 200 {
		ec2Error(w, http.StatusBadRequest, "FilterLimitExceeded", "too many filter values")
		return
	}
	s.mu.Lock()
	var found []string
	for _, id := range ids {
		if _, ok := s.Subnets[req.region][id]; ok {
			found = append(found, id)
		}
	}
	zones := s.Subnets[req.region]
	s.mu.Unlock()
	start, end, next, err := page(len(found), s.pageSize(), req.token)
	if err != nil {
		ec2Error(w, http.StatusBadRequest, "InvalidParameterValue", err.Error())
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<DescribeSubnetsResponse xmlns="%s"><requestId>fake-request</requestId><subnetSet>`, ec2NS)
	for _, id := range found[start:end] {
		fmt.Fprintf(&b, "<item><subnetId>%s</subnetId><availabilityZone>%s</availabilityZone><state>available</state></item>", id, zones[id])
	}
	b.WriteString("</subnetSet>")
	if next != "" {
		fmt.Fprintf(&b, "<nextToken>%s</nextToken>", next)
	}
	b.WriteString("</DescribeSubnetsResponse>")
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	io.WriteString(w, b.String())
}

func (s *Server) describeGroups(w http.ResponseWriter, req *request, fault Fault) {
	if ec2Fault(w, fault, "DescribeSecurityGroups") {
		return
	}
	ids := filterValues(req.r, "group-id")
	if len(ids) > 200 {
		ec2Error(w, http.StatusBadRequest, "FilterLimitExceeded", "too many filter values")
		return
	}
	s.mu.Lock()
	var found []string
	groups := map[string]Group{}
	for _, id := range ids {
		if g, ok := s.Groups[req.region][id]; ok {
			found = append(found, id)
			groups[id] = g
		}
	}
	s.mu.Unlock()
	start, end, next, err := page(len(found), s.pageSize(), req.token)
	if err != nil {
		ec2Error(w, http.StatusBadRequest, "InvalidParameterValue", err.Error())
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<DescribeSecurityGroupsResponse xmlns="%s"><requestId>fake-request</requestId><securityGroupInfo>`, ec2NS)
	for _, id := range found[start:end] {
		g := groups[id]
		fmt.Fprintf(&b, "<item><groupId>%s</groupId><groupName>%s</groupName><ipPermissions>", id, xmlEscape(g.Name))
		for _, p := range g.Ingress {
			fmt.Fprintf(&b, "<item><ipProtocol>%s</ipProtocol>", p.Protocol)
			if p.Protocol != "-1" {
				fmt.Fprintf(&b, "<fromPort>%d</fromPort><toPort>%d</toPort>", p.FromPort, p.ToPort)
			}
			b.WriteString("<ipRanges>")
			for _, c := range p.CIDRs {
				fmt.Fprintf(&b, "<item><cidrIp>%s</cidrIp></item>", c)
			}
			b.WriteString("</ipRanges><ipv6Ranges>")
			for _, c := range p.CIDRsV6 {
				fmt.Fprintf(&b, "<item><cidrIpv6>%s</cidrIpv6></item>", c)
			}
			b.WriteString("</ipv6Ranges></item>")
		}
		b.WriteString("</ipPermissions></item>")
	}
	b.WriteString("</securityGroupInfo>")
	if next != "" {
		fmt.Fprintf(&b, "<nextToken>%s</nextToken>", next)
	}
	b.WriteString("</DescribeSecurityGroupsResponse>")
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	io.WriteString(w, b.String())
}

func rdsError(w http.ResponseWriter, status int, typ, code, msg string) {
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>%s</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>`, typ, code, xmlEscape(msg))
}

func (s *Server) describeOrderable(w http.ResponseWriter, req *request, fault Fault) {
	switch fault {
	case Throttle:
		rdsError(w, http.StatusBadRequest, "Sender", "Throttling", "Rate exceeded")
		return
	case Internal:
		rdsError(w, http.StatusInternalServerError, "Receiver", "InternalFailure", "internal failure")
		return
	case Malformed:
		w.Header().Set("Content-Type", "text/xml")
		io.WriteString(w, `<DescribeOrderableDBInstanceOptionsResponse><DescribeOrderableDBInstanceOptionsResult><OrderableDBInstanceOptions><OrderableDBInstanceOption>`)
		return
	}
	engine := req.r.PostForm.Get("Engine")
	s.mu.Lock()
	classes := append([]string(nil), s.Orderable[req.region][engine]...)
	s.mu.Unlock()
	start, end, next, err := page(len(classes), s.pageSize(), req.token)
	if err != nil {
		rdsError(w, http.StatusBadRequest, "Sender", "InvalidParameterValue", err.Error())
		return
	}
	var b strings.Builder
	b.WriteString(`<DescribeOrderableDBInstanceOptionsResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeOrderableDBInstanceOptionsResult><OrderableDBInstanceOptions>`)
	for _, c := range classes[start:end] {
		fmt.Fprintf(&b, "<OrderableDBInstanceOption><DBInstanceClass>%s</DBInstanceClass><Engine>%s</Engine></OrderableDBInstanceOption>", c, engine)
	}
	b.WriteString("</OrderableDBInstanceOptions>")
	if next != "" {
		fmt.Fprintf(&b, "<Marker>%s</Marker>", next)
	}
	b.WriteString(`</DescribeOrderableDBInstanceOptionsResult><ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata></DescribeOrderableDBInstanceOptionsResponse>`)
	w.Header().Set("Content-Type", "text/xml")
	io.WriteString(w, b.String())
}

// --- JSON protocols (SSM, Access Analyzer) ----------------------------------

func jsonError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	w.Header().Set("X-Amzn-ErrorType", code)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"__type": code, "message": msg})
}

func jsonFault(w http.ResponseWriter, f Fault, throttleStatus int) bool {
	switch f {
	case Throttle:
		jsonError(w, throttleStatus, "ThrottlingException", "Rate exceeded")
	case Internal:
		jsonError(w, http.StatusInternalServerError, "InternalServerError", "internal error")
	case Malformed:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"Parameters": [{"Name": `)
	default:
		return false
	}
	return true
}

func (s *Server) getParametersByPath(w http.ResponseWriter, req *request, fault Fault) {
	if jsonFault(w, fault, http.StatusBadRequest) {
		return
	}
	var in struct{ Path string }
	if err := json.Unmarshal(req.body, &in); err != nil {
		jsonError(w, http.StatusBadRequest, "ValidationException", err.Error())
		return
	}
	const prefix = "/aws/service/global-infrastructure/regions/"
	region, rest, _ := strings.Cut(strings.TrimPrefix(in.Path, prefix), "/")
	var names []string
	if strings.HasPrefix(in.Path, prefix) && rest == "services" {
		s.mu.Lock()
		names = append(names, s.Services[region]...)
		s.mu.Unlock()
	}
	start, end, next, err := page(len(names), s.pageSize(), req.token)
	if err != nil {
		jsonError(w, http.StatusBadRequest, "InvalidNextToken", err.Error())
		return
	}
	params := []map[string]any{}
	for _, n := range names[start:end] {
		params = append(params, map[string]any{"Name": in.Path + "/" + n, "Type": "String", "Value": n, "Version": 1, "DataType": "text"})
	}
	out := map[string]any{"Parameters": params}
	if next != "" {
		out["NextToken"] = next
	}
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	json.NewEncoder(w).Encode(out)
}

func (s *Server) validatePolicy(w http.ResponseWriter, req *request, fault Fault) {
	if jsonFault(w, fault, http.StatusTooManyRequests) {
		return
	}
	var in struct {
		PolicyDocument string `json:"policyDocument"`
		PolicyType     string `json:"policyType"`
	}
	if err := json.Unmarshal(req.body, &in); err != nil || in.PolicyDocument == "" || in.PolicyType == "" {
		jsonError(w, http.StatusBadRequest, "ValidationException", "policyDocument and policyType are required")
		return
	}
	var found []ValidationFinding
	if s.Validate != nil {
		found = s.Validate(in.PolicyType, in.PolicyDocument)
	}
	start, end, next, err := page(len(found), s.pageSize(), req.token)
	if err != nil {
		jsonError(w, http.StatusBadRequest, "ValidationException", err.Error())
		return
	}
	findings := []map[string]any{}
	for _, f := range found[start:end] {
		var path []map[string]any
		for _, e := range f.Path {
			switch v := e.(type) {
			case int:
				path = append(path, map[string]any{"index": v})
			default:
				path = append(path, map[string]any{"value": fmt.Sprint(v)})
			}
		}
		findings = append(findings, map[string]any{
			"findingDetails": f.Details, "findingType": f.Type, "issueCode": f.IssueCode,
			"learnMoreLink": "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html",
			"locations":     []map[string]any{{"path": path, "span": map[string]any{"start": map[string]int{"line": 1, "column": 1, "offset": 0}, "end": map[string]int{"line": 1, "column": 2, "offset": 1}}}},
		})
	}
	out := map[string]any{"findings": findings}
	if next != "" {
		out["nextToken"] = next
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
