package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Token kinds.
const (
	tWord  = iota // letters, digits and inner hyphens or apostrophes
	tNum          // digits only
	tPunct        // one punctuation rune
	tPoss         // the possessive 's
)

// token is one token of a sentence; start and end are byte offsets into the
// sentence text.
type token struct {
	text       string
	low        string // text in lower case
	start, end int32
	class      uint64 // word classes of low: cStopWords, ...
	kind       uint8
	cap        bool   // a word starting with an upper-case letter
	flags      uint8  // fName, fChar
	cue        uint8  // foreignCueKinds[low], set with class
	wbit       uint16 // a word's bit in its sentence's words: wordBit(low)
	id         uint16 // low's id among the words of the word sets (wordIDs), or 0
}

// Token flags.
const (
	fName    = 1 << iota // may be part of a person's name
	fChar                // may be part of a character's name
	fAge                 // an age: "17-year-old"
	fMaker               // makerSuffix: a name joined to a participle, "Renner-led"
	fHyphen              // a word with a "-" inside: "Oscar-winning"
	fForeign             // a word readForeignCues reads at: its cue is not 0 (cueFlag)
)

// sentence is one sentence of an article, tokenized.
type sentence struct {
	text      string
	whole     string // for a clause of a longer sentence, that sentence: the evidence
	cleaned   string // text with space collapsed, once asked for
	toks      []token
	para      int      // index of its paragraph
	head      bool     // a headline or heading line, not prose
	first     bool     // the first sentence of its paragraph
	classes   uint64   // the word classes of its tokens, together
	words     wordBits // a bit for each of its words (wordBit): a word whose bit is clear is not there
	groups    uint64   // the bits of the grouped masks that hold one of its words (wordgroups.go)
	kinds     uint8    // 1<<kind of its tokens, together
	flags     uint8    // the flags of its tokens (fName, fHyphen, ...), together
	parens    bool     // a token of it is "("
	rules     ruleSet  // the rules whose trigger it has (ruletriggers.go), once rulesMade
	rulesMade bool
	intro     int32 // introEnd + 1, once asked
	// 1 + whether it speaks of contestants, may have a prize holder's word
	// (prizeHolderWords), is in another language (sentForeign), once asked
	contestants, prizeHolders, foreign int8
	companyNoun                        int8 // 1 + whether a word of it is a company's noun (isCompanyLeadNoun), once asked
	// notAPersonLast is the index + 1 in memo.notAPerson of the last
	// answer notAPersonHere kept for the sentence, or 0
	notAPersonLast int32
}

// clean is the sentence with runs of space collapsed: the fact evidence.
func (s *sentence) clean() string {
	if s.cleaned == "" {
		if s.whole != "" {
			s.cleaned = cleanSpace(s.whole)
		} else {
			s.cleaned = cleanSpace(s.text)
		}
	}
	return s.cleaned
}

// evidence is the sentence a fact read from s rests on: the whole sentence
// for a clause.
func (s *sentence) evidence() string {
	if s.whole != "" {
		return s.whole
	}
	return s.text
}

// clauses appends to out the spans of the clauses of sentence p[i:j]: a
// long sentence of a roundup splits at its semicolons ("There's the drama
// T1, starring X; the thriller T2, starring Y"), outside brackets.
func clauses(out [][2]int, p string, i, j int) [][2]int {
	if seg := p[i:j]; strings.IndexByte(seg, ';') < 0 && !hasOpenQuote(seg) {
		// no semicolon and no opening quote, which each split needs: one
		// clause
		if s, e := trimSpace(p, i, j); s < e {
			out = append(out, [2]int{s, e})
		}
		return out
	}
	start, depth := i, 0
	for k := i; k < j; k++ {
		if !clauseBytes[p[k]] {
			continue // none of the cases below
		}
		switch p[k] {
		case '(':
			depth++
		case ')':
			depth--
		case ';':
			if depth == 0 && k-start > 40 && j-k > 40 && !quotedWithItem(p, start, k, j) {
				if s, e := trimSpace(p, start, k+1); s < e {
					out = append(out, [2]int{s, e})
				}
				start = k + 1
			}
		case ',':
			// "X will guest on “T1” as C, Y will play D on “T2,” and Z
			// will appear on “T3.”": a clause for each quoted title
			if depth == 0 && quotedWillClause(p, start, k, j) {
				end := k + 1
				if strings.HasPrefix(p[end:j], "”") {
					end += len("”") // “The Middle,” closes its quote
				} else if strings.HasPrefix(p[end:j], "\"") {
					end++
				}
				if s, e := trimSpace(p, start, end); s < e {
					out = append(out, [2]int{s, e})
				}
				start = end
			}
		}
	}
	if s, e := trimSpace(p, start, j); s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}

