package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/term"
)

func newIngestCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var in inputFlags
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
			if err := in.check(); err != nil {
				return err
			}
			srcs, err := in.sources(g, args, cmd.InOrStdin())
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			fresh := sf.newDataDir()
			store, err := sf.open(ctx, g, true)
			if err != nil {
				return err
			}
			var res ingest.Result
			if feed != "" {
				res, err = ingest.Feed(ctx, store, feed, in.fetcher(), in.date, replace, g.log)
			} else {
				opt := ingest.Options{Replace: replace, KeepGoing: in.keepGoing}
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
				sf.dropDataDir(g)
			}
			if res.Articles > 0 || feed != "" {
				fmt.Fprintln(cmd.OutOrStdout(), res.String())
			}
			return err
		},
	}
	sf.register(cmd)
	in.register(cmd)
	cmd.Flags().BoolVar(&replace, "replace", false, "take back each article's earlier facts in the same transaction: its new facts replace them")
	cmd.Flags().StringVar(&feed, "feed", "", "an RSS or Atom feed's URL: load the pages of the items not read before")
	return cmd
}

// newDataDir reports whether f names an embedded store whose data
// directory does not exist yet: one that opening it will create.
func (f *storeFlags) newDataDir() bool {
	if f.kind != "embedded" || f.dataDir == "" {
		return false
	}
	_, err := os.Stat(f.dataDir)
	return errors.Is(err, fs.ErrNotExist)
}

// dropDataDir removes the data directory that a failed run created and
// loaded nothing into, so that no empty store is left behind. The store
// must be closed.
func (f *storeFlags) dropDataDir(g *globals) {
	if err := os.RemoveAll(f.dataDir); err != nil {
		g.log.Warn().Err(err).Str("dir", f.dataDir).Msg("could not remove the empty data directory")
	}
}
