package extract

// A numbered roundup entry line that gives its title and its cast in one
// line, with no dash between them: "1. T with A and B, Ch3", "3) T (2024),
// starring A", "2. T starring A, B and C (Netflix)". The title is the show
// of the line's names and of the lines under it, until the next entry;
// the tail after the last name, a comma and a channel or a slot ("Ch3",
// "Netflix, Fridays"), or a bracket, is no name.
//
// Only a line that opens with its number ("1." or "1)") is read, the title
// a run of capitalized words that is no person's name, the cue "with" in
// lower case or "starring" / "featuring" right after the title (or after
// its year in brackets and a comma), and every item of the list a full
// name: "3. Park Ji-ho reunites with Lee Min-ah" (a verb after a name) and
// "2. Cold Orchard with its big budget" give nothing.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// numberedCastStart is where the title of sentence i starts when it is a
// numbered entry line ("1." a sentence of its own before it, or "1)" at
// its opening), or -1.
func (x *extractor) numberedCastStart(i int) int {
	s := &x.sents[i]
	t := s.toks
	if s.para == 0 || len(t) < 5 {
		return -1
	}
	if x.numberedEntry(i) {
		return 0
	}
	if s.first && t[0].kind == tNum && len(t[0].text) <= 2 && (t[1].text == ")" || t[1].text == ".") && t[1].start == t[0].end {
		return 2
	}
	return -1
}

// numberedCastEntry reads sentence i as such a line: the title becomes the
// section's show and the names its cast. It reports whether it read one.
func (x *extractor) numberedCastEntry(i int) bool {
	st := x.numberedCastStart(i)
	if st < 0 {
		return false
	}
	s := &x.sents[i]
	if i+1 < len(x.sents) && x.sents[i+1].para == s.para && !x.sents[i+1].first {
		return false // prose runs on after it: a sentence, not an entry line
	}
	x.ready(s)
	t := x.toks
	n := len(t)
	if n > 0 && t[n-1].text == "." {
		n--
	}
	if st >= n || !(t[st].cap && t[st].kind == tWord || isQuote(t[st].text)) {
		return false
	}
	e := x.titleAt(st, false)
	for m := st + 1; m < e && m < n; m++ {
		if t[m].low == "with" && !t[m].cap || t[m].low == "starring" || t[m].low == "featuring" {
			e = m // "Harrow Lane with A": "with" is no glue word of the title here
			break
		}
	}
	if e <= st || e-st > 10 || e >= n {
		return false
	}
	title := graph.CleanSpace(unquote(x.span(st, e)))
	if x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(st, e) && x.startsName(st) {
		return false // "1. Ana Selo with ...": a person's heading
	}
	k := e
	if k+3 < n && t[k].text == "(" && t[k+1].kind == tNum && len(t[k+1].text) == 4 && t[k+2].text == ")" {
		k += 3 // "(2024)": the year it came out
	}
	if k < n && t[k].text == "," {
		k++
	}
	switch {
	case k < n && t[k].low == "with" && !t[k].cap:
	case k < n && (t[k].low == "starring" || t[k].low == "featuring"):
	default:
		return false
	}
	found, k := x.fullNameList(k+1, n) // a tail after the names stays: ", Ch3"
	if len(found) == 0 || !x.numberedTail(k, n) {
		return false
	}
	x.setFocus(title)
	for _, p := range found {
		x.add(graph.KindCast, p, title, "", "")
	}
	return true
}

// numberedTail reports whether tokens k..n, after a numbered entry's
// names, are nothing, or a comma and a short slot ("Ch3", "Netflix,
// Fridays"), or a bracket alone ("(Netflix)").
func (x *extractor) numberedTail(k, n int) bool {
	t := x.toks
	switch {
	case k >= n:
		return true
	case t[k].text == "(" && t[n-1].text == ")" && n-k <= 6:
		return true
	case t[k].text == "," && n-k-1 >= 1 && n-k-1 <= 4:
		for m := k + 1; m < n; m++ {
			if t[m].low == "and" || t[m].low == "as" || t[m].low == "who" || t[m].kind == tWord && !t[m].cap && t[m].kind != tNum {
				return false // ", who plays ...": prose, not a slot
			}
		}
		return x.personAt(k+1) <= k+2
	}
	return false
}

