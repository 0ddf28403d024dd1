package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/castgraph/castgraph/graph"
)

// FileName is the name of the store's file inside the data directory.
const FileName = "castgraph.db"

// formatVersion is written to the meta bucket; Open refuses other versions.
const formatVersion = "1"

var (
	bucketMeta    = []byte("meta")
	bucketNodes   = []byte("nodes")
	bucketCredits = []byte("credits")
	bucketsAll    = [][]byte{bucketMeta, bucketNodes, bucketCredits}
)

// Config says where the store lives and how it opens. The zero value of
// every field but Dir is a usable default.
type Config struct {
	// Dir is the data directory. Required.
	Dir string
	// Create makes Dir when it does not exist. Default false: a missing
	// directory is an error, so a mistyped path is not served as an empty graph.
	Create bool
	// LockTimeout is how long Open waits for another process that holds the
	// store. Default 1s.
	LockTimeout time.Duration
	// ReadOnly opens the file without write access; Load then fails.
	// Default false.
	ReadOnly bool
}

// Store is the embedded graph.Store. Create it with New, then call Open.
type Store struct {
	cfg Config
	log zerolog.Logger

	loadMu sync.Mutex // one Load at a time
	mu     sync.RWMutex
	db     *bolt.DB
	g      *memGraph
	closed bool
}

var _ graph.Store = (*Store)(nil)

// New returns a store for cfg; it does no I/O until Open.
func New(cfg Config, log zerolog.Logger) *Store {
	if cfg.LockTimeout == 0 {
		cfg.LockTimeout = time.Second
	}
	return &Store{cfg: cfg, log: log.With().Str("store", "embedded").Logger()}
}

// Open opens (or creates) the store file in the data directory and reads the
// graph into memory. Its errors name the directory and say what is wrong.
func (s *Store) Open(ctx context.Context) error {
	dir := s.cfg.Dir
	if dir == "" {
		return graph.Errorf(graph.EINVALID, "embedded: no data directory given")
	}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist) && s.cfg.Create:
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("embedded: create data directory %s: %w", dir, err)
		}
	case errors.Is(err, os.ErrNotExist):
		return graph.Errorf(graph.ENOTFOUND, "data directory %s does not exist", dir)
	case err != nil:
		return fmt.Errorf("data directory %s: %w", dir, err)
	case !fi.IsDir():
		return graph.Errorf(graph.EINVALID, "data directory %s is not a directory", dir)
	}
	path := filepath.Join(dir, FileName)
	start := time.Now()
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: s.cfg.LockTimeout, ReadOnly: s.cfg.ReadOnly})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return graph.Errorf(graph.ECONFLICT, "data directory %s is in use by another castgraph process", dir)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch), errors.Is(err, bolterrors.ErrChecksum):
		return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: %v", path, err)
	case errors.Is(err, os.ErrPermission):
		return graph.Errorf(graph.EINVALID, "store file %s: permission denied", path)
	case err != nil:
		return fmt.Errorf("embedded: open store file %s: %w", path, err)
	}
	g, err := readGraph(db, s.cfg.ReadOnly)
	if err != nil {
		db.Close()
		return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: %v", path, err)
	}
	s.mu.Lock()
	s.db, s.g = db, g
	s.mu.Unlock()
	s.log.Debug().Str("dir", dir).Int("nodes", len(g.nodes)).Int("credits", len(g.credits)).
		Dur("took", time.Since(start)).Msg("store opened")
	return nil
}

// Close closes the store file. It is safe to call more than once.
func (s *Store) Close() error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.db == nil {
		s.closed = true
		return nil
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("embedded: close %s: %w", s.cfg.Dir, err)
	}
	return nil
}

// Ping reports whether the store is open and readable.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx)
	return err
}

// read returns the current in-memory graph for a reader.
func (s *Store) read(ctx context.Context) (*memGraph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.closed || s.g == nil {
		return nil, graph.Errorf(graph.EUNAVAIL, "embedded store is not open")
	}
	return s.g, nil
}

// readGraph loads every record of the file into a memGraph, creating the
// buckets of a new file.
func readGraph(db *bolt.DB, readOnly bool) (*memGraph, error) {
	g := newMemGraph()
	if !readOnly {
		err := db.Update(func(tx *bolt.Tx) error {
			for _, b := range bucketsAll {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			meta := tx.Bucket(bucketMeta)
			switch v := meta.Get([]byte("format")); {
			case v == nil:
				return meta.Put([]byte("format"), []byte(formatVersion))
			case string(v) != formatVersion:
				return fmt.Errorf("format version %q, want %q", v, formatVersion)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err := db.View(func(tx *bolt.Tx) error {
		nodes, credits := tx.Bucket(bucketNodes), tx.Bucket(bucketCredits)
		if nodes == nil || credits == nil {
			return errors.New("missing buckets")
		}
		if err := nodes.ForEach(func(k, v []byte) error {
			var n node
			if err := json.Unmarshal(v, &n); err != nil {
				return fmt.Errorf("node %q: %w", k, err)
			}
			g.putNode(&n)
			return nil
		}); err != nil {
			return err
		}
		return credits.ForEach(func(k, v []byte) error {
			var c credit
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("credit %q: %w", k, err)
			}
			if g.nodes[c.Person] == nil || g.nodes[c.Show] == nil {
				return fmt.Errorf("credit %q names a missing node", k)
			}
			g.putCredit(&c)
			return nil
		})
	})
	return g, err
}
