package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/internal/storeopen"
)

// storeAt reads a location: a Neo4j URI, or else an embedded data
// directory. Neo4j credentials come from the environment.
func storeAt(loc string) storeopen.Config {
	c := storeopen.At(loc)
	c.Neo4jUser = env.Or("CASTGRAPH_NEO4J_USER", "")
	c.Neo4jPassword = env.Or("CASTGRAPH_NEO4J_PASSWORD", "")
	c.Neo4jDatabase = env.Or("CASTGRAPH_NEO4J_DATABASE", "")
	return c
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
			total, st, err := storeopen.Copy(cmd.Context(), storeAt(from), storeAt(to), g.log)
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
