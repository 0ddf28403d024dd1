package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Cues for the maker of a title, and for the title a maker's phrase is
// on: "T, a new drama from Severance creator X" (X made T as well as
// Severance), "star in T, directed by X", "X, best known as the star of
// T", "the ‘T’ Movie From U Director X" of a title-case headline; and
// madeByRule, a maker's name joined to a participle ("the Bong Joon-ho-
// directed film T").

// fromMaker reports whether the title before the job noun at k (quoted or
// not) follows a "from" that names who the sentence's show comes from:
// after a genre noun ("a new FX drama from"), after the show itself and a
// comma ("T, from"), or after the show as subject ("The series is from").
func (x *extractor) fromMaker(k int) bool {
	ts := x.titleBefore(k)
	if x.closeQuote(k - 1) {
		for ts = k - 2; ts > 0 && ts > k-14; ts-- {
			if t := x.toks[ts].text; t == "“" || t == "\"" || t == "‘" || t == "'" {
				break
			}
		}
	}
	f := ts - 1
	if x.sshow == "" || x.tok(f).low != "from" || x.tok(f).cap || x.inBr[f] {
		return false
	}
	p := x.tok(f - 1)
	switch {
	case p.has(cGenreNouns) && !p.cap:
		return true // "a new FX drama from", "the comedy from"
	case p.text == ",":
		ps := x.titleBefore(f - 1)
		return ps < f-1 && x.skey(unquote(x.span(ps, f-1))) == x.skey(x.sshow)
	}
	if p.low == "also" {
		return x.showIsSubject(f - 1) // "The series is also from"
	}
	return x.showIsSubject(f)
}

// commaTitleBy reads the title that a participle and "by" at k follow
// after a comma: "star in Dhadak, directed by X", "Splash (1984), directed
// by X", "won for “T,” written by X". It returns "" where no title stands
// there (“The film, directed by X”, “stars Tom Hanks, directed by X”).
func (x *extractor) commaTitleBy(k int) string {
	c := k - 2
	if l := x.tok(c).low; (l == "was" || l == "is") && x.tok(c-1).low == "which" && crewByParticiple(x.tok(k-1)) {
		// "T (1987) which was written by X", "T, which is directed by Y"
		if c--; x.tok(c-1).text == "," {
			c--
		}
	} else if x.tok(c).text != "," || !crewByWord(x.tok(k-1).low) {
		if !x.bareTitleBy(k) {
			return "" // a participle after a comma may be in capitals: "Recently in T, Directed by X"
		}
		c = k - 1 // "The second title is T directed by X"
	}
	e := c
	if x.tok(e-1).text == ")" && x.tok(e-2).kind == tNum && x.tok(e-3).text == "(" {
		e -= 3 // "Splash (1984),": the year is no part of the title
	}
	if isQuote(x.tok(e-1).text) && x.tok(e-2).text == "," {
		e-- // "“T,” directed by"
	}
	ts := x.titleEndingAt(e)
	if ts >= e || ts > 0 && x.tok(ts-1).kind == tPoss && !isQuote(x.tok(ts).text) && !x.makersTitle(ts-1, e) {
		return "" // not "Tom's Roberts, directed by": a possessive before is a person's
	}
	switch p := x.tok(ts - 1); {
	case p.low == "by" || p.low == "about" || p.low == "of":
		return "" // "Produced by BKM, directed by X": a company; "a documentary about X"
	case (p.low == "in" || p.low == "at" || p.low == "from") && !p.cap:
		if v := x.tok(ts - 2); !v.has(cCastVerbs|cPlayVerbs) && !appearedInIDs.has(v.id) && !x.wasIn(ts-2) && !(p.low == "from" && v.low == "adapted" && isQuote(x.tok(ts).text)) {
			return "" // "drinking buddies in Stockport, written by X": a place
		}
	case p.kind == tWord && !p.cap && !isQuote(x.tok(ts).text) && !p.has(cStopWords|cGenreNouns|cCastVerbs|cPlayVerbs) && !titleLeadsIDs.has(p.id):
		return "" // "a documentary about serial killer X, directed by Y": a person
	}
	ti := unquote(x.span(ts, e))
	if !hasLetter(ti) || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(ts, e) && x.startsName(ts) {
		return ""
	}
	if e-ts == 1 && x.tok(ts).has(cStopWords|cMonth|cDateWords|cGenreNouns) {
		return ""
	}
	if l := x.tok(ts).low; x.tok(ts).has(cStopWords) && l != "the" && l != "a" && l != "an" {
		return "" // "In March 2024, written by X": a date
	}
	for m := ts; m < e; m++ {
		if x.tok(m).has(cMonth | cWeekday) {
			return ""
		}
	}
	return ti
}

