package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/cliflags"
)

// Made-up articles, each with a credit the extractor reads.
const (
	moonLane  = "Moon Lane adds two\n\nThe new drama Moon Lane stars Han Ji-min and Park Seo-joon. Han Ji-min plays Kim Da-eun.\n"
	riverPage = `<html><head><title>River Road</title><meta property="article:published_time" content="2025-06-01T09:00:00Z"></head>
<body><article><h1>River Road casts its lead</h1><p>The new series River Road stars Oh Min-seo as Jang Yu-ri.</p></article></body></html>`
)

// factsOut decodes extract's JSON Lines output into (article, date, person) triples.
func factsOut(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, "{\"kind\"") {
			continue
		}
		var f graph.Fact
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, f.Article+" "+f.Date+" "+f.Person)
	}
	return got
}

// articleServer serves River Road as HTML, Moon Lane as text, a page in
// Latin-1 that says so, one that does not, and a missing page.
func articleServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/tv/river-road.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(riverPage))
	})
	mux.HandleFunc("/moon-lane.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(moonLane))
	})
	latin1 := []byte("<html><body><article><h1>Caf\xe9 Lane</h1><p>The new series Caf\xe9 Lane stars Yoon Ha-rin as Seo Ji-a.</p></article></body></html>")
	mux.HandleFunc("/latin1-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write(latin1)
	})
	mux.HandleFunc("/latin1-undeclared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(latin1)
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestExtractStdinAndURLs checks extract's inputs: - reads standard input
// (its id from its headline, its date from a Date: line), a URL is fetched
// and read as HTML or text (its id from the URL), a page that declares
// Latin-1 is read as such, and --date overrides every article's date.
func TestExtractStdinAndURLs(t *testing.T) {
	srv := articleServer(t)
	host := "127.0.0.1" // ArticleID leaves out the port
	out, err := run(t, context.Background(), strings.NewReader("Date: 23 July 2025\n"+moonLane),
		"extract", "-", srv.URL+"/tv/river-road.html", srv.URL+"/moon-lane.txt", srv.URL+"/latin1-declared")
	if err != nil {
		t.Fatal(err, out)
	}
	want := []string{
		"moon-lane-adds-two 2025-07-23 Park Seo-joon", "moon-lane-adds-two 2025-07-23 Han Ji-min",
		host + "-tv-river-road 2025-06-01 Oh Min-seo",
		host + "-moon-lane  Park Seo-joon", host + "-moon-lane  Han Ji-min",
		host + "-latin1-declared  Yoon Ha-rin",
	}
	if got := factsOut(t, out); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("facts (article date person):\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(out, `"character":"Seo Ji-a"`) || !strings.Contains(out, "Café Lane") {
		t.Errorf("the Latin-1 page was not read as Latin-1:\n%s", out)
	}

	out, err = run(t, context.Background(), strings.NewReader("Date: 23 July 2025\n"+moonLane), "extract", "--date", "2024-02-29", "-", srv.URL+"/tv/river-road.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range factsOut(t, out) {
		if !strings.Contains(f, " 2024-02-29 ") {
			t.Errorf("with --date 2024-02-29: %s", f)
		}
	}
	for _, bad := range []string{"2025-13-01", "yesterday", "2025-02-30"} {
		if _, err := run(t, context.Background(), nil, "extract", "--date", bad, srv.URL+"/moon-lane.txt"); err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), "--date") {
			t.Errorf("--date %s: error %v (exit %d), want a usage error (exit 2) naming --date", bad, err, exitCode(err))
		}
	}
	if _, err := run(t, context.Background(), strings.NewReader(moonLane), "extract", "-", "-"); err == nil || exitCode(err) != 2 {
		t.Errorf("- twice: error %v, want exit status 2", err)
	}
}

