package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/term"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/loader"
)

func newImportCmd(g *globals) *cobra.Command {
	var (
		sf   storeFlags
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
			var batches []graph.Batch
			for _, name := range names {
				sum, err := dataset.Read(os.DirFS(from), name, func(b graph.Batch) error {
					batches = append(batches, b)
					return ctx.Err()
				})
				if err != nil {
					return fmt.Errorf("import %s from %s: %w", name, from, err)
				}
				g.log.Info().Str("dataset", name).Int("files", sum.Files).Int("rows", sum.Rows).
					Int("facts", sum.Facts).Int("skipped", sum.Skipped).Msg("read")
			}
			if sf.dataDir == "" {
				return writeFacts(cmd, out, batches)
			}
			if out != "" {
				return usageError("give --out or --data, not both")
			}
			store, err := sf.open(ctx, g, true)
			if err != nil {
				return err
			}
			defer store.Close()
			total := 0
			for _, b := range batches {
				total += len(b.Facts)
			}
			p := term.NewProgress(total, "importing", g.log)
			var sum graph.LoadSummary
			err = loader.Pipeline(ctx, store, false, func(emit func(graph.Batch) error) error {
				for _, b := range batches {
					if err := emit(b); err != nil {
						return err
					}
				}
				return nil
			}, func(l loader.Loaded) error {
				sum.Add(l.LoadSummary)
				p.Add(l.Facts, l.Source)
				return nil
			})
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
	sf.register(cmd)
	cmd.Flags().StringVar(&from, "datasets", envOr("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	cmd.Flags().StringVar(&out, "out", "", "write the facts to this file instead of standard output")
	return cmd
}

// writeFacts writes batches as JSON Lines.
func writeFacts(cmd *cobra.Command, out string, batches []graph.Batch) error {
	fw, err := jsonl.Create(out, cmd.OutOrStdout())
	if err != nil {
		return err
	}
	for _, b := range batches {
		for _, f := range b.Facts {
			if err := fw.Write(f); err != nil {
				fw.Close()
				return err
			}
		}
	}
	return fw.Close()
}
