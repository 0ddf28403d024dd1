// Package feed reads a news feed (RSS, Atom or JSON Feed) into the list of
// its items: the page each links to, with its title and date. It parses
// with github.com/mmcdole/gofeed, whose types stay inside this package.
//
// It owns only the reading of a feed's text: fetching it is package
// fetch's job, and reading the items' pages package extract's.
package feed

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/castgraph/castgraph/graph"
)

// Item is one item of a feed.
type Item struct {
	URL   string // the item's page, absolute
	Title string // the item's title, or ""
	Date  string // when it was published (or else updated), YYYY-MM-DD, or ""
}

// Parse reads the feed in data, which was fetched from base (the URL that
// relative links are resolved against), and returns its items in the
// feed's order. An item with no http(s) link (nor a GUID that is one) is
// left out; an item listed twice is kept once. EINVALID, naming base, when
// data is no feed.
func Parse(base string, data []byte) ([]Item, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "feed %s: not an RSS, Atom or JSON feed: %v", base, err)
	}
	baseURL, _ := url.Parse(base)
	if f.Link != "" && baseURL != nil {
		// Atom's xml:base is not kept by the translation; the feed's own link is the nearest.
		if l, err := baseURL.Parse(f.Link); err == nil && l.Host != "" {
			baseURL = l
		}
	}
	var out []Item
	seen := make(map[string]bool)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := pageURL(baseURL, it.Link)
		if link == "" {
			link = pageURL(baseURL, it.GUID)
		}
		if link == "" || seen[link] {
			continue
		}
		seen[link] = true
		out = append(out, Item{URL: link, Title: graph.CleanSpace(it.Title), Date: date(it)})
	}
	return out, nil
}

// pageURL resolves ref against base; "" unless it gives an http(s) URL.
func pageURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

func date(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.UTC().Format(time.DateOnly)
		}
	}
	return ""
}
