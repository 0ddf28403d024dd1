package embedded

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/castgraph/castgraph/graph"
)

// FileName is the name of the store's file inside the data directory.
const FileName = "castgraph.db"

// formatVersion is written to the meta bucket; Open refuses other versions.
const formatVersion = "2"

// checkpointFacts is how many logged facts a load lets pile up after the
// last snapshot before it writes a new one (Close always writes one).
const checkpointFacts = 8_000_000

var (
	bucketMeta = []byte("meta")
	bucketLog  = []byte("log")
	bucketsAll = [][]byte{bucketMeta, bucketLog}

	keyFormat = []byte("format")
	keyID     = []byte("id")
	keyGen    = []byte("gen")
	// keyFloor holds the generation of the last retraction, which rewrote
	// the log: a snapshot of an earlier generation holds what it took away.
	keyFloor = []byte("floor")
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

	// Under loadMu: the store's id, the generation of the last batch
	// committed, the generation the snapshot holds and the facts logged since.
	id        [16]byte
	gen       uint64
	floor     uint64 // no snapshot older than this generation is used (keyFloor)
	snapGen   uint64
	unsnapped int
	snapNoAdj bool // the snapshot has no adjacency: Close writes one that has

	// Under loadMu: the working memory of the last load, kept for the next
	// (see loadScratch), when it was last used, and the timer that drops it.
	scratch     *loadScratch
	scratchUsed time.Time
	scratchDrop *time.Timer
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
// graph into memory: the snapshot, then the batches logged after it (all of
// the log when there is no usable snapshot). Its errors name the directory
// and say what is wrong.
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
	// The free list is written at each commit (it is short: the log only
	// grows), so that opening never walks the whole file to rebuild it:
	// that walk read every page of the log into memory. A file written
	// without one gets it at its first open for writing.
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: s.cfg.LockTimeout, ReadOnly: s.cfg.ReadOnly,
		FreelistType: bolt.FreelistMapType, InitialMmapSize: 1 << 30})
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
	if err := s.readMeta(db); err != nil {
		db.Close()
		return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: %v", path, err)
	}
	g, snapGen, err := readSnapshot(dir, s.id, s.gen)
	if err != nil {
		s.log.Warn().Err(err).Str("dir", dir).Msg("snapshot not used; replaying the whole log")
		g, snapGen = nil, 0
	}
	if g != nil && snapGen < s.floor {
		s.log.Info().Str("dir", dir).Uint64("snapshot_generation", snapGen).Uint64("retracted_at", s.floor).
			Msg("snapshot older than the last retraction not used; replaying the whole log")
		g, snapGen = nil, 0
	}
	if g == nil {
		g = newMemGraph()
	}
	replayed, err := replay(ctx, db, g, snapGen)
	if err != nil {
		db.Close()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return graph.Errorf(graph.EINVALID, "store file %s is corrupt or not a castgraph store: %v", path, err)
	}
	read := time.Since(start)
	noAdj := snapGen > 0 && g.adj == nil // a snapshot written mid-load
	g.adjacency()                        // now, not on the first query
	s.mu.Lock()
	s.db, s.g = db, g
	s.snapGen, s.unsnapped, s.snapNoAdj = snapGen, replayed, noAdj
	s.mu.Unlock()
	s.log.Debug().Str("dir", dir).Int("nodes", g.nodes()).Int("credits", len(g.credits)).
		Uint64("snapshot_generation", snapGen).Int("facts_replayed", replayed).
		Dur("read", read).Dur("took_ms", time.Since(start)).Msg("store opened")
	return nil
}

// Close writes a snapshot when batches were loaded since the last one, then
// closes the store file. It is safe to call more than once.
func (s *Store) Close() error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	if s.scratchDrop != nil {
		s.scratchDrop.Stop()
	}
	s.scratch = nil
	if !s.closed && s.db != nil && !s.cfg.ReadOnly && (s.gen > s.snapGen || s.unsnapped > 0 || s.snapNoAdj) {
		// The loader's lookups and working memory are not needed any more:
		// let them go, and give their pages back to the operating system,
		// before the snapshot builds the adjacency.
		if s.g.lk != nil {
			s.g.lk = nil
			debug.FreeOSMemory()
		}
		s.checkpoint(true)
	}
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

