package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/cliflags"
	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/loader"
)

func newLoadCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
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
			fresh := sf.NewDataDir()
			store, err := sf.Open(ctx, g.log, true)
			if err != nil {
				return err
			}
			defer store.Close()
			sums, err := loadFiles(cmd, g, store, args)
			if err != nil {
				if fresh && len(sums) == 0 && store.Close() == nil {
					sf.DropDataDir(g.log)
				}
				return err
			}
			total := loader.Total(sums)
			fmt.Fprintf(cmd.OutOrStdout(), "loaded %d files, %d facts: %d credits added, %d already there; %d people, %d shows, %d characters added; %d statements of evidence added, %d already there\n",
				len(sums), total.Facts, total.CreditsAdded, total.CreditsExisting, total.PeopleAdded, total.ShowsAdded,
				total.CharactersAdded, total.EvidenceAdded, total.EvidenceExisting)
			return nil
		},
	}
	cliflags.Store(cmd, &sf)
	return cmd
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

func newImportCmd(g *globals) *cobra.Command {
	var (
		sf   storeopen.Config
		from string
		out  string
	)
	cmd := &cobra.Command{
		Use:   "import [--datasets DIR] [--out FILE | --data DIR] [DATASET...]",
		Short: "Turn real credit datasets into facts (JSON Lines), or load them",
		Long: `Read real film and TV credit datasets and turn them into facts, each with
evidence naming the dataset file and the row it comes from. Without --data the
facts are written as JSON Lines (standard output or --out); with --data they
are loaded into the store, one transaction per input file.

Datasets (default: all): ` + fmt.Sprint(dataset.Names()) + `. Each is read from
the directory of its name under --datasets.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			names := args
			if len(names) == 0 {
				names = dataset.Names()
			}
			// Read everything first: the datasets are small, and the load
			// then knows its total for the progress bar.
			batches, err := dataset.ReadAll(ctx, from, names, func(name string, sum dataset.Summary) {
				g.log.Info().Str("dataset", name).Int("files", sum.Files).Int("rows", sum.Rows).
					Int("facts", sum.Facts).Int("skipped", sum.Skipped).Msg("read")
			})
			if err != nil {
				return fmt.Errorf("import %w", err)
			}
			if sf.DataDir == "" {
				return writeFacts(cmd, out, batches)
			}
			if out != "" {
				return usageError("give --out or --data, not both")
			}
			store, err := sf.Open(ctx, g.log, true)
			if err != nil {
				return err
			}
			defer store.Close()
			total := 0
			for _, b := range batches {
				total += len(b.Facts)
			}
			p := term.NewProgress(total, "importing", g.log)
			sum, err := loader.LoadBatches(ctx, store, batches, func(l loader.Loaded) { p.Add(l.Facts, l.Source) })
			if err != nil {
				p.Finish()
				return err
			}
			if err := store.Close(); err != nil {
				return err
			}
			took := p.Finish()
			fmt.Fprintf(cmd.OutOrStdout(), "imported %d files, %d facts in %s (%.0f facts/s): %d credits added, %d already there; %d people, %d shows, %d characters added\n",
				len(batches), sum.Facts, took.Round(time.Millisecond), float64(sum.Facts)/took.Seconds(),
				sum.CreditsAdded, sum.CreditsExisting, sum.PeopleAdded, sum.ShowsAdded, sum.CharactersAdded)
			return nil
		},
	}
	cliflags.Store(cmd, &sf)
	cmd.Flags().StringVar(&from, "datasets", env.Or("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	cmd.Flags().StringVar(&out, "out", "", "write the facts to this file instead of standard output")
	return cmd
}

// writeFacts writes batches as JSON Lines.
func writeFacts(cmd *cobra.Command, out string, batches []graph.Batch) error {
	return jsonl.WriteAll(out, cmd.OutOrStdout(), func(write func(graph.Fact) error) error {
		for _, b := range batches {
			for _, f := range b.Facts {
				if err := write(f); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
