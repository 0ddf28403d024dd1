package embedded

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/castgraph/castgraph/graph"
)

// ReadFacts calls fn with every fact of the store in dir, in the order they
// were loaded: the log of the batches that changed the graph, each fact
// normalized and naming its article. Loaded in that order into an empty
// store of any kind, they build the same graph, every spelling of every
// node included. fn gets the facts a part of the log at a time (about a
// megabyte), not one call per loaded batch; it may keep them.
//
// It reads the log only, in a read-only transaction, and not the graph:
// it needs little memory and no time to open the store, whatever the
// graph's size. ECONFLICT when another process holds the store.
func ReadFacts(ctx context.Context, dir string, fn func(facts []graph.Fact) error) error {
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return graph.Errorf(graph.ENOTFOUND, "data directory %s holds no castgraph store (%s)", dir, FileName)
		}
		return fmt.Errorf("embedded: %w", err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return graph.Errorf(graph.ECONFLICT, "data directory %s is in use by another castgraph process", dir)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch), errors.Is(err, bolterrors.ErrChecksum):
		return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: %v", path, err)
	case err != nil:
		return fmt.Errorf("embedded: open store file %s: %w", path, err)
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		meta, log := tx.Bucket(bucketMeta), tx.Bucket(bucketLog)
		if meta == nil || log == nil {
			return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: missing buckets", path)
		}
		if v := meta.Get(keyFormat); string(v) != formatVersion {
			return graph.Errorf(graph.EINVALID, "store file %s has format version %q, want %q", path, v, formatVersion)
		}
		c := log.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			gen, err := logGen(k)
			if err != nil {
				return graph.Errorf(graph.EINVALID, "store file %s: %v", path, err)
			}
			// Copy out of the file's memory map: fn may keep the strings.
			facts, err := decodeFacts(nil, bytes.Clone(v))
			if err != nil {
				return graph.Errorf(graph.EINVALID, "store file %s: log generation %d: %v", path, gen, err)
			}
			if err := fn(facts); err != nil {
				return err
			}
		}
		return nil
	})
}