// listedPersonAt is where the full name at k ends, a nickname in quotes
// before it kept ("‘Yaya’ Ana Selo"), or k.
// fullNameList reads the full names from k before n, joined by ",",
// "and", "&" or ", and" (listedPersonAt), and returns them with where the
// list ends: at n, or at the first token after a name that joins none (a
// joining word with no name after it stays outside the list).
func (x *extractor) fullNameList(k, n int) ([]string, int) {
	t := x.toks
	var found []string
	for k < n {
		p := x.listedPersonAt(k)
		if p <= k+1 {
			break
		}
		found = append(found, x.span(k, p))
		k = p
		if k < n && (t[k].text == "," || t[k].low == "and" || t[k].text == "&") {
			sep := k
			k++
			if k < n && t[k].low == "and" {
				k++ // ", and"
			}
			if x.listedPersonAt(k) <= k+1 {
				return found, sep
			}
			continue
		}
		break // a name with no joining word after it ends the list
	}
	return found, k
}

func (x *extractor) listedPersonAt(k int) int {
	t := x.toks
	if k+3 < len(t) && isQuote(t[k].text) && t[k+1].kind == tWord && t[k+1].cap && isQuote(t[k+2].text) {
		if p := x.personAt(k + 3); p > k+4 {
			return p
		}
		return k
	}
	return x.personAt(k)
}

// A roundup entry's label line that asks who is in it and answers with
// the names, colon or none: "Who's in it: A, B", "• Who’s in it A, B and
// C", "Who stars? A". The names are the cast of the entry's show (the
// section's). A label that says where to watch ("Where to watch:",
// "Where to find it Stan") is no credit, and a line whose items are not all
// full names ("Who's in it: a cast of unknowns") gives nothing.

// whoInItLabels are the label's words, apostrophes made straight.
var whoInItLabels = []string{"who's in it", "who is in it", "who stars in it", "who's starring", "who stars", "who's in the cast", "who is in the cast"}

// whoInItForms are whoInItLabels as typed with a straight apostrophe and
// with a curly one, made once.
var whoInItForms = func() []string {
	var forms []string
	for _, l := range whoInItLabels {
		forms = append(forms, l)
		if c := strings.ReplaceAll(l, "'", "’"); c != l {
			forms = append(forms, c)
		}
	}
	return forms
}()

// whoInItLine reads sentence i as such a line and adds its names as the
// focus show's cast. It reports whether it read one.
func (x *extractor) whoInItLine(i int) bool {
	s := &x.sents[i]
	t := s.toks
	b := bulletEnd(t)
	if s.para == 0 || !s.first || len(t)-b < 5 || t[b].low != "who" || x.focus == "" {
		return false
	}
	if i+1 < len(x.sents) && x.sents[i+1].para == s.para && !x.sents[i+1].first {
		return false // prose runs on after it
	}
	rest := strings.ToLower(s.text[t[b].start:])
	end := int32(-1)
	for _, v := range whoInItForms {
		if strings.HasPrefix(rest, v) && len(rest) > len(v) && (rest[len(v)] == ' ' || rest[len(v)] == ':' || rest[len(v)] == '?') {
			end = t[b].start + int32(len(v))
			break
		}
	}
	if end < 0 {
		return false
	}
	x.ready(s)
	k := b
	for k < len(t) && t[k].start < end {
		k++
	}
	if k < len(t) && (t[k].text == ":" || t[k].text == "?") {
		k++
	}
	n := len(t)
	if t[n-1].text == "." {
		n--
	}
	found, last := x.fullNameList(k, n)
	if len(found) == 0 || last != n {
		return false // not a list of full names to the line's end
	}
	for _, p := range found {
		x.add(graph.KindCast, p, x.focus, "", "")
	}
	return true
}

// A roundup entry's title line whose bracket gives its genre alone: "T
// (Crime drama)", "T (Thriller)", "T (Romantic comedy)". The bracket is the
// entry's slot, as "(Netflix, Mondays)" is: the line is the entry's title,
// never "a person T in the show Crime", and the lines under it (a "Who's
// in it" line, a blurb) are T's.

