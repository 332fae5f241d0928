package cache_test

import (
	"os"
	"path/filepath"
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
