package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
	// Encoding is the character encoding the input was read from when it
	// was not UTF-8, and how that was known: "UTF-16LE (byte order mark)",
	// "windows-1252 (declared by the page's <meta charset>)". "" for UTF-8.
	Encoding string
}

// Reader reads articles from files and streams. The zero Reader is ready to
// use.
type Reader struct {
	// MaxBytes is the largest input accepted; larger inputs are an error.
	// Default: DefaultMaxBytes (10 MB).
	MaxBytes int64
	// Charset is the character set the input is declared in, as an HTTP
	// Content-Type names it ("iso-8859-1"), used when the input is not valid
	// UTF-8 (see decode.go). Default "": none declared.
	Charset string
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
	data, enc, err := rd.read(path, f)
	if err != nil {
		return Article{}, err
	}
	var a Article
	switch strings.ToLower(filepath.Ext(base)) {
	case ".html", ".htm", ".xhtml":
		a, err = parseHTML(path, id, data)
	case ".txt", ".text":
		a, err = readText(path, id, data)
	default:
		a, err = rd.parse(path, id, data)
	}
	a.Encoding = enc
	return a, err
}

// Parse reads one article from r, telling text from HTML by its content.
// Errors name the article by id: empty input, binary data, text that is
// not UTF-8 (and not in an encoding it can be sure of: see decode.go), a
// "Date:" line it cannot read, input larger than MaxBytes, or HTML that
// cannot be parsed. They have code
// graph.EINVALID unless reading r failed.
func (rd Reader) Parse(id string, r io.Reader) (Article, error) {
	data, enc, err := rd.read(id, r)
	if err != nil {
		return Article{}, err
	}
	a, err := rd.parse(id, id, data)
	a.Encoding = enc
	return a, err
}

func (rd Reader) parse(name, id string, data []byte) (Article, error) {
	if looksHTML(data) {
		return parseHTML(name, id, data)
	}
	return readText(name, id, data)
}

// read reads all of r, checking size and content, and returns it as UTF-8
// with the encoding it was read from (see decode); name says where in
// errors.
func (rd Reader) read(name string, r io.Reader) ([]byte, string, error) {
	max := rd.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, "", fmt.Errorf("extract: read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, "", graph.Errorf(graph.EINVALID, "extract: %s: input larger than %d bytes", name, max)
	}
	data, enc, err := decode(name, data, rd.Charset)
	if err != nil {
		return nil, "", err
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		return nil, "", graph.Errorf(graph.EINVALID, "extract: %s: empty input", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, "", graph.Errorf(graph.EINVALID, "extract: %s: binary input (NUL byte at offset %d)", name, i)
	}
	return data, enc, nil
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

// parseText reads a plain-text article: an optional date (see textDate),
// then one paragraph a line. The first line is kept as the title when it
// reads like a headline (no closing full stop). A date line it cannot read
// stays in the text; readText refuses it instead.
func parseText(id string, data []byte) Article {
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	a := Article{ID: id}
	if d, rest, err := textDate(text); err == nil && d != "" {
		a.Date, text = d, rest
	}
	a.Text = strings.TrimSpace(text)
	first, _, _ := strings.Cut(a.Text, "\n")
	if first = strings.TrimSpace(first); first != "" && !strings.ContainsAny(first[len(first)-1:], ".!?\"”") {
		a.Title = first
	}
	return a
}

// readText is parseText that refuses a "Date:" line whose date it cannot
// read, naming the article (name) and the line.
func readText(name, id string, data []byte) (Article, error) {
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	if _, _, err := textDate(text); err != nil {
		return Article{}, graph.Errorf(graph.EINVALID, "extract: %s: %v", name, err)
	}
	return parseText(id, data), nil
}
