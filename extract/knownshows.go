package extract

// Known shows: whether a title names a show the article or the caller
// knows, and a quoted title without its quotes.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// isShow reports whether title names a show known to the article or caller.
func (x *extractor) isShow(title string) bool {
	n := x.memo.lookup(title)
	if n.showEpoch != x.epoch {
		n.show = x.isShowUncached(title, n.skeyOf(x.memo, title))
		n.showEpoch = x.epoch
	} else if !n.show && x.know.log != nil && n.skey != "" {
		x.know.log.add(askShow, n.skey) // the question isShowUncached asked
	}
	return n.show
}

func (x *extractor) isShowUncached(title, key string) bool {
	if key == "" {
		return false
	}
	// most articles have no section heading: the map is asked only where
	// one was read
	if key == x.showKey || x.know.show(key) || len(x.headings) != 0 && x.headings[key] || x.isAbbr(title) || x.showSubtitle(title) {
		return true
	}
	return x.opt.KnownShow != nil && x.opt.KnownShow(title)
}

func (x *extractor) isAbbr(s string) bool {
	return x.abbr != "" && s == x.abbr
}

// showSubtitle reports whether title, of two words or more, is what the
// article's show writes after its colon, where the article writes the
// whole most times (colonHeadFull): "Hollow Orbit" of "Star Voyage:
// Hollow Orbit", the show named short; not "The Lion King" of "Mufasa: The
// Lion King", written whole once, another film.
func (x *extractor) showSubtitle(title string) bool {
	n := len(x.show) - len(title)
	return n > 2 && x.show[n-2:n] == ": " && strings.HasSuffix(x.show, title) && hasByte(title, ' ') && x.colonHeadFull(title) == x.show
}

// unquote drops the quotes around a quoted title, and a comma or full stop
// kept inside them: “Hotel Lumiere,” is Hotel Lumiere, `Kessel Bay' is Kessel Bay.
func unquote(s string) string {
	if s == "" {
		return s
	}
	if strings.HasPrefix(s, "’") {
		s = "‘" + s[len("’"):] // the Danish ’Havnefolk’: a title opened with the closing mark (closingquotes.go)
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r != '“' && r != '"' && r != '‘' && r != '\'' && r != '`' && r != '„' && r != '«' && r != '”' && r != '»' && (r < '〈' || r > '』') {
		return s
	}
	return strings.TrimSpace(strings.Trim(s, "“”\"‘’′'`,. „«»「」『』《》〈〉"))
}

// initialsOf is the capitals of the words of s: "IB" for "Intelligence
// Bureau".
func initialsOf(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// skeyNew is skeyOf where n holds no key yet.
func (n *name) skeyNew(m *memo, title string) string {
	if mayHaveSeasons(title) {
		// graph.ShowKey: the fold of the title split from its seasons,
		// kept for split too: the expression runs once a title
		if n.has&hasSplit == 0 {
			n.title, n.seasons = graph.SplitSeasons(title)
			n.has |= hasSplit
		}
		n.skey = m.foldNew(n.title)
	} else if b := revivalBase(title); len(b) != len(title) {
		n.skey = m.foldNew(b) // "T, el regreso": the key of T
	} else {
		n.skey = n.foldOf(m, title)
	}
	n.has |= hasSkey
	return n.skey
}