// stopBytes are the bytes that may end a sentence: '.', '!', '?'.
var stopBytes = byteSet(".!?")

// clauseBytes are the bytes clauses reads: '(', ')', ';', ','.
var clauseBytes = byteSet("();,")

// wordJoinByte are the ASCII bytes a word may go on past: '-', '.', an
// apostrophe, '*'.
var wordJoinByte = byteSet("-.'*")

// byteSet is a table of the bytes of s.
func byteSet(s string) (t [256]bool) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// splitSentences appends to out the spans of the sentences of a paragraph
// (one line).
func splitSentences(out [][2]int, p string) [][2]int {
	start := 0
	for i := 0; i < len(p); {
		// the next stop; all three are ASCII, so no rune is split
		i = nextStop(p, i)
		if i == len(p) {
			break
		}
		r, n := rune(p[i]), 1
		j := i + n
		for j < len(p) { // more stops and closing quotes/brackets
			r2, n2 := runeAt(p, j)
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' {
				j += n2
				continue
			}
			break
		}
		k := j
		for k < len(p) && (p[k] == ' ' || p[k] == '\t') {
			k++
		}
		// "Bren Talo Jr. (T1) and ...": a name's suffix keeps the bracket after it
		if k == j || k >= len(p) || r == '.' && (!endsSentence(p[start:i]) || p[k] == '(' && j == i+1 && nameSuffixAt(p, i)) || openBracket(p[start:i]) || j == i+1 && stopInQuote(p, start, i) {
			i = j
			continue
		}
		next, _ := runeAt(p, k)
		if isUpper(next) || unicode.IsDigit(next) || next == '“' || next == '"' || next == '(' || next == '[' || next == '‘' || next == '¿' || next == '¡' || next == '«' || next == '„' ||
			next == '\'' && k+1 < len(p) && isUpper(rune(p[k+1])) { // "... Theo Grant. 'Salt Lake Summer' from"
			if s, e := trimSpace(p, start, j); s < e {
				out = append(out, [2]int{s, e})
			}
			start = k
		}
		i = k
	}
	if s, e := trimSpace(p, start, len(p)); s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}

// nextStop returns the index of the first '.', '!' or '?' of p at or
// after i, or len(p). It passes over eight bytes at a time where none is a
// stop.
func nextStop(p string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(p); i += 8 {
		w := load64(p, i)
		d, e, q := w^('.'*ones), w^('!'*ones), w^('?'*ones)
		if ((d-ones)&^d|(e-ones)&^e|(q-ones)&^q)&highs != 0 {
			break // a byte of the eight is a stop
		}
	}
	for i < len(p) && !stopBytes[p[i]] {
		i++
	}
	return i
}

// openBracket reports whether s leaves a round bracket open: a stop inside
// a bracket ("(Makoto in “Free!” and ...)") does not end the sentence.
func openBracket(s string) bool {
	return strings.Count(s, "(") > strings.Count(s, ")")
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return isAlnumUnicode(r)
}

var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// alnumByte is asciiAlnum for any byte: false past ASCII.
var alnumByte = func() (t [256]bool) {
	copy(t[:], asciiAlnum[:])
	return t
}()

