package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
)

// Options say how Run goes. The zero value is usable.
type Options struct {
	Replace   bool // each article replaces what it gave before
	KeepGoing bool // go on past an article that cannot be read or loaded
	// Step, when set, is called after each article (a progress bar).
	Step func()
}

// Result sums up an ingest.
type Result struct {
	loader.IngestSummary
	Failed Failures    // with KeepGoing, or from a feed: what could not be read or loaded
	Feed   *FeedResult // the reading of the feed, for Feed
	Took   time.Duration
}

func (r Result) String() string {
	var b strings.Builder
	if r.Feed != nil {
		b.WriteString(r.Feed.String() + "\n")
	}
	fmt.Fprintf(&b, "ingested %d articles, %d facts: %d credits added, %d already there; %d people, %d shows, %d characters added",
		r.Articles, r.Total.Facts, r.Total.CreditsAdded, r.Total.CreditsExisting, r.Total.PeopleAdded, r.Total.ShowsAdded, r.Total.CharactersAdded)
	if r.Replaced != nil {
		b.WriteString("\nbefore them, took back the earlier facts of " + RetractLine(*r.Replaced))
	}
	if len(r.NoText) > 0 {
		fmt.Fprintf(&b, "\nno article text in %d articles (nothing but markup, scripts or navigation): %s", len(r.NoText), strings.Join(r.NoText, ", "))
	}
	if len(r.NoFacts) > 0 {
		fmt.Fprintf(&b, "\nno facts found in %d articles: %s", len(r.NoFacts), strings.Join(r.NoFacts, ", "))
	}
	if len(r.Failed) > 0 {
		names := make([]string, len(r.Failed))
		for i, f := range r.Failed {
			names[i] = f.Name
		}
		fmt.Fprintf(&b, "\nfailed: %d articles: %s", len(r.Failed), strings.Join(names, ", "))
	}
	return b.String()
}

// Run extracts and loads each article in its own transaction, logging to
// log. It stops at the first article that cannot be read or loaded. With
// KeepGoing, an article that cannot be read, or whose facts the store
// refuses (EINVALID), is logged and skipped, and the error at the end names
// every one of them; any other failure of the store still stops the run.
// With Replace, each article's transaction first takes back what the
// article gave before.
func Run(ctx context.Context, store graph.Store, srcs []Source, opt Options, log zerolog.Logger) (res Result, err error) {
	in, err := loader.NewIngester(ctx, store, opt.Replace, log)
	if err != nil {
		return res, err
	}
	defer func() { res.IngestSummary = in.Summary }()
	start := time.Now()
	for _, src := range srcs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		a, err := src.Read(ctx)
		if err == nil {
			err = in.Ingest(ctx, src.Name, Article(a))
		}
		if err != nil {
			if !opt.KeepGoing || ctx.Err() != nil || loader.StoreError(err) {
				return res, err
			}
			res.Failed.Add(log, src.Name, err)
		}
		if opt.Step != nil {
			opt.Step()
		}
	}
	res.Took = time.Since(start)
	return res, res.Failed.Err(len(srcs))
}

// Article is a for loader.Ingester: its facts are extract's, given the
// shows the store knows.
func Article(a extract.Article) loader.Article {
	return loader.Article{ID: a.ID, Empty: strings.TrimSpace(a.Text) == "", Facts: func(known func(string) bool) ([]graph.Fact, error) {
		return extract.Try(a, extract.Options{KnownShow: known})
	}}
}

// Failures are the articles that could not be read or loaded in a run
// with --keep-going.
type Failures []Failure

// Failure is an article that could not be read or loaded, and why.
type Failure struct {
	Name string
	Err  error
}

// Add logs a failure and keeps it for the report at the end.
func (fl *Failures) Add(log zerolog.Logger, name string, err error) {
	code := graph.ErrorCode(err)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		code = graph.EINVALID // a missing file is bad input too
	}
	log.Error().Str("article", name).Str("code", code).Msg(oneLine(err))
	*fl = append(*fl, Failure{name, err})
}

// Err is nil when nothing failed, else an EINVALID error (exit status 2)
// that names every failure, of n articles.
func (fs Failures) Err(n int) error {
	if len(fs) == 0 {
		return nil
	}
	msgs := make([]string, len(fs))
	for i, f := range fs {
		msgs[i] = oneLine(f.Err)
		if !strings.Contains(msgs[i], f.Name) {
			msgs[i] = f.Name + ": " + msgs[i]
		}
	}
	return graph.Errorf(graph.EINVALID, "%d of %d articles failed: %s", len(fs), n, strings.Join(msgs, "; "))
}

// oneLine flattens an error into one line.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

// Retract takes the articles back in one transaction (graph.Retracter) and
// logs what it removed. An article the store does not hold is EINVALID, as
// any bad input is; a store that cannot retract is an error.
func Retract(ctx context.Context, store graph.Store, articles []string, log zerolog.Logger) (graph.RetractSummary, error) {
	r, ok := store.(graph.Retracter)
	if !ok {
		return graph.RetractSummary{}, fmt.Errorf("%T cannot retract articles", store)
	}
	sum, err := r.Retract(ctx, articles)
	if graph.ErrorCode(err) == graph.ENOTFOUND {
		// An argument that names no article of the graph is bad input, as
		// a file that does not exist is: exit status 2.
		return sum, graph.Errorf(graph.EINVALID, "%s", graph.ErrorMessage(err))
	}
	if err != nil {
		return sum, err
	}
	log.Info().Strs("articles", articles).Int("evidence_removed", sum.EvidenceRemoved).
		Int("credits_removed", sum.CreditsRemoved).Msg("retracted")
	return sum, nil
}

// RetractLine says what a retraction removed.
func RetractLine(s graph.RetractSummary) string {
	return fmt.Sprintf("%d %s: %d statements of evidence removed; %d credits, %d people, %d shows, %d characters left with none removed",
		s.Articles, plural(s.Articles, "article", "articles"), s.EvidenceRemoved, s.CreditsRemoved, s.PeopleRemoved, s.ShowsRemoved, s.CharactersRemoved)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
