package dataset

import (
	"context"
	"fmt"
	"os"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// IMDbSource opens IMDb's files in dir (OpenIMDb), logging each pass, and
// returns a function that emits their facts in batches (Read) and logs what
// it read, and the number of facts it emits at most. Errors of the files
// name dir ("--imdb DIR: title.principals.tsv.gz: row 3: ..."); emit's are
// returned as they are.
func IMDbSource(ctx context.Context, dir string, log zerolog.Logger) (func(emit func(graph.Batch) error) error, int, error) {
	m, err := OpenIMDb(ctx, os.DirFS(dir), IMDbConfig{Progress: func(file string, rows int) {
		log.Info().Str("file", file).Int("rows", rows).Msg("read")
	}})
	if err != nil {
		return nil, 0, fmt.Errorf("--imdb %s: %w", dir, err)
	}
	return func(emit func(graph.Batch) error) error {
		var emitErr error
		sum, err := m.Read(ctx, func(b graph.Batch) error {
			emitErr = emit(b)
			return emitErr
		})
		if err != nil && err != emitErr {
			return fmt.Errorf("--imdb %s: %w", dir, err)
		}
		log.Info().Int("titles", sum.Titles).Int("episodes", sum.Episodes).Int("people", sum.People).
			Int("rows", sum.Rows).Int("facts", sum.Facts).Int("folded", sum.Folded).Int("skipped", sum.Skipped).
			Msg("read IMDb")
		return err
	}, m.Facts(), nil
}

// Batches returns a function that emits batches in order, as IMDbSource's
// does, and the number of facts they hold, so that the datasets read
// whole and IMDb's streamed are written and loaded alike.
func Batches(batches []graph.Batch) (func(emit func(graph.Batch) error) error, int) {
	n := 0
	for _, b := range batches {
		n += len(b.Facts)
	}
	return func(emit func(graph.Batch) error) error {
		for _, b := range batches {
			if err := emit(b); err != nil {
				return err
			}
		}
		return nil
	}, n
}

// EachFact calls fn with each fact of b, in order, up to its first error.
func EachFact(b graph.Batch, fn func(graph.Fact) error) error {
	for _, f := range b.Facts {
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}
