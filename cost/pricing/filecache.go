package pricing

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"time"
)

// FileCache is a minimal on-disk Cache: one file per key under Dir, its
// modification time as the fetch time. It stands in until the shared
// awsdata/cache is wired in through the Cache interface.
type FileCache struct{ Dir string }

func (c FileCache) path(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.Dir, "pricing-"+hex.EncodeToString(sum[:16])+".json")
}

// Get implements Cache.
func (c FileCache) Get(key string) ([]byte, time.Time, bool) {
	p := c.path(key)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, time.Time{}, false
	}
	st, err := os.Stat(p)
	if err != nil {
		return nil, time.Time{}, false
	}
	return data, st.ModTime(), true
}

// Put implements Cache, writing atomically.
func (c FileCache) Put(key string, value []byte) error {
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.Dir, "pricing-*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(value); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), c.path(key))
}
