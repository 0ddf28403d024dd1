package loader

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// Article is what Ingest needs of one article: its id, whether it has text,
// and how to find its facts. The caller extracts (package extract), so that
// this package needs no extractor.
type Article struct {
	ID    string
	Empty bool // no text once markup is dropped
	// Facts returns the article's facts, or why they could not be read;
	// knownShow says whether a title names a show of the store (KnownShow).
	Facts func(knownShow func(title string) bool) ([]graph.Fact, error)
}

// IngestSummary sums up the articles an Ingester has ingested.
type IngestSummary struct {
	Articles int      // articles read
	Loaded   int      // transactions committed
	NoText   []string // articles with no text once markup is dropped
	NoFacts  []string // articles with text but no credits
	Total    graph.LoadSummary
	Replaced *graph.RetractSummary // with replace: what was taken back
}

// Ingester extracts and loads articles one at a time, each in its own
// transaction, summing up in Summary.
type Ingester struct {
	Summary IngestSummary

	store   graph.Store
	ld      *Loader
	r       graph.Retracter // with replace
	known   func(title string) bool
	log     zerolog.Logger
	replace bool
}

// NewIngester returns an Ingester into store. With replace, each article's
// transaction first takes back what the article gave before; the store must
// then be a graph.Retracter.
func NewIngester(ctx context.Context, store graph.Store, replace bool, log zerolog.Logger) (*Ingester, error) {
	in := &Ingester{store: store, ld: New(store, Config{}, log), known: KnownShow(ctx, store), log: log, replace: replace}
	if replace {
		r, ok := store.(graph.Retracter)
		if !ok {
			return in, fmt.Errorf("%T cannot retract articles", store)
		}
		in.r, in.Summary.Replaced = r, &graph.RetractSummary{}
	}
	return in, nil
}

// KnownShow returns the extractor's test of whether a title names a show of
// the store. It asks as the GraphQL layer loads shows (graph.LoadShows: one
// Shows call when the store is a graph.Batcher), which reports an unknown
// title as absent rather than as an error whose suggestions the store would
// search for.
func KnownShow(ctx context.Context, store graph.Store) func(title string) bool {
	return func(title string) bool {
		shows, err := graph.LoadShows(ctx, store, []string{title})
		return err == nil && shows[graph.ShowKey(title)] != nil
	}
}

// StoreError reports whether err, from Ingest, is the store's while loading
// rather than the article's own (it could not be read or fetched), and is
// not bad input: one that no other article would escape.
func StoreError(err error) bool {
	var le *loadError
	return errors.As(err, &le) && graph.ErrorCode(err) != graph.EINVALID
}

// loadError marks an error of the store while loading an article.
type loadError struct{ err error }

func (e *loadError) Error() string { return e.err.Error() }
func (e *loadError) Unwrap() error { return e.err }

// Ingest extracts a's facts and loads them in one transaction; name is the
// article's name in messages. An article without text or without facts
// loads nothing (with replace, one without facts still takes back what it
// gave before) and is noted in Summary. An article whose facts cannot be
// read loads nothing and takes nothing back.
func (in *Ingester) Ingest(ctx context.Context, name string, a Article) error {
	t0 := time.Now()
	facts, err := a.Facts(in.known)
	if err != nil {
		return fmt.Errorf("ingest %s: %w", name, err)
	}
	sum := &in.Summary
	sum.Articles++
	switch {
	case a.Empty:
		sum.NoText = append(sum.NoText, name)
		in.log.Warn().Str("article", name).Msg("no article text")
	case in.replace:
		// Even with no facts: the corrected article states no credit.
		if len(facts) == 0 {
			sum.NoFacts = append(sum.NoFacts, name)
		}
		rs, ls, err := in.r.Replace(ctx, []string{a.ID}, graph.Batch{Source: a.ID, Facts: facts})
		if err != nil {
			sum.Articles--
			return &loadError{fmt.Errorf("ingest %s: %w", name, err)}
		}
		in.log.Info().Str("article", a.ID).Int("facts", ls.Facts).Int("evidence_removed", rs.EvidenceRemoved).
			Int("credits_removed", rs.CreditsRemoved).Int("credits_added", ls.CreditsAdded).Msg("replaced")
		sum.Loaded++
		sum.Total.Add(ls)
		sum.Replaced.Add(rs)
	case len(facts) == 0:
		sum.NoFacts = append(sum.NoFacts, name)
		in.log.Warn().Str("article", name).Msg("no facts found")
	default:
		fs, err := in.ld.LoadFacts(ctx, a.ID, facts, t0)
		if err != nil {
			sum.Articles--
			return &loadError{err}
		}
		sum.Loaded++
		sum.Total.Add(fs.LoadSummary)
	}
	return nil
}