// bareTitleBy reports whether a title stands right before the participle
// before "by" at k, with no comma, after a copula, in quotes or opening the
// sentence: "The second title is T directed by X and produced by Y",
// "“T” directed by X", "T directed by X is also in the works".
func (x *extractor) bareTitleBy(k int) bool {
	if !crewByParticiple(x.tok(k - 1)) {
		return false
	}
	ts := x.titleEndingAt(k - 1)
	if ts >= k-1 {
		return false
	}
	p := x.tok(ts - 1)
	if ts == 0 && k-1-ts == 1 && (isAdverb(x.tok(0).text) || x.tok(0).has(cStopWords)) {
		return false // "Originally created by X": an adverb, no title
	}
	return ts == 0 || isQuote(x.tok(ts).text) && x.closeQuote(k-2) || (p.low == "is" || p.low == "was") && !p.cap
}

// makersTitle reports whether the title to e after the possessive at k is a
// maker's: "Ana Dufort's Black Shore, produced by X" (two words or more
// after a person's name; "Tom's Roberts" is a person).
func (x *extractor) makersTitle(k, e int) bool {
	st := x.ownersStart(k)
	if st >= k || !x.startsName(st) || !x.personShaped(st, k) {
		return false
	}
	at, me := x.makerTitle(k)
	return at == k+1 && me == e
}

// crewByParticiple reports whether t is a participle that "by" and a
// maker follow: "directed", "written", "produced".
func crewByParticiple(t *token) bool {
	return !t.cap && crewByWord(t.low)
}

// crewByWord reports whether w, in lower case, is a participle of off-screen
// work before "by".
func crewByWord(w string) bool {
	switch w {
	case "directed", "written", "produced", "created", "co-directed", "co-written", "helmed", "penned", "scripted", "co-created", "developed":
		return true
	}
	return false
}

// appearedIn are the words before "in T" that make T a work: "appeared
// in", "his breakout came in", "a role in".
var appearedIn = set(`appeared appears appear appearing acted starred role roles part parts came comes debut debuted cast featured seen fame breakthrough breakout`)

// titleLeads are lower-case words that a title follows: "series including
// T", "films like T", "the hit T".
var titleLeads = set(`including include includes like titled called named hit hits classic classics`)

// knownAsComma reads, ending at a (before "the star of T"), the words that
// make what follows an aside on the person before the comma: "X, best
// known as the star of T", "X, who was the creator of T". It returns the
// comma, or -1.
func (x *extractor) knownAsComma(a int) int {
	switch l := x.tok(a).low; {
	case l == "as" && x.tok(a-1).low == "known":
		a -= 2
		if l := x.tok(a).low; l == "best" || l == "perhaps" || l == "widely" || l == "probably" {
			a--
		}
	case (l == "was" || l == "is") && x.tok(a-1).low == "who":
		a -= 2
	case l == "as" && acclaimNounsIDs.has(x.tok(a-1).id) && !x.tok(a-1).cap:
		// "X, who won international acclaim as the star of T", "X, who
		// rose to fame as the lead of T"
		a -= 2
		for q := 0; q < 4 && x.tok(a).kind == tWord && !x.tok(a).cap && x.tok(a).low != "who"; q++ {
			a--
		}
		if x.tok(a).low != "who" {
			return -1
		}
		a--
	default:
		return -1
	}
	if x.tok(a).text == "," {
		return a
	}
	return -1
}

// trimKindFrom drops, from a title read in a title-case headline, a kind of
// work and "From" before it: "‘Star Wars’ Movie From Deadpool Director
// Shawn Levy" names Deadpool before the job noun, not "Movie From
// Deadpool".
func trimKindFrom(ti string) string {
	kind, rest, ok := strings.Cut(ti, " From ")
	if !ok || hasByte(kind, ' ') || !formatWords[strings.ToLower(kind)] && !genreNouns[strings.ToLower(kind)] {
		return ti
	}
	return rest
}

// titleOwner is the title whose possessive stands before a list item's
// name, "Succession's Jesse Armstrong", or "" (a network's, a person's or
// none).
func (x *extractor) titleOwner(it item) string {
	p := it.pstart - 1
	if it.start >= p || x.tok(p).kind != tPoss || x.titleAt(it.start, false) != p {
		return ""
	}
	ti := unquote(x.span(it.start, p))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(it.start, p) && x.startsName(it.start) {
		return ""
	}
	return ti
}

