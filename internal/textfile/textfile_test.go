package textfile

import (
	"bytes"
	"testing"
)

func TestIs(t *testing.T) {
	long := bytes.Repeat([]byte("a"), sniff-1)
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"empty", nil, true},
		{"ascii", []byte("resource \"aws_s3_bucket\" \"b\" {}\n"), true},
		{"utf8", []byte("Description: café ☕"), true},
		{"nul", []byte("abc\x00def"), false},
		{"latin1", []byte("caf\xe9"), false},
		{"utf16 bom", []byte("\xff\xfer\x00e\x00"), false},
		{"rune split by the sniff limit", append(append([]byte{}, long...), []byte("☕☕")...), true},
		{"invalid after the sniff limit", append(bytes.Repeat([]byte("a"), sniff), 0xff), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Is(tt.data); got != tt.want {
				t.Errorf("Is(%q...) = %v, want %v", tt.data[:min(len(tt.data), 16)], got, tt.want)
			}
		})
	}
}
