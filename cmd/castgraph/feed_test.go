package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/ingest"
)

// feedServer serves an RSS feed whose items a test sets, and their pages:
// good ones, a broken one (a server error) and one that is not UTF-8.
type feedServer struct {
	*httptest.Server
	mu    sync.Mutex
	items []string       // paths of the feed's items, newest first
	hits  map[string]int // requests per path
}

var feedPages = map[string]string{
	"/tv/moon-lane.html":  "<html><body><article><h1>Moon Lane adds two</h1><p>The new drama Moon Lane stars Han Ji-min and Park Seo-joon.</p></article></body></html>",
	"/tv/river-road.html": riverPage,
	"/tv/sea-gate.html":   "<html><body><article><h1>Sea Gate</h1><p>The new series Sea Gate stars Choi Woo-jin as Baek Ha-neul.</p></article></body></html>",
	"/tv/hill-park.html":  "<html><body><article><h1>Hill Park</h1><p>The new series Hill Park stars Lim Na-yeon.</p></article></body></html>",
	"/tv/latin1.html":     "<html><body><p>Caf\xe9 Lane stars Yoon Ha-rin.</p></body></html>",
}

func newFeedServer(t *testing.T, items ...string) *feedServer {
	fs := &feedServer{items: items, hits: map[string]int{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.hits[r.URL.Path]++
		switch page, ok := feedPages[r.URL.Path]; {
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>TV</title><link>`+fs.URL+`/</link>`)
			for _, p := range fs.items {
				fmt.Fprintf(w, `<item><title>%s</title><link>%s</link><pubDate>Tue, 01 Jul 2025 08:00:00 GMT</pubDate></item>`, p, p)
			}
			fmt.Fprint(w, `</channel></rss>`)
		case ok:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, page)
		case r.URL.Path == "/tv/broken.html":
			http.Error(w, "boom", http.StatusInternalServerError)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) add(paths ...string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.items = append(paths, fs.items...)
}

func (fs *feedServer) hitsOf(path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits[path]
}

// TestIngestFeed checks ingest --feed against each store: the first
// reading loads every item, the second none, a new item alone the third
// time; a broken page is reported (exit status 2) while the other new
// items load, and it is tried again the next time.
func TestIngestFeed(t *testing.T) {
	t.Run("embedded", func(t *testing.T) { testIngestFeed(t, []string{"--data", t.TempDir()}) })
	t.Run("neo4j", func(t *testing.T) {
		uri := emptyNeo4j(t)
		testIngestFeed(t, []string{"--store", "neo4j", "--neo4j-uri", uri})
	})
}

func testIngestFeed(t *testing.T, store []string) {
	fs := newFeedServer(t, "/tv/moon-lane.html", "/tv/river-road.html")
	feedURL := fs.URL + "/feed.xml"
	ingestFeed := func(wantErr ...string) string {
		t.Helper()
		out, err := run(t, context.Background(), nil, append([]string{"ingest", "--feed", feedURL}, store...)...)
		if len(wantErr) == 0 && err != nil {
			t.Fatalf("ingest --feed: %v\n%s", err, out)
		}
		for _, w := range wantErr {
			if err == nil || !strings.Contains(err.Error(), w) || exitCode(err) != 2 {
				t.Errorf("ingest --feed: error %v (exit %d), want %q and exit status 2", err, exitCode(err), w)
			}
		}
		return out
	}
	expectOut := func(out, want string) {
		t.Helper()
		if !strings.Contains(out, want) {
			t.Errorf("output\n%s\nwant it to say %q", out, want)
		}
	}
	expectOut(ingestFeed(), "2 items, 2 new: 2 read, 0 failed")
	expectOut(ingestFeed(), "2 items, 0 new: 0 read, 0 failed")
	if n := fs.hitsOf("/tv/moon-lane.html"); n != 1 {
		t.Errorf("an item read before was fetched %d times, want once", n)
	}
	fs.add("/tv/sea-gate.html")
	out := ingestFeed()
	expectOut(out, "3 items, 1 new: 1 read, 0 failed")
	expectOut(out, "ingested 1 articles, 1 facts")

	fs.add("/tv/broken.html", "/tv/latin1.html", "/tv/hill-park.html")
	out = ingestFeed(fs.URL+"/tv/broken.html: the server answered 500", fs.URL+"/tv/latin1.html: not UTF-8: byte 0xE9", "2 of 3 articles failed")
	expectOut(out, "6 items, 3 new: 1 read, 2 failed")
	out = ingestFeed("2 of 2 articles failed")
	expectOut(out, "6 items, 2 new: 0 read, 2 failed")
	if n := fs.hitsOf("/tv/broken.html"); n != 2 {
		t.Errorf("the broken page was fetched %d times, want twice: it is tried again", n)
	}

	sf := storeAt(store[1])
	if store[0] == "--store" {
		sf = storeAt(store[3])
	}
	s, err := sf.Open(context.Background(), zerolog.Nop(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 4 {
		t.Errorf("stats %+v, %v; want the 4 good articles", st, err)
	}
	p, err := s.Person(context.Background(), "Choi Woo-jin")
	if err != nil {
		t.Fatal(err)
	}
	if ev := fmt.Sprint(p.Roles); !strings.Contains(ev, "127.0.0.1-tv-sea-gate") || !strings.Contains(ev, "2025-07-01") {
		t.Errorf("Choi Woo-jin's roles %s: want evidence from the article named after its URL, dated from the feed", ev)
	}
}

// TestServeReadsFeed checks serve --feed: the server reads the feed at
// start and then every --feed-every, logs each reading, and a feed that
// fails is logged and does not stop it.
func TestServeReadsFeed(t *testing.T) {
	fs := newFeedServer(t, "/tv/moon-lane.html", "/tv/river-road.html")
	dir := t.TempDir()
	// The command, wired as a user runs it: the items are read at start.
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := run(t, ctx, nil, "serve", "--data", dir, "--addr", "127.0.0.1:0", "--feed", fs.URL+"/feed.xml", "--feed-every", "1h")
		done <- err
	}()
	deadline := time.Now().Add(20 * time.Second)
	for fs.hitsOf("/tv/river-road.html") == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // the load and the record after the fetch
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	s := openAt(t, dir)
	if st, err := s.Stats(context.Background()); err != nil || st.Articles != 2 {
		t.Errorf("after serve --feed: stats %+v, %v; want 2 articles", st, err)
	}

	// The poller: each reading logged, a broken feed logged and not fatal.
	var logs syncBuffer
	g := &globals{log: zerolog.New(&logs)}
	fs.add("/tv/sea-gate.html")
	pctx, pcancel := context.WithCancel(context.Background())
	pdone := make(chan struct{})
	go func() {
		defer close(pdone)
		ingest.PollFeeds(pctx, s, []string{fs.URL + "/missing.xml", fs.URL + "/feed.xml"}, 50*time.Millisecond, fastFetch, g.log)
	}()
	for strings.Count(logs.String(), fs.URL+"/feed.xml") < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	pcancel()
	<-pdone
	s.Close()
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	var good, bad []string
	for _, l := range lines {
		switch {
		case strings.Contains(l, `"feed":"`+fs.URL+`/feed.xml"`):
			good = append(good, l)
		case strings.Contains(l, `"feed":"`+fs.URL+`/missing.xml"`):
			bad = append(bad, l)
		}
	}
	if len(good) < 2 || len(bad) < 2 {
		t.Fatalf("want two readings of each feed logged, got:\n%s", logs.String())
	}
	for i, want := range []string{`"items":3,"new":1,"read":1,"failed":0`, `"items":3,"new":0,"read":0,"failed":0`} {
		if !strings.Contains(good[i], want) || !strings.Contains(good[i], `"message":"feed read"`) {
			t.Errorf("reading %d logged %s, want %s", i+1, good[i], want)
		}
	}
	if !strings.Contains(bad[0], `"level":"warn"`) || !strings.Contains(bad[0], "404 Not Found") {
		t.Errorf("a broken feed logged %s, want a warning with the server's answer", bad[0])
	}
	for _, args := range [][]string{
		{"serve", "--data", dir, "--feed", "feed.xml"},
		{"serve", "--data", dir, "--feed", fs.URL, "--feed-every", "0s"},
		{"ingest", "--data", dir, "--feed", fs.URL, "extra.txt"},
	} {
		if _, err := run(t, context.Background(), nil, args...); err == nil || exitCode(err) != 2 {
			t.Errorf("%v: error %v, want exit status 2", args, err)
		}
	}
}

// fastFetch gives up on a page sooner than the default.
var fastFetch = fetch.Config{Timeout: 5 * time.Second}
