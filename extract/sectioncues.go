package extract

// Cues of a sentence's or a section's show that stand around its title: a
// roundup's heading with the title's maker, the maker between a genre noun
// and the title, an adverb between the title and its verb.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// makerAsideTitle is where a quoted title starts after a genre noun at k
// and its maker: "the new series by Medyapim, “Kopuk.”", "a drama from
// Studio Dragon, “T”"; else 0.
func (x *extractor) makerAsideTitle(k int) int {
	if uint(k) >= uint(len(x.toks)) || x.toks[k].class&(cGenreNouns) == 0 {
		return 0 // only after a genre noun
	}
	return x.makerAsideTitleAt(k)
}

func (x *extractor) makerAsideTitleAt(k int) int {
	t := x.tok(k)
	if !t.has(cGenreNouns) || t.cap || (x.tok(k+1).low != "by" && x.tok(k+1).low != "from") || !x.tok(k+2).cap {
		return 0
	}
	m := k + 2
	for m < len(x.toks) && m < k+7 && (x.toks[m].cap || x.toks[m].kind == tPoss) && x.toks[m].kind != tPunct {
		m++
	}
	if x.tok(m).text != "," || !isQuote(x.tok(m+1).text) {
		return 0
	}
	if e := x.titleAt(m+1, false); e > m+2 && !x.isNetwork(unquote(x.span(m+1, e))) {
		return m + 1
	}
	return 0
}

// sentenceAdverbs stand between commas after a sentence's subject: "T,
// meanwhile, will be directed by X".
var sentenceAdverbs = set(`meanwhile however too though also moreover meantime instead then`)

// quotedByHeading reads a heading line that is a quoted title, "by", an
// optional job noun and a name: "“The Handmaiden” by director Park
// Chan-wook". It credits the name with the title (and the job) and returns
// the title, or "".
func (x *extractor) quotedByHeading(i int) string {
	s := &x.sents[i]
	t := s.toks
	if s.para == 0 || !s.head || len(t) < 5 || len(t) > 16 || !isQuote(t[0].text) {
		return ""
	}
	x.ready(s)
	c := -1
	for k := 2; k < len(t); k++ {
		if x.closeQuote(k) {
			c = k
			break
		}
	}
	if c < 0 || x.tok(c+1).low != "by" {
		return ""
	}
	at, job := c+2, ""
	if j, ok := jobNounsIDs.lookup(x.tok(at).id); ok && j != graph.JobOriginalAuthor {
		at, job = at+1, j
	}
	pe := x.personAt(at)
	if pe != len(t) || pe-at < 2 {
		return ""
	}
	title := graph.CleanSpace(unquote(s.text[t[0].start:t[c].end]))
	if title == "" || x.isNetwork(title) || describes(title) {
		return ""
	}
	x.sshow, x.sshowFold, x.conf = title, x.fold(title), 0.8
	x.add(graph.KindCrew, x.span(at, pe), title, "", job)
	return title
}

// quotedTitlesBefore reads the quoted titles that end before a job or
// performer noun at k: "his “Twilight” director X", "“T1,” “T2,” and
// “T3” writer X" (a comma inside or outside the quotes).
func (x *extractor) quotedTitlesBefore(k int) []string {
	var out []string
	end := k
	for len(out) < 6 && x.closeQuote(end-1) {
		o := end - 2
		for ; o >= 0 && o > end-14; o-- {
			if t := x.toks[o].text; t == "“" || t == "\"" || t == "‘" || t == "'" {
				break
			}
		}
		if o < 0 || o <= end-14 {
			break
		}
		e := x.titleAt(o, false)
		if e != end && !(e == end-1 && x.toks[end-1].text == ",") {
			break
		}
		if o == 0 && x.speechQuote(o, end) {
			break // "“We always knew it would end this way,” showrunner X told us"
		}
		if ti := unquote(x.span(o, end)); ti != "" {
			out = append(out, ti)
		}
		end = o
		if x.tok(end-1).low == "and" {
			end--
		}
		if x.tok(end-1).text == "," {
			end--
		}
		if !x.closeQuote(end-1) || end == o && x.tok(end-2).text != "," {
			break // “T1,” “T2”: the comma inside the quotes separates them
		}
	}
	return out
}

// inCrewIntro reports whether token k lies in an opening phrase that a crew
// participle starts, before the sentence's show: "Penned by “T1” writer X,
// “T” will follow".
func (x *extractor) inCrewIntro(k int) bool {
	_, ok := crewByIDs.lookup(x.tok(0).id)
	return ok && x.tok(1).low == "by" && k < x.introEnd()
}