// byListClause drops from a list of makers after "by" the items that open
// a clause: "Written by A (T1), B (T2) plays the lead" (B), "Directed by
// A, T stars B as C" (B, whose "T stars" prefix is a clause, not "T
// star").
func (x *extractor) byListClause(items []item) []item {
	for n, it := range items {
		for m := it.start; m < it.pstart && n > 0; m++ {
			if t := x.tok(m); t.has(cCastVerbs) && !t.cap && !x.titleStarPrefix(m, it.pstart) {
				return items[:n]
			}
		}
	}
	if n := len(items); n >= 2 && x.tok(items[n-1].start-1).text == "," && x.clauseAfter(items[n-1].end) {
		return items[:n-1]
	}
	if n := len(items); n >= 2 && x.tok(items[1].start-1).text == "," && x.tok(items[0].start-1).low == "by" && x.tok(items[0].start-3).text == "," {
		// "In T, directed by X, A and B play sisters": the aside holds one
		// maker, the names after its comma are the clause's subjects
		if v := x.tok(items[n-1].end); v.kind == tWord && !v.cap && (v.has(cPlayVerbs|cCastVerbs) || v.low == "stars" || v.low == "leads") {
			return items[:1]
		}
	}
	return items
}

// titleStarPrefix reports whether "star" at m is a noun of a title's
// performer right before a name at ps: "by A and Velvet Harbour star B"
// (no clause "B star in").
func (x *extractor) titleStarPrefix(m, ps int) bool {
	return m == ps-1 && x.tok(m).low == "star" && x.tok(m-1).cap
}

// madeByRule: a maker's name joined to a participle, "the M. Night
// Shyamalan-produced mystery drama", "a Bong Joon-ho-directed film T": a
// crew credit, in the title that follows or the sentence's show.
func (x *extractor) madeByRule() {
	if x.s != nil && x.s.flags&fHyphen == 0 {
		return // no word with a hyphen inside: nothing it reads
	}
	t := x.toks
	for k := 0; k < len(t); k++ {
		w := &t[k]
		if !w.cap || w.kind != tWord || w.flags&fHyphen == 0 || x.inBr[k] {
			continue // a word without a hyphen inside has no maker's suffix
		}
		i := strings.LastIndexByte(w.low, '-')
		if i <= 0 {
			continue
		}
		kind := graph.KindCrew
		job, ok := crewBy[w.low[i+1:]]
		if !ok {
			switch w.low[i+1:] {
			case "led", "fronted", "headlined", "starrer", "starring":
				kind, ok = graph.KindCast, true // "Shahrukh Khan-led films such as T1 and T2"
			}
		}
		if !ok || job == graph.JobOriginalAuthor {
			continue
		}
		last := w.text[:strings.LastIndexByte(w.text, '-')] // the name's last word, as written
		name, before := last, k-1
		if ps := x.personBefore(k); ps < k {
			name, before = x.span(ps, k)+" "+last, ps-1
		} else if r := x.resolve(last); r != last && hasByte(r, ' ') {
			name = r // "the Miike-directed T": the surname of a person named in full
		} else if !isNameStart(last) && !strings.HasSuffix(w.low, "-starrer") {
			continue // one word that starts no name: "Netflix-produced"; not "the Karthi-starrer T", a star's one name
		}
		shows := []string{x.sshow}
		m := k + 1
		for m < len(t) && m < k+4 && t[m].kind == tWord && !t[m].cap && !t[m].has(cStopWords) {
			m++
		}
		if m > k+1 && x.titleStarts(m) && t[m-1].has(cGenreNouns|cFormatWords) || m == k+1 && x.titleStarts(m) && (x.tok(before).low == "the" || before < 0 || x.tok(before).kind == tPunct && !isQuote(x.tok(before).text) || madeByPrepsIDs.has(x.tok(before).id) && !x.tok(before).cap) {
			// "the Miike-directed Sukiyaki Western Django", "seen in Rohit
			// Shetty-directed Singham": the title follows
			if e := x.titleAt(m, false); e > m && !x.isNetwork(x.span(m, e)) {
				shows = []string{unquote(x.span(m, e))}
			}
		} else if l := x.tok(m + 1).low; x.tok(m).text == "," && (l == "such" && x.tok(m+2).low == "as" || l == "like" || l == "including") {
			// "Shahrukh Khan-led films, such as T1, T2 and T3"
			at := m + 2
			if l == "such" {
				at = m + 3
			}
			if ts := x.titleList(at); len(ts) > 0 {
				shows = ts
			}
		} else if l := x.tok(m).low; l == "like" || l == "including" || l == "such" && x.tok(m+1).low == "as" {
			at := m + 1
			if l == "such" {
				at = m + 2
			}
			if ts := x.titleList(at); len(ts) > 0 {
				shows = ts
			}
		}
		if m > k+1 && shows[0] == x.sshow && t[m-1].has(cGenreNouns) && x.tok(before).low == "the" {
			// "returned to T, where he remains ... on the Michaels-created
			// variety show": the show the sentence named before
			if ti := x.knownShowBefore(before); ti != "" {
				shows = []string{ti}
			}
		}
		if strings.Contains(name, "-") {
			continue
		}
		names := []string{name}
		for j := before; kind == graph.KindCast && len(names) < 4 && (x.tok(j).low == "and" || x.tok(j).text == "&" || x.tok(j).text == ","); {
			// "A and B-starrer T", "A, B and C-led": each a star
			ps := x.personBefore(j)
			if ps >= j || !x.personShaped(ps, j) {
				break
			}
			names = append(names, x.span(ps, j))
			j = ps - 1
		}
		for _, show := range shows {
			if show != "" && !x.isNetwork(show) {
				for _, n := range names {
					x.add(kind, n, show, "", job)
				}
			}
		}
	}
}

