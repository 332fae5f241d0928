package report

import (
	"bufio"
	"io"
)

// indenter is an io.Writer that indents the compact JSON written to it
// (as encoding/json's Marshal and Encoder write it) by two spaces per level,
// byte for byte as json.Indent(dst, src, "", "  ") would, and passes it on
// through a buffer. It keeps no copy of the document: a 20 MB report is
// indented on its way to the file instead of being marshalled, copied and
// re-scanned by json.Indent's full JSON state machine.
type indenter struct {
	w        *bufio.Writer
	depth    int
	inString bool
	escaped  bool // the previous byte in a string was a backslash
	opened   bool // the previous byte opened an object or array
}

func newIndenter(w io.Writer) *indenter {
	return &indenter{w: bufio.NewWriterSize(w, 64<<10)}
}

var spaces = []byte("                                                                ")

func (x *indenter) newline() {
	x.w.WriteByte('\n')
	for n := 2 * x.depth; n > 0; {
		k := min(n, len(spaces))
		x.w.Write(spaces[:k])
		n -= k
	}
}

// Write indents p. Input that is not compact JSON is passed on with
// whatever indentation its brackets imply; it is never rejected.
func (x *indenter) Write(p []byte) (int, error) {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if x.opened {
			x.opened = false
			if c == '}' || c == ']' {
				x.depth--
				x.w.WriteByte(c)
				continue
			}
			x.newline()
		}
		if x.inString {
			// Copy the run of plain string bytes in one go.
			j := i
			for j < len(p) && !x.escaped && p[j] != '"' && p[j] != '\\' {
				j++
			}
			if j > i {
				x.w.Write(p[i:j])
				i = j - 1
				continue
			}
			x.w.WriteByte(c)
			switch {
			case x.escaped:
				x.escaped = false
			case c == '\\':
				x.escaped = true
			case c == '"':
				x.inString = false
			}
			continue
		}
		switch c {
		case '"':
			x.inString = true
			x.w.WriteByte(c)
		case '{', '[':
			x.w.WriteByte(c)
			x.depth++
			x.opened = true
		case '}', ']':
			x.depth--
			x.newline()
			x.w.WriteByte(c)
		case ',':
			x.w.WriteByte(c)
			x.newline()
		case ':':
			x.w.WriteByte(c)
			x.w.WriteByte(' ')
		default:
			x.w.WriteByte(c)
		}
	}
	return len(p), nil
}

// Flush writes what is buffered.
func (x *indenter) Flush() error { return x.w.Flush() }
