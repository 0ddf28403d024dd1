package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
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
			var res ingestResult
			if feed != "" {
				res, err = ingestFeed(ctx, g, store, feed, in, replace)
			} else {
				res, err = ingestAll(ctx, g, store, srcs, ingestOptions{progress: cmd.ErrOrStderr() == os.Stderr, replace: replace, keepGoing: in.keepGoing})
			}
			if cerr := store.Close(); err == nil {
				err = cerr
			}
			if err != nil && fresh && res.loaded == 0 {
				sf.dropDataDir(g)
			}
			if res.articles > 0 || feed != "" {
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

// ingestResult sums up an ingest.
type ingestResult struct {
	articles int
	loaded   int      // transactions committed
	noText   []string // articles with no text once markup is dropped
	noFacts  []string // articles with text but no credits
	failed   failures // with --keep-going, or from a feed: what could not be read or loaded
	feed     *feedResult
	total    graph.LoadSummary
	replaced *graph.RetractSummary // with --replace: what was taken back
	took     time.Duration
}

func (r ingestResult) String() string {
	var b strings.Builder
	if r.feed != nil {
		b.WriteString(r.feed.String() + "\n")
	}
	fmt.Fprintf(&b, "ingested %d articles, %d facts: %d credits added, %d already there; %d people, %d shows, %d characters added",
		r.articles, r.total.Facts, r.total.CreditsAdded, r.total.CreditsExisting, r.total.PeopleAdded, r.total.ShowsAdded, r.total.CharactersAdded)
	if r.replaced != nil {
		b.WriteString("\nbefore them, took back the earlier facts of " + retractLine(*r.replaced))
	}
	if len(r.noText) > 0 {
		fmt.Fprintf(&b, "\nno article text in %d articles (nothing but markup, scripts or navigation): %s", len(r.noText), strings.Join(r.noText, ", "))
	}
	if len(r.noFacts) > 0 {
		fmt.Fprintf(&b, "\nno facts found in %d articles: %s", len(r.noFacts), strings.Join(r.noFacts, ", "))
	}
	if len(r.failed) > 0 {
		names := make([]string, len(r.failed))
		for i, f := range r.failed {
			names[i] = f.name
		}
		fmt.Fprintf(&b, "\nfailed: %d articles: %s", len(r.failed), strings.Join(names, ", "))
	}
	return b.String()
}

// articleSource is an article to ingest: its name for messages and how to
// read it.
type articleSource struct {
	name string
	read func(ctx context.Context) (extract.Article, error)
}

func articleFiles(paths []string) []articleSource {
	out := make([]articleSource, len(paths))
	for i, p := range paths {
		out[i] = articleSource{name: p, read: func(context.Context) (extract.Article, error) { return extract.ReadFile(p) }}
	}
	return out
}

// articlesIn returns every *.txt and *.html article in fsys.
func articlesIn(fsys fs.FS) ([]articleSource, error) {
	var out []articleSource
	for _, pat := range []string{"*.txt", "*.html"} {
		names, err := fs.Glob(fsys, pat)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			out = append(out, articleSource{name: n, read: func(context.Context) (extract.Article, error) {
				f, err := fsys.Open(n)
				if err != nil {
					return extract.Article{}, err
				}
				defer f.Close()
				return extract.Parse(strings.TrimSuffix(n, path.Ext(n)), f)
			}})
		}
	}
	return out, nil
}

// ingestOptions say how ingestAll goes.
type ingestOptions struct {
	progress  bool // a progress bar on a terminal
	replace   bool // each article replaces what it gave before
	keepGoing bool // go on past an article that cannot be read or loaded
}

// ingest extracts and loads each article in its own transaction. It stops
// at the first article that cannot be read or loaded. With replace, each
// article's transaction first takes back what the article gave before.
func ingest(ctx context.Context, g *globals, store graph.Store, paths []articleSource, progress, replace bool) (ingestResult, error) {
	return ingestAll(ctx, g, store, paths, ingestOptions{progress: progress, replace: replace})
}

