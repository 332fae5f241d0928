package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// indentWant is what json.Indent makes of src.
func indentWant(t testing.TB, src []byte) []byte {
	var want bytes.Buffer
	if err := json.Indent(&want, src, "", "  "); err != nil {
		t.Fatalf("json.Indent: %v", err)
	}
	return want.Bytes()
}

func indentGot(src []byte, chunk int) []byte {
	var got bytes.Buffer
	x := newIndenter(&got)
	for len(src) > 0 {
		n := min(chunk, len(src))
		x.Write(src[:n])
		src = src[n:]
	}
	x.Flush()
	return got.Bytes()
}

func TestIndenterMatchesJSONIndent(t *testing.T) {
	cases := map[string]string{
		"empty containers": `{"a":{},"b":[],"c":[{}],"d":[[]]}`,
		"escapes":          `{"q":"say \"hi\", {not: [a, bracket]}","b":"back\\\\slash\\\"","u":"\u003c\u2028"}`,
		"scalars":          `[1,-2.5e10,true,false,null,"x"]`,
		"nested":           `{"a":{"b":{"c":[1,{"d":[]},3]}},"e":"f"}`,
		"top-level string": `"just a string"`,
		"with newline":     "{\"a\":1}\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			want := indentWant(t, []byte(src))
			for _, chunk := range []int{1, 2, 3, 7, 1 << 20} {
				if got := indentGot([]byte(src), chunk); !bytes.Equal(got, want) {
					t.Errorf("chunk %d:\n got %q\nwant %q", chunk, got, want)
				}
			}
		})
	}
}

// TestIndenterOnGoldens re-indents every JSON and SARIF golden file.
func TestIndenterOnGoldens(t *testing.T) {
	files, _ := filepath.Glob("../testdata/golden/*.json.golden")
	sarif, _ := filepath.Glob("../testdata/golden/*.sarif.golden")
	files = append(files, sarif...)
	if len(files) == 0 {
		t.Fatal("no golden files found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if got, want := indentGot(compact.Bytes(), 4096), indentWant(t, compact.Bytes()); !bytes.Equal(got, want) {
			t.Errorf("%s: indenter output differs from json.Indent", f)
		}
	}
}

func FuzzIndenter(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"]"}],"d":{}}`), 3)
	f.Add([]byte(`["\\",[],{}]`), 1)
	f.Fuzz(func(t *testing.T, src []byte, chunk int) {
		var compact bytes.Buffer
		if json.Compact(&compact, src) != nil {
			return
		}
		if chunk < 1 {
			chunk = 1
		}
		if got, want := indentGot(compact.Bytes(), chunk), indentWant(t, compact.Bytes()); !bytes.Equal(got, want) {
			t.Errorf("got %q\nwant %q", got, want)
		}
	})
}
