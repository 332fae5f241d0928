package report

import (
	"io"
)

// pruner is an io.Writer between go-sarif's compact JSON and the indenter.
// go-sarif emits every field it knows: an empty array for each list and -1
// for each index, rank and offset nobody set, which more than doubles a
// large log. pruner drops object members whose value is an empty array, and
// members SARIF defines with default -1 whose value is -1: the document
// means the same (SARIF 2.1.0 §3.7: an absent array or property takes its
// default). Two members are kept when empty because their absence means
// something else: "runs" and "results" (absent results say the tool did not
// run; an empty array says it found nothing). Property bags (members named
// "properties") are iacvet's data, not SARIF's defaults, and are copied as
// they are.
//
// pruner works on compact JSON as encoding/json writes it (no whitespace)
// and keeps state across Write calls, so it may be fed in any chunks.
type pruner struct {
	out   io.Writer
	buf   []byte
	stack []pruneFrame
	state pruneState
	key   []byte // the pending member's key, quotes included
	num   []byte // the pending -1 candidate
	// opaqueNext: the next object or array opened is a property bag.
	opaqueNext bool
	inString   bool
	escaped    bool
	err        error
}

type pruneFrame struct {
	object  bool
	opaque  bool // a property bag: copied as it is
	emitted bool // a member has been written
	wantKey bool // an object expects a key next
}

type pruneState int

const (
	copying     pruneState = iota // copying values
	inKey                         // reading a member's key into key
	wantColon                     // after a key
	memberValue                   // the first byte of a member's value decides
	openArray                     // `"key":[` held back until we see whether `]` follows
	minusNumber                   // `"key":-…` held back until we see whether it is -1
)

// keepEmpty are the arrays written even when empty.
var keepEmpty = map[string]bool{`"runs"`: true, `"results"`: true}

// defaultMinusOne lists the SARIF 2.1.0 properties whose default is -1
// (every property of the schema with "default": -1).
var defaultMinusOne = map[string]bool{
	`"absoluteAddress"`: true, `"byteOffset"`: true, `"charOffset"`: true, `"executionOrder"`: true,
	`"id"`: true, `"index"`: true, `"invocationIndex"`: true, `"itemCount"`: true, `"length"`: true,
	`"parentIndex"`: true, `"rank"`: true, `"resultGraphIndex"`: true, `"ruleIndex"`: true, `"runGraphIndex"`: true,
}

func newPruner(out io.Writer) *pruner {
	return &pruner{out: out, buf: make([]byte, 0, 64<<10)}
}

func (p *pruner) top() *pruneFrame {
	if len(p.stack) == 0 {
		return nil
	}
	return &p.stack[len(p.stack)-1]
}

// Write implements io.Writer.
func (p *pruner) Write(b []byte) (int, error) {
	for i := 0; i < len(b); i++ {
		p.byte(b[i])
	}
	if len(p.buf) >= 32<<10 {
		p.flushBuf()
	}
	return len(b), p.err
}

// Flush passes on what is buffered. A member still held back (only in
// truncated input) is written as it came.
func (p *pruner) Flush() error {
	switch p.state {
	case inKey, wantColon:
		p.buf = append(p.buf, p.key...)
	case openArray:
		p.emitMember()
		p.buf = append(p.buf, '[')
	case minusNumber:
		p.emitMember()
		p.buf = append(p.buf, p.num...)
	}
	p.state = copying
	p.flushBuf()
	return p.err
}

func (p *pruner) flushBuf() {
	if p.err == nil && len(p.buf) > 0 {
		_, p.err = p.out.Write(p.buf)
	}
	p.buf = p.buf[:0]
}

// emitMember writes the pending member's comma, key and colon.
func (p *pruner) emitMember() {
	f := p.top()
	if f.emitted {
		p.buf = append(p.buf, ',')
	}
	f.emitted = true
	p.buf = append(p.buf, p.key...)
	p.buf = append(p.buf, ':')
	p.opaqueNext = f.opaque || string(p.key) == `"properties"`
}

func (p *pruner) byte(c byte) {
	switch p.state {
	case inKey:
		p.key = append(p.key, c)
		switch {
		case p.escaped:
			p.escaped = false
		case c == '\\':
			p.escaped = true
		case c == '"':
			p.state = wantColon
		}
		return
	case wantColon:
		if c == ':' {
			p.state = memberValue
			return
		}
		// Not compact JSON: pass it on as it came.
		p.buf = append(p.buf, p.key...)
		p.state = copying
	case memberValue:
		f := p.top()
		switch {
		case c == '[' && !f.opaque && !keepEmpty[string(p.key)]:
			p.state = openArray
			return
		case c == '-' && !f.opaque && defaultMinusOne[string(p.key)]:
			p.num = append(p.num[:0], c)
			p.state = minusNumber
			return
		}
		p.emitMember()
		p.state = copying
	case openArray:
		p.state = copying
		if c == ']' {
			p.opaqueNext = false
			return // an empty array: the member is dropped
		}
		p.emitMember()
		p.open(false, '[')
	case minusNumber:
		if c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' {
			p.num = append(p.num, c)
			return
		}
		p.state = copying
		if string(p.num) != "-1" {
			p.emitMember()
			p.buf = append(p.buf, p.num...)
		}
		p.opaqueNext = false
	}
	p.pass(c)
}

// open starts an object or array.
func (p *pruner) open(object bool, c byte) {
	opaque := p.opaqueNext
	p.opaqueNext = false
	if f := p.top(); f != nil && !f.object {
		opaque = opaque || f.opaque
	}
	p.stack = append(p.stack, pruneFrame{object: object, opaque: opaque, wantKey: object})
	p.buf = append(p.buf, c)
}

// pass copies a byte of a value, or of the structure around values.
func (p *pruner) pass(c byte) {
	if p.inString {
		p.buf = append(p.buf, c)
		switch {
		case p.escaped:
			p.escaped = false
		case c == '\\':
			p.escaped = true
		case c == '"':
			p.inString = false
		}
		return
	}
	f := p.top()
	if f != nil && f.object && f.wantKey && c == '"' {
		f.wantKey = false
		p.key = append(p.key[:0], c)
		p.state = inKey
		return
	}
	switch c {
	case '{':
		p.open(true, c)
		return
	case '[':
		p.open(false, c)
		return
	case '}', ']':
		if len(p.stack) > 0 {
			p.stack = p.stack[:len(p.stack)-1]
		}
	case ',':
		if f != nil && f.object {
			// Written before the next member that is kept.
			f.wantKey = true
			return
		}
	case '"':
		p.inString = true
	}
	p.opaqueNext = false
	p.buf = append(p.buf, c)
}
