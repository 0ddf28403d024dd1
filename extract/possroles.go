package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// possCharRule reads a performer's possessive before the character played:
// "Gillian Anderson's shrewd cop Stella", "Mitchell's Dr. Mitch Ripley",
// "Ryan Gosling's Driver in Drive" (that title's), "Eddie Cibrian's
// character" (no name). The owner is a full name, or a surname of a
// person the article credits on screen and never off it; the character
// is a name after describing words or a title of rank, never a show's
// title, nor a person's.
func (x *extractor) possCharRule() {
	if !x.sentHasKind(tPoss) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].kind != tPoss || x.inBr[k] || t[k+1].low == "own" {
			continue // not "T's own X": a show's own performer, no character (ownstars.go)
		}
		ps := x.personBefore(k)
		if ps == k {
			continue
		}
		if ps > 0 && (t[ps-1].has(cJobNoun) || t[ps-1].kind == tPoss) {
			continue // "director X's", "T's X's": a maker or an owner's (first: it asks the knowledge nothing)
		}
		if !x.possCharShape(k) {
			continue // no character after it: read before the knowledge is asked
		}
		owner := x.span(ps, k)
		person := x.resolve(owner)
		last := person[strings.LastIndexByte(person, ' ')+1:] // the first reading knows "Butler" before "Gerard Butler"
		if x.isShow(owner) || x.creditless(owner) || x.know.crewed(x.fold(person)) || x.know.crewed(x.fold(owner)) || x.know.crewed(x.fold(last)) {
			continue
		}
		if !(k-ps >= 2 && x.startsName(ps) || person != owner && x.know.person(x.fold(person))) {
			continue
		}
		at := k + 1
		if c, e := x.possCharName(at); e > c && x.sshow != "" {
			x.add(graph.KindCast, person, x.sshow, x.span(c, e), "") // "Wenda Orrel’s new character, Abigail Fowler"
			continue
		}
		if t[at].low == "character" && !t[at].cap && x.sshow != "" {
			if !x.hasCast(person, x.sshow) {
				x.add(graph.KindCast, person, x.sshow, "", "") // "Eddie Cibrian's character"
			}
			continue
		}
		at, e, ok := x.possDescribedChar(k)
		if !ok {
			continue
		}
		char := x.span(at, e)
		if x.isShow(char) || x.knownPerson(char) != "" || x.tok(e).has(cGenreNouns) {
			continue
		}
		show := x.sshow
		if x.tok(e).low == "in" {
			// "Ryan Gosling's Driver in DRIVE": that title's
			if te := x.titleAt(e+1, false); te > e+1 && x.titleStarts(e+1) && !x.isNetwork(x.span(e+1, te)) && x.knownPerson(x.span(e+1, te)) == "" {
				show = unquote(x.span(e+1, te))
			}
		}
		if show == "" {
			continue
		}
		x.add(graph.KindCast, person, show, char, "")
		k = e - 1
	}
}

// possCharShape reports whether the words after the possessive at k may
// name a character: "character", a character's name after describing
// words or a title of rank (possDescribedChar), or possCharName's reading.
// possCharRule asks it before the knowledge: a possessive with none of
// these reads nothing.
func (x *extractor) possCharShape(k int) bool {
	if t := &x.toks[k+1]; t.low == "character" && !t.cap && x.sshow != "" {
		return true
	}
	if _, _, ok := x.possDescribedChar(k); ok {
		return true
	}
	c, e := x.possCharName(k + 1)
	return e > c && x.sshow != ""
}

// possDescribedChar reads, after the possessive at k, up to three
// describing words in lower case, or a title of rank, and a character's
// name that ends a clause: "X's sly grifter Nancy", "X's Dr. Webb". It
// returns the name's span, and false where there is none.
func (x *extractor) possDescribedChar(k int) (at, e int, ok bool) {
	t := x.toks
	at = k + 1
	described := 0
	for at < len(t) && described < 3 && t[at].kind == tWord && !t[at].cap && !t[at].has(cStopWords|cGenreNouns|cCastVerbs|cJobNoun|cAuxWords) {
		if l := t[at].low; relationWordsIDs.has(t[at].id) || filmographyNounsIDs.has(t[at].id) || l == "include" || l == "includes" {
			return at, at, false // "Kitsch's mother Nancy": a relative; "X's credits include T"
		}
		at++
		described++
	}
	if at >= len(t) || described == 0 && !rankTitle(t[at].low) {
		return at, at, false
	}
	e = x.charAt(at)
	if e <= at || e-at > 4 || !x.boundary(e) && x.tok(e).low != "come" && x.tok(e).low != "comes" {
		return at, e, false
	}
	return at, e, true
}

// rankTitle reports whether w, a word before a character's name, is a
// title of rank or office: "Dr.", "Friar", "DI", "Sgt."
func rankTitle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return charTitles[w] || rankWordsMore[w]
}

// rankWordsMore are titles of rank that charTitles leaves out.
var rankWordsMore = set(`friar di ds dci dc pc sgt lt det prof professor judge nurse agent inspector chief commander colonel
	major lieutenant constable superintendent reverend father sister pastor`)

// hasCast reports whether person already has a cast credit in show: "X's
// character" adds nothing to it, not even the sentence's seasons.
func (x *extractor) hasCast(person, show string) bool {
	x.know.askCredits()
	pk, sk := x.fold(person), x.skey(show)
	for i := range x.facts {
		if f := &x.facts[i]; f.Kind == graph.KindCast && f.key.person == pk && f.key.show == sk {
			return true
		}
	}
	return false
}