// checkpoint writes a snapshot of the graph at the current generation,
// with its adjacency or not (see writeSnapshot). A failure is logged, not
// returned: the log still holds every batch. The caller holds loadMu, so
// the graph does not change meanwhile.
func (s *Store) checkpoint(withAdj bool) {
	start := time.Now()
	if err := writeSnapshot(s.cfg.Dir, s.id, s.gen, s.g, withAdj); err != nil {
		s.log.Warn().Err(err).Str("dir", s.cfg.Dir).Msg("snapshot not written; the next open replays the log")
		return
	}
	s.snapGen, s.unsnapped, s.snapNoAdj = s.gen, 0, !withAdj
	s.log.Debug().Uint64("generation", s.gen).Dur("took_ms", time.Since(start)).Msg("snapshot written")
}

// logWrite writes a batch to the log in a bbolt transaction on its own
// goroutine, while the batch is merged. It commits the transaction as soon
// as the merge cannot fail any more (see preparedBatch.commitsEarly), or
// else waits for the merge's verdict to commit it or roll it back.
type logWrite struct {
	state   atomic.Int32 // logOpen, then whichever of the other two comes first
	verdict chan bool
	done    chan error
}

const (
	logOpen       int32 = iota // not decided
	logCommitting              // the writer commits: the merge may no longer stop
	logAborted                 // the loader drops the batch: the writer rolls it back
)

func (s *Store) startLogWrite(ctx context.Context, g *memGraph, p *preparedBatch, sc *loadScratch) *logWrite {
	w := &logWrite{verdict: make(chan bool, 1), done: make(chan error, 1)}
	gen := s.gen + 1
	go func() {
		tx, err := s.db.Begin(true)
		if err == nil {
			err = putBatch(ctx, tx, gen, p, sc)
		}
		early := err == nil && ctx.Err() == nil && p.commitsEarly(g) && w.state.CompareAndSwap(logOpen, logCommitting)
		if !early {
			if ok := <-w.verdict; !ok || err != nil {
				if tx != nil {
					tx.Rollback()
				}
				w.done <- err
				return
			}
			if err := ctx.Err(); err != nil {
				tx.Rollback()
				w.done <- err
				return
			}
		}
		w.done <- tx.Commit()
	}()
	return w
}

// canceled returns ctx's error while the batch may still be dropped for it,
// and from then on drops it; once the writer has begun committing, it
// returns nil and the merge goes on to the end.
func (w *logWrite) canceled(ctx context.Context) error {
	err := ctx.Err()
	if err != nil && (w.state.CompareAndSwap(logOpen, logAborted) || w.state.Load() == logAborted) {
		return err
	}
	return nil
}

// putBatch encodes the batch's chunks as they are prepared, in sc's
// buffers, and puts them in the log.
func putBatch(ctx context.Context, tx *bolt.Tx, gen uint64, p *preparedBatch, sc *loadScratch) error {
	lb := tx.Bucket(bucketLog)
	lb.FillPercent = 1 // keys only ever grow
	var buf []byte
	n := uint32(0)
	put := func() error {
		sc.logUsed = append(sc.logUsed, buf) // bbolt keeps it until the transaction ends
		if err := lb.Put(logKey(gen, n), buf); err != nil {
			return fmt.Errorf("write log: %w", err)
		}
		n++
		buf = nil
		return ctx.Err()
	}
	k := 0
	defer func() { p.releaseFrom(k) }() // the chunks left unwritten
	for ; k < p.chunks(); k++ {
		if err := p.wait(k); err != nil {
			return err
		}
		if buf == nil {
			buf = sc.logBuf()
		}
		buf = encodeFacts(buf, p.chunk(k))
		p.release(k)
		if len(buf) >= logChunkBytes {
			if err := put(); err != nil {
				k++ // released
				return err
			}
		}
	}
	if len(buf) > 0 {
		if err := put(); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keyGen, binary.BigEndian.AppendUint64(nil, gen))
}

