package cache_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/iacvet/iacvet/awsdata/cache"
)

type value struct {
	Types []string
	N     int
}

func TestPutGetTTL(t *testing.T) {
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	c := cache.New(cache.Options{Dir: t.TempDir(), TTL: time.Hour, Now: func() time.Time { return now }})
	key := cache.Key("ec2", "us-east-1", "DescribeInstanceTypeOfferings", map[string]string{"LocationType": "region"})
	var v value
	if _, ok := c.Get(key, &v); ok {
		t.Fatal("hit on an empty cache")
	}
	want := value{Types: []string{"t3.micro"}, N: 1}
	if err := c.Put(key, want); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		advance time.Duration
		fresh   bool
		age     time.Duration
	}{{0, true, 0}, {59 * time.Minute, true, 59 * time.Minute}, {2 * time.Minute, false, 61 * time.Minute}} {
		now = now.Add(tc.advance)
		var got value
		age, ok := c.Get(key, &got)
		if ok != tc.fresh {
			t.Errorf("after %s: fresh=%v, want %v", age, ok, tc.fresh)
		}
		if ok && (age != tc.age || !cmp.Equal(got, want)) {
			t.Errorf("Get = %+v age %s, want %+v age %s", got, age, want, tc.age)
		}
		var stale value
		if age, ok := c.GetStale(key, &stale); !ok || age != tc.age || !cmp.Equal(stale, want) {
			t.Errorf("GetStale = %+v %s %v", stale, age, ok)
		}
	}
	entries, _ := os.ReadDir(c.Dir())
	if len(entries) != 1 {
		t.Errorf("cache dir holds %d files (temporary files left behind?)", len(entries))
	}
	if cache.Key("ec2", "us-east-1", "X", 1) == cache.Key("ec2", "us-east-1", "X", 2) {
		t.Error("keys ignore parameters")
	}
}

func TestCorruptEntries(t *testing.T) {
	dir := t.TempDir()
	c := cache.New(cache.Options{Dir: dir})
	for name, content := range map[string]string{
		"truncated":  `{"key": "k", "fetched_at": "2026-`,
		"wrong key":  `{"key": "other", "fetched_at": "2026-11-01T00:00:00Z", "value": {"N": 1}}`,
		"no time":    `{"key": "k", "value": {"N": 1}}`,
		"bad value":  `{"key": "k", "fetched_at": "2026-11-01T00:00:00Z", "value": "not an object"}`,
		"empty file": ``,
	} {
		t.Run(name, func(t *testing.T) {
			if err := c.Put("k", value{N: 1}); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
			if len(files) != 1 {
				t.Fatalf("files %v", files)
			}
			os.WriteFile(files[0], []byte(content), 0o644)
			var v value
			if _, ok := c.GetStale("k", &v); ok {
				t.Fatal("corrupt entry returned")
			}
			if _, err := os.Stat(files[0]); !os.IsNotExist(err) {
				t.Error("corrupt entry not removed")
			}
			if err := c.Put("k", value{N: 2}); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Get("k", &v); !ok || v.N != 2 {
				t.Errorf("replacement not read: %+v", v)
			}
		})
	}
}

func TestBytesAdapter(t *testing.T) {
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	c := cache.New(cache.Options{Dir: t.TempDir(), Now: func() time.Time { return now }})
	b := cache.Bytes{C: c}
	if err := b.Put("pricing/k", []byte(`{"usd":"0.1"}`)); err != nil {
		t.Fatal(err)
	}
	now = now.Add(48 * time.Hour) // past the TTL: the adapter leaves the TTL to its caller
	got, at, ok := b.Get("pricing/k")
	if !ok || string(got) != `{"usd":"0.1"}` || !at.Equal(now.Add(-48*time.Hour)) {
		t.Errorf("Get = %q %s %v", got, at, ok)
	}
}

func TestDefaults(t *testing.T) {
	c := cache.New(cache.Options{})
	if c.TTL() != cache.DefaultTTL || c.Dir() != cache.DefaultDir() {
		t.Errorf("defaults: %s %s", c.TTL(), c.Dir())
	}
}

