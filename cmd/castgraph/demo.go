package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/samples"
)

func newDemoCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var hf serveFlags
	cmd := &cobra.Command{
		Use:   "demo [--data DIR] [--addr HOST:PORT]",
		Short: "Ingest the sample articles shipped with castgraph and serve the graph",
		Long: `Extract the credits of the sample news articles built into castgraph, load
them (one transaction per article; again is harmless) and serve GraphQL.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := hf.validate(); err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := sf.openWaiting(ctx, g, true, hf.neo4jWait)
			if err != nil {
				return err
			}
			defer store.Close()
			articles, err := ingest.Dir(samples.Articles())
			if err != nil {
				return err
			}
			res, err := ingest.Run(ctx, store, articles, ingest.Options{}, g.log)
			if err != nil {
				return err
			}
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "castgraph: ingested %d sample articles (%d facts, %d new credits) into %s: %d people, %d shows, %d credits\n",
				res.Articles, res.Total.Facts, res.Total.CreditsAdded, sf.where(), st.People, st.Shows, st.Credits)
			return serve(cmd, g, store, hf)
		},
	}
	sf.register(cmd)
	hf.register(cmd)
	if sf.dataDir == "" {
		cmd.Flags().Lookup("data").DefValue = filepath.Join(".castgraph", "demo")
		sf.dataDir = filepath.Join(".castgraph", "demo")
	}
	return cmd
}
