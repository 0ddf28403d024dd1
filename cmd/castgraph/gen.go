package main

import (
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

func newGenCmd(g *globals) *cobra.Command {
	var (
		people, shows, credits int
		seed                   uint64
		out                    string
	)
	cmd := &cobra.Command{
		Use:   "gen --credits N [--people N --shows N] [--seed S] [--out FILE]",
		Short: "Generate facts (JSON Lines) with the shape of a real credit database",
		Long: `Generate synthetic credit facts, for benchmarks and load tests: a few very
prolific people and long-running shows, most people with one or two credits,
a character on most cast credits and crew on every show. The same flags give
the same facts.

By default there is one person per 5 credits and one show per 25 (the shape
of the 5,000,000-credit benchmark: 1,000,000 people, 200,000 shows).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg := gen.ForCredits(credits, seed)
			if people > 0 {
				cfg.People = people
			}
			if shows > 0 {
				cfg.Shows = shows
			}
			gn, err := gen.New(cfg)
			if err != nil {
				return usageError("%s", err.Error())
			}
			err = jsonl.WriteAll(out, cmd.OutOrStdout(), func(write func(graph.Fact) error) error {
				return gn.Each(cmd.Context(), write)
			})
			if err != nil {
				return err
			}
			g.log.Info().Int("facts", gn.Len()).Int("people", cfg.People).Int("shows", cfg.Shows).
				Uint64("seed", cfg.Seed).Msg("generated")
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&credits, "credits", 100_000, "facts to generate (one credit each)")
	f.IntVar(&people, "people", 0, "distinct people (default credits/5)")
	f.IntVar(&shows, "shows", 0, "distinct shows (default credits/25)")
	f.Uint64Var(&seed, "seed", 1, "random seed: the same seed gives the same facts")
	f.StringVar(&out, "out", "", "write to this file instead of standard output")
	return cmd
}
