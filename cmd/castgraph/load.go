package main

import (
	"context"
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
		sf              storeopen.Config
		from, out, imdb string
	)
	cmd := &cobra.Command{
		Use:   "import [--datasets DIR | --imdb DIR] [--out FILE | --data DIR] [DATASET...]",
		Short: "Turn real credit datasets into facts (JSON Lines), or load them",
		Long: `Read real film and TV credit datasets and turn them into facts, each with
evidence naming the dataset file and the row it comes from. Without --data the
facts are written as JSON Lines (standard output or --out); with --data they
are loaded into the store, one transaction per input file.

Datasets (default: all): ` + fmt.Sprint(dataset.Names()) + `. Each is read from
the directory of its name under --datasets.

With --imdb DIR, IMDb's non-commercial dataset files in DIR are read instead
(title.basics, title.episode, title.principals and name.basics, .tsv.gz): cast
and crew of films and series, episodes folded into their series. The files
are streamed, never held whole, and loaded 50,000 facts a transaction.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if out != "" && sf.DataDir != "" {
				return usageError("give --out or --data, not both")
			}
			if imdb != "" && len(args) > 0 {
				return usageError("give --imdb or dataset names, not both")
			}
			read, total, err := importSource(ctx, g, from, imdb, args)
			if err != nil {
				return fmt.Errorf("import %w", err)
			}
			if sf.DataDir == "" {
				return jsonl.WriteAll(out, cmd.OutOrStdout(), func(write func(graph.Fact) error) error {
					return read(func(b graph.Batch) error { return dataset.EachFact(b, write) })
				})
			}
			store, err := sf.Open(ctx, g.log, true)
			if err != nil {
				return err
			}
			defer store.Close()
			var sum graph.LoadSummary
			batches, p := 0, term.NewProgress(total, "importing", g.log)
			err = loader.Pipeline(ctx, store, true, read, func(l loader.Loaded) error {
				sum.Add(l.LoadSummary)
				batches++
				p.Add(l.Facts, l.Source)
				return nil
			})
			if err == nil {
				err = store.Close()
			}
			took := p.Finish()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %d batches, %d facts in %s (%.0f facts/s): %d credits added, %d already there; %d people, %d shows, %d characters added\n",
				batches, sum.Facts, took.Round(time.Millisecond), float64(sum.Facts)/took.Seconds(),
				sum.CreditsAdded, sum.CreditsExisting, sum.PeopleAdded, sum.ShowsAdded, sum.CharactersAdded)
			return nil
		},
	}
	cliflags.Store(cmd, &sf)
	cmd.Flags().StringVar(&from, "datasets", env.Or("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	cmd.Flags().StringVar(&imdb, "imdb", "", "read IMDb's dataset files (title.basics.tsv.gz ...) from this directory instead of the datasets")
	cmd.Flags().StringVar(&out, "out", "", "write the facts to this file instead of standard output")
	return cmd
}

// importSource returns what import reads: the batches of IMDb's files in
// imdb or else of the datasets names (all when none) under dir, and the
// number of facts, at most.
func importSource(ctx context.Context, g *globals, dir, imdb string, names []string) (func(func(graph.Batch) error) error, int, error) {
	if imdb != "" {
		return dataset.IMDbSource(ctx, imdb, g.log)
	}
	if len(names) == 0 {
		names = dataset.Names()
	}
	batches, err := dataset.ReadAll(ctx, dir, names, func(name string, sum dataset.Summary) {
		g.log.Info().Str("dataset", name).Int("files", sum.Files).Int("rows", sum.Rows).
			Int("facts", sum.Facts).Int("skipped", sum.Skipped).Msg("read")
	})
	if err != nil {
		return nil, 0, err
	}
	read, total := dataset.Batches(batches)
	return read, total, nil
}