// madeByPreps before "X-directed T" leave T the title: "seen in X-directed
// T", "a remake of X-produced T".
var madeByPreps = set(`in on of with`)

// numberWords count people: "by three women".
var numberWords = set(`two three four five six seven eight nine ten`)

// knownShowBefore gives the last title before i in the sentence, no
// person, network nor place, or "".
func (x *extractor) knownShowBefore(i int) string {
	for j := i - 1; j >= 0; j-- {
		if !x.toks[j].cap || j > 0 && x.toks[j-1].cap && x.toks[j-1].kind == tWord {
			continue
		}
		if e := x.titleAt(j, false); e > j && e <= i {
			ti := unquote(x.span(j, e))
			if x.isNetwork(ti) || describes(ti) || placeWords[strings.ToLower(ti)] || x.knownPerson(ti) != "" || x.startsName(j) && x.personShaped(j, e) {
				continue
			}
			if x.isShow(ti) || x.titleStarts(j) {
				return ti
			}
		}
	}
	return ""
}

var bitFrom = wordBit("from")

// fromMakerAfterTitle reads "the new film from director X, T": the kind of
// work, "from", its maker, then its title after a comma at the clause's
// end. It returns the title, the sentence's show, or "".
func (x *extractor) fromMakerAfterTitle() string {
	if !x.sentHasWord(bitFrom) || !x.sentHas(cGenreNouns) {
		return ""
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].low != "from" || !t[k-1].has(cGenreNouns) || t[k-1].cap {
			continue
		}
		at := k + 1
		for q := 0; q < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && (x.tok(at).has(cJobNoun) || x.tok(at).has(cDescribe)); q++ {
			at++ // "from director X", "from Korean director X"
		}
		if x.tok(at).cap && x.tok(at).has(cDescribe) && x.tok(at+1).has(cJobNoun) {
			at += 2
		}
		pe := x.personAt(at)
		if pe <= at || x.tok(pe).text != "," || !x.titleStarts(pe+1) {
			continue
		}
		e := x.titleAt(pe+1, false)
		if e <= pe+1 || e < len(t) && !(x.tok(e).kind == tPunct && x.tok(e).text != "(") {
			continue
		}
		if ti := unquote(x.span(pe+1, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) && !(x.startsName(pe+1) && x.personShaped(pe+1, e)) {
			return ti
		}
	}
	return ""
}

// acclaimNouns are what a part won its player before "as the star of T":
// "who won international acclaim as", "who rose to fame as".
var acclaimNouns = set(`acclaim fame prominence recognition stardom popularity`)

// leadRankWords stand between "the" and a performer's or maker's noun in
// an appositive: "X, the lead actor in T", "the principal actor in T".
var leadRankWords = set(`lead principal main leading`)

// castInAppositive reports whether the performer's noun at k reads "in"
// after it as the show the person acts in: "X, the lead actor in the
// Turkish series T," (not "X, a star in the making").
func (x *extractor) castInAppositive(k int) bool {
	switch l := x.tok(k).low; {
	case x.tok(k).cap:
		return false
	case l == "actor" || l == "actress" || l == "star":
		return leadRankWordsIDs.has(x.tok(k-1).id) && x.tok(k-2).low == "the"
	}
	return false
}

// participlesBy reports whether "and", a second participle of work on a
// show and "by" start at k: "T is written [and directed by] X", "T is
// produced [and hosted by] X".
func (x *extractor) participlesBy(k int) bool {
	if x.tok(k).low != "and" {
		return false
	}
	p := x.tok(k + 1)
	return x.tok(k+2).low == "by" && !p.cap && (crewByWord(p.low) || p.low == "hosted" || p.low == "executive-produced")
}