// ingestAll is ingest with options. With keepGoing, an article that cannot
// be read, or whose facts the store refuses (EINVALID), is logged and
// skipped, and the error at the end names every one of them; any other
// failure of the store still stops the run.
func ingestAll(ctx context.Context, g *globals, store graph.Store, srcs []articleSource, opt ingestOptions) (ingestResult, error) {
	step, log := fileProgress(g, len(srcs), "ingesting")
	if !opt.progress {
		step, log = nil, g.log
	}
	in, err := newIngester(ctx, store, opt.replace, log)
	if err != nil {
		return in.res, err
	}
	start := time.Now()
	for _, src := range srcs {
		if err := ctx.Err(); err != nil {
			return in.res, err
		}
		a, err := src.read(ctx)
		if err == nil {
			err = in.article(ctx, src.name, a)
		}
		if err != nil {
			if !opt.keepGoing || ctx.Err() != nil || in.fatal(err) {
				return in.res, err
			}
			in.res.failed.add(g, src.name, err)
		}
		if step != nil {
			step()
		}
	}
	in.res.took = time.Since(start)
	return in.res, in.res.failed.err(len(srcs))
}

// ingester extracts and loads articles one at a time, summing up in res.
type ingester struct {
	store   graph.Store
	ld      *loader.Loader
	r       graph.Retracter // with replace
	known   func(title string) bool
	log     zerolog.Logger
	replace bool
	res     ingestResult
}

func newIngester(ctx context.Context, store graph.Store, replace bool, log zerolog.Logger) (*ingester, error) {
	in := &ingester{store: store, ld: loader.New(store, loader.Config{}, log), known: knownShow(ctx, store), log: log, replace: replace}
	if replace {
		r, err := retracterOf(store)
		if err != nil {
			return in, err
		}
		in.r, in.res.replaced = r, &graph.RetractSummary{}
	}
	return in, nil
}

// fatal reports whether err, from reading or loading one article, is one
// of the store's that no other article would escape: anything but bad
// input or a page that could not be had.
func (in *ingester) fatal(err error) bool {
	var le *loadError
	if !errors.As(err, &le) {
		return false // a read or fetch failure: the article's own
	}
	return graph.ErrorCode(err) != graph.EINVALID
}

// loadError marks an error of the store while loading an article.
type loadError struct{ err error }

func (e *loadError) Error() string { return e.err.Error() }
func (e *loadError) Unwrap() error { return e.err }

// article extracts a's facts and loads them in one transaction; name is
// the article's name in messages.
func (in *ingester) article(ctx context.Context, name string, a extract.Article) error {
	t0 := time.Now()
	facts := extract.Extract(a, extract.Options{KnownShow: in.known})
	in.res.articles++
	switch {
	case strings.TrimSpace(a.Text) == "":
		in.res.noText = append(in.res.noText, name)
		in.log.Warn().Str("article", name).Msg("no article text")
	case in.replace:
		// Even with no facts: the corrected article states no credit.
		if len(facts) == 0 {
			in.res.noFacts = append(in.res.noFacts, name)
		}
		rs, sum, err := in.r.Replace(ctx, []string{a.ID}, graph.Batch{Source: a.ID, Facts: facts})
		if err != nil {
			in.res.articles--
			return &loadError{fmt.Errorf("ingest %s: %w", name, err)}
		}
		in.log.Info().Str("article", a.ID).Int("facts", sum.Facts).Int("evidence_removed", rs.EvidenceRemoved).
			Int("credits_removed", rs.CreditsRemoved).Int("credits_added", sum.CreditsAdded).Msg("replaced")
		in.res.loaded++
		in.res.total.Add(sum)
		in.res.replaced.Add(rs)
	case len(facts) == 0:
		in.res.noFacts = append(in.res.noFacts, name)
		in.log.Warn().Str("article", name).Msg("no facts found")
	default:
		sum, err := in.ld.LoadFacts(ctx, a.ID, facts, t0)
		if err != nil {
			in.res.articles--
			return &loadError{err}
		}
		in.res.loaded++
		in.res.total.Add(sum.LoadSummary)
	}
	return nil
}
