package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/neo4j"
)

// copyBatch is how many facts one transaction of a copy carries.
const copyBatch = 5000

// storeAt reads a location: a Neo4j URI, or else an embedded data directory.
func storeAt(loc string) storeFlags {
	f := storeFlags{kind: "embedded", dataDir: loc, neo4jUser: envOr("CASTGRAPH_NEO4J_USER", ""),
		neo4jPass: envOr("CASTGRAPH_NEO4J_PASSWORD", ""), neo4jDB: envOr("CASTGRAPH_NEO4J_DATABASE", "")}
	if neo4j.IsURI(loc) {
		f.kind, f.neo4jURI, f.dataDir = "neo4j", loc, ""
	}
	return f
}

func newCopyCmd(g *globals) *cobra.Command {
	var from, to string
	cmd := &cobra.Command{
		Use:   "copy --from DIR|URI --to DIR|URI",
		Short: "Copy a whole graph, evidence included, from one store to another",
		Long: `Copy a whole graph from one store to another: an embedded data directory or a
Neo4j server (bolt://, neo4j://, with +s or +ssc for TLS). Use it to move from
the embedded store to Neo4j without reading the articles again. The copy is
written in transactions of 5,000 facts and is idempotent: after a failure,
run it again. Neo4j credentials come from CASTGRAPH_NEO4J_USER,
CASTGRAPH_NEO4J_PASSWORD and CASTGRAPH_NEO4J_DATABASE.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" || to == "" {
				return usageError("copy needs --from and --to")
			}
			ctx := cmd.Context()
			fromFlags, toFlags := storeAt(from), storeAt(to)
			src, err := fromFlags.open(ctx, g, false)
			if err != nil {
				return fmt.Errorf("open --from %s: %w", from, err)
			}
			defer src.Close()
			dst, err := toFlags.open(ctx, g, true)
			if err != nil {
				return fmt.Errorf("open --to %s: %w", to, err)
			}
			defer dst.Close()
			total, err := graph.Copy(ctx, src, dst, copyBatch, to)
			if err != nil {
				return err
			}
			st, err := dst.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "copied %d facts (%d credits added, %d already there) from %s to %s, which now holds %d people, %d shows, %d credits, %d articles\n",
				total.Facts, total.CreditsAdded, total.CreditsExisting, from, to, st.People, st.Shows, st.Credits, st.Articles)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the store to copy: a data directory or a Neo4j URI")
	cmd.Flags().StringVar(&to, "to", "", "the store to copy into: a data directory or a Neo4j URI")
	return cmd
}

func newExportCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var out string
	var bulk bulkExportFlags
	cmd := &cobra.Command{
		Use:   "export --data DIR [--out FILE] | export --format neo4j-import [--data DIR | --facts FILE...] --out DIR",
		Short: "Write the whole graph as facts (JSON Lines) that castgraph load rebuilds it from, or as Neo4j's import files",
		Long:  exportLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if done, err := bulk.run(cmd, g, &sf, out); done {
				return err
			}
			ctx := cmd.Context()
			store, err := sf.open(ctx, g, false)
			if err != nil {
				return err
			}
			defer store.Close()
			fw, err := jsonl.Create(out, cmd.OutOrStdout())
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			n := 0
			if err := graph.Export(ctx, store, func(f graph.Fact) error { n++; return fw.Write(f) }); err != nil {
				fw.Close()
				return fmt.Errorf("export: %w", err)
			}
			if err := fw.Close(); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			g.log.Info().Int("facts", n).Msg("exported")
			return nil
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&out, "out", "", "write to FILE instead of standard output; with --format neo4j-import, the directory to write into")
	bulk.register(cmd)
	return cmd
}
