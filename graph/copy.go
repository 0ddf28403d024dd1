package graph

import (
	"context"
	"fmt"
)

// InBatches gathers facts into batches of up to size facts, each with
// source as its Source, and hands each full one to fn: add takes one fact,
// flush hands over what is left, if anything. fn owns each batch.
func InBatches(size int, source string, fn func(Batch) error) (add func(Fact) error, flush func() error) {
	batch := make([]Fact, 0, size)
	flush = func() error {
		if len(batch) == 0 {
			return nil
		}
		err := fn(Batch{Source: source, Facts: batch})
		batch = make([]Fact, 0, size)
		return err
	}
	add = func(f Fact) error {
		batch = append(batch, f)
		if len(batch) < size {
			return nil
		}
		return flush()
	}
	return add, flush
}

// ExportBatches is Export in batches of up to size facts, each with source
// as its Source (InBatches).
func ExportBatches(ctx context.Context, s Store, size int, source string, fn func(Batch) error) error {
	add, flush := InBatches(size, source, fn)
	if err := Export(ctx, s, add); err != nil {
		return err
	}
	return flush()
}

// Copy loads the graph of src into dst, evidence included, in transactions
// of up to size facts named name, and sums up what the loads did. Copying
// is idempotent: after a failure, copy again. src must be a Lister, as for
// Export.
func Copy(ctx context.Context, src, dst Store, size int, name string) (LoadSummary, error) {
	var total LoadSummary
	err := ExportBatches(ctx, src, size, name, func(b Batch) error {
		sum, err := dst.Load(ctx, b)
		if err != nil {
			return fmt.Errorf("copy into %s: %w", name, err)
		}
		total.Add(sum)
		return nil
	})
	return total, err
}