// isUpper is unicode.IsUpper with a fast path for ASCII.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return isUpperUnicode(r)
}

//go:noinline // keeps the ASCII fast path inlined
func isUpperUnicode(r rune) bool { return unicode.IsUpper(r) }

// runeAt decodes the rune at s[i:], without a call for ASCII.
func runeAt(s string, i int) (r rune, n int) {
	r = rune(s[i])
	if r < utf8.RuneSelf {
		return r, 1
	}
	return decodeRune(s, i)
}

//go:noinline // keeps the ASCII fast path inlined
func decodeRune(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// tokenize splits sentence s into tokens, appended to toks. lower is s in
// lower case when lower casing keeps every byte offset, else "".
func tokenize(toks []token, s, lower string) []token {
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++ // a space between words, the byte most often here: isSpace's case
			continue
		}
		r, n := rune(s[i]), 1 // runeAt, inlined by hand: the hot loop
		if r >= utf8.RuneSelf {
			r, n = decodeRune(s, i)
		}
		switch {
		case isAlnum(r): // first: most runes start a word, and no case below takes a letter or digit
			j := i + n
			hyphen := false // the word has a "-": the words read below with one are asked only then
			for j < len(s) {
				j = alnumEnd(s, j) // the ASCII letters and digits of the word
				if j == len(s) || s[j] < utf8.RuneSelf && !wordJoinByte[s[j]] {
					break // a space or a mark that no case below reads on
				}
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = decodeRune(s, j)
				}
				if isAlnum(r2) || r2 >= utf8.RuneSelf && unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '‐' || r2 == '.' || isApos(r2) {
					if isApos(r2) && (possAt(s, j+n2) || elision(s[i:j], s[j+n2:])) {
						break
					}
					if j+n2 < len(s) {
						if r3, _ := runeAt(s, j+n2); isAlnum(r3) {
							hyphen = hyphen || r2 == '-'
							j += n2
							continue
						}
					}
				} else if r2 == '*' && starJoin(s, j) {
					j++ // "M*A*S*H": stars between capitals, one word
					continue
				}
				break
			}
			if hyphen && isUpper(r) {
				j, hyphen = compoundTitleEnd(s, i, j) // "Riverdale-Star A": the title a word of its own (languagecompound.go)
			}
			glued := false
			if j-i >= 6 && r < utf8.RuneSelf && isUpper(r) {
				// "Lee Joo BinPark Sung Hoon": two names, the comma between
				// them lost; a comma of no width stands for it
				if g := gluedName(s[i:j], s[j:]); g < j-i {
					j, glued = i+g, true
				}
			}
			w := s[i:j]
			low := ""
			if lower != "" {
				low = lower[i:j]
			} else {
				low = strings.ToLower(w)
			}
			// an initial keeps its full stop: "K." in "Sterling K. Brown"
			if j < len(s) && s[j] == '.' && (isInitials(w) || len(low) <= abbrevLen && abbrev[low]) {
				k := j + 1
				for k < len(s) && s[k] == ' ' {
					k++
				}
				if k < len(s) {
					// "Robert Downey Jr. plays", "Sammy Davis Jr., who": a
					// name's suffix keeps its full stop before any word
					if r3, _ := runeAt(s, k); isUpper(r3) || (low == "jr" || low == "sr") && (unicode.IsLower(r3) || r3 == ',' || r3 == '(') {
						j++
						w = s[i:j]
						if lower != "" {
							low = lower[i:j]
						} else {
							low = strings.ToLower(w)
						}
					}
				}
			}
			if len(low) == 8 {
				if low == "entitled" {
					low = "titled" // "a fantasy series entitled “Imortal”" reads as "titled"
				} else if low == "adaption" {
					low = "adaptation" // "an adaption of X's novel T": the common misspelling reads as the word
				}
			}
			if len(toks) == cap(toks) {
				toks = slices.Grow(toks, 1)
			}
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1] // written in place, not built aside and copied
			*t = token{}
			t.text, t.low, t.start, t.end, t.cap = w, low, int32(i), int32(j), isUpper(r) || r >= 'a' && camelCap(w) || r <= '9' && digitCap(w)
			if r <= '9' && allDigits(w) { // each of camelCap, digitCap and allDigits is asked only of a word whose first rune can pass it
				t.kind = tNum
			}
			h := classHash(t.low)
			c, cue, id := wordClasses.getCue(h, t.low)
			t.class, t.wbit, t.cue, t.flags, t.id = c, hashBit(h), cue, cueFlag(cue), id
			if n := len(toks); t.class&cDescribe != 0 && n >= 2 && t.low == "kong" && toks[n-2].low == "hong" {
				toks[n-2].class |= cDescribe // "Hong Kong actor X"; "Hong" alone starts a name ("Hong Bin")
			}
			if hyphen { // the hyphen's readings, tested once for the words without one
				if t.class&cDescribe == 0 && describesWord(t.low) {
					t.class |= cDescribe // "filipina-australian", "oscar-winning"
				}
				if t.cap && len(t.low) >= 6 && t.low[1:6] == "-list" {
					t.cap = false // "A-list acts like X", "B-list stars": a describing word, no name
				} else if !isUpper(r) && strings.Contains(t.low, "-time-") {
					t.cap, t.class = false, t.class|cDescribe // "two-time-Oscar nominee X": a describing word, no name
				}
			}
			t.flags |= capWordFlags(t, hyphen) // 0 for a word in lower case; "RBB-Produzentin" reads as "producer" (languagecompound.go)
			if n := len(toks); n >= 2 && t.low == "romance" && toks[n-2].low == "the" {
				t.class |= cGenreNouns // "The romance Drift, directed by X": a kind of show after "the", not "will romance B" nor "is a romance"
			}
			if hyphen {
				t.flags, t.class = t.flags|fHyphen, t.class|hyphenGenre(t) // "the coming-of-age-drama T"
				if makerSuffix(t.low) {
					t.flags |= fMaker
				}
				if len(t.low) >= len("year-old") && strings.Contains(t.low, "year-old") {
					t.flags |= fAge
				}
			}
			if glued {
				toks = append(toks, token{text: ",", low: ",", kind: tPunct, start: int32(j), end: int32(j)})
			}
			i = j
		case isSpace(r):
			i += n
		case r == '\'' && i+1 < len(s) && s[i+1] == '\'':
			toks = append(toks, token{text: "\"", low: "\"", kind: tPunct, start: int32(i), end: int32(i + 2)}) // ''T'': two apostrophes typed for a double quote
			i += 2
		case (isApos(r) || (r == '‘' || r == '`') && len(toks) > 0 && toks[len(toks)-1].end == int32(i) && (toks[len(toks)-1].kind == tWord || toks[len(toks)-1].text == "”")) && possAt(s, i+n):
			// "Titan‘s", "Scar`s", "“T”‘s": an opening quote or a backtick
			// typed for an apostrophe
			toks = append(toks, token{text: s[i : i+n+1], low: "'s", kind: tPoss, start: int32(i), end: int32(i + n + 1)})
			i += n + 1
		case isApos(r) && len(toks) > 0 && toks[len(toks)-1].end == int32(i) && toks[len(toks)-1].kind == tWord &&
			(strings.HasSuffix(toks[len(toks)-1].low, "s") || toks[len(toks)-1].cap && (strings.HasSuffix(toks[len(toks)-1].low, "z") || strings.HasSuffix(toks[len(toks)-1].low, "x"))) && !letterAt(s, i+n):
			// a plural possessive: "Nicholas Sparks' novel", "the series'
			// season"; a name's in z or x takes the same: "Lav Diaz' film"
			toks = append(toks, token{text: s[i : i+n], low: "'s", kind: tPoss, start: int32(i), end: int32(i + n)})
			i += n
		case r == '+' && len(toks) > 0 && toks[len(toks)-1].end == int32(i) && toks[len(toks)-1].kind == tWord && !letterAt(s, i+n):
			// "Disney+", "Apple TV+'s": the plus is the service's name
			t := &toks[len(toks)-1]
			t.end = int32(i + n)
			t.text = s[t.start:t.end]
			t.low += "+"
			h := classHash(t.low)
			c, cue, id := wordClasses.getCue(h, t.low)
			t.class, t.wbit, t.cue, t.flags, t.id = c, hashBit(h), cue, t.flags&^fForeign|cueFlag(cue), id
			i += n
		case r == '@' && i+n < len(s) && unicode.IsLetter(rune(s[i+n])) && (len(toks) == 0 || toks[len(toks)-1].end < int32(i)):
			// "@Siva_Karthikyen's #HERO": a handle is one token, no name
			// and no title
			j := i + n
			for j < len(s) && (alnumByte[s[j]] || s[j] == '_') {
				j++
			}
			toks = append(toks, token{text: s[i:j], low: strings.ToLower(s[i:j]), kind: tPunct, start: int32(i), end: int32(j)})
			i = j
		case r == '#' && i+n < len(s) && unicode.IsLetter(rune(s[i+n])) && (len(toks) == 0 || toks[len(toks)-1].end < int32(i)):
			i += n // "#KaalBhairav": a hashtag's mark is no part of the title or name it tags
		default:
			p := s[i : i+n]
			if r == '’' && closingAsOpen(s, i, n, toks) {
				p = "‘" // ’T’: a title opened with the closing mark (closingquotes.go)
			}
			if r == '′' && len(toks) > 0 && toks[len(toks)-1].kind == tNum && toks[len(toks)-1].end == int32(i) {
				p = "’" // "‘Deadpool 2′": a closing quote after a digit, typeset as a prime
			} else if r >= '〈' && r <= '』' {
				p = cjkQuotes[r&1] // 「T」, 《T》, 『T』, 〈T〉: a title in East Asian brackets
			} else if r == '‘' || r == '`' {
				p = singleQuoteAs(s, i, n, toks) // ‘T‘, `T': the mark the quote means (quotemarks.go)
			}
			toks = append(toks, token{text: p, low: p, kind: tPunct, start: int32(i), end: int32(i + n)})
			i += n
		}
	}
	return toks
}

