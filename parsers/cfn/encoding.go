package cfn

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/iacvet/iacvet/model"
)

// encodingError says why a template's bytes are not text iacvet can
// decode, and where (line and column of the first offending byte, 0 when
// the whole file is at fault).
type encodingError struct {
	msg          string
	line, column int
}

func (e *encodingError) Error() string { return e.msg }

// toUTF8 returns a template's text as UTF-8, as CloudFormation reads it: a
// UTF-8 byte order mark is dropped, UTF-16 (little or big endian, with its
// byte order mark) is converted. Anything else must be valid UTF-8; when it
// is not, the error says where the first invalid byte is; the text
// returned is then only good for screening.
func toUTF8(data []byte) ([]byte, *encodingError) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data)
	}
	if utf8.Valid(data) {
		return data, nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
	return data, &encodingError{msg: fmt.Sprintf("not valid UTF-8: byte 0x%02X at line %d, column %d (CloudFormation reads templates as UTF-8 or UTF-16)", data[off], line, col), line: line, column: col}
}

// fromUTF16 converts UTF-16 text with its byte order mark to UTF-8.
func fromUTF16(data []byte) ([]byte, *encodingError) {
	big := data[0] == 0xFE
	body := data[2:]
	var odd *encodingError
	if len(body)%2 != 0 {
		odd = &encodingError{msg: "not valid UTF-16: odd number of bytes after the byte order mark"}
		body = body[:len(body)-1]
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		if big {
			units[i] = uint16(body[2*i])<<8 | uint16(body[2*i+1])
		} else {
			units[i] = uint16(body[2*i+1])<<8 | uint16(body[2*i])
		}
	}
	line := 1
scan:
	for i := 0; i < len(units); i++ {
		switch u := units[i]; {
		case u == '\n':
			line++
		case utf16.IsSurrogate(rune(u)):
			if u >= 0xDC00 || i+1 >= len(units) || units[i+1] < 0xDC00 || units[i+1] > 0xDFFF {
				odd = &encodingError{msg: fmt.Sprintf("not valid UTF-16: unpaired surrogate at line %d", line), line: line}
				break scan
			}
			i++
		}
	}
	out := make([]byte, 0, len(units)+len(units)/2)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if odd != nil {
		return out, odd // the text as far as it goes, for the screen
	}
	return out, nil
}

// encodingDiag is the error diagnostic of a template that cannot be read
// as text.
func encodingDiag(path string, e *encodingError) model.Diagnostic {
	return model.Diagnostic{
		Severity: model.DiagError,
		Position: model.Position{File: path, Line: e.line, Column: e.column},
		Summary:  "template not scanned: cannot decode it",
		Detail:   e.msg,
	}
}
