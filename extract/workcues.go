package extract

// Smaller cues of credits in casting, review and obituary copy: a list of
// titles that goes on after the first ("the star of T1, T2 and T3"), a
// co-star named after "opposite" before "in T", "X returns in “T”", a
// title character on a credits line ("Mallorie Rodak as Frieren"), "X, as
// his sister C, is excellent", "in the Harry Potter films", "Her films
// included T1 and T2".

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// moreTitles reads the titles of a list that goes on at e after its first
// title: ", T2 and T3" or " and T2". They are titles only where the list
// ends the clause (a comma or the sentence's end after the last), and
// none is shaped like a person's name ("the star of T, and Meg Ryan
// attended": a second subject).
func (x *extractor) moreTitles(e int) []string {
	var out []string
	for len(out) < 6 {
		at, last := e+1, false
		switch {
		case x.tok(e).low == "and" && !x.tok(e).cap:
			last = true
		case x.tok(e).text == "," && x.tok(e+1).low == "and":
			at, last = e+2, true
		case x.tok(e).text == ",":
		default:
			return nil
		}
		if x.tok(at).low == "the" && !x.tok(at).cap && x.tok(at+1).has(cGenreNouns) && !x.tok(at+1).cap && x.titleStarts(at+2) {
			at += 2 // "T1 and the comedy T2"
		}
		e2 := x.titleAt(at, false)
		if e2 <= at || x.personShaped(at, e2) && x.startsName(at) {
			return nil
		}
		ti := unquote(x.span(at, e2))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			return nil
		}
		out = append(out, ti)
		e = e2
		if last {
			if t := x.tok(e); t.text != "," && !isDash(t.text) && !(t.kind == tPunct && e == len(x.toks)-1) && e != len(x.toks) || t.text == "," && x.tok(e+1).low == "who" {
				return nil // not "screenwriter on T and A B, who penned": a person
			}
			return out
		}
	}
	return nil
}

// joinVerbs join a show: "X has joined T as C".
var joinVerbs = set(`join joins joined joining rejoin rejoins rejoined rejoining board boards boarded boarding`)

// leadVerbs say a person carries a show: "X leads the drama T as C".
var leadVerbs = set(`lead leads led leading headline headlines headlined headlining front fronts fronted fronting topline toplines toplined toplining
	topbill topbills topbilled topbilling`)

// joinLeadWords are the bits of joinVerbs and leadVerbs (mayHold).
var joinLeadWords = unionMask(setMask(joinVerbs), setMask(leadVerbs))

// partnerBeforeGlue reports whether the "in" or "on" at j follows a co-star
// named after "opposite", "alongside" or "with": "stars opposite Tom Hanks
// in Night Ward" names Tom Hanks and then the title.
func (x *extractor) partnerBeforeGlue(j int) bool {
	if l := x.toks[j].low; l != "in" && l != "on" {
		return false
	}
	ps := x.personBefore(j)
	if ps >= j-1 || !x.personShaped(ps, j) || !x.startsName(ps) {
		return false
	}
	p := x.tok(ps - 1)
	return !p.cap && (p.low == "opposite" || p.low == "alongside" || p.low == "with")
}

// returnsInShow reports whether "returns in" before i names a show: a
// quoted title or one the article credits ("X returns in “T”"), not a
// place or a date ("returns in Los Angeles", "returns in March").
func (x *extractor) returnsInShow(i int) bool {
	e := x.titleAt(i, false)
	return e > i && (isQuote(x.tok(i).text) || x.isShow(x.span(i, e)))
}

// titleCharLine reports whether the character at k..e, named like a show,
// is its title character: it ends a credits line "Actor as Character"
// ("Mallorie Rodak as Frieren" in the dub cast of Frieren), or a clause in
// which the actor stars or is praised as it ("Margot Robbie is superb as
// Barbie,", "Cillian Murphy stars as Oppenheimer").
func (x *extractor) titleCharLine(k, e int) bool {
	if x.tok(k-1).low != "as" || e < len(x.toks) && x.tok(e).kind != tPunct {
		return false
	}
	if x.personAt(0) == k-1 && (e == len(x.toks) || e == len(x.toks)-1) {
		return true
	}
	return praiseWordsIDs.has(x.tok(k-2).id) || x.tok(k-2).has(cCastVerbs|cPlayVerbs) && !x.tok(k-2).cap
}

