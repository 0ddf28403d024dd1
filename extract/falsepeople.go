package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// companyTails end a company's name after its own words, and never a
// person's: "Gaumont USA", "Fortune 4 Cinemas", "Sithara Entertainments".
var companyTails = set(`usa uk inc inc. ltd ltd. llc co. corp corp. entertainments cinemas creations banner guild
	foundation network networks`)

// companyEndTailBits are the word bits of companyEnds and companyTails
// (mayHoldBytes).
var companyEndTailBits = unionMask(setMask(companyEnds), setMask(companyTails))

// placeNames are countries and regions that a name reader may take for a
// one-word name: "India's first stage reality film", "the Writers Guild of
// America (WGA)".
var placeNames = set(`america india china japan korea britain england scotland wales ireland france germany italy spain
	mexico canada australia brazil nigeria argentina colombia turkey russia europe asia africa hollywood bollywood`)

// orgWords are one-word names of bodies, no person: "Guild", "Academy".
var orgWords = set(`guild academy union association council society institute foundation studio studios`)

// notAPersonWordBits are the bits of companyTails, placeNames, orgWords and
// jobLetters (mayHold): a last word whose bit is clear is in none.
var notAPersonWordBits = unionMask(setMask(companyTails), setMask(placeNames), setMask(orgWords), setMask(jobLetters))

// notAPerson reports whether person, read for a credit in the sentence
// being read, names a company, a body or a place rather than a person:
// "Gaumont USA will produce", "produced by JK Film" (a company word after
// the name in the sentence), "bankrolled by ... Fortune 4 Cinemas", "CJ
// ENM is producing" (a crew name all in capitals), "Guild", "India".
func (x *extractor) notAPerson(kind, person string) bool {
	words, lastWord := countFieldsLast(person)
	if words == 0 {
		return false
	}
	var buf [32]byte
	last := lowerInto(buf[:0], lastWord) // looked up as string(last): no copy
	if notAPersonWordBits.mayHoldBytes(last) {
		if words > 1 && companyTails[string(last)] {
			return true
		}
		if words == 1 && (placeNames[string(last)] || orgWords[string(last)] || jobLetters[string(last)]) {
			return true
		}
	}
	if kind == "crew" && words > 1 {
		caps := true
		for w := range strings.FieldsSeq(person) {
			if len(w) < 2 || hyphenDot.has(w) || !isUpperCase(w) {
				caps = false
				break
			}
		}
		if caps {
			return true // "CJ ENM": a company's letters
		}
	}
	if x.s == nil {
		return false
	}
	// each reading below reads the sentence where it writes the name: the
	// first place is found once, and a name it does not write is none
	text := x.s.text
	at := strings.Index(text, person)
	if at < 0 {
		return false
	}
	if words == 1 && len(last) >= 2 && string(last[len(last)-2:]) == "ed" && at == 0 && strings.HasPrefix(text[len(person):], " by ") {
		return true // "Backed by her parents as the producers, X remakes T": the sentence's opening participle
	}
	if x.calledCompany(person, at) {
		return true // "T-Series is one of the industry's biggest production companies"
	}
	if x.sentCompanyNoun() && companyLedAt(text, person, at) {
		return true // "with the studio X (T1, T2)", "bajo el estudio X" (companyLed)
	}
	// the name runs on in the sentence into a company's word, each time
	// it is written: "JK Film", "Fortune 4 Cinemas"; not "Anto Joseph, who
	// produced T, ... under the banner of Anto Joseph Film Company"
	seen := false
	var wbuf [32]byte
	for i := at; i >= 0; {
		after := text[i+len(person):]
		if after == "" || after[0] != ' ' {
			return false // no word after it (firstTwoFields need not read)
		}
		if len(after) > 1 && 'a' <= after[1] && after[1] <= 'z' {
			return false // the next word is in lower case, as read below: no company's word
		}
		w, w2, rest := firstTwoFields(after)
		if rest == 0 {
			return false
		}
		if rest > 1 && allDigits(w) {
			w = w2
		}
		w = trimPunct(w)
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if l := lowerInto(wbuf[:0], w); !(companyEndTailBits.mayHoldBytes(l) && (companyEnds[string(l)] || companyTails[string(l)]) || string(l) == "film") {
			return false
		}
		seen = true
		j := strings.Index(after, person)
		if j < 0 {
			break
		}
		i += len(person) + j
	}
	return seen
}

// firstTwoFields returns the first two fields of s, as strings.Fields
// gives them, and how many of the two s has.
func firstTwoFields(s string) (a, b string, n int) {
	st, e := nextField(s, 0)
	if st == len(s) {
		return "", "", 0
	}
	a = s[st:e]
	if st, e = nextField(s, e); st == len(s) {
		return a, "", 1
	}
	return a, s[st:e], 2
}

