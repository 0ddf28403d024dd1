package extract

// The article's show as the readers of its opening set it: the sentence
// they look at, and the show with its season, initials and other names.

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// look readies sentence i for the article-level readers, which look at the
// opening sentences before the rules run, and returns it.
func (x *extractor) look(i int) *sentence {
	s := &x.sents[i]
	x.lookAt(s)
	return s
}

// lookAt readies s as look does: its tokens and their bracket marks, which
// the title and name readers ask.
func (x *extractor) lookAt(s *sentence) {
	x.s, x.toks = s, s.toks
	n := len(s.toks)
	if cap(x.brs)-len(x.brs) < n {
		x.brs = make([]bool, 0, max(1024, 2*n))
	}
	at := len(x.brs)
	x.brs = x.brs[:at+n]
	x.inBr = x.brs[at : at+n : at+n]
	markBrackets(x.inBr, s.toks) // writes each mark
}

// setShow makes title, with seasons, the show the article is about: not a
// description, a season alone or a heading; the title the article writes
// in full or uses more; its initials kept for "the abbreviation".
func (x *extractor) setShow(title string, seasons ...int) {
	if describes(unquote(title)) || x.seasonAlone(title) || notTitle(title) || hasLower(genreNouns, unquote(title)) || hasLower(formatWords, unquote(title)) {
		return // "Renowned director X's new thriller", "Season 1", "From Friday 25 June": no title
	}
	title, qs := x.split(unquote(title))
	title = x.pastQuestionWord(title)
	title = x.networkOriginalHead(x.platformTail(x.placeTail(dateTail(yearTail(title, x.a.Date))))) // "drama Sherwood in Preece Hall", "Season 1 of T Spring 2022", "T On Netflix", "Netflix Original T"
	if title == "" {
		return // "Joins Netflix Series": no title
	}
	if q := strings.TrimRight(title, "?"); q != title && q != "" && (strings.Count(x.a.Text, q) > strings.Count(x.a.Text, title) || x.asks()) {
		title = q // "Who's in the Cast of Blue Planet?": the question's mark is no part of the title
	}
	if alt := x.translatedTitle(title); alt != "" {
		title = alt // "'Springfloden' ('Spring Tide')": the name the article uses more
	}
	if head, n := x.seriesHead(title); head != "" {
		title, qs = head, append(qs, n)
	}
	if full := x.quotedHeadlineFull(title); full != "" {
		title = full // "the remake of Bilangin ang Bituin sa Langit" read as "Bilangin"
	} else if full := cmp.Or(x.possessiveFull(title), commaTailFull(x.a.Text, title)); full != "" {
		title = full // "Kemi's Wedding" read as "Wedding", "I, Stranger" as "I"
	} else if full := x.colonHeadFull(title); full != "" {
		title = full // "Deep Harbor", written "Star Voyage: Deep Harbor" most times
	} else if full := x.repeatedTailFull(title); full != "" {
		title = full // "Nous" of "Nous sommes seuls", written so every time
	}
	if full := x.glueTailFull(title); full != "" {
		title = full // "The Wren" of "The Wren and the Heron", written so twice (titleextent.go)
	}
	key := x.skey(title)
	x.epoch = x.memo.newEpoch()
	merged := graph.MergeSeasons(qs, seasons)
	var b strings.Builder
	for _, w := range strings.Fields(title) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	x.withShow(func(st *showState) {
		st.show, st.showKey, st.seasons = title, key, merged
		if b.Len() >= 3 {
			st.abbr = b.String()
		}
	})
}

