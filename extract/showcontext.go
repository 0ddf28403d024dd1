package extract

// The show a sentence's credits go to, where the sentence opens with a
// title and an aside on what it is.

// andTitleStart returns where a title that starts at k begins when it is
// the second half of a title in "and" that opens the sentence: "Salt and
// Lanterns, a show made by X": 0, not k. Else k. Not where the words
// before "and" open with a person's name ("Ann and Bob, a couple").
func (x *extractor) andTitleStart(k int) int {
	if k < 2 || x.toks[k-1].low != "and" || x.toks[k-1].cap {
		return k
	}
	for j := k - 2; j >= 0; j-- {
		if !x.toks[j].cap || x.toks[j].kind != tWord {
			return k
		}
	}
	if x.startsName(0) || x.knownPerson(x.span(0, k-1)) != "" || x.isNetwork(x.span(0, k-1)) {
		return k
	}
	return 0
}

// showNoun reports whether "show" or "programme" at m, within a few words
// of the comma at e, says what the title before the comma is: "T, a show
// made by the BBC", not "X, a talk show host".
func (x *extractor) showNoun(m, e int) bool {
	t := x.tok(m)
	return (t.low == "show" || t.low == "programme") && !t.cap && m <= e+4 && !x.nounAfterGenre(m) && x.tok(m+1).kind != tPoss
}

// premiereWords are the words of a roundup's entry heading after its title
// and a dash: "T — Premieres Tuesday, September 14th, on CBC".
var premiereWords = set(`premieres premiering premiere debuts debuting returns returning launches launching airs streams streaming arrives`)

// premiereHeading reads a paragraph of one line that opens with a title, a
// dash and a premiere's word, "T — Premieres Tuesday, September 14th, on
// X", "T – Returns Sunday at 9pm": a roundup's entry heading, the show of
// the paragraphs after it. It returns the title, or "".
func (x *extractor) premiereHeading(i int) string {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	if n < 3 || n > 20 || !s.first || s.para == 0 || i+1 < len(x.sents) && x.sents[i+1].para == s.para || t[n-1].text == "." {
		return ""
	}
	x.ready(s)
	if !x.titleStarts(0) {
		return ""
	}
	e := 1 // the title may read on past the dash: "T – Returns Sunday"
	for e < n-1 && e < 10 && !(isDash(t[e].text) && premiereWordsIDs.has(t[e+1].id)) {
		e++
	}
	if e >= n-1 || e >= 10 || x.titleAt(0, false) < e {
		return ""
	}
	title := unquote(x.span(0, e))
	if x.isNetwork(title) || x.knownPerson(title) != "" || describes(title) {
		return ""
	}
	return title
}

// sequenceWords open a roundup's sentence that moves on to its next entry:
// "To start,", "First up,", "Next up,", "Finally,", "Elsewhere,", "Last but
// not least,".
var sequenceWords = set(`to first next finally elsewhere also plus second third last`)

// sequenceBits are sequenceWords' word bits (mayHold).
var sequenceBits = setMask(sequenceWords)

// sequenceIntroEnd returns where a roundup's sequence words and their comma
// end at the start of t, "To start, T will return": the index after the
// comma, within the first five words, all lower-case past the first; or 0.
func sequenceIntroEnd(t []token) int {
	if len(t) < 3 || !sequenceBits.mayHold(&t[0]) || !sequenceWordsIDs.has(t[0].id) {
		return 0
	}
	if t[0].low == "to" && t[1].low != "start" && t[1].low != "begin" && t[1].low != "kick" {
		return 0
	}
	for k := 1; k < len(t)-1 && k < 5; k++ {
		if t[k].text == "," {
			return k + 1
		}
		if t[k].cap || t[k].kind != tWord {
			return 0
		}
	}
	return 0
}

// kindQuotedOpens returns the quoted title after a capitalized genre noun
// that opens the sentence (past its intro), "Series “T” was based on", "Drama “T”
// stars X", "Film ‘T’ is directed by Y": the sentence's show; or "".
func (x *extractor) kindQuotedOpens() string {
	st := x.introEnd()
	if k := x.tok(st); !k.cap || !k.has(cGenreNouns) || !isQuote(x.tok(st+1).text) {
		return ""
	}
	e := x.titleAt(st+1, false)
	if e <= st+2 {
		return ""
	}
	title := unquote(x.span(st+1, e))
	if x.isNetwork(title) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}
