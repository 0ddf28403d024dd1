package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/cliflags"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/internal/term"
)

func newIngestCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
	var in cliflags.Input
	var replace bool
	var feed string
	cmd := &cobra.Command{
		Use:   "ingest --data DIR [--replace] [--date YYYY-MM-DD] [--keep-going] (ARTICLE... | --feed URL)",
		Short: "Extract credits from articles (files, - or URLs) or a news feed and load them, one transaction per article",
		Long: `Extract the credits each article states and load them into the graph, one
transaction per article: an article lands whole or not at all. Ingesting the
same article again changes nothing. Brackets that name a show the graph
already knows are read as shows.

An ARTICLE is a file (NAME.txt or NAME.html, whose id is NAME), - for
standard input (its id made from its headline), or an http:// or https://
URL, fetched and read as a saved page is (its id made from the URL: see
extract --help). --date overrides any date an article gives. The first
article that cannot be read or loaded stops the run, unless --keep-going:
then every failure is reported at the end, and the exit status is 2. When
nothing was loaded into a data directory that the run created, the
directory is removed again.

With --feed URL, the articles are the items of an RSS or Atom feed: each
item's page is fetched, read and loaded, and the store remembers the items
it has read, so that the next run loads only the new ones. An item whose
page cannot be fetched or read is reported (exit status 2) while the others
go on, with or without --keep-going, and it is tried again next time. The
items of a feed on a public address must be on public addresses too.

With --replace, a corrected article takes the place of the one loaded
before: in the same transaction, every statement the article gave is taken
back (see retract), then its new facts load.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if feed != "" {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.MinimumNArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := in.Check(); err != nil {
				return err
			}
			srcs, err := in.Sources(args, cmd.InOrStdin(), g.log)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			fresh := sf.NewDataDir()
			store, err := sf.Open(ctx, g.log, true)
			if err != nil {
				return err
			}
			var res ingest.Result
			if feed != "" {
				res, err = ingest.Feed(ctx, store, feed, in.Fetcher(), in.Date, replace, g.log)
			} else {
				opt := ingest.Options{Replace: replace, KeepGoing: in.KeepGoing}
				log := g.log
				if cmd.ErrOrStderr() == os.Stderr {
					opt.Step, log = term.FileProgress(g.log, len(srcs), "ingesting")
				}
				res, err = ingest.Run(ctx, store, srcs, opt, log)
			}
			if cerr := store.Close(); err == nil {
				err = cerr
			}
			if err != nil && fresh && res.Loaded == 0 {
				sf.DropDataDir(g.log)
			}
			if res.Articles > 0 || feed != "" {
				fmt.Fprintln(cmd.OutOrStdout(), res.String())
			}
			return err
		},
	}
	cliflags.Store(cmd, &sf)
	in.Register(cmd)
	cmd.Flags().BoolVar(&replace, "replace", false, "take back each article's earlier facts in the same transaction: its new facts replace them")
	cmd.Flags().StringVar(&feed, "feed", "", "an RSS or Atom feed's URL: load the pages of the items not read before")
	return cmd
}

func newRetractCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
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
			store, err := sf.Open(ctx, g.log, false)
			if err != nil {
				return err
			}
			defer store.Close()
			sum, err := ingest.Retract(ctx, store, args, g.log)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "retracted "+ingest.RetractLine(sum))
			return nil
		},
	}
	cliflags.Store(cmd, &sf)
	return cmd
}