// possAt reports whether s[i:] starts with the "s" of a possessive "'s".
func possAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// letterAt reports whether a letter or digit starts s[i:].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isInitials reports whether w is one or more initials: "K", "R.J", "R.J.".
func isInitials(w string) bool {
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[1] != '.' {
		return false // "Kim", "KIM", "K-pop": an ASCII initial is followed by its full stop
	}
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	letter := false // the previous rune was an initial's letter
	for i := 0; i < len(w); i++ {
		// ASCII, read a byte at a time; from the first other byte on, the
		// loop below reads the whole word again
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return initialRunes(w)
		case c == '.' && letter:
			letter = false
		case 'A' <= c && c <= 'Z' && !letter:
			letter = true
		default:
			return false
		}
	}
	return letter
}

// initialRunes is isInitials of w, read a rune at a time.
func initialRunes(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case r == '.' && letter:
			letter = false
		case unicode.IsUpper(r) && !letter:
			letter = true
		default:
			return false
		}
	}
	return letter
}

// appendSentences splits an article's text into tokenized sentences,
// appended to out, their tokens to toks. A line with no closing
// punctuation is a headline or heading: kept, but marked.
func appendSentences(out []sentence, toks []token, text string) ([]sentence, []token) {
	// one token array and one lower-case copy for the whole text
	if n := len(text)/5 + 16; cap(toks)-len(toks) < n { // news copy runs about 5.2 bytes a token
		toks = make([]token, 0, n)
	}
	lower, sameLen := lowerText(text)
	spans, cl := make([][2]int, 0, 32), make([][2]int, 0, 16) // on the stack, where a line has no more
	para := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		ls, le := trimSpace(text, start, end)
		start = end + 1
		if ls == le {
			continue
		}
		line := text[ls:le]
		head := isHeading(line)
		if k := lineLabelEnd(line, head); k > 0 {
			ls += k // "NORDIC NOIR SVT releases T", "LOS ANGELES (AP) — X will": no part of the line
			line = text[ls:le]
		}
		spans = splitSentences(spans[:0], line)
		for n, sp := range spans {
			whole := ""
			cl = clauses(cl[:0], line, sp[0], sp[1])
			if len(cl) > 1 {
				whole = line[sp[0]:sp[1]]
			}
			for c, csp := range cl {
				i, j := ls+csp[0], ls+csp[1]
				low := ""
				if sameLen {
					low = lower[i:j]
				}
				first := len(toks)
				toks = ordinalCaps(readForeignCues(tokenize(toks, text[i:j], low), first), first)
				nameAsides(toks[first:]) // "C [A]", "C – A – chases" (nameasides.go)
				var classes uint64
				var kinds, flags uint8
				var words wordBits
				var groups uint64
				parens := false
				for k := range toks[first:] {
					t := &toks[first+k]
					classes |= t.class
					flags |= t.flags
					if t.kind <= tNum { // tWord, tNum
						kinds |= 1 << t.kind
						words[t.wbit>>6&15] |= 1 << (t.wbit & 63)
						groups |= idGroups[t.id]
					} else {
						kinds |= 1 << (t.kind & 7)
						parens = parens || t.kind == tPunct && len(t.text) == 1 && t.text[0] == '('
					}
				}
				out = append(out, sentence{text: text[i:j], whole: whole, toks: toks[first:len(toks):len(toks)], para: para, head: head, first: n == 0 && c == 0, classes: classes, words: words, groups: groups, kinds: kinds, flags: flags, parens: parens})
			}
		}
		para++
	}
	return out, toks
}

