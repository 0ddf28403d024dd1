// Package bench loads one graph (generated, or real datasets) into each kind
// of store and times the same query mix against each: load facts/s, open
// time, linkingActors and shortestPath p50/p99, GraphQL requests/s over
// HTTP with the CPU time a request costs this process, memory and data
// size. Run prints one Markdown table, a column per store and, with two
// stores, their ratio.
//
// It knows no store by name: the caller gives each Kind (how to open it,
// where its memory and data are). It loads through loader.Pipeline, reads
// /proc for memory and load average, and times GraphQL through the handler
// the caller gives.
package bench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
)

// Config is what Run measures. Every field must be set unless it says
// otherwise.
type Config struct {
	// Credits, People, Shows and Seed size the generated graph (gen.Config);
	// People and Shows may be 0 for gen's default shape.
	Credits, People, Shows int
	Seed                   uint64 // also seeds the query mix
	// Datasets, when set, are imported from DatasetDir instead of
	// generating ("all" for every one).
	Datasets   []string
	DatasetDir string
	Queries    int           // queries of each kind to time
	MaxHops    int           // maxHops of the shortestPath queries
	HTTPFor    time.Duration // how long to send GraphQL requests for
	// Command is the command line, shown above the table.
	Command string
	// Handler serves GraphQL for a store, for the requests/s figure.
	Handler func(s graph.Store) (http.Handler, error)
	// Progress, when set, shows how a load goes: Add after each batch,
	// Finish at its end. Default: none.
	Progress func(total int, what string) Progress
}

// Progress is told how a load goes.
type Progress interface {
	Add(facts int, source string)
	Finish() time.Duration
}

// Kind is one kind of store to measure: one column of the table. The first
// kind also picks the queries that every kind then runs.
type Kind struct {
	Name  string // the column's head
	Batch int    // facts per load transaction
	// Open opens the store; with empty, a new, empty one (an existing
	// database is emptied).
	Open func(ctx context.Context, empty bool) (graph.Store, error)
	// InProcess says the store runs in this process: closing it after the
	// load (writing its snapshot) counts in the load time, and the CPU time
	// of the querying thread is the query's own.
	InProcess bool
	// Memory returns the store's resident and peak memory in bytes, -1 when
	// unknown. Default: unknown.
	Memory func() (rss, hwm int64)
	// DataBytes returns the size of its data, -1 when unknown. Default:
	// unknown.
	DataBytes func() int64
}

// Plain is a store that can also run the plainest hand-written form of the
// two queries (the Neo4j store's Cypher), so that the table shows what the
// store adds over its database. Each returns the rows or path length it
// found, -1 for no path.
type Plain interface {
	PlainLinkingActors(ctx context.Context, showA, showB string) (int, error)
	PlainShortestPath(ctx context.Context, from, to string, maxHops int) (int, error)
}

// Run loads the graph into each kind of store in turn, times the queries
// and writes the table to out.
func Run(ctx context.Context, out io.Writer, c Config, kinds []Kind, log zerolog.Logger) error {
	var src *source
	var err error
	if len(c.Datasets) > 0 {
		src, err = datasetSource(c)
	} else {
		src, err = genSource(c)
	}
	if err != nil {
		return err
	}
	log.Info().Str("source", src.desc).Msg("bench")

	// Candidate endpoints, drawn before the load so the source can go.
	r := rand.New(rand.NewPCG(c.Seed, 0x62656e6368))
	var people, castOf []string
	for range 40 * c.Queries {
		p, _, cast := src.credit(r)
		people = append(people, p)
		if cast {
			castOf = append(castOf, p)
		}
	}
	var q queries
	var results []*result
	for i, k := range kinds {
		res, err := runKind(ctx, c, k, src, &q, func(s graph.Store) error {
			if i > 0 {
				return nil
			}
			q, err = pickQueries(ctx, s, c, r, people, castOf)
			return err
		})
		if err != nil {
			if i > 0 {
				return fmt.Errorf("%s: %w", k.Name, err)
			}
			return err
		}
		results = append(results, res)
	}
	printBench(out, c, src, q, results)
	return nil
}

// runKind loads src into a new store of kind k, reopens it, lets pick see
// it, and times the queries q against it.
func runKind(ctx context.Context, c Config, k Kind, src *source, q *queries, pick func(graph.Store) error) (*result, error) {
	res := &result{store: k.Name, inProcess: k.InProcess, facts: src.total, rss: -1, hwm: -1, dirBytes: -1}
	res.loadAvg[0] = loadAvg()
	defer func() { res.loadAvg[1] = loadAvg() }()
	s, err := k.Open(ctx, true)
	if err != nil {
		return nil, err
	}
	if res.load, err = loadAll(ctx, c, s, src, k.Batch, "loading "+k.Name); err != nil {
		s.Close()
		return nil, err
	}
	start := time.Now()
	if err := s.Close(); err != nil {
		return nil, err
	}
	if k.InProcess { // closing wrote the snapshot: part of the load
		res.load += time.Since(start)
		runtime.GC()
		debug.FreeOSMemory()
	}

	start = time.Now()
	if s, err = k.Open(ctx, false); err != nil {
		return nil, err
	}
	defer s.Close()
	res.open = time.Since(start)
	if res.stats, err = s.Stats(ctx); err != nil {
		return nil, err
	}
	if err := pick(s); err != nil {
		return nil, err
	}
	if err := timeQueries(ctx, s, c, *q, res); err != nil {
		return nil, err
	}
	if err := timeHTTP(ctx, s, c, *q, res); err != nil {
		return nil, err
	}
	if k.InProcess {
		runtime.GC()
		debug.FreeOSMemory()
	}
	if k.Memory != nil {
		res.rss, res.hwm = k.Memory()
	}
	if k.DataBytes != nil {
		res.dirBytes = k.DataBytes()
	}
	return res, nil
}

// loadAll loads every batch of src into s, with progress, and returns the
// time the loads took (making the facts, for a generated graph, not
// counted). When s is a graph.Preparer, each batch is made and prepared
// while the one before it loads, as castgraph load does with its files,
// and the time is that from the start of the first load to the end of the
// last.
func loadAll(ctx context.Context, c Config, s graph.Store, src *source, size int, what string) (time.Duration, error) {
	var p Progress = noProgress{}
	if c.Progress != nil {
		p = c.Progress(src.total, what)
	}
	defer p.Finish()
	_, pipelined := s.(graph.Preparer)
	var first, last time.Time
	var took time.Duration
	err := loader.Pipeline(ctx, s, false, func(emit func(graph.Batch) error) error {
		return src.batches(size, emit)
	}, func(l loader.Loaded) error {
		if first.IsZero() {
			first = l.Start
		}
		last = l.End
		took += l.End.Sub(l.Start)
		p.Add(l.Facts, l.Source)
		return nil
	})
	if err != nil {
		return 0, err
	}
	if pipelined {
		return last.Sub(first), nil
	}
	return took, nil
}

type noProgress struct{}

func (noProgress) Add(int, string)       {}
func (noProgress) Finish() time.Duration { return 0 }
