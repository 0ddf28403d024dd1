package storeopen

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/neo4j"
)

// importBatch is how many facts one Add of a Neo4j import export carries.
const importBatch = 8192

// Neo4jImport says what WriteNeo4jImport reads and where it writes.
type Neo4jImport struct {
	Out   string    // the directory to write the import files into
	Facts []string  // facts files to read, in order ("-" is Stdin); none: Store
	Stdin io.Reader // standard input, for "-"
	Store Config    // the store to read when there are no facts files
}

// Neo4jImportSummary is what WriteNeo4jImport wrote.
type Neo4jImportSummary struct {
	neo4j.BulkSummary
	From string        // what the facts came from, for messages
	Took time.Duration // how long the whole export took
}

// WriteNeo4jImport writes the node and relationship files of Neo4j's bulk
// importer (neo4j.BulkWriter) from the facts files or, without any, from
// the store: the embedded store's log, in the order it was loaded, without
// opening the store, or else the store's Export. Reading runs ahead of
// writing. It logs the export's figures.
func WriteNeo4jImport(ctx context.Context, x Neo4jImport, log zerolog.Logger) (Neo4jImportSummary, error) {
	start := time.Now()
	res := Neo4jImportSummary{From: x.Store.Where()}
	if len(x.Facts) == 1 {
		res.From = x.Facts[0]
	} else if len(x.Facts) > 1 {
		res.From = fmt.Sprintf("%d facts files", len(x.Facts))
	} else if x.Store.Kind == "embedded" && x.Store.DataDir == "" {
		return res, graph.Errorf(graph.EINVALID, "nothing to export: give --data DIR or --facts FILE")
	}
	bw, err := neo4j.NewBulkWriter(neo4j.BulkConfig{Dir: x.Out}, log)
	if err != nil {
		return res, err
	}
	err = loader.Ahead(ctx, func(emit func(graph.Batch) error) error {
		return x.read(ctx, log, emit)
	}, bw.Add)
	if err != nil {
		bw.Abort()
		return res, fmt.Errorf("export: %w", err)
	}
	if res.BulkSummary, err = bw.Close(); err != nil {
		return res, fmt.Errorf("export: %w", err)
	}
	res.Took = time.Since(start)
	sum := res.BulkSummary
	log.Info().Int("facts", sum.Facts).Int("nodes", sum.Nodes()).Int("relationships", sum.Relationships()).
		Int64("bytes", sum.Bytes).Dur("took_ms", res.Took).Float64("facts_per_s", float64(sum.Facts)/res.Took.Seconds()).Msg("exported")
	return res, nil
}

// read emits the facts to export in batches, in order: from the facts
// files, or else from the store.
func (x Neo4jImport) read(ctx context.Context, log zerolog.Logger, emit func(graph.Batch) error) error {
	if len(x.Facts) > 0 {
		for _, path := range x.Facts {
			if err := jsonl.ScanBatches(ctx, path, x.Stdin, importBatch, emit); err != nil {
				return err
			}
		}
		return nil
	}
	if x.Store.Kind == "embedded" {
		// The log, in the order it was loaded: no need to open the store.
		return embedded.ReadFacts(ctx, x.Store.DataDir, func(facts []graph.Fact) error {
			return emit(graph.Batch{Source: x.Store.DataDir, Facts: facts})
		})
	}
	store, err := x.Store.Open(ctx, log, false)
	if err != nil {
		return err
	}
	defer store.Close()
	return graph.ExportBatches(ctx, store, importBatch, x.Store.Where(), emit)
}
