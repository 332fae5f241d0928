package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultTTL is how long an entry is fresh unless Options.TTL says otherwise.
const DefaultTTL = 30 * time.Minute

// Options configures a Cache.
type Options struct {
	// Dir is the cache directory; empty means DefaultDir().
	Dir string
	// TTL is how long an entry is fresh (default DefaultTTL).
	TTL time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Cache is an on-disk cache of JSON values, one file per key. It is safe for
// concurrent use by goroutines and by processes: every write goes to a
// temporary file that is renamed over the entry.
type Cache struct {
	dir string
	ttl time.Duration
	now func() time.Time
}

// entry is the file format.
type entry struct {
	Key       string          `json:"key"`
	FetchedAt time.Time       `json:"fetched_at"`
	Value     json.RawMessage `json:"value"`
}

// DefaultDir is os.UserCacheDir()/iacvet, or a directory under the system
// temporary directory when the user has no cache directory.
func DefaultDir() string {
	if d, err := os.UserCacheDir(); err == nil && d != "" {
		return filepath.Join(d, "iacvet")
	}
	return filepath.Join(os.TempDir(), "iacvet-cache")
}

// New returns a cache. The directory is created on the first Put.
func New(opts Options) *Cache {
	c := &Cache{dir: opts.Dir, ttl: opts.TTL, now: opts.Now}
	if c.dir == "" {
		c.dir = DefaultDir()
	}
	if c.ttl <= 0 {
		c.ttl = DefaultTTL
	}
	if c.now == nil {
		c.now = time.Now
	}
	return c
}

// Dir returns the cache directory.
func (c *Cache) Dir() string { return c.dir }

// TTL returns how long entries are fresh.
func (c *Cache) TTL() time.Duration { return c.ttl }

// Key builds a cache key from a service, region, operation and the call's
// parameters (any JSON-encodable value, hashed).
func Key(service, region, operation string, params any) string {
	data, err := json.Marshal(params)
	if err != nil {
		data = []byte(fmt.Sprint(params))
	}
	sum := sha256.Sum256(data)
	return service + "/" + region + "/" + operation + "/" + hex.EncodeToString(sum[:12])
}

// path maps a key to its file: readable prefix plus a hash of the whole key.
func (c *Cache) path(key string) string {
	sum := sha256.Sum256([]byte(key))
	prefix := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			return r
		}
		return '_'
	}, key)
	if len(prefix) > 60 {
		prefix = prefix[:60]
	}
	return filepath.Join(c.dir, prefix+"-"+hex.EncodeToString(sum[:16])+".json")
}

// Get decodes the entry for key into dst when it is fresh (younger than the
// TTL) and returns its age. A missing, corrupt or expired entry returns
// ok false; a corrupt entry is removed so the next Put replaces it.
func (c *Cache) Get(key string, dst any) (age time.Duration, ok bool) {
	age, ok = c.GetStale(key, dst)
	if !ok || age > c.ttl {
		return age, false
	}
	return age, true
}

// GetStale is Get without the TTL check: it returns any readable entry and
// its age. Callers use it as a fallback when the live call failed.
func (c *Cache) GetStale(key string, dst any) (age time.Duration, ok bool) {
	raw, fetched, ok := c.read(key)
	if !ok {
		return 0, false
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		c.drop(key)
		return 0, false
	}
	age = c.now().Sub(fetched)
	if age < 0 {
		age = 0
	}
	return age, true
}

func (c *Cache) read(key string) (json.RawMessage, time.Time, bool) {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return nil, time.Time{}, false
	}
	var e entry
	if err := json.Unmarshal(data, &e); err != nil || e.Key != key || e.FetchedAt.IsZero() || len(e.Value) == 0 {
		c.drop(key)
		return nil, time.Time{}, false
	}
	return e.Value, e.FetchedAt, true
}

func (c *Cache) drop(key string) { _ = os.Remove(c.path(key)) }

// Put stores v (JSON-encoded) under key, stamped with the current time.
func (c *Cache) Put(key string, v any) error {
	val, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	return c.write(key, val, c.now())
}

func (c *Cache) write(key string, val json.RawMessage, at time.Time) error {
	data, err := json.Marshal(entry{Key: key, FetchedAt: at.UTC(), Value: val})
	if err != nil {
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	if err := os.Rename(tmp.Name(), c.path(key)); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache put %s: %w", key, err)
	}
	return nil
}

// Bytes adapts the cache to callers that store raw bytes and want the fetch
// time (the cost package's pricing.Cache interface). The bytes are stored as
// a JSON string.
type Bytes struct{ C *Cache }

// Get returns the stored bytes and when they were fetched, fresh or not
// (the caller applies its own TTL).
func (b Bytes) Get(key string) ([]byte, time.Time, bool) {
	var v []byte
	age, ok := b.C.GetStale(key, &v)
	if !ok {
		return nil, time.Time{}, false
	}
	return v, b.C.now().Add(-age), true
}

// Put stores bytes.
func (b Bytes) Put(key string, value []byte) error { return b.C.Put(key, value) }