// seenNextIn reads the title of "X will (also) be seen (next) in T": the
// person's coming work; "" when the sentence has none.
func (x *extractor) seenNextIn() string {
	if !x.sentHas(cWorkCues) || !x.sentHas(cRoleCue) || !x.sentHasWord(bitSeen) {
		return "" // no "seen" (a work cue) after "be" (a role cue)
	}
	for k := 2; k+2 < len(x.toks); k++ {
		if x.toks[k].low != "seen" || x.toks[k-1].low != "be" {
			continue
		}
		if l := x.tok(k - 2).low; l != "will" && (l != "also" && l != "next" && l != "soon" || x.tok(k-3).low != "will") {
			continue // "will also be seen in T", "will next be seen in T"
		}
		if x.tok(k-3).low == "who" || x.tok(k-4).low == "who" {
			continue // "X, who will also be seen in T, has described Y": an aside
		}
		at := k + 1
		if x.tok(at).low == "next" {
			at++
		}
		if x.tok(at).low != "in" {
			continue
		}
		p := x.titlePrefix(at + 1)
		if !x.titleStarts(p) {
			continue
		}
		e := x.titleAt(p, false)
		if title := unquote(x.span(p, e)); e > p && x.tok(e).kind != tPoss && !x.isNetwork(title) && !placeWords[strings.ToLower(title)] && x.knownPerson(title) == "" && !describes(title) {
			return title
		}
	}
	return ""
}

// turnedInto reads the quoted title of a source that "has been turned into"
// or "adapted into" a show: "Naver's popular web novel “T,” which boasts
// ..., has been turned into a 16-part drama series". The show keeps the
// source's title.
func (x *extractor) turnedInto() string {
	if !x.sentHas(cGenreNouns) || !x.sentHasWord(bitInto) {
		return "" // no kind of work it was turned into
	}
	for k := 1; k+2 < len(x.toks); k++ {
		if l := x.toks[k].low; (l != "turned" && l != "adapted" && l != "made") || x.toks[k+1].low != "into" {
			continue
		}
		genre := false
		for m := k + 2; m < len(x.toks) && m < k+7; m++ {
			if x.toks[m].has(cGenreNouns) && !x.toks[m].cap {
				genre = true
			}
		}
		if !genre {
			return ""
		}
		for m := 0; m < k; m++ {
			if !isQuote(x.toks[m].text) {
				continue
			}
			if e := x.titleAt(m, false); e > m+1 {
				if title := unquote(x.span(m, e)); !x.isNetwork(title) && x.knownPerson(title) == "" {
					return title
				}
			}
			return ""
		}
		return ""
	}
	return ""
}

// asForTitle reads "As for T, ...", "For “T,” the network tapped X",
// "Turning to “T,” ...": the show the sentence turns to, or "" where T is
// a person ("As for Ferrigno, ..., he will play Ryan").
func (x *extractor) asForTitle() string {
	at := topicOpens(x.toks)
	if at == 0 {
		return ""
	}
	if x.know.askReading(); x.first {
		return "" // the first reading does not know yet who is a person
	}
	e := x.titleAt(at, false)
	if e <= at || x.tok(e).text != "," && !(x.closeQuote(e-1) && x.tok(e-2).text == ",") {
		return "" // "As for T,", "As for “T,”"
	}
	title := unquote(x.span(at, e))
	if x.knownPerson(title) != "" || x.resolve(title) != title || x.isNetwork(title) || x.personShaped(at, e) && x.startsName(at) {
		return ""
	}
	if isQuote(x.tok(at).text) || x.tok(0).low == "as" && (x.isShow(title) || strings.Count(x.a.Text, title) >= 2) {
		return title // a title the article names elsewhere; after "For" or "Turning to", only a quoted one
	}
	return ""
}

// topicOpens returns where the title starts after the words that open a
// sentence turning to it, "As for T,", "For “T,”", "Turning to “T,”", or 0.
func topicOpens(t []token) int {
	if len(t) < 4 {
		return 0
	}
	switch {
	case t[0].low == "as" && t[1].low == "for" || t[0].low == "turning" && t[1].low == "to":
		return 2
	case t[0].low == "for" && isQuote(t[1].text):
		return 1
	}
	return 0
}

