// Package textfile tells text from binary content, so that a binary or
// non-UTF-8 file gets one "not text" diagnostic instead of hundreds of
// syntax errors.
package textfile

import (
	"bytes"
	"unicode/utf8"
)

// sniff is how much of a file decides.
const sniff = 8 << 10

// Is holds for UTF-8 content without NUL bytes; the first 8 KiB decide.
func Is(data []byte) bool {
	head := data
	if len(head) > sniff {
		head = head[:sniff]
		// Leave out a rune the cut split in two.
		for k := 1; k < utf8.UTFMax && k <= len(head); k++ {
			if utf8.RuneStart(head[len(head)-k]) {
				if !utf8.FullRune(head[len(head)-k:]) {
					head = head[:len(head)-k]
				}
				break
			}
		}
	}
	return bytes.IndexByte(head, 0) < 0 && utf8.Valid(head)
}
