package extract

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/castgraph/castgraph/graph"
)

// parseHTML reads a saved news page: the article body as text, one
// paragraph a line, the title and the publication date from the metadata.
func parseHTML(name, id string, data []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, graph.Errorf(graph.EINVALID, "extract: %s: parse HTML: %v", name, err)
	}
	a := Article{ID: id}
	var metaDate, ldDate, timeDate, ogTitle, title, h1 string
	var articles []*html.Node
	var main *html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2000 { // a pathological nesting: stop descending
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := attr(n, "content")
				switch key {
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dcterms.date", "og:published_time":
					if metaDate == "" {
						metaDate = isoDate(content)
					}
				case "og:title":
					ogTitle = content
				}
			case atom.Script:
				if strings.Contains(attr(n, "type"), "ld+json") && ldDate == "" && n.FirstChild != nil {
					ldDate = jsonLDDate(n.FirstChild.Data)
				}
				return
			case atom.Time:
				if timeDate == "" {
					timeDate = isoDate(attr(n, "datetime"))
				}
			case atom.Title:
				if title == "" {
					title = textOf(n)
				}
				return
			case atom.H1:
				if h1 == "" {
					h1 = textOf(n)
				}
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				if main == nil {
					main = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)

	a.Date = firstNonEmpty(metaDate, ldDate, timeDate)
	a.Title = graph.CleanSpace(firstNonEmpty(h1, ogTitle, title))

	root := largest(articles)
	if root == nil {
		root = main
	}
	if root == nil {
		root = densest(doc)
	}
	if root == nil {
		root = doc
	}
	var lines []string
	for _, l := range strings.Split(blockText(root), "\n") {
		if l = graph.CleanSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if a.Title != "" && (len(lines) == 0 || lines[0] != a.Title) {
		lines = append([]string{a.Title}, lines...)
	}
	a.Text = strings.Join(lines, "\n")
	return a, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

var isoDateRe = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`)

// isoDate returns the YYYY-MM-DD date that s starts with, or "".
func isoDate(s string) string {
	if m := isoDateRe.FindStringSubmatch(s); m != nil && graph.ValidDate(m[1]) {
		return m[1]
	}
	return ""
}

// jsonLDDate finds "datePublished" in a JSON-LD block: an object, a list of
// objects, or an object with an "@graph" list.
func jsonLDDate(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 20 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok {
				if d := isoDate(s); d != "" {
					return d
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if d := find(v[k], depth+1); d != "" {
					return d
				}
			}
		case []any:
			for _, e := range v {
				if d := find(e, depth+1); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// skipped reports whether an element holds page furniture, not article text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer,
		atom.Aside, atom.Form, atom.Iframe, atom.Svg, atom.Figure, atom.Template,
		atom.Button, atom.Select, atom.Head, atom.Title:
		return true
	}
	return false
}

func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Li, atom.Ul, atom.Ol,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Br,
		atom.Tr, atom.Table, atom.Pre, atom.Dd, atom.Dt, atom.Hr:
		return true
	}
	return false
}

// blockText is the text of n with one line per block element. A title set
// in italics (<i>, <em>, <cite>: "the drama <i>Crow Hill</i>"), as many
// outlets print titles, is put in curly quotes, as others print them, so
// that the title reads as one whatever the words in it.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2000 {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped(n) {
				return
			}
			if block(n.DataAtom) {
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			}
			if italicTitle(n, b.String()) {
				b.WriteString("“")
				defer b.WriteString("”")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// italicTitle reports whether n is an italic run that names a title, given
// the text written before it: a few words that start with a capital or a
// digit and are not a sentence, not already in quotes, and not all of their
// block (an italic paragraph is a standfirst or a caption, not a title).
func italicTitle(n *html.Node, before string) bool {
	switch n.DataAtom {
	case atom.I, atom.Em, atom.Cite:
	default:
		return false
	}
	t := textOf(n)
	if t == "" || len(t) > 120 || len(strings.Fields(t)) > 12 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.ContainsAny(t[:1], "\"'‘“") || strings.HasSuffix(t, ".") || strings.Contains(t, ". ") {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " ")); strings.ContainsRune("\"'‘“", last) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && block(p.DataAtom) {
			return textOf(p) != t
		}
	}
	return true
}

// textOf is the text inside n, with space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2000 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return graph.CleanSpace(b.String())
}

// largest is the node among ns with the most body text.
func largest(ns []*html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	for _, n := range ns {
		if l := len(blockText(n)); l > bestLen {
			best, bestLen = n, l
		}
	}
	return best
}

// densest finds the element whose own <p> children hold the most text: the
// usual shape of an article body on a page without an <article> element.
func densest(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 2000 || (n.Type == html.ElementNode && skipped(n)) {
			return
		}
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				own += len(textOf(c))
			}
			walk(c, depth+1)
		}
		if own > bestLen {
			best, bestLen = n, own
		}
	}
	walk(doc, 0)
	return best
}
