package extract

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoted reports whether s opens with a quotation mark.
func quoted(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '“' || r == '"' || r == '‘' || r == '\''
}

// hasOpenQuote is strings.ContainsAny(s, "“\""), without decoding s rune by
// rune: in UTF-8 the bytes of “ stand for nothing else. “ is looked for
// by its last byte, 0x9c, which few characters of news text end with,
// where a search by its first, 0xe2, stops at every ’, ” and dash.
func hasOpenQuote(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], 0x9c)
		if j < 0 {
			return false
		}
		if i += j; i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
			return true
		}
	}
}

// lastWordMark is strings.LastIndexAny(s, " \t(\"“‘"), where the word
// before a full stop starts, read back a byte at a time: in UTF-8 the
// bytes of “ and ‘ stand for nothing else, and the rune-by-rune path of
// LastIndexAny for a set with them cost more than the rest of a sentence
// end's test.
func lastWordMark(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\t', '(', '"':
			return i
		case 0x9c, 0x98: // the last bytes of “ and ‘
			if i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xe2 {
				return i - 2
			}
		}
	}
	return -1
}

// hasQuoteMark is strings.ContainsAny(s, "'‘“\""), without decoding s rune
// by rune.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "‘")
}

// quotedWithItem reports whether the semicolon at k of sentence p[:j]
// goes on with a career's list of quoted titles and their co-stars, "in
// productions such as 'T1' with A; 'T2' with B and C or 'T3' with D": the
// clause since start has " with ", and a quoted title of no more than
// eight words and "with" follow the semicolon. One sentence, so that each
// title's co-stars and the clause's subject are read together.
func quotedWithItem(p string, start, k, j int) bool {
	rest := strings.TrimLeft(p[k+1:j], " ")
	if rest == "" || !strings.Contains(p[start:k], " with ") {
		return false
	}
	var closing string
	switch {
	case rest[0] == '\'' || rest[0] == '"':
		closing = rest[:1]
	case strings.HasPrefix(rest, "‘"):
		closing = "’"
	case strings.HasPrefix(rest, "“"):
		closing = "”"
	default:
		return false
	}
	_, n := utf8.DecodeRuneInString(rest)
	rest = rest[n:]
	e := strings.Index(rest, closing+" with ")
	return e > 0 && strings.Count(rest[:e], " ") < 8
}

// quotedWillClause reports whether the comma at k of sentence p[:j] ends
// a clause that quotes a title (since start) before a new clause that
// quotes another: capitalized words and "will" after the comma (or after
// ", and"), and a quoted title in each part.
func quotedWillClause(p string, start, k, j int) bool {
	if !hasOpenQuote(p[start:k]) {
		return false
	}
	rest := p[k+1 : j]
	rest = strings.TrimLeft(rest, "”\" ")
	rest = strings.TrimPrefix(rest, "and ")
	if !hasOpenQuote(rest) {
		return false
	}
	caps, i := 0, -1
	for w := range strings.FieldsSeq(rest) { // the first words only, not a slice of them all
		if i++; i >= 7 || strings.ContainsAny(w, ",;:()“”\"") {
			return false
		}
		if w == "will" {
			return caps >= 2 && i > 0
		}
		if r, _ := utf8.DecodeRuneInString(w); isUpperUnicode(r) {
			caps++
		}
	}
	return false
}

// camelCap reports whether w is a word whose capital comes second, after
// one lower-case letter, "eHostela", "iZombie": a name, read as
// capitalized.
func camelCap(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	if w[2] >= 'a' && w[2] <= 'z' {
		return len(w) >= 4 // "iZombie"
	}
	for i := 2; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true // "iDOL": a lower-case letter, then capitals
}

