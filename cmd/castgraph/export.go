package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/neo4j"
)

const exportLong = `Write the whole graph of a store as facts (JSON Lines) that castgraph load
rebuilds it from: --data DIR for the embedded store, or --store neo4j.

With --format neo4j-import, write instead into the directory --out the node
and relationship CSV files of Neo4j's own bulk importer (neo4j-admin database
import full), with import.args, the importer's options: the graph the Neo4j
store would build by loading the same facts, CREDITED links and model marker
included. The facts come from the store (--data DIR: the embedded store's log,
in the order it was loaded; no other process may hold the store) or from facts files (--facts FILE,FILE..., as
castgraph load takes them, in that order; - is standard input), so that a
big first load needs no store at all. The export streams: it spills to disk
inside --out, and holds only a part of the graph in memory at a time.
Import the files into an empty, stopped database with
scripts/neo4j import DIR, then start the server: the store's first open makes
the indexes.`

const (
	formatJSONL       = "jsonl"
	formatNeo4jImport = "neo4j-import"
)

// bulkBatch is how many facts one Add of a bulk export carries.
const bulkBatch = 8192

// bulkExportFlags are export's flags for Neo4j's import files.
type bulkExportFlags struct {
	format string
	facts  []string
}

func (b *bulkExportFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&b.format, "format", formatJSONL, "what to write: jsonl (facts) or neo4j-import (the CSV files of neo4j-admin database import full)")
	fl.StringSliceVar(&b.facts, "facts", nil, "with --format neo4j-import: read these facts files (comma-separated or repeated; - is standard input) instead of a store")
}

// run runs the export when the format is not JSON Lines; done is false when
// it is, and the caller does the export.
func (b *bulkExportFlags) run(cmd *cobra.Command, g *globals, sf *storeFlags, out string) (done bool, err error) {
	switch b.format {
	case formatJSONL:
		if len(b.facts) > 0 {
			return true, usageError("--facts is for --format %s", formatNeo4jImport)
		}
		return false, nil
	case formatNeo4jImport:
	default:
		return true, usageError("--format %q: want %s or %s", b.format, formatJSONL, formatNeo4jImport)
	}
	if out == "" || out == "-" {
		return true, usageError("--format %s needs --out DIR, the directory to write the import files into", formatNeo4jImport)
	}
	if len(b.facts) > 0 && cmd.Flags().Changed("data") {
		return true, usageError("give --data or --facts, not both")
	}
	return true, b.export(cmd, g, sf, out)
}

func (b *bulkExportFlags) export(cmd *cobra.Command, g *globals, sf *storeFlags, out string) error {
	ctx := cmd.Context()
	start := time.Now()
	from := sf.where()
	if len(b.facts) == 1 {
		from = b.facts[0]
	} else if len(b.facts) > 1 {
		from = fmt.Sprintf("%d facts files", len(b.facts))
	} else if sf.kind == "embedded" && sf.dataDir == "" {
		return usageError("nothing to export: give --data DIR or --facts FILE")
	}
	bw, err := neo4j.NewBulkWriter(neo4j.BulkConfig{Dir: out}, g.log)
	if err != nil {
		return err
	}
	err = loader.Ahead(ctx, func(emit func(graph.Batch) error) error {
		return b.read(cmd, g, sf, emit)
	}, bw.Add)
	if err != nil {
		bw.Abort()
		return fmt.Errorf("export: %w", err)
	}
	sum, err := bw.Close()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	took := time.Since(start)
	g.log.Info().Int("facts", sum.Facts).Int("nodes", sum.Nodes()).Int("relationships", sum.Relationships()).
		Int64("bytes", sum.Bytes).Dur("took_ms", took).Float64("facts_per_s", float64(sum.Facts)/took.Seconds()).Msg("exported")
	fmt.Fprintf(cmd.OutOrStdout(), "wrote Neo4j import files of %d facts from %s into %s in %s: %d people, %d shows, %d characters; "+
		"%d PLAYED, %d APPEARED_IN, %d WORKED_ON, %d CREDITED; %.1f MB\nimport them into an empty, stopped database with: scripts/neo4j import %s\n",
		sum.Facts, from, out, took.Round(time.Millisecond), sum.People, sum.Shows, sum.Characters,
		sum.Played, sum.AppearedIn, sum.WorkedOn, sum.Credited, float64(sum.Bytes)/1e6, out)
	return nil
}

// read emits the facts to export in batches, in order: from the facts
// files, or else from the store.
func (b *bulkExportFlags) read(cmd *cobra.Command, g *globals, sf *storeFlags, emit func(graph.Batch) error) error {
	ctx := cmd.Context()
	if len(b.facts) > 0 {
		for _, path := range b.facts {
			if err := jsonl.ScanBatches(ctx, path, cmd.InOrStdin(), bulkBatch, emit); err != nil {
				return err
			}
		}
		return nil
	}
	if sf.kind == "embedded" {
		// The log, in the order it was loaded: no need to open the store.
		return embedded.ReadFacts(ctx, sf.dataDir, func(facts []graph.Fact) error {
			return emit(graph.Batch{Source: sf.dataDir, Facts: facts})
		})
	}
	store, err := sf.open(ctx, g, false)
	if err != nil {
		return err
	}
	defer store.Close()
	return graph.ExportBatches(ctx, store, bulkBatch, sf.where(), emit)
}
