package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"unicode"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/samples"
)

// Source is an article to ingest: its name for messages and how to read it.
type Source struct {
	Name string
	Read func(ctx context.Context) (extract.Article, error)
}

// Sources turns the arguments of extract or ingest into articles to read:
// "-" is stdin (once), an http:// or https:// URL is fetched with fc, and
// anything else is a file. Each article read gets date when it is not "",
// and an article read from another encoding than UTF-8 is logged.
func Sources(args []string, stdin io.Reader, fc fetch.Config, date string, log zerolog.Logger) ([]Source, error) {
	out := make([]Source, 0, len(args))
	dashes := 0
	for _, arg := range args {
		var src Source
		switch {
		case arg == "-":
			if dashes++; dashes > 1 {
				return nil, graph.Errorf(graph.EINVALID, "- (standard input) given more than once")
			}
			src = Source{Name: "standard input", Read: func(context.Context) (extract.Article, error) { return readStdin(stdin) }}
		case fetch.IsURL(arg):
			src = Source{Name: arg, Read: func(ctx context.Context) (extract.Article, error) { return FetchArticle(ctx, fc, arg) }}
		default:
			src = File(arg)
		}
		out = append(out, finish(src, date, log))
	}
	return out, nil
}

// File is the article in the file path (NAME.txt or NAME.html).
func File(path string) Source {
	return Source{Name: path, Read: func(context.Context) (extract.Article, error) { return extract.ReadFile(path) }}
}

// finish makes src's articles get date, and logs an encoding other than
// UTF-8.
func finish(src Source, date string, log zerolog.Logger) Source {
	read := src.Read
	src.Read = func(ctx context.Context) (extract.Article, error) {
		a, err := read(ctx)
		if err != nil {
			return a, err
		}
		if date != "" {
			a.Date = date
		}
		if a.Encoding != "" {
			log.Info().Str("article", src.Name).Str("encoding", a.Encoding).Msg("read as " + a.Encoding + ", not UTF-8")
		}
		return a, nil
	}
	return src
}

// Dir returns every *.txt and *.html article in fsys.
func Dir(fsys fs.FS) ([]Source, error) {
	var out []Source
	for _, pat := range []string{"*.txt", "*.html"} {
		names, err := fs.Glob(fsys, pat)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			out = append(out, Source{Name: n, Read: func(context.Context) (extract.Article, error) {
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

// FetchArticle fetches the page at url and reads it as package extract
// reads a file: HTML or text, in the character set the server declares
// when it is not UTF-8. Its id is fetch.ArticleID(url).
func FetchArticle(ctx context.Context, fc fetch.Config, url string) (extract.Article, error) {
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

// ExtractFunc reads an article's facts for the ingestArticle mutation
// (schema.Config.Extract), knowing the shows already in store: id names
// the article, text is plain text or HTML, date is used when the text
// gives none.
func ExtractFunc(store graph.Store) func(ctx context.Context, id, text, date string) ([]graph.Fact, error) {
	return func(ctx context.Context, id, text, date string) ([]graph.Fact, error) {
		a, err := extract.Parse(id, strings.NewReader(text))
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "article %s: %v", id, err)
		}
		if a.Date == "" {
			a.Date = date
		}
		return extract.Try(a, extract.Options{KnownShow: loader.KnownShow(ctx, store)})
	}
}

// Samples ingests the sample articles built into castgraph (samples) into
// store, as Run does with default options.
func Samples(ctx context.Context, store graph.Store, log zerolog.Logger) (Result, error) {
	articles, err := Dir(samples.Articles())
	if err != nil {
		return Result{}, err
	}
	return Run(ctx, store, articles, Options{}, log)
}