// digitCap reports whether w opens with digits, a hyphen and a capital:
// "4-Gatsu" in "4-Gatsu no Kimi, Spica", read as capitalized.
func digitCap(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	i := 1
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	return i+1 < len(w) && w[i] == '-' && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// closeOf returns the index of the bracket closing the one at i, or -1.
func (x *extractor) closeOf(i int) int {
	open := x.toks[i].text
	want := ")"
	if open == "[" {
		want = "]"
	}
	depth := 0
	for k := i; k < len(x.toks) && k < i+60; k++ {
		switch x.toks[k].text {
		case open:
			depth++
		case want:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// openOf returns the index of the bracket opening the one closing at j, or
// -1.
func (x *extractor) openOf(j int) int {
	close := x.toks[j].text
	want := "("
	if close == "]" {
		want = "["
	}
	depth := 0
	for k := j; k >= 0 && k > j-60; k-- {
		switch x.toks[k].text {
		case close:
			depth++
		case want:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// indexes yields the index of every occurrence of sub in s, overlapping
// ones too.
func indexes(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if sub == "" {
			return
		}
		for i := strings.Index(s, sub); i >= 0; {
			if !yield(i) {
				return
			}
			next := strings.Index(s[i+1:], sub)
			if next < 0 {
				return
			}
			i += next + 1
		}
	}
}

// closeQuote reports whether the token at k closes a quotation: ” or ’, or a
// straight quote that follows a word without a space.
func (x *extractor) closeQuote(k int) bool {
	if k <= 0 || k >= len(x.toks) {
		return false
	}
	switch x.toks[k].text {
	case "”":
		return true
	case "“":
		// “T“: an opening mark set after a word, with no word after it
		prev := &x.toks[k-1]
		return prev.end == x.toks[k].start && prev.kind != tPunct && (k+1 == len(x.toks) || x.toks[k+1].start > x.toks[k].end || x.toks[k+1].kind == tPunct)
	case "\"", "'", "’":
		prev := &x.toks[k-1]
		adjacent := prev.end == x.toks[k].start
		return adjacent && (prev.kind != tPunct || prev.text == "," || prev.text == "." || prev.text == "!" || prev.text == "?")
	}
	return false
}

// mayHaveSeasons reports whether title may end in a season qualifier, as
// graph.SplitSeasons reads it: the qualifier ends in a digit, then an
// optional ")" and space.
func mayHaveSeasons(title string) bool {
	t := title
	for t != "" {
		// strings.TrimRightFunc(t, unicode.IsSpace), a byte at a time
		if c := t[len(t)-1]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			t = t[:len(t)-1]
		} else if r, n := utf8.DecodeLastRuneInString(t); unicode.IsSpace(r) {
			t = t[:len(t)-n]
		} else {
			break
		}
	}
	t = strings.TrimSuffix(t, ")")
	return t != "" && '0' <= t[len(t)-1] && t[len(t)-1] <= '9'
}

// isAlnumUnicode is isAlnum past ASCII. The block of general punctuation
// (U+2000 to U+206F: the curly quotes, dashes and spaces of news copy)
// holds no letter nor digit, and is answered without unicode's tables.
//
//go:noinline // keeps the ASCII fast path inlined
func isAlnumUnicode(r rune) bool {
	return !(0x2000 <= r && r <= 0x206f) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// quoteMark is the text of token j, in a quotation opened by o, for
// titleAt's search for the closing mark: "’" after a plural is its
// possessive, no closing mark, where a curly opening mark (which closes
// with ” or ") opened the quotation and a lower-case word goes on: "“A
// teaser featuring the series’ cast was released”".
func (x *extractor) quoteMark(o string, j int) string {
	m := x.tok(j)
	if o == "“" && (m.text == "’" || m.text == "'") && strings.HasSuffix(x.tok(j-1).low, "s") && x.tok(j-1).end == m.start && x.tok(j+1).kind == tWord && !x.tok(j+1).cap {
		return ""
	}
	return m.text
}

// quoteBeforeBracket reports whether the article's text has a closing or
// straight quote, then spaces or none, then "(": the only place where
// findTranslatedTitle finds a title in brackets after a quoted one. Read
// once an article.
func (x *extractor) quoteBeforeBracket() bool {
	if x.memo.quoted == 0 {
		x.memo.quoted = 1 + uint8(boolInt(quoteBeforeBracketIn(x.a.Text)))
	}
	return x.memo.quoted == 2
}

// quoteBeforeBracketIn is quoteBeforeBracket, read anew: ', ", ’ or ”
// before the spaces before a "(" of text.
func quoteBeforeBracketIn(text string) bool {
	for i := strings.IndexByte(text, '('); i >= 0; {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if j > 0 {
			switch c := text[j-1]; {
			case c == '\'' || c == '"':
				return true
			case (c == 0x99 || c == 0x9d) && j >= 3 && text[j-3] == 0xe2 && text[j-2] == 0x80: // ’ or ”
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