// TestExtractRefusesWhatIsNotUTF8 checks that text that is not UTF-8 is
// refused with where its first bad byte is, from a file, a URL or standard
// input, and that UTF-16 with a byte order mark is read and logged.
func TestExtractRefusesWhatIsNotUTF8(t *testing.T) {
	srv := articleServer(t)
	dir := t.TempDir()
	latin1 := writeFile(dir, "latin1.txt", []byte("Caf\xe9 Lane\n\nThe new series Caf\xe9 Lane stars Yoon Ha-rin."))
	for _, tt := range []struct {
		args  []string
		stdin string
		want  string
	}{
		{[]string{latin1}, "", "latin1.txt: not UTF-8: byte 0xE9 at offset 3 (line 1, column 4)"},
		{[]string{srv.URL + "/latin1-undeclared"}, "", srv.URL + "/latin1-undeclared: not UTF-8: byte 0xE9 at offset 28 (line 1, column 29)"},
		{[]string{"-"}, "Lane\nThe caf\xe9.", "standard input: not UTF-8: byte 0xE9 at offset 12 (line 2, column 8)"},
		{[]string{srv.URL + "/image.png"}, "", "not a page but image/png"},
	} {
		_, err := run(t, context.Background(), strings.NewReader(tt.stdin), append([]string{"extract"}, tt.args...)...)
		if err == nil || !strings.Contains(err.Error(), tt.want) || exitCode(err) != 2 {
			t.Errorf("extract %v: error %v (exit %d), want %q and exit status 2", tt.args, err, exitCode(err), tt.want)
		}
	}

	var u16 []byte
	u16 = append(u16, 0xFF, 0xFE)
	for _, u := range utf16.Encode([]rune(moonLane)) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	var logs bytes.Buffer
	g := &globals{log: zerolog.New(&logs)}
	in := cliflags.Input{FetchTimeout: 1}
	srcs, err := in.Sources([]string{writeFile(dir, "utf16.txt", u16)}, nil, g.log)
	if err != nil {
		t.Fatal(err)
	}
	a, err := srcs[0].Read(context.Background())
	if err != nil || a.Title != "Moon Lane adds two" {
		t.Fatalf("UTF-16 article: %+v, %v", a, err)
	}
	if !strings.Contains(logs.String(), "read as UTF-16LE (byte order mark), not UTF-8") {
		t.Errorf("log %q, want it to say the article was read as UTF-16LE", logs.String())
	}
}

// TestIngestKeepGoing checks --keep-going: the articles that can be read
// load, every one that cannot is named at the end, and the exit status is
// 2; without it the first bad article stops the run.
func TestIngestKeepGoing(t *testing.T) {
	srv := articleServer(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	good := writeFile(dir, "moon-lane.txt", []byte(moonLane))
	latin1 := writeFile(dir, "latin1.txt", []byte("Caf\xe9 Lane\n\nThe new series Caf\xe9 Lane stars Yoon Ha-rin."))
	missing := filepath.Join(dir, "missing.txt")
	args := []string{"ingest", "--keep-going", "--data", data, missing, good, latin1, srv.URL + "/nowhere", srv.URL + "/tv/river-road.html"}
	out, err := run(t, context.Background(), nil, args...)
	if err == nil || exitCode(err) != 2 {
		t.Fatalf("error %v (exit %d), want exit status 2", err, exitCode(err))
	}
	for _, want := range []string{"3 of 5 articles failed", "missing.txt", "latin1.txt: not UTF-8", srv.URL + "/nowhere: the server answered 404"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q, want it to say %q", err, want)
		}
	}
	if !strings.Contains(out, "ingested 2 articles") {
		t.Errorf("output %q, want the two good articles ingested", out)
	}
	s := openAt(t, data)
	if st, err := s.Stats(context.Background()); err != nil || st.Articles != 2 {
		t.Errorf("stats %+v, %v; want 2 articles", st, err)
	}
	s.Close()

	// Without --keep-going the first bad article stops the run.
	data2 := filepath.Join(dir, "data2")
	_, err = run(t, context.Background(), nil, "ingest", "--data", data2, good, latin1, srv.URL+"/tv/river-road.html")
	if err == nil || !strings.Contains(err.Error(), "latin1.txt") || strings.Contains(err.Error(), "failed") {
		t.Errorf("error %v, want the run stopped at latin1.txt", err)
	}
	s = openAt(t, data2)
	if st, _ := s.Stats(context.Background()); st.Articles != 1 {
		t.Errorf("stats %+v: want only the article before the bad one", st)
	}
	s.Close()
}

// TestFailedIngestLeavesNoStore checks that an ingest (or a load) that
// loads nothing into a data directory it created removes that directory,
// and leaves one that was there before.
func TestFailedIngestLeavesNoStore(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	bad := writeFile(dir, "bad.txt", []byte("caf\xe9"))
	fresh := filepath.Join(dir, "new", "data")
	for _, args := range [][]string{
		{"ingest", "--data", fresh, missing},
		{"ingest", "--data", fresh, bad},
		{"ingest", "--keep-going", "--data", fresh, missing, bad},
		{"ingest", "--data", fresh, "--feed", "http://127.0.0.1:1/feed.xml"},
		{"load", "--data", fresh, missing},
	} {
		if _, err := run(t, context.Background(), nil, args...); err == nil {
			t.Errorf("%v: no error", args)
		}
		if _, err := os.Stat(fresh); !os.IsNotExist(err) {
			t.Errorf("%v: the new data directory is still there (%v)", args, err)
		}
	}
	existing := t.TempDir()
	if _, err := run(t, context.Background(), nil, "ingest", "--data", existing, missing); err == nil {
		t.Error("no error")
	}
	if _, err := os.Stat(existing); err != nil {
		t.Errorf("a data directory that was there before is gone: %v", err)
	}
}

// openAt opens the embedded store in dir, for a test to look at.
func openAt(t *testing.T, dir string) graph.Store {
	t.Helper()
	sf := storeAt(dir)
	s, err := sf.Open(context.Background(), zerolog.Nop(), false)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
