package storeopen

import (
	"context"
	"fmt"
	"io"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

// ExportFacts writes the whole graph of the store as facts (JSON Lines,
// graph.Export) to the file path, or to stdout when path is "" or "-", and
// logs how many it wrote.
func ExportFacts(ctx context.Context, c Config, path string, stdout io.Writer, log zerolog.Logger) error {
	store, err := c.Open(ctx, log, false)
	if err != nil {
		return err
	}
	defer store.Close()
	n := 0
	err = jsonl.WriteAll(path, stdout, func(write func(graph.Fact) error) error {
		return graph.Export(ctx, store, func(f graph.Fact) error { n++; return write(f) })
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	log.Info().Int("facts", n).Msg("exported")
	return nil
}