// returnElsewhere reports whether the return word at i leads to other
// work: "set to return in a new series", "return with a new drama": no
// return to the article's show; "will return to the network.": to a
// channel, not to a show.
func (x *extractor) returnElsewhere(i int) bool {
	m := i + 1
	if x.tok(m).low == "to" && x.tok(m+1).low == "the" && (x.tok(m+2).low == "network" || x.tok(m+2).low == "channel") && (m+3 == len(x.toks) || x.tok(m+3).text == ".") {
		return true
	}
	if x.tok(m).low == "from" && x.tok(m+1).kind == tWord && !x.tok(m+1).cap && !x.tok(m+1).has(cStopWords) {
		return true // "when her father, C (A), returns from prison": a character's return in the plot
	}
	if l := x.tok(m).low; l != "in" && l != "with" {
		return false
	}
	if l := x.tok(m + 1).low; l != "a" && l != "an" {
		return false
	}
	for q := m + 2; q < len(x.toks) && q < m+5; q++ {
		if x.toks[q].has(cGenreNouns) && !x.toks[q].cap {
			return true
		}
	}
	return false
}

// castHeading reads a heading over a cast list, "The Responder series 2
// full cast", "Tower of God cast": the show it names, or "".
func (x *extractor) castHeading(s *sentence) string {
	x.lookAt(s)
	e := x.titleAt(0, false)
	if e == 0 && len(s.toks) >= 4 && len(s.toks) <= 6 && s.toks[0].text[0] >= '0' && s.toks[0].text[0] <= '9' && s.toks[len(s.toks)-3].text == "(" {
		e = len(s.toks) - 3 // "50m2 (Netflix)": a title that opens with a digit
	}
	if e == 0 {
		return ""
	}
	t := s.toks
	if e == 1 && (t[0].low == "the" || foreignArticlesIDs.get(t[0].id) != "") {
		return "" // "Il cast", "O elenco", "Le casting": an article, no title
	}
	title, _ := x.split(x.span(0, e))
	if e >= len(t) && title != "" {
		return x.headingWordsOff(e) // "Blue Planet English Dub Cast"
	}
	if title == "" || x.isNetwork(title) || e >= len(t) {
		return "" // "Cast": the heading is its own last word
	}
	// "Marasli (ATV)": a title and its network in brackets
	if e+3 == len(t) && t[e].text == "(" && t[e+2].text == ")" && x.isNetwork(t[e+1].text) {
		return title
	}
	// "Maestro (December 20)", "Leave the World Behind (2023)": a
	// streaming roundup's entry, a title and its date
	if o := len(t) - 1; t[o].text == ")" && t[e].text == "(" && o-e >= 2 && o-e <= 5 && x.dateBracket(e+1, o) &&
		!(x.personShaped(0, e) && x.startsName(0)) {
		return title
	}
	// "Grey Fjord (Netflix Original Series)": a streaming roundup's entry,
	// a title and its network's label
	if o := len(t) - 1; o >= e+3 && t[o].text == ")" && t[e].text == "(" && t[e+1].has(cNetworks) && t[e+2].low == "original" &&
		(o == e+3 || o == e+4 && t[e+3].has(cGenreNouns)) {
		return title
	}
	// "I, Addict (Disney+)": a title with a comma, then its network
	if o := len(t) - 1; t[o].text == ")" && len(t) <= 10 {
		if b := x.openOf(o); b > e && b >= 2 && x.isNetwork(x.span(b+1, o)) && t[e].text == "," && x.titleAt(e+1, false) == b {
			return graph.CleanSpace(x.span(0, b))
		}
	}
	if last := t[len(t)-1].low; last != "cast" && last != "lineup" && last != "line-up" {
		return ""
	}
	if w := t[e]; w.kind == tWord && !w.cap && e < len(t)-1 && !isSeasonWord(w.low) && !castQualifiersIDs.has(w.id) {
		return "" // "Draws attention with its rich cast": a sentence, no title
	}
	return title
}

// dateBracket reports whether the words from i to j are a date alone: "December
// 20", "Dec. 20, 2024", "2023", "20 December".
func (x *extractor) dateBracket(i, j int) bool {
	month, year := false, false
	for m := i; m < j; m++ {
		switch w := x.tok(m); {
		case w.has(cDateWords) && w.cap:
			month = true // a month or a weekday
		case w.kind == tNum && len(w.text) == 4:
			year = true
		case w.kind == tNum && len(w.text) <= 2, w.text == ",", w.text == ".":
		default:
			return false
		}
	}
	return month || year
}