// countFieldsLast returns how many fields s has, as strings.Fields reads
// them (between unicode.IsSpace runes), and the last. It reads ASCII
// through the table of byte kinds, a run of a field's bytes in a loop of
// its own; s with a byte past ASCII is read by countFieldsLastWide.
func countFieldsLast(s string) (n int, last string) {
	for i := 0; ; {
		for i < len(s) && fieldBytes[s[i]] == fieldSpace {
			i++
		}
		if i == len(s) {
			return n, last
		}
		st := i
		for i < len(s) && fieldBytes[s[i]] == fieldWord {
			i++
		}
		if i < len(s) && fieldBytes[s[i]] == fieldWide || i == st {
			return countFieldsLastWide(s)
		}
		n, last = n+1, s[st:i]
	}
}

// countFieldsLastWide is countFieldsLast, read a rune at a time: one pass
// over s.
func countFieldsLastWide(s string) (n int, last string) {
	st := -1 // where the field being read starts, or -1 between fields
	for i := 0; i < len(s); {
		c, size, space := s[i], 1, false
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space && st >= 0 {
			last, st = s[st:i], -1
		} else if !space && st < 0 {
			n, st = n+1, i
		}
		i += size
	}
	if st >= 0 {
		last = s[st:]
	}
	return n, last
}

// nextField returns the bounds of the first field of s[i:], as
// strings.Fields reads fields (between unicode.IsSpace runes); start is
// len(s) where s[i:] has none.
func nextField(s string, i int) (start, end int) {
	for i < len(s) { // past the spaces
		if c := s[i]; c < utf8.RuneSelf {
			if fieldBytes[c] == fieldWord {
				break
			}
			i++
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
		} else {
			break
		}
	}
	start = i
	for i < len(s) { // up to the next space
		for i < len(s) && fieldBytes[s[i]] == fieldWord {
			i++ // ASCII that is no space: most of a field
		}
		if i == len(s) || s[i] < utf8.RuneSelf {
			break // the end, or an ASCII space
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
			i += size
		} else {
			break
		}
	}
	return start, i
}

// The kinds of byte nextField reads: an ASCII byte of a field, an ASCII
// space (' ' and '\t' to '\r', as unicode.IsSpace), or a byte past ASCII.
const (
	fieldWord = iota
	fieldSpace
	fieldWide
)

var fieldBytes = func() (b [256]uint8) {
	for c := range b {
		switch {
		case c >= utf8.RuneSelf:
			b[c] = fieldWide
		case c == ' ' || '\t' <= c && c <= '\r':
			b[c] = fieldSpace
		}
	}
	return b
}()

// notAPersonHere is notAPerson, kept for the sentence being read: the
// second reading asks again of the same credits. A sentence holds a few
// credits, so its answers are found by comparing them one by one.
func (x *extractor) notAPersonHere(kind, person string) bool {
	s := x.s
	if s == nil {
		return x.notAPerson(kind, person) // no sentence to keep it for
	}
	m := x.memo
	for i := s.notAPersonLast; i > 0; {
		a := &m.notAPerson[i-1]
		if a.person == person && a.kind == kind {
			return a.v
		}
		i = a.prev
	}
	v := x.notAPerson(kind, person)
	m.notAPerson = append(m.notAPerson, notAPersonAnswer{kind: kind, person: person, v: v, prev: s.notAPersonLast})
	s.notAPersonLast = int32(len(m.notAPerson))
	return v
}

// notAPersonAnswer is notAPerson of a name, and a kind of credit, read in
// a sentence; prev is the index + 1 of the sentence's answer before, or 0.
type notAPersonAnswer struct {
	kind, person string
	v            bool
	prev         int32
}

// placeMadeWord reports whether w is a place made a describing word, never
// a name's first word: "Perth-raised", "London-based", "Seoul-born".
func placeMadeWord(w string) bool {
	for _, suffix := range [...]string{"-based", "-born", "-bred", "-raised", "-set"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix) {
			return true
		}
	}
	return false
}

// companyOfEnd reads, at i after a person's "of", the company the person
// works for, whose last word is a company's: "Toluca Pictures", "1.21
// Entertainment", "the Tee and Charles Addams Foundation". It returns the
// index past the company where a list may go on (a comma, "and", a verb),
// or i.
func (x *extractor) companyOfEnd(i int) int {
	m := i
	if x.tok(m).low == "the" && !x.tok(m).cap {
		m++
	}
	best := i
	for q := m; q < len(x.toks) && q < m+7; q++ {
		t := x.tok(q)
		if !(t.cap && t.kind == tWord || t.kind == tNum || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' || (t.low == "and" || t.text == "&") && q > m || t.text == "." && x.tok(q-1).kind == tNum && x.tok(q+1).kind == tNum) {
			break
		}
		if l := trimPunct(t.low); t.cap && (companyEnds[l] || companyTails[l]) {
			n := x.tok(q + 1)
			if n.text == "," || n.low == "and" || n.kind == tPunct || !n.cap && n.kind == tWord {
				best = q + 1
			}
		}
	}
	return best
}