// TestInvalidEntries: each class of damaged entry is a miss with an
// *InvalidError and is removed.
func TestInvalidEntries(t *testing.T) {
	now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	key := cache.Key("ec2", "us-east-1", "DescribeSubnets", "subnet-a")
	good := func(fetched, value string) string {
		return `{"key":"` + key + `","fetched_at":"` + fetched + `","value":` + value + `}`
	}
	for _, tc := range []struct {
		name    string
		content string
		reason  string // substring of the InvalidError; "" = valid
	}{
		{"valid", good("2026-10-31T23:59:00Z", `{"Types":["t3.micro"],"N":1}`), ""},
		{"null value", good("2026-10-31T23:59:00Z", `null`), "value is null"},
		{"spaced null value", good("2026-10-31T23:59:00Z", ` null `), "value is null"},
		{"missing value", `{"key":"` + key + `","fetched_at":"2026-10-31T23:59:00Z"}`, "no value"},
		{"wrong type", good("2026-10-31T23:59:00Z", `"t3.micro"`), "does not decode"},
		{"wrong field type", good("2026-10-31T23:59:00Z", `{"Types":"t3.micro"}`), "does not decode"},
		{"truncated", good("2026-10-31T23:59:00Z", `{"Types":["t3.mi`)[:60], "damaged file"},
		{"not JSON", "\x00\x01garbage", "damaged file"},
		{"array", `[]`, "damaged file"},
		{"future fetched_at", good("2026-11-01T01:00:00Z", `{"N":1}`), "in the future"},
		{"no fetched_at", `{"key":"` + key + `","value":{"N":1}}`, "no fetched_at"},
		{"bad fetched_at", good("yesterday", `{"N":1}`), "damaged file"},
		{"other key", `{"key":"x","fetched_at":"2026-10-31T23:59:00Z","value":{"N":1}}`, "another key"},
		{"huge file", good("2026-10-31T23:59:00Z", `{"Types":["`+strings.Repeat("x", 4096)+`"]}`), "larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := cache.New(cache.Options{Dir: t.TempDir(), TTL: time.Hour, Now: func() time.Time { return now }, MaxBytes: 1024})
			if err := c.Put(key, value{N: 2}); err != nil {
				t.Fatal(err)
			}
			files, _ := filepath.Glob(filepath.Join(c.Dir(), "*.json"))
			if len(files) != 1 {
				t.Fatalf("cache files: %v", files)
			}
			if err := os.WriteFile(files[0], []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, stale := range []bool{false, true} {
				var got value
				lookup := c.Lookup
				if stale {
					lookup = c.LookupStale
				}
				_, ok, err := lookup(key, &got)
				if tc.reason == "" {
					if !ok || err != nil {
						t.Fatalf("stale=%v: valid entry: ok=%v err=%v", stale, ok, err)
					}
					continue
				}
				var inv *cache.InvalidError
				if ok || !errors.As(err, &inv) || !strings.Contains(err.Error(), tc.reason) {
					t.Fatalf("ok=%v err=%v, want a miss with %q", ok, err, tc.reason)
				}
				if _, serr := os.Stat(files[0]); !os.IsNotExist(serr) {
					t.Errorf("invalid entry not removed: %v", serr)
				}
				// Removed: the next lookup is a plain miss.
				if _, ok, err := lookup(key, &got); ok || err != nil {
					t.Errorf("second lookup: ok=%v err=%v, want a plain miss", ok, err)
				}
				break
			}
		})
	}
}

// TestNonPositiveTTL: a zero or negative TTL means the default, never
// "everything is fresh" or "nothing is".
func TestNonPositiveTTL(t *testing.T) {
	for _, ttl := range []time.Duration{0, -time.Hour} {
		c := cache.New(cache.Options{Dir: t.TempDir(), TTL: ttl})
		if c.TTL() != cache.DefaultTTL {
			t.Errorf("TTL(%s) = %s, want %s", ttl, c.TTL(), cache.DefaultTTL)
		}
	}
}

// TestWriteAtomic: Put leaves no temporary file behind and replaces the
// entry in one rename.
func TestWriteAtomic(t *testing.T) {
	c := cache.New(cache.Options{Dir: t.TempDir()})
	for i := range 3 {
		if err := c.Put("k", value{N: i}); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(c.Dir())
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 1 || strings.HasPrefix(names[0], ".tmp-") {
		t.Errorf("cache dir holds %v, want one entry", names)
	}
	var got value
	if _, ok := c.Get("k", &got); !ok || got.N != 2 {
		t.Errorf("Get = %+v %v", got, ok)
	}
}
