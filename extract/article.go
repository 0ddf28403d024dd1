package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// DefaultMaxBytes is the largest input Parse and ReadFile accept by default.
const DefaultMaxBytes = 10 << 20

// Article is one news article, ready for Extract.
type Article struct {
	ID    string // the article's id: its file name without extension
	Title string // the page title or headline, where known
	Date  string // the publication date, YYYY-MM-DD, or ""
	Text  string // the body as plain text, one paragraph a line
}

// Reader reads articles from files and streams. The zero Reader is ready to
// use.
type Reader struct {
	// MaxBytes is the largest input accepted; larger inputs are an error.
	// Default: DefaultMaxBytes (10 MB).
	MaxBytes int64
}

// ReadFile reads the article in the file at path with the default Reader.
func ReadFile(path string) (Article, error) { return Reader{}.ReadFile(path) }

// Parse reads one article from r with the default Reader.
func Parse(id string, r io.Reader) (Article, error) { return Reader{}.Parse(id, r) }

// ReadFile reads the article in the file at path: .html and .htm files as
// HTML, .txt files as text, anything else by sniffing its content. The
// article's ID is the file name without its extension. Errors name the file.
func (rd Reader) ReadFile(path string) (Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return Article{}, fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	base := filepath.Base(path)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	data, err := rd.read(path, f)
	if err != nil {
		return Article{}, err
	}
	switch strings.ToLower(filepath.Ext(base)) {
	case ".html", ".htm", ".xhtml":
		return parseHTML(path, id, data)
	case ".txt", ".text":
		return parseText(id, data), nil
	}
	return rd.parse(path, id, data)
}

// Parse reads one article from r, telling text from HTML by its content.
// Errors name the article by id: empty input, binary data, input larger
// than MaxBytes, or HTML that cannot be parsed. They have code
// graph.EINVALID unless reading r failed.
func (rd Reader) Parse(id string, r io.Reader) (Article, error) {
	data, err := rd.read(id, r)
	if err != nil {
		return Article{}, err
	}
	return rd.parse(id, id, data)
}

func (rd Reader) parse(name, id string, data []byte) (Article, error) {
	if looksHTML(data) {
		return parseHTML(name, id, data)
	}
	return parseText(id, data), nil
}

// read reads all of r, checking size and content; name says where in errors.
func (rd Reader) read(name string, r io.Reader) ([]byte, error) {
	max := rd.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("extract: read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, graph.Errorf(graph.EINVALID, "extract: %s: input larger than %d bytes", name, max)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "extract: %s: empty input", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, graph.Errorf(graph.EINVALID, "extract: %s: binary input (NUL byte at offset %d)", name, i)
	}
	if !utf8.Valid(data) {
		bad := 0
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				bad++
			}
			i += n
		}
		if bad*20 > len(data) { // more than 5% invalid: not text
			return nil, graph.Errorf(graph.EINVALID, "extract: %s: binary input (%d of %d bytes are not UTF-8)", name, bad, len(data))
		}
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return data, nil
}

// looksHTML reports whether data starts like an HTML document.
func looksHTML(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	h := strings.ToLower(string(head))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<?xml", "<!--", "<meta", "<div", "<p>", "<p ", "<title"} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// dateLine matches the optional date prefix of a text article: " date
// 2025-07-23" at the very start, alone on its line or before the first
// sentence.
var dateLine = regexp.MustCompile(`^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*`)

// parseText reads a plain-text article: an optional date prefix, then one
// paragraph a line. The first line is kept as the title when it reads like a
// headline (no closing full stop).
func parseText(id string, data []byte) Article {
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	a := Article{ID: id}
	if m := dateLine.FindStringSubmatchIndex(text); m != nil {
		d := text[m[2]:m[3]]
		if validDate(d) {
			a.Date = d
			text = text[m[1]:]
		}
	}
	a.Text = strings.TrimSpace(text)
	first, _, _ := strings.Cut(a.Text, "\n")
	if first = strings.TrimSpace(first); first != "" && !strings.ContainsAny(first[len(first)-1:], ".!?\"”") {
		a.Title = first
	}
	return a
}

// validDate reports whether s is a date as graph.Fact.Validate accepts it:
// YYYY-MM-DD with a month 1..12 and a day 1..31.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return false
	}
	m, d := atoi(s[5:7]), atoi(s[8:])
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}