// lowerText is strings.ToLower(s); sameLen reports whether lower casing kept
// the byte length of every rune, so that the copy can be sliced like s.
func lowerText(s string) (lower string, sameLen bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// eight ASCII bytes at a time: each of A to Z gains 0x20
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			w := load64(s, i)
			if w&highs == 0 {
				upper := ((w + (0x80-'A')*ones) ^ (w + (0x80-'Z'-1)*ones)) & highs // a byte from A to Z
				store64(b, i, w|upper>>2)
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(l) != n {
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += n
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true // b is not written again
}

// trimSpace is the span of strings.TrimSpace(s[i:j]).
// It reads ASCII a byte at a time, and runes only from a byte past ASCII
// on (a space such as U+00A0 is one).
func trimSpace(s string, i, j int) (int, int) {
	for ; i < j; i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			i = j - len(strings.TrimLeftFunc(s[i:j], unicode.IsSpace))
			break
		} else if c != ' ' && (c < '\t' || c > '\r') {
			break
		}
	}
	for ; j > i; j-- {
		if c := s[j-1]; c >= utf8.RuneSelf {
			j = i + len(strings.TrimRightFunc(s[i:j], unicode.IsSpace))
			break
		} else if c != ' ' && (c < '\t' || c > '\r') {
			break
		}
	}
	return i, j
}