// asideAsSubject reads "X, as C, is excellent": the name that opens the
// sentence before a comma and the "as" at k, where the character ends at e
// before a comma and a verb. It returns nil where the sentence is not so.
func (x *extractor) asideAsSubject(k, e int) []string {
	if ps := x.personBefore(k - 1); x.tok(k-1).text == "," && ps > 0 && ps < k-1 && x.castByAside(ps, e) {
		return []string{x.resolve(x.span(ps, k-1))} // "led by T star X, as detective C, who"
	}
	if n := x.tok(e + 1); x.tok(k-1).text != "," || x.tok(e).text != "," || !x.verbAt(e+1) && !n.has(cAuxWords|cClauseVerbs) && !(n.kind == tWord && !n.cap && !n.has(cStopWords) && strings.HasSuffix(n.low, "s")) {
		return nil
	}
	if ps := x.personBefore(k - 1); ps == 0 && ps < k-1 {
		return []string{x.span(ps, k-1)}
	}
	return nil
}

// franchiseWords follow a title after "the": "in the Harry Potter films".
var franchiseWords = set(`films movies series franchise saga trilogy books film movie show`)

// creditNouns, before "included", list a person's work as "credits" do: "Her
// films included T1 and T2".
var creditNouns = set(`films movies roles shows series dramas works work appearances parts performances efforts filmography projects features`)

// creditNounBits are the bits of creditNouns (mayHold).
var creditNounBits = setMask(creditNouns)

// bestKnownWords, before a person's credits, make "are" and "were" list
// them: "Her best-known films are T1 and T2".
var bestKnownWords = set(`best-known famous notable memorable major best-remembered`)

// creditsAreList reports whether the "are" or "were" at v after the credits
// noun at k lists a person's credits: "Among her other credits were T1 and
// T2", "Her best-known films are T1 and T2" (not "His films are dark").
func (x *extractor) creditsAreList(k, v int) bool {
	if l := x.tok(v).low; l != "are" && l != "were" || !x.titleStarts(v+1) {
		return false
	}
	if x.tok(0).low == "among" && k <= 5 {
		return true
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if bestKnownWordsIDs.has(x.toks[m].id) {
			return true
		}
	}
	return false
}

// starrer credits the names before "starrer" at k with the title after it
// or, without one, the sentence's show.
func (x *extractor) starrer(k int) {
	var names []string
	j, first := k, k
	for len(names) < 4 {
		ps := x.personBefore(j)
		if ps >= j {
			break
		}
		first = ps
		names = append(names, x.span(ps, j))
		if l := x.tok(ps - 1).low; (l == "and" || l == "&" || l == "," || l == "/") && ps > 1 {
			j = ps - 1
			continue
		}
		break
	}
	show := x.sshow
	at := k + 1
	for m := 0; m < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords); m++ {
		at++ // "Kangana Ranaut starrer debacle Revolver Rani"
	}
	if x.titleStarts(at) {
		if e := x.starrerTitleEnd(at); e > at && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
			show = unquote(x.span(at, e))
		}
	}
	if show == "" {
		return
	}
	for _, n := range names {
		x.add(graph.KindCast, x.resolve(n), show, "", "")
	}
	if len(names) > 0 {
		x.makerOfStarrer(first-1, show) // "the Rohit Shetty directed Ajay Devgn starrer Singham"
	}
}

// makerOfStarrer reads, before the stars of a "starrer" (a participle at
// v), the maker Indian trade copy puts first: "the A directed B starrer T",
// "A produced B starrer T" credit A with the participle's job in show.
func (x *extractor) makerOfStarrer(v int, show string) {
	w := x.tok(v)
	job, ok := crewByIDs.lookup(w.id)
	if !ok || w.cap || v < 1 || job == graph.JobOriginalAuthor {
		return
	}
	ps := v // the name words before the participle, read by another rule too ("seen in the A directed ...")
	for ps > 0 && v-ps < 4 && isName(&x.toks[ps-1]) {
		ps--
	}
	if ps >= v {
		return
	}
	name := x.resolve(x.span(ps, v))
	if !x.personShaped(ps, v) && (v-ps != 1 || !hasByte(name, ' ') && !hasLower(mononyms, name)) {
		return // one word: a surname of a person the article names in full, or a name credited alone
	}
	x.add(graph.KindCrew, name, show, "", job)
}

// makeVerbs make an appearance or have a stint: "made a small appearance
// on T", "had short-lived stints on T1 and T2".
var makeVerbs = set(`make makes made making had has have having`)

// exitVerbs leave a show: "X is leaving the soap T after years of playing C".
var exitVerbs = set(`leaving leave leaves left quit quits quitting exit exits exiting exited depart departs departing departed`)

