package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/internal/cliflags"
	"github.com/castgraph/castgraph/internal/storeopen"
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

func newExportCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
	var out string
	var bulk bulkExportFlags
	cmd := &cobra.Command{
		Use:   "export --data DIR [--out FILE] | export --format neo4j-import [--data DIR | --facts FILE...] --out DIR",
		Short: "Write the whole graph as facts (JSON Lines) that castgraph load rebuilds it from, or as Neo4j's import files",
		Long:  exportLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if done, err := bulk.run(cmd, g, sf, out); done {
				return err
			}
			return storeopen.ExportFacts(cmd.Context(), sf, out, cmd.OutOrStdout(), g.log)
		},
	}
	cliflags.Store(cmd, &sf)
	cmd.Flags().StringVar(&out, "out", "", "write to FILE instead of standard output; with --format neo4j-import, the directory to write into")
	bulk.register(cmd)
	return cmd
}

const (
	formatJSONL       = "jsonl"
	formatNeo4jImport = "neo4j-import"
)

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
func (b *bulkExportFlags) run(cmd *cobra.Command, g *globals, sf storeopen.Config, out string) (done bool, err error) {
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
	x := storeopen.Neo4jImport{Out: out, Facts: b.facts, Stdin: cmd.InOrStdin(), Store: sf}
	sum, err := storeopen.WriteNeo4jImport(cmd.Context(), x, g.log)
	if err != nil {
		return true, err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "wrote Neo4j import files of %d facts from %s into %s in %s: %d people, %d shows, %d characters; "+
		"%d PLAYED, %d APPEARED_IN, %d WORKED_ON, %d CREDITED; %.1f MB\nimport them into an empty, stopped database with: scripts/neo4j import %s\n",
		sum.Facts, sum.From, out, sum.Took.Round(time.Millisecond), sum.People, sum.Shows, sum.Characters,
		sum.Played, sum.AppearedIn, sum.WorkedOn, sum.Credited, float64(sum.Bytes)/1e6, out)
	return true, nil
}
