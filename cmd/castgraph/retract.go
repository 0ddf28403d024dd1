package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/ingest"
)

func newRetractCmd(g *globals) *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "retract --data DIR ARTICLE...",
		Short: "Take articles back: remove their evidence, and the credits and nodes left with none",
		Long: `Take articles back, all in one transaction: every statement (evidence) they
gave is removed; a credit left with no statement goes, and so do the people,
shows and characters left with no credit. The graph then answers as one
loaded without those articles. An article is named as its facts and
evidence name it (ingest names an article after its file, without the
extension). An article the graph does not hold is bad input (exit status
2), and nothing changes.

To put an article's corrected facts in the place of its old ones, use
ingest --replace (or the replace argument of the GraphQL mutations).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := sf.open(ctx, g, false)
			if err != nil {
				return err
			}
			defer store.Close()
			r, err := retracterOf(store)
			if err != nil {
				return err
			}
			sum, err := r.Retract(ctx, args)
			if graph.ErrorCode(err) == graph.ENOTFOUND {
				// An argument that names no article of the graph is bad
				// input, as a file that does not exist is: exit status 2.
				return graph.Errorf(graph.EINVALID, "%s", graph.ErrorMessage(err))
			}
			if err != nil {
				return err
			}
			g.log.Info().Strs("articles", args).Int("evidence_removed", sum.EvidenceRemoved).
				Int("credits_removed", sum.CreditsRemoved).Msg("retracted")
			fmt.Fprintln(cmd.OutOrStdout(), "retracted "+ingest.RetractLine(sum))
			return nil
		},
	}
	sf.register(cmd)
	return cmd
}

// retracterOf returns the store as a graph.Retracter.
func retracterOf(store graph.Store) (graph.Retracter, error) {
	r, ok := store.(graph.Retracter)
	if !ok {
		return nil, fmt.Errorf("%T cannot retract articles", store)
	}
	return r, nil
}
