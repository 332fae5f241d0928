package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	// MaxBytes bounds the size of one entry file read (default
	// DefaultMaxBytes); a larger file is an invalid entry.
	MaxBytes int64
}

// DefaultMaxBytes bounds one cache file read.
const DefaultMaxBytes = 64 << 20

// clockSkew is how far in the future a fetched_at may lie before the entry
// is rejected (clocks of processes sharing a cache differ a little).
const clockSkew = time.Minute

// InvalidError describes a cache entry that was present but unusable: it is
// treated as a miss, removed, and the caller should say so.
type InvalidError struct {
	Key    string
	Reason string
}

func (e *InvalidError) Error() string {
	return fmt.Sprintf("cache entry %s ignored: %s", e.Key, e.Reason)
}

// Cache is an on-disk cache of JSON values, one file per key. It is safe for
// concurrent use by goroutines and by processes: every write goes to a
// temporary file that is renamed over the entry.
type Cache struct {
	dir string
	ttl time.Duration
	now func() time.Time
	max int64
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
	c := &Cache{dir: opts.Dir, ttl: opts.TTL, now: opts.Now, max: opts.MaxBytes}
	if c.max <= 0 {
		c.max = DefaultMaxBytes
	}
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
// TTL) and returns its age. A missing, invalid or expired entry returns ok
// false; an invalid entry is removed so the next Put replaces it.
func (c *Cache) Get(key string, dst any) (age time.Duration, ok bool) {
	age, ok, _ = c.Lookup(key, dst)
	return age, ok
}

// Lookup is Get that also reports an entry that was present but invalid
// (an *InvalidError): a damaged file, a null or ill-typed value, a wrong
// key, a fetched_at in the future, a file over the size limit. Such an entry
// is a miss and is removed; callers surface the error as a notice so data
// does not vanish silently.
func (c *Cache) Lookup(key string, dst any) (age time.Duration, ok bool, invalid error) {
	age, ok, invalid = c.LookupStale(key, dst)
	if !ok || age > c.ttl {
		return age, false, invalid
	}
	return age, true, nil
}

// GetStale is Get without the TTL check: it returns any valid entry and
// its age. Callers use it as a fallback when the live call failed.
func (c *Cache) GetStale(key string, dst any) (age time.Duration, ok bool) {
	age, ok, _ = c.LookupStale(key, dst)
	return age, ok
}

// LookupStale is GetStale that also reports an invalid entry (see Lookup).
func (c *Cache) LookupStale(key string, dst any) (age time.Duration, ok bool, invalid error) {
	raw, fetched, err := c.read(key)
	if err != nil {
		return 0, false, err
	}
	if raw == nil {
		return 0, false, nil
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		c.drop(key)
		return 0, false, &InvalidError{Key: key, Reason: "value does not decode: " + err.Error()}
	}
	age = c.now().Sub(fetched)
	if age < 0 {
		age = 0
	}
	return age, true, nil
}

// read returns the entry's value and fetch time; nil, zero, nil for a
// missing entry; an *InvalidError for an unusable one (then removed).
func (c *Cache) read(key string) (json.RawMessage, time.Time, error) {
	invalid := func(reason string) (json.RawMessage, time.Time, error) {
		c.drop(key)
		return nil, time.Time{}, &InvalidError{Key: key, Reason: reason}
	}
	f, err := os.Open(c.path(key))
	if err != nil {
		return nil, time.Time{}, nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return invalid("not a regular file")
	}
	data, err := io.ReadAll(io.LimitReader(f, c.max+1))
	if err != nil {
		return invalid("unreadable: " + err.Error())
	}
	if int64(len(data)) > c.max {
		return invalid(fmt.Sprintf("file larger than %d bytes", c.max))
	}
	var e entry
	if err := json.Unmarshal(data, &e); err != nil {
		return invalid("damaged file: " + err.Error())
	}
	v := bytes.TrimSpace(e.Value)
	switch {
	case e.Key != key:
		return invalid("entry is for another key")
	case e.FetchedAt.IsZero():
		return invalid("no fetched_at")
	case e.FetchedAt.After(c.now().Add(clockSkew)):
		return invalid("fetched_at " + e.FetchedAt.UTC().Format(time.RFC3339) + " is in the future")
	case len(v) == 0:
		return invalid("no value")
	case bytes.Equal(v, []byte("null")):
		return invalid("value is null")
	}
	return v, e.FetchedAt, nil
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