// isHeading reports whether a line reads as a headline or section heading:
// short, with no closing punctuation.
func isHeading(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,\"”’)", last) {
		return false
	}
	return countFields(line, 21) <= 20
}

// countFields is len(strings.Fields(s)), counted up to max.
func countFields(s string, max int) int {
	n := 0
	inField := false
	for i := 0; i < len(s) && n < max; {
		r, size := runeAt(s, i)
		space := isSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
		i += size
	}
	return n
}

// creditLine reports whether a line without closing punctuation is one
// credit of a list rather than a heading: "Kara Voss as Rin Amaya".
func creditLine(s *sentence) bool {
	t := s.toks
	b := bulletEnd(t)
	if s.para > 0 && b > 0 && len(t)-b >= 2 && len(t)-b <= 4 {
		named := true
		for _, tk := range t[b:] {
			named = named && tk.flags&fName != 0
		}
		if named {
			return true // "• Adam Nagaitis"
		}
	}
	if s.para == 0 || len(t)-b < 3 || len(t)-b > 60 || !t[b].cap {
		return false
	}
	if prizeLine(t, b) {
		return true // "Best director: X for T"
	}
	if creditLabelLine(t[b:]) {
		return true // "Main roles: A and B", "Lead cast: C"
	}
	switch t[b].low {
	case "produced", "directed", "written", "created", "developed":
		if t[b+1].low == "by" {
			return true // "Produced by X, Directed by Y, Starring Z": a staff line
		}
	}
	depth := 0
	for k := b + 1; k+1 < len(t); k++ {
		switch {
		case t[k].text == "(":
			depth++
		case t[k].text == ")":
			depth--
		case depth > 0:
		case t[k].low == "as" || isDash(t[k].text) || t[k].text == ":":
			// "Ana Ruiz as Mira", "Ana Ruiz (Mira in T) as Yuna", "Im Seul
			// Ong (Heaven's Order) as a positive hotelier"
			return t[k+1].cap && (t[k-1].cap || t[k-1].text == ")") ||
				t[k].low == "as" && t[k-1].text == ")" && (t[k+1].low == "a" || t[k+1].low == "an" || t[k+1].low == "the") && t[len(t)-1].text != "." && k < 12
		case t[k].low == "in" && t[k-1].text == ")" && t[k+1].cap && k < 12 && t[len(t)-1].text != ".":
			return true // "Mads Mikkelsen (Denmark) in Hannibal"
		case (t[k].low == "by" || t[k].low == "is") && b > 0 && t[k+1].cap:
			return true // a staff list: "• Story written by X", "• The Director is X"
		case t[k].has(cPlayVerbs|cCastVerbs) && !t[k].cap:
			return true // "- Ricco Fajardo (Sakurai in T) is voicing Touka"
		}
	}
	return false
}