// showBehind is the preposition or verb before the sentence's show, when
// the show ends at j and follows "of", "in", "on", a joining verb or a
// leading one ("leads the drama T"); else -1.
func (x *extractor) showBehind(j int) int {
	end := j + 1
	quoted := isQuote(x.toks[j].text) && j > 1
	if quoted {
		end = j // "on the sixth season of 'The Good Wife' as C"
		j--
	}
	ts := x.titleBefore(end)
	if ts > j || ts < 1 {
		return -1
	}
	if quoted && isQuote(x.toks[ts-1].text) && ts > 1 {
		ts--
		end++
	}
	q := ts - 1
	// "in the series “T” as C", "in Netflix's “T” as C": the words
	// that name the show's kind or its network, back to the preposition
	if q > 0 && x.toks[q].has(cGenreNouns) && !x.toks[q].cap {
		q--
		// "in the new crime drama T": the genre's adjectives too
		for m := q; m > 0 && m > q-4 && x.toks[m].kind == tWord; m-- { // "the Showmax drama T" too
			if l := x.toks[m].low; l == "the" || l == "a" {
				q = m
				break
			}
		}
		if q > 0 && (x.toks[q].low == "the" || x.toks[q].low == "a") {
			q--
		}
	}
	if q > 1 && x.toks[q].kind == tPoss && x.toks[q-1].has(cNetworks) {
		q -= 2
	}
	if e := x.tok(end); q > 0 && x.toks[q].low == "the" && !x.toks[q].cap && !e.cap && (e.has(cGenreNouns) || e.low == "cast") {
		q-- // "has joined the T drama as C", "joins the T cast as C": the kind after the title
	}
	if p := x.toks[q].low; (p == "of" || p == "in" || p == "on" || joinLeadWords.mayHold(&x.toks[q]) && (joinVerbsIDs.has(x.toks[q].id) || leadVerbsIDs.has(x.toks[q].id)) && !x.toks[q].cap || exitVerbsIDs.has(x.toks[q].id) && !x.toks[q].cap || x.returnsTo(q)) && x.skey(unquote(x.span(ts, end))) == x.skey(x.sshow) {
		// "X has joined T as C" too; "X is leaving T after nine years of playing C"
		return q
	}
	return -1
}

// pastArticle is i, or past "a" or "an" at i: "films as a writer".
func (x *extractor) pastArticle(i int) int {
	if l := x.tok(i).low; l == "a" || l == "an" {
		return i + 1
	}
	return i
}

// amongWorks reads "Among the films she directed were T1 and T2", "Among
// the shows he appeared in are T": the works noun at k, then the person (a
// pronoun names the career's or the lead's person) and the verb of the
// credit. It reports whether it read one.
func (x *extractor) amongWorks(k int) bool {
	if x.tok(0).low != "among" || x.tok(1).low != "the" || !creditNounsIDs.has(x.tok(k).id) {
		return false
	}
	p, v := "", k+1
	if l := x.tok(v).low; l == "he" || l == "she" {
		p = cmp.Or(x.pronounPerson(v), x.prevSubject())
		v++
	} else if pe := x.personAt(v); pe > v {
		p = x.resolve(x.span(v, pe))
		v = pe
	}
	kind, job := "", ""
	switch l := x.tok(v).low; {
	case p == "":
		return false
	case l == "starred" || l == "appeared" || l == "acted" || l == "played":
		kind = graph.KindCast
		if x.tok(v+1).low == "in" || x.tok(v+1).low == "on" {
			v++
		}
	default:
		j, ok := crewVerbTitle[l]
		if !ok {
			return false
		}
		kind, job = graph.KindCrew, j
	}
	if l := x.tok(v + 1).low; l != "were" && l != "are" && l != "was" {
		return false
	}
	titles := x.titleList(v + 2)
	for _, ti := range titles {
		if ti = unquote(ti); !x.isNetwork(ti) && x.knownPerson(ti) == "" {
			x.add(kind, p, ti, "", job)
		}
	}
	return len(titles) > 0
}

// asWellAsEnd reads "as well as", after a comma or not, at e in a list of
// titles: "films including A's T1 and T2, as well as B's T3". It returns
// where the next item starts; else e.
func (x *extractor) asWellAsEnd(e int) int {
	m := e
	if x.tok(m).text == "," {
		m++
	}
	if x.tok(m).low == "as" && x.tok(m+1).low == "well" && x.tok(m+2).low == "as" && !x.tok(m).cap {
		return m + 3
	}
	return e
}
