package tfsource

import "testing"

func TestNestingDepth(t *testing.T) {
	tests := []struct {
		src  string
		max  int
		want int // line, 0: within the limit
	}{
		{"a = [[1]]", 2, 0},
		{"a = [[[1]]]", 2, 1},
		{"# [[[[[\na = \"[[[[\"\n", 1, 0},
		{"a = \"${[[1]]}\"", 2, 1},
		{"a = \"$${[[[1]]]}\"", 1, 0},
		{"a = <<EOF\n[[[[ ${x}\nEOF\nb = [[1]]\n", 2, 0},
		{"a = <<-EOF\n  ${[[[x]]]}\n  EOF\n", 3, 2},
		{"/* ((((( */ a = (1)", 1, 0},
		{"a = \"%{ if x }%{ if y }z%{ endif }%{ endif }\"", 3, 0},
		{"a = \"%{ if x }%{ if y }%{ if z }z%{ endif }%{ endif }%{ endif }\"", 3, 1},
		{"a = !!!true\nb = 1 - 2 - 3 - 4", 3, 0},
		{"a = !!!!true", 3, 1},
		{`{"a": [[[1]]], "b": "]]]"}`, 4, 0},
		{`{"a": [[[[1]]]]}`, 4, 1},
	}
	for _, tc := range tests {
		if got := nestingDepth([]byte(tc.src), tc.max); got != tc.want {
			t.Errorf("nestingDepth(%q, %d) = %d, want %d", tc.src, tc.max, got, tc.want)
		}
	}
}
