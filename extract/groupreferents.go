package extract

import "github.com/castgraph/castgraph/graph"

// The people a group phrase opening a sentence names ("They", "Both",
// "The duo", "The trio") where the sentence before did not open with them:
// "The film is produced by A, B and C. They have in the past produced T",
// "Both A and B share a bond. They have worked together in T".

// groupOpeners open a sentence that speaks of several people named just
// before it.
var groupOpeners = set(`they both`)

// groupOpenerBits are groupOpeners' word bits (mayHold).
var groupOpenerBits = setMask(groupOpeners)

// opensWithGroup reports whether the sentence s opens with a group phrase.
func opensWithGroup(s *sentence) bool {
	t := s.toks
	if len(t) < 3 {
		return false
	}
	if groupOpenersIDs.has(t[0].id) {
		return true
	}
	return t[0].low == "the" && !t[1].cap && groupNounSize(t[1].low) > 0
}

// noteListedGroup keeps, as the people a group phrase opening the next
// sentence of the paragraph names, the people of the last list of two or
// more people in this sentence, where noteSubject kept no list it opens
// with: "Both A and B", "produced by A, B and C", "starring A and B".
func (x *extractor) noteListedGroup() {
	w := &x.who
	if len(w.group) > 0 || x.sentAt+1 >= len(x.sents) {
		return
	}
	next := &x.sents[x.sentAt+1]
	if next.first || next.head || !opensWithGroup(next) {
		return
	}
	t := x.toks
	if len(t) > 4 && t[0].low == "both" && t[1].cap {
		// "Both A and B share a bond": two names and "and"
		e1 := x.groupNameEnd(1)
		if e1 <= 1 || x.tok(e1).low != "and" {
			return
		}
		e2 := x.groupNameEnd(e1 + 1)
		if e2 <= e1+1 {
			return
		}
		a, b := x.resolve(x.span(1, e1)), x.resolve(x.span(e1+1, e2))
		if !x.isShow(a) && !x.isShow(b) && a != b {
			w.group = append(w.group, a, b)
		}
		return
	}
	var last []item
	for k := 0; k+1 < len(t); k++ {
		if t[k].kind != tWord || t[k].cap || !listedAfterIDs.has(t[k].id) || !t[k+1].cap || x.inBr[k] {
			continue
		}
		if items := x.parseList(k + 1); len(items) > 1 {
			last = append(last[:0], items...)
		}
	}
	if len(last) < 2 || len(last) > 4 {
		return
	}
	for _, it := range last {
		p := x.resolve(x.itemName(it))
		if it.pstart >= it.pend || x.personAt(it.pstart) != it.pend && x.knownPerson(p) == "" || x.isShow(p) || x.isNetwork(p) {
			w.group = w.group[:0]
			return // a list of titles, or of other things
		}
		w.group = append(w.group, p)
	}
}

// listedAfter are the words after which a list of people is whom a group
// phrase next names.
var listedAfter = set(`by stars starring featuring features with includes including`)

// groupSubject is whom "this pair", "the duo" or "the trio" (noun w) names
// as a clause's subject: the people the sentence before opened with or
// listed, where they are as many; else nil.
func (x *extractor) groupSubject(w string, want int) []string {
	if g := x.prevGroup(); len(g) == groupNounSize(w) && want <= len(g) {
		return g
	}
	return nil
}

// groupNounSize is how many people "the duo", "the pair", "the two", "the
// trio" or "the three" speak of; else 0.
func groupNounSize(w string) int {
	switch w {
	case "duo", "pair", "two":
		return 2
	case "trio", "three":
		return 3
	}
	return 0
}

// groupNameEnd is where a name at i ends: a person's name, or one
// capitalized word that starts names or that the article credits as a
// person ("Arya"); else i.
func (x *extractor) groupNameEnd(i int) int {
	if e := x.personAt(i); e > i {
		return e
	}
	if t := x.tok(i); t.cap && t.kind == tWord && !t.has(cStopWords) && (t.has(cNameStart) || x.knownPerson(t.text) != "") {
		return i + 1
	}
	return i
}

// groupWorksRule: "The drama stars A and B. They previously starred in
// T", "Both actors have also appeared in T1 and T2": a sentence that opens
// with They, Both, "The duo" or "The trio" (as many as were named), after
// a sentence that named two to four people (prevGroup),
// credits each of them in the titles after a performer's past verb and
// "in" or "on". "They starred together in T" is starredTogether's.
func (x *extractor) groupWorksRule() {
	t := x.toks
	if len(t) < 4 || len(x.prevGroup()) < 2 {
		return
	}
	m := 0
	switch l := t[0].low; {
	case l == "they" || l == "both":
		m = 1
	case l == "the" && !t[1].cap && groupNounSize(t[1].low) == len(x.prevGroup()):
		m = 2 // "The duo", "The trio"
	default:
		return
	}
	if m < len(t) && !t[m].cap && groupPluralsIDs.has(t[m].id) && t[0].low != "they" {
		m++ // "Both actors", "The two stars"
	}
	for q := 0; q < 4 && m < len(t) && !t[m].cap && groupAdverbsIDs.has(t[m].id); q++ {
		m++ // "They have also"
	}
	if m+2 >= len(t) || t[m].cap || !groupCastVerbsIDs.has(t[m].id) {
		return
	}
	if l := t[m+1].low; l != "in" && l != "on" {
		return
	}
	at := m + 2
	if g := x.genreTitleAfter(at); g > 0 {
		at = g // "in the hit series T"
	}
	for _, ti := range x.titleList(at) {
		title := unquote(ti)
		if x.isNetwork(title) || isCompany(title) || describes(title) || x.knownPerson(title) != "" {
			break
		}
		for _, p := range x.prevGroup() {
			x.add(graph.KindCast, p, title, "", "")
		}
	}
}

// groupPlurals, after "Both" or "The two", are the people of the group.
var groupPlurals = set(`actors actresses stars leads performers women men`)

// groupAdverbs may stand between "They" and the verb of groupWorksRule.
var groupAdverbs = set(`previously also have had both once recently earlier all`)

// groupCastVerbs are the performer's past verbs of groupWorksRule.
var groupCastVerbs = set(`starred appeared featured acted co-starred`)

var groupWorksBits = wordMask("they", "both", "duo", "pair", "two", "trio", "three")
