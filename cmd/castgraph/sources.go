package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
)

// inputFlags are the flags of extract and ingest that say how to read
// their articles.
type inputFlags struct {
	date         string        // --date, as given; YYYY-MM-DD once checked
	keepGoing    bool          // --keep-going
	fetchTimeout time.Duration // --fetch-timeout
}

func (f *inputFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.date, "date", "", "the articles' publication date, YYYY-MM-DD: it overrides what an article says")
	fl.BoolVar(&f.keepGoing, "keep-going", false, "go on past an article that cannot be read, and report every failure at the end (exit status 2)")
	fl.DurationVar(&f.fetchTimeout, "fetch-timeout", fetch.DefaultTimeout, "how long to wait for each page of a URL")
}

// check validates the flags and makes --date YYYY-MM-DD.
func (f *inputFlags) check() error {
	if f.date != "" {
		d, err := extract.ParseDate(f.date)
		if err != nil {
			return usageError("--date: %v", err)
		}
		f.date = d
	}
	if f.fetchTimeout <= 0 {
		return usageError("--fetch-timeout %s: want a positive duration such as 30s", f.fetchTimeout)
	}
	return nil
}

func (f *inputFlags) fetcher() fetch.Config {
	return fetch.Config{Timeout: f.fetchTimeout, MaxBytes: extract.DefaultMaxBytes}
}

// sources turns the arguments of extract or ingest into articles to read:
// "-" is standard input (once), an http:// or https:// URL is fetched, and
// anything else is a file. Each article read gets --date, and an article
// read from another encoding than UTF-8 is logged.
func (f *inputFlags) sources(g *globals, args []string, stdin io.Reader) ([]articleSource, error) {
	out := make([]articleSource, 0, len(args))
	dashes := 0
	for _, arg := range args {
		var src articleSource
		switch {
		case arg == "-":
			if dashes++; dashes > 1 {
				return nil, usageError("- (standard input) given more than once")
			}
			src = articleSource{name: "standard input", read: func(context.Context) (extract.Article, error) { return readStdin(stdin) }}
		case fetch.IsURL(arg):
			src = articleSource{name: arg, read: func(ctx context.Context) (extract.Article, error) { return fetchArticle(ctx, f.fetcher(), arg) }}
		default:
			src = articleSource{name: arg, read: func(context.Context) (extract.Article, error) { return extract.ReadFile(arg) }}
		}
		out = append(out, f.finish(g, src))
	}
	return out, nil
}

// finish makes src's articles get --date, and logs an encoding other than
// UTF-8.
func (f *inputFlags) finish(g *globals, src articleSource) articleSource {
	read := src.read
	src.read = func(ctx context.Context) (extract.Article, error) {
		a, err := read(ctx)
		if err != nil {
			return a, err
		}
		if f.date != "" {
			a.Date = f.date
		}
		if a.Encoding != "" {
			g.log.Info().Str("article", src.name).Str("encoding", a.Encoding).Msg("read as " + a.Encoding + ", not UTF-8")
		}
		return a, nil
	}
	return src
}

// readStdin reads an article from standard input. Its id is its headline
// made a file name ("Squid Game returns" is "squid-game-returns"), so that
// the same article read twice has the same id; "stdin" when it has none.
func readStdin(r io.Reader) (extract.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, extract.DefaultMaxBytes+1))
	if err != nil {
		return extract.Article{}, fmt.Errorf("read standard input: %w", err)
	}
	a, err := extract.Parse("standard input", bytes.NewReader(data))
	if err != nil {
		return a, err
	}
	a.ID = titleID(a.Title)
	return a, nil
}

// titleID makes a headline an article id: lower case, each run of other
// characters than letters and digits one "-", at most 80 bytes.
func titleID(title string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(title) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = true
			continue
		}
		if b.Len()+len(string(r)) > 80 {
			break
		}
		if gap && b.Len() > 0 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "stdin"
	}
	return b.String()
}

// fetchArticle fetches the page at url and reads it as package extract
// reads a file: HTML or text, in the character set the server declares
// when it is not UTF-8. Its id is fetch.ArticleID(url).
func fetchArticle(ctx context.Context, fc fetch.Config, url string) (extract.Article, error) {
	p, err := fc.Get(ctx, url)
	if err != nil {
		return extract.Article{}, err
	}
	if ct := strings.ToLower(p.ContentType); ct != "" && !strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "html") && !strings.Contains(ct, "xml") {
		return extract.Article{}, graph.Errorf(graph.EINVALID, "%s: not a page but %s", url, p.ContentType)
	}
	id := fetch.ArticleID(url)
	a, err := extract.Reader{Charset: p.Charset}.Parse(url, bytes.NewReader(p.Body))
	a.ID = id
	return a, err
}