// abort drops the write. It drops nothing and reports false when the
// writer has already begun committing.
func (w *logWrite) abort() bool {
	if !w.state.CompareAndSwap(logOpen, logAborted) && w.state.Load() != logAborted {
		return false
	}
	w.verdict <- false
	<-w.done
	return true
}

// commit makes the batch durable, then calls apply to change memory while
// readers wait.
func (s *Store) commit(w *logWrite, n int, apply func()) error {
	start := time.Now()
	w.verdict <- true
	if err := <-w.done; err != nil {
		return err
	}
	written := time.Now()
	s.mu.Lock()
	apply()
	s.mu.Unlock()
	s.log.Debug().Dur("write_ms", written.Sub(start)).Dur("apply_ms", time.Since(written)).Msg("batch committed")
	s.gen++
	s.unsnapped += n
	if s.unsnapped >= checkpointFacts {
		s.checkpoint(false)
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

// readMeta creates the buckets of a new file and reads the store's id and
// generation.
func (s *Store) readMeta(db *bolt.DB) error {
	if !s.cfg.ReadOnly {
		err := db.Update(func(tx *bolt.Tx) error {
			for _, b := range bucketsAll {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			meta := tx.Bucket(bucketMeta)
			switch v := meta.Get(keyFormat); {
			case v == nil:
				if err := meta.Put(keyFormat, []byte(formatVersion)); err != nil {
					return err
				}
			case string(v) != formatVersion:
				return fmt.Errorf("format version %q, want %q", v, formatVersion)
			}
			if meta.Get(keyID) == nil {
				var id [16]byte
				rand.Read(id[:])
				return meta.Put(keyID, id[:])
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || tx.Bucket(bucketLog) == nil {
			return errors.New("missing buckets")
		}
		if v := meta.Get(keyFormat); string(v) != formatVersion {
			return fmt.Errorf("format version %q, want %q", v, formatVersion)
		}
		id := meta.Get(keyID)
		if len(id) != len(s.id) {
			return errors.New("missing store id")
		}
		copy(s.id[:], id)
		if v := meta.Get(keyGen); v != nil {
			if len(v) != 8 {
				return errors.New("bad generation")
			}
			s.gen = binary.BigEndian.Uint64(v)
		}
		if v := meta.Get(keyFloor); v != nil {
			if len(v) != 8 {
				return errors.New("bad retraction generation")
			}
			s.floor = binary.BigEndian.Uint64(v)
		}
		return nil
	})
}

// replay applies the logged batches after generation from to g, one delta
// per batch as they were loaded, and returns how many facts it replayed.
func replay(ctx context.Context, db *bolt.DB, g *memGraph, from uint64) (int, error) {
	n := 0
	err := db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = replayTx(ctx, tx, g, from)
		return err
	})
	return n, err
}

// replayTx is replay in a transaction of the caller's: a retraction
// replays the log it has rewritten before it commits.
func replayTx(ctx context.Context, tx *bolt.Tx, g *memGraph, from uint64) (int, error) {
	n := 0
	err := func() error {
		c := tx.Bucket(bucketLog).Cursor()
		var (
			facts []graph.Fact
			cur   uint64
			sc    loadScratch
		)
		flush := func() error {
			if len(facts) == 0 {
				return nil
			}
			b := graph.Batch{Facts: facts}  // no source: every logged fact names its article
			p := prepare(ctx, g, b, &sc, 2) // released by the node stage and the merge
			d, err := buildDelta(g, p, &sc, ctx.Err)
			if err != nil {
				p.waitAll()
				return err
			}
			d.apply()
			sc.reset(d)
			n += len(facts)
			facts = nil
			return nil
		}
		for k, v := c.Seek(logKey(from+1, 0)); k != nil; k, v = c.Next() {
			gen, err := logGen(k)
			if err != nil {
				return err
			}
			if gen != cur {
				if err := flush(); err != nil {
					return err
				}
				cur = gen
			}
			// Copy out of the file's memory map: the strings outlive the transaction.
			if facts, err = decodeFacts(facts, bytes.Clone(v)); err != nil {
				return fmt.Errorf("log generation %d: %w", gen, err)
			}
		}
		return flush()
	}()
	return n, err
}