// possGenreRule reads a maker's possessive before a genre noun that no
// title follows: "Joining Nic Pizzolatto's gritty cop drama are ...",
// "“Lady Friends,” Kari Lizer's new NBC comedy pilot", "the new James
// Graham’s BBC One drama". The maker has a crew credit, no job, in the
// title before the comma, else in the sentence's show. A person the
// article credits on screen and never off it is no maker ("Shah Rukh
// Khan's new film"), nor is an actor's "comeback drama".
func (x *extractor) possGenreRule() {
	if !x.sentHasKind(tPoss) || !x.sentHas(cGenreNouns) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].kind != tPoss || x.inBr[k] {
			continue
		}
		g, adj := k+1, false
		for q := 0; q < 5 && g < len(t) && !(t[g].has(cGenreNouns) && !t[g].cap); q++ {
			adj = adj || appositiveAdjectivesIDs.has(t[g].id)
			if t[g].kind != tWord || t[g].cap && !t[g].has(cNetworks) && !(t[g].kind == tWord && q > 0 && t[g-1].has(cNetworks)) || t[g].has(cStopWords) && t[g].low != "new" && !appositiveAdjectivesIDs.has(t[g].id) ||
				t[g].low == "comeback" || t[g].low == "debut" || t[g].low == "acting" {
				g = len(t)
				break
			}
			g++ // "gritty cop", "new NBC comedy", "BBC One", "upcoming original"
		}
		if g >= len(t) || !t[g].has(cGenreNouns) || t[g].cap {
			continue
		}
		if n := x.tok(g + 1); n.low == "pilot" || n.low == "series" {
			g++ // "comedy pilot", "drama series"
		}
		if x.titleStarts(g+1) || x.tok(g+1).text == "," && x.titleStarts(g+2) {
			continue // "X's drama T": read by possRule
		}
		if n := x.tok(g + 1); n.kind == tWord && !n.cap && !n.has(cStopWords|cAuxWords|cCastVerbs|cListTriggers) {
			continue // "X's mystery category": the genre noun describes another noun
		}
		ps := x.personBefore(k)
		if ps < k-2 && strings.HasSuffix(t[ps].low, "ing") {
			ps++ // "Joining Nic Pizzolatto's": the participle opens the sentence
		}
		if ps >= k || !x.personShaped(ps, k) && !x.surnameOwner(ps, k) || !x.startsName(ps) && x.knownPerson(x.span(ps, k)) == "" && ps > 0 && t[ps-1].cap && !x.epithetBefore(ps) && !x.surnameOwner(ps, k) {
			continue
		}
		person := x.resolve(x.span(ps, k))
		onScreen := x.know.person(x.fold(person)) && !x.know.crewed(x.fold(person))
		if onScreen && !x.makerWith(g+1) {
			continue // credited on screen only: an actor's film
		}
		show, appos := x.sshow, false
		if c := ps - 1; x.tok(c).text == "," || x.closeQuote(c) && x.tok(c-1).text == "," {
			if x.closeQuote(c) {
				c-- // "“Lady Friends,” Kari Lizer's": the comma inside the quotes
			}
			if ts := x.quotedTitlesBefore(c + 1); len(ts) == 1 && x.closeQuote(c) || x.closeQuote(c) {
				if len(ts) == 1 {
					show, appos = unquote(strings.TrimRight(unquote(ts[0]), ",")), true
				}
			} else if tb := x.titleBefore(c); tb < c && !x.isNetwork(x.span(tb, c)) && !(tb == 0 && (isAdverb(x.span(tb, c)) || c == 1 && (x.tok(0).has(cStopWords) || connectivesIDs.has(x.tok(0).id)))) { // not "Finally, X's drama is called T"
				show, appos = x.span(tb, c), true
			}
		}
		if show == "" || adj && !appos {
			continue // "T, X's upcoming original series" only: not "X's upcoming project" on its own
		}
		if x.makerWith(g + 1) {
			// "X's much-awaited film with director Y": the one whose film
			// it is stars in it; the maker is the one it is with
			x.add(graph.KindCast, person, show, "", "")
			continue
		}
		x.add(graph.KindCrew, person, show, "", "")
	}
}

// appositiveAdjectives may stand between a maker's possessive and the genre
// noun of an appositive after a title: "T, X's upcoming original series".
var appositiveAdjectives = set(`upcoming latest original next forthcoming`)

// makerWith reports whether "with" at i brings in the work's maker: "with
// director Y", "with filmmaker Y".
func (x *extractor) makerWith(i int) bool {
	if x.tok(i).low != "with" {
		return false
	}
	j, ok := jobNoun(x.tok(i + 1))
	return ok && j == graph.JobDirector && x.personAt(i+2) > i+2
}

// surnameOwner reports whether the one word ps..k before a possessive, in an
// appositive after a title, is the surname of a person the article names
// in full: "T, Rudd's semi-autobiographical series" where it names Tom
// Rudd.
func (x *extractor) surnameOwner(ps, k int) bool {
	if k-ps != 1 || x.isNetwork(x.toks[ps].text) || x.tok(ps-1).text != "," {
		return false // the appositive after a title only: "T, Rudd's series"
	}
	full := x.resolve(x.toks[ps].text)
	return hasByte(full, ' ') && !x.isNetwork(full)
}

// connectives open a sentence before a comma and name no title: "Besides,
// X's new series", "Instead, ...", besides the stop words ("Meanwhile,",
// "However,") and the adverbs in "-ly".
var connectives = set(`besides instead thus hence therefore indeed now later earlier today tonight overall anyway regardless afterwards afterward meantime again next first second third`)