// genreQuoteTitle reads a quoted title beside the genre noun at k, with no
// title after the noun: "another teleserye, “T”, starring", "another “T”
// series which will feature". It returns the title, or "".
func (x *extractor) genreQuoteTitle(k int) string {
	t := x.tok(k)
	if !t.has(cGenreNouns) || t.cap || x.titleStarts(k+1) || x.inBr[k] {
		return ""
	}
	if x.tok(k+1).text == "," && isQuote(x.tok(k+2).text) {
		if e := x.titleAt(k+2, false); e > k+3 && (x.tok(e).text == "," || x.tok(e).text == "." || e == len(x.toks) || x.closeQuote(e-1) && (x.tok(e-2).text == "," || x.tok(e-2).text == ".")) && !x.otherShow(k) {
			return unquote(x.span(k+2, e))
		}
	}
	if k <= x.introEnd()+6 && !x.tok(k+1).has(cGenreNouns) {
		// "Another breakthrough drama series this 2021 is “T” where X
		// takes on the role of C": the quoted title after the clause's "is"
		for m := k + 1; m < len(x.toks) && m < k+14; m++ {
			if w := x.tok(m); w.kind == tPunct && !isQuote(w.text) || w.has(cAuxWords|cCastVerbs) && w.low != "is" && w.low != "was" {
				break
			} else if (w.low == "is" || w.low == "was") && isQuote(x.tok(m+1).text) {
				if e := x.titleAt(m+1, false); e > m+2 && x.closeQuote(e-1) && (x.tok(e).low == "where" || x.tok(e).low == "in") && !x.otherShow(k) {
					return unquote(x.span(m+1, e))
				}
				break
			}
		}
	}
	if k > 2 && x.closeQuote(k-1) && (x.tok(k+1).low == "which" || x.tok(k+1).low == "that") {
		if ts := x.quotedTitlesBefore(k); len(ts) == 1 && !x.isNetwork(ts[0]) {
			return unquote(ts[0])
		}
	}
	return ""
}

// adaptedWorkTitle reads, after "adaptation of" at k, the title of the work
// adapted after its author's possessive: "a TV series adaptation of
// Stephanie Danler's novel “T”", "the adaptation of Tom Wolfe's The
// Electric Kool-Aid Acid Test". It returns the title, or "".
func (x *extractor) adaptedWorkTitle(k int) string {
	t, n := x.toks, len(x.toks)
	for m := k + 2; m+1 < n && m < k+8; m++ {
		if t[m].kind != tPoss {
			continue
		}
		at := m + 1
		// "Donna Tartt's Pulitzer Prize-winning novel “T”"
		for q := m + 1; q < n && q < m+6; q++ {
			if isQuote(t[q].text) {
				at = q
				break
			}
		}
		for q := 0; q < 3 && (x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords) || q == 0 && x.tok(at).kind == tNum && len(x.tok(at).text) == 4); q++ {
			at++ // "James Herbert's ghost story The Secret of Crickley Hall", "X's 1962 short novel"
		}
		if e := x.titleAt(at, false); e > at && (isQuote(t[at].text) ||
			x.tok(e).kind != tPoss && !describes(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" && (!x.personShaped(at, e) || sourceNounsIDs.has(x.tok(at-1).id))) { // "X's novel Tall Tales": the noun says it is a work
			return x.span(at, e)
		}
		return ""
	}
	return ""
}

// asks reports whether the sentence looked at is a question that opens
// with a question's word: "Who is in the cast of KBX thriller T?", whose
// mark closes the sentence, not the title.
func (x *extractor) asks() bool {
	if x.s == nil || len(x.s.toks) == 0 {
		return false
	}
	switch x.s.toks[0].low {
	case "who", "what", "where", "when", "why", "how", "which", "is", "are", "will", "does", "do", "did", "can":
		return true
	}
	return false
}

// pastQuestionWord returns title without the question's word it opens with
// where the next sentences name the rest alone: "Why Gullwater is the best
// show on TV" over "There is no show quite like Gullwater" is Gullwater;
// "Why Women Kill", named so below, stays whole.
func (x *extractor) pastQuestionWord(title string) string {
	q, rest, ok := cutByte(title, ' ')
	if !ok || q != "Why" && q != "How" && q != "When" && q != "Where" && q != "What" || rest == "" {
		return title
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return title
	}
	for i := 1; i < len(x.sents) && i < 4; i++ {
		if t := x.sents[i].text; strings.Contains(t, rest) && !strings.Contains(t, title) {
			return rest
		}
	}
	return title
}
