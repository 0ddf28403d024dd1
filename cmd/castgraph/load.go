package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/loader"
)

func newLoadCmd(g *globals) *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "load --data DIR FILE...",
		Short: "Load facts files (JSON Lines) into the graph; - reads standard input",
		Long: `Load facts files into the graph, one transaction per file: a file lands whole
or not at all. A bad line stops the load with an error naming the file, the
line and what is wrong; files loaded before it stay loaded. Loading the same
facts again changes nothing.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			fresh := sf.newDataDir()
			store, err := sf.open(ctx, g, true)
			if err != nil {
				return err
			}
			defer store.Close()
			sums, err := loadFiles(cmd, g, store, args)
			if err != nil {
				if fresh && len(sums) == 0 && store.Close() == nil {
					sf.dropDataDir(g)
				}
				return err
			}
			total := sumOf(sums)
			fmt.Fprintf(cmd.OutOrStdout(), "loaded %d files, %d facts: %d credits added, %d already there; %d people, %d shows, %d characters added; %d statements of evidence added, %d already there\n",
				len(sums), total.Facts, total.CreditsAdded, total.CreditsExisting, total.PeopleAdded, total.ShowsAdded,
				total.CharactersAdded, total.EvidenceAdded, total.EvidenceExisting)
			return nil
		},
	}
	sf.register(cmd)
	return cmd
}

func sumOf(sums []loader.FileSummary) (total loader.FileSummary) {
	for _, s := range sums {
		total.Add(s.LoadSummary)
	}
	return total
}

// loadFiles loads files with a progress bar on a terminal, log lines otherwise.
func loadFiles(cmd *cobra.Command, g *globals, store graph.Store, files []string) ([]loader.FileSummary, error) {
	cfg := loader.Config{}
	step, log := term.FileProgress(g.log, len(files), "loading")
	if step != nil {
		cfg.Progress = func(string, int, int) { step() }
	}
	return loader.New(store, cfg, log).LoadFiles(cmd.Context(), files, cmd.InOrStdin())
}
