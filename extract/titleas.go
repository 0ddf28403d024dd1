package extract

// "X starred in T as C": the character after the title, where "X starred
// as C in T" names it before; and the list of titles after "best known
// for", which ends at a person's name.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// charAfterTitleAs is the character named by "as C" right after the one
// title at i, "starred in Lantern Hill as Tom Vance from 2004", or "".
func (x *extractor) charAfterTitleAs(i int, titles []string) string {
	if len(titles) != 1 {
		return ""
	}
	e := i + 1 // past the title's tokens: "Home and Away" as titleList read it
	for e < len(x.toks) && e < i+14 && unquote(x.span(i, e)) != titles[0] {
		e++
	}
	if unquote(x.span(i, e)) != titles[0] || x.tok(e).low != "as" || !x.tok(e+1).cap || x.tok(e+1).has(cStopWords) {
		return "" // not "in T as well as U", "as part of", "as the villain"
	}
	ce := x.charAt(e + 1)
	if ce <= e+1 {
		return ""
	}
	if n := x.tok(ce); !(ce == len(x.toks) || n.kind == tPunct && n.text != "(" && n.text != "'" || n.kind == tWord && !n.cap && n.low != "and") {
		return "" // not "as Tom Vance and ...": the words go on
	}
	c := x.span(e+1, ce)
	if x.knownPerson(c) != "" || x.isShow(c) || x.isNetwork(c) || describes(c) {
		return ""
	}
	return c
}

// namesEndTitles cuts titles before the first one after the first that
// reads as a person's name, two or three capitalized words the first of
// which starts names, after ", and", and is no show the article knows:
// "Also starring are X, best known for T, and Y" lists Y with X.
func (x *extractor) namesEndTitles(titles []string) []string {
	for n := 1; n < len(titles); n++ {
		ti := titles[n]
		first, rest, ok := cutByte(ti, ' ')
		if !ok || strings.Count(rest, " ") > 1 || !isNameStart(first) || x.isShow(ti) || !strings.Contains(x.s.text, ", and "+ti) {
			continue
		}
		name := true
		for _, w := range strings.Fields(rest) {
			r, _ := utf8.DecodeRuneInString(w)
			name = name && unicode.IsUpper(r)
		}
		if name {
			return titles[:n]
		}
	}
	return titles
}