// prizeLine reports whether a line from b opens with a prize and a colon,
// a word after it: "Best director: X for T", "Palme d’Or: “T,” X".
func prizeLine(t []token, b int) bool {
	prize := false
	end := b + 8
	for k := b; k < len(t)-1 && k < end; k++ {
		switch {
		case t[k].text == ":":
			return prize
		case k > b && (t[k].text == "(" || t[k].text == ")" || t[k].text == ",") && (t[k+1].cap || t[k+1].text == ":"):
			// "Camera d’Or (Best First Feature):", "Palme d’Or, Short Film:"
			if t[k].text == "(" {
				end = b + 12
			}
		case t[k].low == "known" || t[k].low == "nominees" || t[k].low == "nominee" || t[k].low == "nominated":
			return false // "Best known for:", a list of nominees
		case t[k].has(cAwardLine):
			prize = true
		case t[k].kind == tPunct && t[k].text != "’" && t[k].text != "'" && !isDash(t[k].text):
			return false
		}
	}
	return false
}

// bulletEnd is the index of a line's first token after a list bullet.
func bulletEnd(t []token) int {
	if len(t) > 0 && (t[0].text == "•" || t[0].text == "*" || t[0].text == "·" || isDash(t[0].text)) {
		return 1
	}
	return 0
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// paragraph is the text of paragraph para, whose first sentence is at or
// after index i.
func (x *extractor) paragraph(i, para int) string {
	var b strings.Builder
	for ; i < len(x.sents) && x.sents[i].para <= para; i++ {
		if x.sents[i].para == para {
			b.WriteString(x.sents[i].text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// cjkQuotes are the quotes East Asian title brackets read as: the opening
// ones (「, 《, 『, 〈) have even code points, the closing ones odd.
var cjkQuotes = [2]string{"“", "”"}
