package storeopen

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// copyBatch is how many facts one transaction of a copy carries.
const copyBatch = 5000

// Copy copies the whole graph of the store from, evidence included, into
// the store to (a missing data directory is made), in transactions of
// 5,000 facts (graph.Copy). It returns what the copy loaded and what the
// store to then holds.
func Copy(ctx context.Context, from, to Config, log zerolog.Logger) (graph.LoadSummary, graph.Stats, error) {
	src, err := from.Open(ctx, log, false)
	if err != nil {
		return graph.LoadSummary{}, graph.Stats{}, fmt.Errorf("open --from %s: %w", from.Where(), err)
	}
	defer src.Close()
	dst, err := to.Open(ctx, log, true)
	if err != nil {
		return graph.LoadSummary{}, graph.Stats{}, fmt.Errorf("open --to %s: %w", to.Where(), err)
	}
	defer dst.Close()
	total, err := graph.Copy(ctx, src, dst, copyBatch, to.Where())
	if err != nil {
		return total, graph.Stats{}, err
	}
	st, err := dst.Stats(ctx)
	return total, st, err
}
