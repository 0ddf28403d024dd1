package loader

import (
	"context"
	"fmt"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// Loaded is one batch that Pipeline loaded.
type Loaded struct {
	Source string
	Facts  int // the facts of the batch
	graph.LoadSummary
	// Made is the time produce took to make the batch (since it emitted
	// the one before), its preparing included.
	Made time.Duration
	// Start and End bound the batch's load: its transaction.
	Start, End time.Time
}

// Pipeline loads into store, in order and each in its own transaction, the
// batches that produce emits, and calls loaded after each load. When store
// is a graph.Preparer, the next batch is made and prepared while one loads
// (Ahead), and produce may reuse a batch's memory once emit has returned.
// Otherwise, with ahead, the next batch is made while one loads, and
// produce must leave an emitted batch alone; without, each batch is loaded
// as it is emitted, before produce goes on. A batch that fails to prepare
// or load stops the pipeline with an error naming its source; produce's and
// loaded's errors stop it as they are.
func Pipeline(ctx context.Context, store graph.Store, ahead bool, produce func(emit func(graph.Batch) error) error, loaded func(Loaded) error) error {
	preparer, ok := store.(graph.Preparer)
	if !ok && !ahead {
		mark := time.Now()
		return produce(func(b graph.Batch) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			l := Loaded{Source: b.Source, Facts: len(b.Facts), Made: time.Since(mark), Start: time.Now()}
			var err error
			if l.LoadSummary, err = store.Load(ctx, b); err != nil {
				return fmt.Errorf("load %s: %w", b.Source, err)
			}
			l.End = time.Now()
			err = loaded(l)
			mark = time.Now()
			return err
		})
	}
	type prepared struct {
		batch    graph.Batch    // when the store is no Preparer
		prepared graph.Prepared // when it is one
		l        Loaded
	}
	made := func(emit func(prepared) error) error {
		mark := time.Now()
		return produce(func(b graph.Batch) error {
			p := prepared{batch: b}
			if ok {
				var err error
				if p.prepared, err = preparer.Prepare(b); err != nil {
					return fmt.Errorf("load %s: %w", b.Source, err)
				}
				p.batch = graph.Batch{}
			}
			p.l = Loaded{Source: b.Source, Facts: len(b.Facts), Made: time.Since(mark)}
			err := emit(p)
			mark = time.Now()
			return err
		})
	}
	return Ahead(ctx, made, func(p prepared) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.l.Start = time.Now()
		var err error
		if ok {
			p.l.LoadSummary, err = preparer.LoadPrepared(ctx, p.prepared)
		} else {
			p.l.LoadSummary, err = store.Load(ctx, p.batch)
		}
		if err != nil {
			return fmt.Errorf("load %s: %w", p.l.Source, err)
		}
		p.l.End = time.Now()
		return loaded(p.l)
	})
}

// LoadBatches loads batches into store, in order and each in its own
// transaction (Pipeline, without making one while another loads), calls
// loaded after each load, and returns their sum.
func LoadBatches(ctx context.Context, store graph.Store, batches []graph.Batch, loaded func(Loaded)) (graph.LoadSummary, error) {
	var sum graph.LoadSummary
	err := Pipeline(ctx, store, false, func(emit func(graph.Batch) error) error {
		for _, b := range batches {
			if err := emit(b); err != nil {
				return err
			}
		}
		return nil
	}, func(l Loaded) error {
		sum.Add(l.LoadSummary)
		loaded(l)
		return nil
	})
	return sum, err
}
