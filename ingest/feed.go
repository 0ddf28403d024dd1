package ingest

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/feed"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
)

// FeedResult sums up one reading of a feed.
type FeedResult struct {
	URL    string
	Items  int // items with a page in the feed
	New    int // of them, not read before
	Read   int // of the new, fetched, read and loaded (and now recorded as read)
	Failed int // of the new, those that could not be: tried again next time
}

func (r FeedResult) String() string {
	return fmt.Sprintf("feed %s: %d items, %d new: %d read, %d failed", r.URL, r.Items, r.New, r.Read, r.Failed)
}

// pollFeed reads the feed at feedURL once: it fetches the feed, then the
// page of each item the store has not recorded as read, extracts and loads
// it through in, and records it as read. The items of a feed on a public
// address must be on public addresses too (fetch.Config.PublicOnly). An
// item whose page cannot be fetched, read or loaded is logged and kept in
// failed, and not recorded, so the next reading tries it again; the
// other items go on. The error is the feed's own (it cannot be fetched or
// parsed, the store keeps no record of feeds) or one of the store that
// stops every item.
func pollFeed(ctx context.Context, fl graph.FeedLog, in *loader.Ingester, failed *Failures, fc fetch.Config, feedURL, date string, log zerolog.Logger) (FeedResult, error) {
	res := FeedResult{URL: feedURL}
	page, err := fc.Get(ctx, feedURL)
	if err != nil {
		return res, err
	}
	items, err := feed.Parse(page.FinalURL, page.Body)
	if err != nil {
		return res, err
	}
	res.Items = len(items)
	// A feed on the public internet may not lead to pages on a private
	// network (this machine's, say): their text would become evidence.
	itemFetch := fc
	if u, err := url.Parse(page.FinalURL); err == nil && fetch.IsPublicHost(ctx, u.Hostname()) {
		itemFetch.PublicOnly = true
	}
	urls := make([]string, len(items))
	for i, it := range items {
		urls[i] = it.URL
	}
	seen, err := fl.FeedItemsRead(ctx, urls)
	if err != nil {
		return res, err
	}
	for _, it := range items {
		if seen[it.URL] {
			continue
		}
		res.New++
		if err := ctx.Err(); err != nil {
			return res, err
		}
		a, err := FetchArticle(ctx, itemFetch, it.URL)
		if err == nil {
			if date != "" {
				a.Date = date
			} else if a.Date == "" {
				a.Date = it.Date
			}
			if a.Encoding != "" {
				log.Info().Str("article", it.URL).Str("encoding", a.Encoding).Msg("read as " + a.Encoding + ", not UTF-8")
			}
			err = in.Ingest(ctx, it.URL, Article(a))
		}
		if err == nil {
			err = fl.MarkFeedItemsRead(ctx, []string{it.URL})
		}
		if err != nil {
			if ctx.Err() != nil || loader.StoreError(err) {
				return res, err
			}
			res.Failed++
			failed.Add(log, it.URL, err)
			continue
		}
		res.Read++
	}
	return res, nil
}

// feedLogOf returns store as a graph.FeedLog.
func feedLogOf(store graph.Store) (graph.FeedLog, error) {
	fl, ok := store.(graph.FeedLog)
	if !ok {
		return nil, graph.Errorf(graph.EINVALID, "this store keeps no record of the feed items it has read")
	}
	return fl, nil
}

// Feed is ingest --feed: one reading of the feed at feedURL, its items'
// pages fetched with fc, each article given date when it is not "". An item
// that failed makes the error at the end (EINVALID), which names each.
func Feed(ctx context.Context, store graph.Store, feedURL string, fc fetch.Config, date string, replace bool, log zerolog.Logger) (Result, error) {
	var res Result
	fl, err := feedLogOf(store)
	if err != nil {
		return res, err
	}
	in, err := loader.NewIngester(ctx, store, replace, log)
	if err != nil {
		return res, err
	}
	start := time.Now()
	fr, err := pollFeed(ctx, fl, in, &res.Failed, fc, feedURL, date, log)
	res.IngestSummary, res.Feed, res.Took = in.Summary, &fr, time.Since(start)
	if err != nil {
		return res, err
	}
	return res, res.Failed.Err(fr.New)
}

// StartPolling runs PollFeeds in the background until stop is called;
// stop waits for the reading under way to end.
func StartPolling(ctx context.Context, store graph.Store, feeds []string, every time.Duration, fc fetch.Config, log zerolog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		PollFeeds(ctx, store, feeds, every, fc, log)
	}()
	return func() {
		cancel()
		<-done
	}
}

// PollFeeds reads each feed now and then every period until ctx is done,
// for serve --feed. Each reading is logged; its errors are logged, not
// returned: a feed that is down is tried again at the next reading.
func PollFeeds(ctx context.Context, store graph.Store, feeds []string, every time.Duration, fc fetch.Config, log zerolog.Logger) {
	fl, err := feedLogOf(store)
	if err != nil {
		log.Error().Err(err).Msg("feeds not read")
		return
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		for _, u := range feeds {
			in, err := loader.NewIngester(ctx, store, false, log)
			if err != nil {
				log.Error().Err(err).Str("feed", u).Msg("feed not read")
				continue
			}
			start := time.Now()
			var failed Failures
			fr, err := pollFeed(ctx, fl, in, &failed, fc, u, "", log)
			ev := log.Info()
			if err != nil || fr.Failed > 0 {
				ev = log.Warn()
			}
			if err != nil {
				ev = ev.Err(err).Str("code", graph.ErrorCode(err))
			}
			ev.Str("feed", u).Int("items", fr.Items).Int("new", fr.New).Int("read", fr.Read).Int("failed", fr.Failed).
				Int("facts", in.Summary.Total.Facts).Int("credits_added", in.Summary.Total.CreditsAdded).
				Float64("took_ms", float64(time.Since(start).Microseconds())/1000).Str("next_in", every.String()).Msg("feed read")
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