// companyOfBefore reads back from e over "of" and the company a person
// works for, "Steve Stark of Toluca Pictures": it gives the index of "of"
// (where the name ends), or e.
func (x *extractor) companyOfBefore(e int) int {
	for o := e - 2; o > 0 && o >= e-9; o-- {
		if x.toks[o].low != "of" || x.toks[o].cap {
			continue
		}
		if x.companyOfEnd(o+1) == e && isName(&x.toks[o-1]) {
			return o
		}
		return e
	}
	return e
}

// groupName reports whether a name before a person's possessive is a
// music group's rather than a show's: one word in capitals the article
// writes only there ("EXILE's Nobuyuki Suzuki"), or letters mixed with
// digits ("Kis-My-Ft2's", "SF9's").
func (x *extractor) groupName(a string) bool {
	if spaceQuotes.has(a) {
		return false
	}
	letters, digits := false, false
	for _, r := range a {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters = true
		}
	}
	if letters && digits {
		return true
	}
	return len(a) >= 3 && isUpperCase(a) && strings.Count(x.a.Text, a) == 1
}

// companyNouns, after "X is one of" or "X is a", say X is a business.
var companyNouns = set(`company companies studio studios banner banners label labels outfit outfits distributor distributors
	broadcaster broadcasters streamer streamers conglomerate house houses firm firms`)

// calledCompany reports whether the sentence calls person a business: "X
// is one of the Hindi film industry's biggest production and music label
// companies", "X is a production house". at is the first place the
// sentence writes person.
func (x *extractor) calledCompany(person string, at int) bool {
	if !x.sentHasWord(bitIs) && !x.sentHasWord(bitWas) {
		return false // each reading of calledCompanyIn has "is" or "was" after the name
	}
	return calledCompanyAt(x.s.text, person, at)
}

var bitWas = wordBit("was")

// namedCompany reports whether any sentence of the article calls name a
// business: "T-Series' Bhushan Kumar said" holds no show where the
// article says "T-Series is one of the ... label companies".
func (x *extractor) namedCompany(name string) bool {
	return calledCompanyIn(x.a.Text, name)
}

func calledCompanyIn(text, person string) bool {
	return calledCompanyAt(text, person, strings.Index(text, person))
}

// calledCompanyAt is calledCompanyIn, where at is the first place text
// writes person, or -1.
func calledCompanyAt(text, person string, at int) bool {
	for i := at; i >= 0; {
		// the words up to the next stop, in lower case: not the whole
		// rest of the text at each mention
		rest := text[i+len(person):]
		// " is", " was": else none of the openings below follows, cut at
		// the stop or not
		if len(rest) > 1 && rest[0] == ' ' && (rest[1]|0x20 == 'i' || rest[1]|0x20 == 'w' || rest[1] >= utf8.RuneSelf) {
			if j := clauseStops.index(rest); j >= 0 {
				rest = rest[:j]
			}
			if len(rest) > 1 && calledOpening(rest) {
				rest = strings.ToLower(rest) // else it opens with none of these
			}
			if strings.HasPrefix(rest, " is one of ") || strings.HasPrefix(rest, " is a ") || strings.HasPrefix(rest, " is an ") || strings.HasPrefix(rest, " was one of ") {
				for _, w := range strings.Fields(rest) {
					if companyNouns[strings.Trim(w, "’'s")] {
						return true
					}
				}
			}
		}
		j := strings.Index(text[i+len(person):], person)
		if j < 0 {
			break
		}
		i += len(person) + j
	}
	return false
}

// companyBefore reads back from e a company's name, capitalized words
// whose last is a company's ("KJR Studios"): it gives where the name
// starts, or e.
func (x *extractor) companyBefore(e int) int {
	if e < 1 {
		return e
	}
	// a word whose bit companyEnds' bits lack is none of them where
	// trimPunct leaves it as it is: most words pass no lookup
	if t := &x.toks[e-1]; !companyEndWords.mayHold(t) && trimPunct(t.low) == t.low || !companyEnds[trimPunct(t.low)] {
		return e
	}
	s := e - 1
	for s > 0 && s > e-5 && x.toks[s-1].cap && x.toks[s-1].kind == tWord {
		s--
	}
	if s == e-1 {
		return e // the company word alone
	}
	return s
}

// calledOpening reports whether strings.ToLower(rest) may open with " is
// one of ", " is a ", " is an " or " was one of ": false only where the
// first bytes are ASCII and, in lower case, open with none of them.
func calledOpening(rest string) bool {
	const n = len(" was one of ") // the longest
	var buf [n]byte
	head := rest[:min(len(rest), n)]
	low, ascii := asciiLower(buf[:0], head)
	if !ascii {
		return true // a rune that lower-cases to ASCII ("İ"): read it all
	}
	h := string(low)
	return strings.HasPrefix(h, " is one of ") || strings.HasPrefix(h, " is a ") || strings.HasPrefix(h, " is an ") || strings.HasPrefix(h, " was one of ")
}