// slotGenres are the genre nouns that end such a bracket.
var slotGenres = set(`drama thriller comedy sitcom series film movie anime documentary docuseries miniseries mini-series
	mystery horror western melodrama dramedy biopic telenovela romcom rom-com musical procedural soap docudrama mockumentary`)

// genreBracket reports whether the tokens inside a bracket are one to four
// words ending in a genre noun: "Crime drama", "Thriller", "Sci-fi series".
func genreBracket(in []token) bool {
	if len(in) == 0 || len(in) > 4 || !slotGenres[in[len(in)-1].low] {
		return false
	}
	for i := range in {
		if in[i].kind != tWord && !isDash(in[i].text) {
			return false
		}
	}
	return true
}

// A roundup entry that opens its paragraph with its title, in quotes or
// bold or bare, then a dash or a colon and a clause that credits people:
// "“T” – A and B star as two sisters", "'T': A stars in a period drama",
// "T – A stars as C in this thriller". T is the show of the sentence and
// of the paragraphs under it, until the next entry: not the article's
// show, nor the entry's before. A label before the colon ("Where to
// watch:", "Verdict:", "Netflix:"), a dateline in capitals ("TORONTO —")
// or a person's name ("Ana Selo: I loved it") is no title, and the clause
// must name a full name.

// dashEntryLabels are words that open a label line, never a title.
var dashEntryLabels = set(`where when what why who how verdict review plot synopsis premise update exclusive watch cast starring stars
	director directors writer writers creator creators producer producers genre rating runtime episodes source photo picture credit read`)

// dashEntryTitle reads the sentence as such an entry's opening and returns
// T, or "".
func (x *extractor) dashEntryTitle() string {
	s := x.s
	t := x.toks
	if s == nil || !s.first || s.head || s.para == 0 || len(t) < 6 {
		return ""
	}
	st := bulletEnd(t)
	if !(t[st].cap && t[st].kind == tWord || isQuote(t[st].text)) || dashEntryLabels[t[st].low] || isQuote(t[st].text) && dashEntryLabels[x.tok(st+1).low] {
		return ""
	}
	e := x.titleAt(st, false)
	if e <= st || e-st > 12 || e+2 >= len(t) {
		return ""
	}
	if x.tok(e).kind == tPunct && x.tok(e).text == "*" && x.tok(e+1).text == "*" {
		e += 2 // "**T**"
	}
	if sep := t[e].text; sep != ":" && !isDash(sep) {
		return ""
	}
	if !t[e+1].cap || t[e].start == t[e-1].end && isDash(t[e].text) {
		return "" // "Spider-Man", "T-": a hyphen in a word, no dash
	}
	title := graph.CleanSpace(strings.Trim(unquote(x.span(st, e)), "*"))
	if !isQuote(t[st].text) && isUpperCase(title) {
		return "" // "TORONTO —": a dateline
	}
	if title == "" || notTitle(title) || x.refusedTitle(title, st, e) || x.resolve(title) != title || e == st+1 && t[st].has(cStopWords) {
		return ""
	}
	named := false
	for k := e + 1; k < len(t) && !named; k++ {
		named = t[k].cap && x.personAt(k) > k+1
	}
	if !named {
		return ""
	}
	return title
}

// dashEntryFocus makes T the focus where sentence i opens such an entry
// (dashEntryTitle): T is the show of the sentence and of the paragraphs
// under it, until the next entry. It reads nothing else and reports false,
// so the sentence is then read as any other.
func (x *extractor) dashEntryFocus(i int) bool {
	s := &x.sents[i]
	if !s.first || s.head || s.para == 0 || len(s.toks) < 6 || !sepNear(s.toks) {
		return false
	}
	x.ready(s)
	if title := x.dashEntryTitle(); title != "" {
		x.setFocus(title)
	}
	return false
}

// sepNear says whether a colon or a dash stands among the first twenty
// tokens, where an entry's title ends (dashEntryTitle): a paragraph's
// opening without one is readied for nothing.
func sepNear(toks []token) bool {
	for k := range min(len(toks), 20) {
		if tx := toks[k].text; tx == ":" || isDash(tx) {
			return true
		}
	}
	return false
}
