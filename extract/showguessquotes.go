package extract

// Two more shapes of a wrong guess of the article's show: a quoted
// nickname inside a person's name ("schoolgirl ‘Plain Jane Superbrain’
// Harris"), a quoted title followed at once by a lone capitalised
// surname; and a title cut at an ellipsis inside a longer one ("ONCE UPON
// A TIME.... IN HOLLYWOOD").

import "strings"

// quotedNickname reports whether the quoted title from k to e, in a body
// sentence, is followed at once by one capitalised word and then by no
// other: a nickname quoted inside a person's name, "schoolgirl ‘Plain Jane
// Superbrain’ Harris back in the 1980s", no title.
func (x *extractor) quotedNickname(k, e int) bool {
	if x.s.head || !isQuote(x.tok(k).text) || e >= len(x.toks) {
		return false
	}
	n := x.tok(e)
	if n.kind != tWord || !n.cap || n.has(cStopWords|cCastNouns|cJobNoun|cGenreNouns|cDateWords) {
		return false
	}
	if e+1 < len(x.toks) && x.tok(e+1).kind == tWord && x.tok(e+1).cap {
		return false // "‘T’ Tom Hanks plays": a full name after the title
	}
	if k > 0 && x.tok(k-1).kind == tWord && x.tok(k-1).cap {
		return true // "Ana ‘Nick’ Selo"
	}
	return k > 0 && x.tok(k-1).kind == tWord && !x.tok(k-1).cap && !x.tok(k-1).has(cStopWords|cGenreNouns|cCastVerbs)
}

// ellipsisCut reports whether the article writes title only next to an
// ellipsis inside a longer title, "ONCE UPON A TIME.... IN HOLLYWOOD":
// the title's head before the dots or its tail after them is no title of
// its own.
func ellipsisCut(text, title string) bool {
	if len(title) < 2 {
		return false
	}
	seen := false
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], title)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(title)
		b := strings.TrimRight(text[:at], " \t")
		if !strings.HasSuffix(b, "..") && !strings.HasSuffix(b, "…") && !strings.HasPrefix(text[i:], "..") && !strings.HasPrefix(text[i:], "…") {
			return false
		}
		seen = true
	}
	return seen
}
