package main

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/feed"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
)

// feedResult sums up one reading of a feed.
type feedResult struct {
	url    string
	items  int // items with a page in the feed
	new    int // of them, not read before
	read   int // of the new, fetched, read and loaded (and now recorded as read)
	failed int // of the new, those that could not be: tried again next time
}

func (r feedResult) String() string {
	return fmt.Sprintf("feed %s: %d items, %d new: %d read, %d failed", r.url, r.items, r.new, r.read, r.failed)
}

// pollFeed reads the feed at feedURL once: it fetches the feed, then the
// page of each item the store has not recorded as read, extracts and loads
// it through in, and records it as read. The items of a feed on a public
// address must be on public addresses too (fetch.Config.PublicOnly). An
// item whose page cannot be fetched, read or loaded is logged and kept in
// in.res.failed, and not recorded, so the next reading tries it again; the
// other items go on. The error is the feed's own (it cannot be fetched or
// parsed, the store keeps no record of feeds) or one of the store that
// stops every item.
func pollFeed(ctx context.Context, g *globals, fl graph.FeedLog, in *ingester, fc fetch.Config, feedURL, date string) (feedResult, error) {
	res := feedResult{url: feedURL}
	page, err := fc.Get(ctx, feedURL)
	if err != nil {
		return res, err
	}
	items, err := feed.Parse(page.FinalURL, page.Body)
	if err != nil {
		return res, err
	}
	res.items = len(items)
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
		res.new++
		if err := ctx.Err(); err != nil {
			return res, err
		}
		a, err := fetchArticle(ctx, itemFetch, it.URL)
		if err == nil {
			if date != "" {
				a.Date = date
			} else if a.Date == "" {
				a.Date = it.Date
			}
			if a.Encoding != "" {
				g.log.Info().Str("article", it.URL).Str("encoding", a.Encoding).Msg("read as " + a.Encoding + ", not UTF-8")
			}
			err = in.article(ctx, it.URL, a)
		}
		if err == nil {
			err = fl.MarkFeedItemsRead(ctx, []string{it.URL})
		}
		if err != nil {
			if ctx.Err() != nil || in.fatal(err) {
				return res, err
			}
			res.failed++
			in.res.failed.add(g, it.URL, err)
			continue
		}
		res.read++
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

// ingestFeed is ingest --feed: one reading of the feed. An item that
// failed makes the error at the end (exit status 2), which names each.
func ingestFeed(ctx context.Context, g *globals, store graph.Store, feedURL string, inf inputFlags, replace bool) (ingestResult, error) {
	fl, err := feedLogOf(store)
	if err != nil {
		return ingestResult{}, err
	}
	in, err := newIngester(ctx, store, replace, g.log)
	if err != nil {
		return in.res, err
	}
	start := time.Now()
	fr, err := pollFeed(ctx, g, fl, in, inf.fetcher(), feedURL, inf.date)
	in.res.feed, in.res.took = &fr, time.Since(start)
	if err != nil {
		return in.res, err
	}
	return in.res, in.res.failed.err(fr.new)
}

// pollFeeds reads each feed now and then every period until ctx is done,
// for serve --feed. Each reading is logged; its errors are logged, not
// returned: a feed that is down is tried again at the next reading.
func pollFeeds(ctx context.Context, g *globals, store graph.Store, feeds []string, every time.Duration, fc fetch.Config) {
	fl, err := feedLogOf(store)
	if err != nil {
		g.log.Error().Err(err).Msg("feeds not read")
		return
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		for _, u := range feeds {
			in, err := newIngester(ctx, store, false, g.log)
			if err != nil {
				g.log.Error().Err(err).Str("feed", u).Msg("feed not read")
				continue
			}
			start := time.Now()
			fr, err := pollFeed(ctx, g, fl, in, fc, u, "")
			ev := g.log.Info()
			if err != nil || fr.failed > 0 {
				ev = g.log.Warn()
			}
			if err != nil {
				ev = ev.Err(err).Str("code", graph.ErrorCode(err))
			}
			ev.Str("feed", u).Int("items", fr.items).Int("new", fr.new).Int("read", fr.read).Int("failed", fr.failed).
				Int("facts", in.res.total.Facts).Int("credits_added", in.res.total.CreditsAdded).
				Float64("took_ms", float64(time.Since(start).Microseconds())/1000).Str("next_in", every.String()).Msg("feed read")
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// feedFlags are serve's flags for reading news feeds as it serves.
type feedFlags struct {
	urls  []string
	every time.Duration
}

func (f *feedFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.urls, "feed", nil, "read this RSS or Atom feed at start and then every --feed-every, loading its new items (more than once for more feeds)")
	fl.DurationVar(&f.every, "feed-every", 15*time.Minute, "how often to read the --feed feeds")
}

func (f *feedFlags) validate() error {
	for _, u := range f.urls {
		if !fetch.IsURL(u) {
			return usageError("--feed %q: want an http:// or https:// URL", u)
		}
	}
	if f.every < time.Second {
		return usageError("--feed-every %s: want a duration of a second or more, such as 15m", f.every)
	}
	return nil
}
