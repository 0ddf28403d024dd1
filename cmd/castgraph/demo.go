package main

import (
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/samples"
)

func newDemoCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var hf serveFlags
	cmd := &cobra.Command{
		Use:   "demo [--data DIR] [--addr HOST:PORT]",
		Short: "Load the sample articles' facts shipped with castgraph and serve them",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := sf.open(ctx, g, true)
			if err != nil {
				return err
			}
			defer store.Close()
			ld := loader.New(store, loader.Config{}, g.log)
			files, err := fs.Glob(samples.Facts(), "*.jsonl")
			if err != nil {
				return err
			}
			var total loader.FileSummary
			for _, name := range files {
				f, err := samples.Facts().Open(name)
				if err != nil {
					return err
				}
				sum, err := ld.LoadReader(ctx, f, name)
				f.Close()
				if err != nil {
					return err
				}
				total.Add(sum.LoadSummary)
			}
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "castgraph: loaded %d sample articles (%d facts, %d new credits) into %s: %d people, %d shows, %d credits\n",
				len(files), total.Facts, total.CreditsAdded, sf.where(), st.People, st.Shows, st.Credits)
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
