// Package loader loads facts files (the JSON Lines form of the facts
// contract, read by package jsonl) into a graph.Store, one file per
// transaction.
//
// A bad line stops its file's load with an error naming the file, the line
// and what is wrong, before the store sees any of that file. It does not own
// parsing (package jsonl does), storage (graph.Store does) or extraction
// from articles (package extract does).
package loader

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

// Config sets up a Loader. Zero values are defaults.
type Config struct {
	// Progress, when set, is told about each file as it is loaded; the CLI
	// uses it for a progress bar. Default: none.
	Progress func(file string, done, total int)
}

// Loader loads facts files into a store.
type Loader struct {
	store graph.Store
	cfg   Config
	log   zerolog.Logger
}

// New returns a Loader that loads into store.
func New(store graph.Store, cfg Config, log zerolog.Logger) *Loader {
	return &Loader{store: store, cfg: cfg, log: log}
}

// FileSummary is what loading one file did.
type FileSummary struct {
	File string
	graph.LoadSummary
	Took time.Duration
}

// Total adds up the summaries of files.
func Total(sums []FileSummary) (total FileSummary) {
	for _, s := range sums {
		total.Add(s.LoadSummary)
	}
	return total
}

// LoadFiles loads each path ("-" is standard input) as one transaction, in
// order. It stops at the first file that fails: the files before it stay
// loaded, that file and those after it are not. It returns the summaries of
// the files loaded. When the store is a graph.Preparer, the next file is
// read, parsed and prepared while one loads, so that the store does not
// wait for it (Pipeline).
func (l *Loader) LoadFiles(ctx context.Context, paths []string, stdin io.Reader) ([]FileSummary, error) {
	var out []FileSummary
	produce := func(emit func(graph.Batch) error) error {
		for _, p := range paths {
			facts, err := jsonl.ReadFile(p, stdin)
			if err != nil {
				return err
			}
			if err := emit(graph.Batch{Source: p, Facts: facts}); err != nil {
				return err
			}
		}
		return nil
	}
	err := Pipeline(ctx, l.store, true, produce, func(ld Loaded) error {
		out = append(out, l.logged(FileSummary{File: ld.Source, LoadSummary: ld.LoadSummary, Took: ld.Made + ld.End.Sub(ld.Start)}))
		if l.cfg.Progress != nil {
			l.cfg.Progress(ld.Source, len(out), len(paths))
		}
		return nil
	})
	return out, err
}

// LoadFile loads one facts file in one transaction.
func (l *Loader) LoadFile(ctx context.Context, path string) (FileSummary, error) {
	start := time.Now()
	facts, err := jsonl.ReadFile(path, nil)
	if err != nil {
		return FileSummary{}, err
	}
	return l.LoadFacts(ctx, path, facts, start)
}

// LoadReader loads the facts read from r, called name, in one transaction.
func (l *Loader) LoadReader(ctx context.Context, r io.Reader, name string) (FileSummary, error) {
	start := time.Now()
	facts, err := jsonl.Read(r, name)
	if err != nil {
		return FileSummary{}, err
	}
	return l.LoadFacts(ctx, name, facts, start)
}

// LoadFacts loads already-parsed facts from source in one transaction.
func (l *Loader) LoadFacts(ctx context.Context, source string, facts []graph.Fact, start time.Time) (FileSummary, error) {
	sum, err := l.store.Load(ctx, graph.Batch{Source: source, Facts: facts})
	return l.loaded(source, sum, err, start)
}

// loaded reports the load of source, begun at start.
func (l *Loader) loaded(source string, sum graph.LoadSummary, err error, start time.Time) (FileSummary, error) {
	if err != nil {
		return FileSummary{}, fmt.Errorf("load %s: %w", source, err)
	}
	return l.logged(FileSummary{File: source, LoadSummary: sum, Took: time.Since(start)}), nil
}

// logged logs the load fs and returns it.
func (l *Loader) logged(fs FileSummary) FileSummary {
	sum, source := fs.LoadSummary, fs.File
	l.log.Info().Str("file", source).Int("facts", sum.Facts).
		Int("credits_added", sum.CreditsAdded).Int("credits_existing", sum.CreditsExisting).
		Int("evidence_added", sum.EvidenceAdded).Int("people_added", sum.PeopleAdded).
		Int("shows_added", sum.ShowsAdded).Dur("took_ms", fs.Took).Msg("loaded")
	return fs
}
