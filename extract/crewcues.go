package extract

// Cues that crew rules share: whose job a job noun names, what a crew verb's
// object is, whose possessive stands before a title.

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// ownJobOwner reports whether the job noun at k belongs to the sentence's
// show by a possessive before it: "the show's creator", "the series'
// showrunner", "its director", "T's writer".
func (x *extractor) ownJobOwner(k int) bool {
	o := k - 1
	if x.tok(o).low == "executive" || x.tok(o).low == "co" {
		o--
	}
	for m := 0; m < 2 && x.tok(o).kind == tWord && !x.tok(o).cap && (x.tok(o).has(cDescribe) || titleAdjectivesIDs.has(x.tok(o).id)); m++ {
		o-- // "the show's original creator"
	}
	if x.tok(o).low == "its" {
		return true
	}
	if x.tok(o).kind != tPoss {
		return false
	}
	switch x.tok(o - 1).low {
	case "show", "series", "film", "movie", "drama", "project":
		return x.tok(o-2).low == "the"
	}
	ts := x.titleBefore(o)
	return ts < o && x.skey(x.span(ts, o)) == x.skey(x.sshow)
}

// otherTitleObject is the title other than the sentence's show that the
// words at i, a verb's object, name ("directed Lost"), or "".
func (x *extractor) otherTitleObject(i int) string {
	ti := x.titleObject(i)
	if ti == "" || x.skey(ti) == x.skey(x.sshow) {
		return ""
	}
	return ti
}

// titleObject is the title that the words at i, a verb's object, name
// ("directed Lost", "produced the hit series T"), or "".
func (x *extractor) titleObject(i int) string {
	ti, _ := x.titleObjectAt(i)
	return ti
}

// titleObjectAt is titleObject with the index its title starts at (0 with
// no title).
func (x *extractor) titleObjectAt(i int) (string, int) {
	at := x.pastEpisodesOf(i) // "directed episodes of T", "the first season of T"
	if x.tok(at).low == "the" && !x.tok(at).cap {
		at++
		if n := x.pastNetwork(at); n > at {
			at = n // "the Showtime program “T”", "the Netflix series T"
		}
		if a := x.tok(at); a.kind == tWord && (!a.cap || a.has(cDescribe) || strings.HasPrefix(a.low, "k-")) && !a.has(cStopWords|cGenreNouns) && x.tok(at+1).has(cGenreNouns) && !x.tok(at+1).cap {
			at++ // "the action series T", "the K-movie thriller T": a describing word before the kind
		}
		for m := 0; m < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && (x.tok(at).has(cGenreNouns|cFormatWords) || titleAdjectivesIDs.has(x.tok(at).id)); m++ {
			at++ // "the feature T", "the hit series T"
		}
		if pe := x.personAt(at); at == i+1 && !(pe > at && x.tok(pe).low == "starrer") {
			return "", 0 // not "directed the Kangana Ranaut starrer T"
		}
	}
	if !x.titleStarts(at) {
		return "", 0
	}
	e := x.titleAt(at, false)
	if e > at && x.tok(e).low == "starrer" {
		// "directed Kangana Ranaut starrer debacle Revolver Rani"
		at = e + 1
		for m := 0; m < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords); m++ {
			at++
		}
		e = x.titleAt(at, false)
	}
	if e <= at {
		return "", 0
	}
	ti := unquote(x.span(at, e))
	if x.tok(e).kind == tPoss || x.isNetwork(ti) || x.knownPerson(ti) != "" || x.personShaped(at, e) && x.startsName(at) || describes(ti) {
		return "", 0 // "adapting Wilkie Collins’s adventure": an owner, no title
	}
	return ti, at
}

// projectObject reports whether the words at i name the sentence's show:
// "the film", "this venture", "the project", its title, "it".
func (x *extractor) projectObject(i int) bool {
	t := x.tok(i)
	if t.low == "it" || x.skey(x.span(i, x.titleAt(i, false))) == x.skey(x.sshow) && x.titleAt(i, false) > i {
		return true
	}
	if t.low != "the" && t.low != "this" && t.low != "that" {
		return false
	}
	switch x.tok(i + 1).low {
	case "film", "movie", "project", "venture", "series", "show", "drama", "production", "picture":
		return true
	}
	return false
}

// inSubjectAside reports whether token k lies in an aside on the sentence's
// subject show: "T, the first drama of ... director X, depicts".
func (x *extractor) inSubjectAside(k int) bool {
	e := x.titleAt(0, false)
	if e == 0 || x.tok(e).text != "," || x.skey(x.span(0, e)) != x.skey(x.sshow) {
		return false
	}
	return x.secondComma < 0 || k < x.secondComma
}

// countWords count works: "several features", "two films", "many series".
var countWords = set(`several many numerous multiple some two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
	sixty seventy eighty ninety hundred hundreds dozen dozens a`)

// pastCountLimit skips, at i, the words that bound a count: "more than
// forty films", "over 30 films", "nearly a dozen".
func (x *extractor) pastCountLimit(i int) int {
	switch x.tok(i).low {
	case "more", "fewer", "less":
		if x.tok(i+1).low == "than" {
			return i + 2
		}
	case "over", "nearly", "almost", "around", "roughly", "some", "about":
		if n := x.tok(i + 1); countWordsIDs.has(n.id) || n.kind == tNum {
			return i + 1
		}
	}
	return i
}

// pastCountBound skips, at i, a bounded count before a plural noun of
// works: "more than forty films", "over 40 films".
func (x *extractor) pastCountBound(i int) int {
	k := x.pastCountLimit(i)
	if n := x.tok(k); k > i && n.kind == tNum && len(n.text) <= 3 && x.tok(k+1).kind == tWord && !x.tok(k+1).cap {
		k++
	}
	return k
}

// worksObject reports whether the words at i count works rather than name
// one: "several features", "two films before", "a number of dramas".
func (x *extractor) worksObject(i int) bool {
	i = x.pastCountLimit(i)
	t := x.tok(i)
	if n := x.tok(i + 1).low; !t.cap && t.kind == tWord && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && (genreNouns[strings.TrimSuffix(t.low, "s")] || t.low == "features") &&
		(n == "like" || n == "including" || n == "such" && x.tok(i+2).low == "as") {
		return true // "has helmed dramas like T1 and T2": earlier work, not the sentence's show
	}
	if t.cap || !(countWordsIDs.has(t.id) || t.kind == tNum) {
		return false
	}
	at := i + 1
	if t.low == "a" {
		if x.tok(at).low != "number" && x.tok(at).low != "string" || x.tok(at+1).low != "of" {
			return false
		}
		at += 2
	}
	for m := 0; m < 3; m++ { // "several acclaimed features"
		w := x.tok(at + m)
		if w.cap || w.kind != tWord {
			return false
		}
		if strings.HasSuffix(w.low, "s") && (w.has(cGenreNouns) || genreNouns[strings.TrimSuffix(w.low, "s")] || w.low == "features") {
			return true
		}
	}
	return false
}

// worksNamed is where the titles of counted works start: past "including",
// "like" or "such as" within a few words of i, or i.
func (x *extractor) worksNamed(i int) int {
	for m := i; m < i+8 && m < len(x.toks); m++ {
		switch l := x.tok(m).low; {
		case l == "including" || l == "like":
			return m + 1
		case l == "such" && x.tok(m+1).low == "as":
			return m + 2
		case x.tok(m).kind == tPunct && x.tok(m).text != ",":
			return m
		}
	}
	return i
}

// officeWords are a company office's capitalized title before a name:
// "Carnival Films Executive Chairman Gareth Neame".
var officeWords = set(`executive chairman chairwoman chair ceo president founder co-founder chief head managing director md boss vp vice`)

// pastCompanyTitle skips, at i, a company's name and the office its person
// holds: "Carnival Films Executive Chairman X" gives the index of X. It
// returns i when no company opens there.
func (x *extractor) pastCompanyTitle(i int) int {
	m := i
	for m < len(x.toks) && m < i+4 && x.tok(m).cap && !x.tok(m).has(cCompanyWords) {
		m++
	}
	if !x.tok(m).has(cCompanyWords) || !x.tok(m).cap {
		return i
	}
	m++
	o := m
	for m < len(x.toks) && m < o+4 && x.tok(m).cap && officeWordsIDs.has(x.tok(m).id) {
		m++
	}
	if m == o || x.personAt(m) <= m {
		return i
	}
	return m
}

var sourceCues = set(`based adapted adaptation revolves inspired drawn`)

// ownersBefore reads the people before a possessive at k: "Raj & DK's",
// "Kaiu Shirai and Posuka Demizu 's"; out is an empty buffer of the
// caller's to hold them.
func (x *extractor) ownersBefore(out []string, k int) []string {
	end := k
	for len(out) < 4 {
		ps := x.personBefore(end)
		if ps == end {
			break
		}
		out = append(out, x.span(ps, end))
		p := ps - 1
		if p > 0 && (x.toks[p].low == "and" || x.toks[p].text == "&") && isName(&x.toks[p-1]) {
			end = p
			continue
		}
		break
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return shareSurname(out)
}

// ownersStart is the index where the owners before a possessive at k begin.
func (x *extractor) ownersStart(k int) int {
	end := k
	for m := 0; m < 4; m++ {
		ps := x.personBefore(end)
		if ps == end {
			return end
		}
		p := ps - 1
		if p > 0 && (x.toks[p].low == "and" || x.toks[p].text == "&") && isName(&x.toks[p-1]) {
			end = p
			continue
		}
		return ps
	}
	return end
}

// sourceBy reports whether the job noun at k follows "novel by" or "book
// by": "based on the novels by German writer X".
func (x *extractor) sourceBy(k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if x.toks[m].low == "by" {
			return m > 0 && x.toks[m-1].has(cSourceNouns)
		}
		if !describeWordsIDs.has(x.toks[m].id) {
			return false
		}
	}
	return false
}

// possList reports whether the possessive at k is one item of a list of
// "Name's Title" items: another such item comes right before or after.
func (x *extractor) possList(k int) bool {
	item := func(p int) bool { // a "Name's Title" possessive at p
		if p <= 0 || p >= len(x.toks) || x.toks[p].kind != tPoss {
			return false
		}
		ps := x.personBefore(p)
		return ps < p-1 && x.titleStarts(p+1)
	}
	if e := x.titleAt(k+1, false); e > k+1 {
		sep := e
		if x.tok(sep).text == "," {
			sep++
		}
		if x.tok(sep).low == "and" {
			sep++
		}
		if sep > e {
			if pe := x.personAt(sep); pe > sep+1 && item(pe) {
				return true
			}
		}
	}
	// the item before: "..., Rajeev Ravi's Thuramukham, <this>"
	st := x.personBefore(k)
	p := st - 1
	sep := false
	if x.tok(p).low == "and" {
		p, sep = p-1, true
	}
	if x.tok(p).text == "," {
		p, sep = p-1, true
	}
	if !sep {
		return false
	}
	for q := p; q > 0 && q > p-8; q-- {
		if item(q) {
			return true
		}
	}
	return false
}

// trimDescribing drops the describing words a title starts with:
// "Oscar-winning Moonlight" is Moonlight.
func trimDescribing(title string) string {
	var buf [32]byte
	if len(title) > 4 && title[2] == '-' && title[0]|0x20 == 'e' && title[1] == 'x' && title[3] >= 'A' && title[3] <= 'Z' {
		title = title[3:] // "Ex-Harbor star X": the former part's title
	}
	for {
		w, rest, ok := cutByte(title, ' ')
		lw := string(lowerInto(buf[:0], w)) // on the stack, where it is short
		if ok && (lw == "and" || lw == "but" || lw == "or" || lw == "so") {
			title = rest // "And French actor X": a conjunction opens the sentence
			continue
		}
		if !ok || !describesWord(lw) {
			if !ok && describesWord(lw) {
				return ""
			}
			return title
		}
		if g, _, _ := cutByte(rest, ' '); g != "" && g[0] >= 'a' && g[0] <= 'z' && titleGlue[g] {
			return title // "Top of the Lake star X": a glue word after it, the title's first word
		}
		title = rest
	}
}

// makerTitle reads the title after a maker's possessive at k that no
// quotes or year mark: "Stephen Chbosky's The Perks of Being a
// Wallflower", "Sally Wainwright's Happy Valley", "Martin Scorsese's
// upcoming Killers of the Flower Moon". The title opens with an article
// or has two words or more, and is not a name ("Meryl Streep's Miranda
// Priestly" is a character); it returns the title's bounds, or at == e.
func (x *extractor) makerTitle(k int) (at, e int) {
	at = k + 1
	if l := x.tok(at).low; titleAdjectives[l] && !x.tok(at).cap {
		at++ // "upcoming", "new", "latest"
	}
	if !x.tok(at).cap || isQuote(x.tok(at).text) {
		return at, at
	}
	e = x.titleAt(at, false)
	if e-at < 2 && !(e-at == 1 && len(x.tok(at).text) >= 4 && x.capsTitleAt(at)) || x.tok(at).low == "i" {
		return at, at // one word, unless written in capitals as a chart writes titles: "Kim's SILVERLAKE"
	}
	title := x.span(at, e)
	if x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" || x.startsName(at) && x.personShaped(at, e) {
		return at, at
	}
	if h := x.toks[at].low; len(h) <= 5 && strings.HasSuffix(h, ".") && charTitles[h[:len(h)-1]] && x.personShaped(at+1, e) {
		return at, at // "Ryan Vask's Dr. Max Goodwin": an honorific and a full name, a character
	}
	for m := at; m < e; m++ {
		if x.toks[m].has(cCharTitles) && m == at || x.toks[m].kind == tPoss {
			return at, at // "Jean Smart's Detective Vance", "X's Grey's Anatomy" read elsewhere
		}
	}
	if l := x.tok(e).low; x.tok(e).kind == tPoss || l == "character" || l == "role" || x.tok(e).has(cGenreNouns) || sourceNouns[l] || describes(title) || strings.Contains(x.toks[e-1].low, "-") && describesWord(x.toks[e-1].low) {
		return at, at
	}
	return at, e
}

// appositiveJob reads the people a job noun at k stands beside, after a
// comma: "X, the executive producer, is departing", "A and B, the series'
// executive producers, called it", "X, executive producer for Company,
// said". Their credit is in the sentence's show. next is the token after
// the noun; "X, the creator of T" is read elsewhere, "X, a producer at Y"
// not at all.
func (x *extractor) appositiveJob(k, next int) []string {
	if x.sshow == "" || x.jury || x.toks[k].low == "executive" || x.inBr[k] {
		return nil
	}
	m := k - 1
	if l := x.tok(m).low; l == "executive" || l == "co" {
		m--
	}
	switch l := x.tok(m).low; {
	case x.tok(m).kind == tPoss && (x.tok(m-1).has(cGenreNouns) && !x.tok(m-1).cap) && x.tok(m-2).low == "the":
		m -= 3 // "the series' executive producers"
	case (l == "its" || l == "the" || l == "our") && !x.tok(m).cap:
		m-- // "X, our director, was": a speaker's own show
	}
	if x.tok(m).text != "," {
		return nil
	}
	if x.toks[k].cap && x.tok(next).text == "," && x.tok(next+1).cap {
		return nil // "X, Director, International Originals, said": an office
	}
	switch n := x.tok(next); {
	case n.text == "," || n.text == "." && next == len(x.toks)-1:
	case (n.low == "for" || n.low == "at") && x.tok(next+1).cap:
	case n.kind == tWord && !n.cap && (strings.HasSuffix(n.low, "ed") || n.low == "said" || n.low == "says" || n.has(cAuxWords)) && n.low != "based":
	default:
		return nil
	}
	ps := x.personBefore(m)
	if ps == m {
		return nil
	}
	if p := x.tok(ps - 1); !p.cap && objectPrepsIDs.has(p.id) && x.tok(next).text != "," {
		return nil // "the face he found in X, the director answered": X is no subject
	}
	return x.ownersBefore(nil, m)
}

// objectPreps are the prepositions whose object a name after them is: "in
// X, the director answered" names no director X.
var objectPreps = set(`in of for to about from on at into than like`)

// ownerKind is the kind of the credit a possessive at k gives its owner in
// the title after it: cast where a performer noun stands before the owner
// ("actor Sivakarthikeyan's upcoming film Hero"), else crew (the maker's).
func (x *extractor) ownerKind(k int) string {
	if p := x.tok(x.ownersStart(k) - 1); p.has(cCastNouns|cPrefixNouns) && (!p.cap || p.has(cPrefixNouns) && p.kind == tWord) {
		return graph.KindCast
	}
	return graph.KindCrew
}

// clauseAfter reports whether a verb of its own follows a list item that
// ends at e: "..., Ukweli Roach (T) plays the lead role".
func (x *extractor) clauseAfter(e int) bool {
	v := x.tok(e)
	return v.kind == tWord && !v.cap && (v.has(cPlayVerbs|cCastVerbs|cAuxWords) || v.low == "stars" || v.low == "joins" || v.low == "leads")
}

// ofTitlesAfter reads the titles after a maker's name that ends at e:
// "written by X of Moon Embracing the Sun and Kill Me Heal Me", "helmed by
// director X of “The Red Sleeve”". A title of one word unquoted may be a
// company ("Andrew Lowe of Element") and is left alone.
func (x *extractor) ofTitlesAfter(e int) []string {
	if x.tok(e).low != "of" || x.tok(e).cap || !x.titleStarts(e+1) {
		return nil
	}
	var out []string
	quoted := isQuote(x.tok(e + 1).text) // "of 'Start-Up'": one word, but in quotes
	for _, ti := range x.titleList(e + 1) {
		title := unquote(ti)
		if x.isNetwork(title) || isCompany(title) || hasLowerWord(placeWords, placeNameWords, title) || describes(title) || x.knownPerson(title) != "" {
			return nil
		}
		if !hasByte(title, ' ') && !isQuote(ti[:1]) && !quoted && !x.isShow(title) {
			return nil
		}
		out = append(out, title)
	}
	return out
}

// castModifierStart is where a title would end before the performer noun at
// k, past a modifier of the noun and a possessive: "Gintama live-action
// actress", "Real Girl's live-action actor"; k when no modifier stands
// there.
func (x *extractor) castModifierStart(k int) int {
	m := k - 1
	switch x.tok(m).low {
	case "live-action", "lead", "reality", "anime", "drama", "film", "movie": // not "Vegeta voice actor X": a character
		if x.tok(m).cap {
			return k
		}
	default:
		return k
	}
	if x.tok(m-1).kind == tPoss {
		m--
	}
	if p := x.tok(m - 1); !p.cap && p.kind != tNum || p.kind == tPunct {
		return k
	}
	return m
}

// listPastFor goes on with a list of makers past "for" and the company or
// network each works for: "produced by A and B for Drama Republic, C and D
// for Bandstand Productions, E for BBC One and F".
func (x *extractor) listPastFor(items []item) []item {
	cloned := false
	for len(items) > 0 && len(items) < 20 {
		e := items[len(items)-1].end
		if x.tok(e).low != "for" || !x.tok(e+1).cap {
			break
		}
		m := e + 1
		for m < len(x.toks) && m < e+6 && (x.toks[m].cap || x.toks[m].kind == tNum) && x.toks[m].kind != tPunct {
			m++
		}
		switch {
		case x.tok(m).text == "," && x.tok(m+1).low == "and":
			m += 2
		case x.tok(m).text == "," || x.tok(m).low == "and":
			m++
		default:
			return items
		}
		if !cloned {
			items, cloned = slices.Clone(items), true // parseList reuses its storage
		}
		more := x.parseList(m)
		if len(more) == 0 || !x.startsName(more[0].pstart) && x.resolve(x.itemName(more[0])) == x.itemName(more[0]) {
			break // "..., and Tamil-language T for Prime Video": a title
		}
		items = append(items, more...)
	}
	return items
}

// performerNouns name a performer and nothing else: "T star X" is X's cast
// credit, even where X also produces.
var performerNouns = set(`star stars actor actors actress actresses co-star co-stars castmate castmates`)

// trimDescribingTail drops describing words that end a title read before a
// genre noun: "Surulere Nollywood" of "Surulere Nollywood movie stars X".
func trimDescribingTail(title string) string {
	for {
		i := strings.LastIndexByte(title, ' ')
		if i <= 0 || !describesWord(strings.ToLower(title[i+1:])) {
			return title
		}
		title = title[:i]
	}
}

// describedIndustry reports whether title, two words or more and no "The"
// before them, ends in a describing word: "Ace Tollywood", "Top Korean"
// before a performer's noun name an industry or a nation, no title.
func describedIndustry(title string) bool {
	return hasByte(title, ' ') && !strings.HasPrefix(title, "The ") && trimDescribingTail(title) != title
}

// pastOwnersApposition passes, after "by", a person's possessive and the
// relation it names to the name in apposition: "directed by Rita Dominic's
// business partner and co-owner of The Audrey Silva Company, Mildred Okwo"
// is Okwo's credit. It returns where that name starts, or at.
func (x *extractor) pastOwnersApposition(at int) int {
	pe := x.personAt(at)
	if pe <= at || x.tok(pe).kind != tPoss || x.tok(pe+1).cap || x.tok(pe+1).kind != tWord || x.tok(pe+1).has(cStopWords|cGenreNouns) {
		return at
	}
	for c := pe + 2; c < len(x.toks) && c < pe+14; c++ {
		if t := x.toks[c]; t.text == "," {
			if e := x.personAt(c + 1); e > c+2 && x.personShaped(c+1, e) && (e == len(x.toks) || x.toks[e].kind == tPunct) {
				return c + 1
			}
			return at
		} else if t.kind == tPunct && t.text != "-" {
			return at
		}
	}
	return at
}

// officeNouns before a job noun make it an office, no credit: "Festival
// director X", "Programming Director Y", "the studio's managing director
// Z said".
var officeNouns = set(`festival programming programme program artistic casting communications marketing
	managing general commissioning editorial sales`)

// hiredToMake reports whether a list of people ending at e is hired for
// work off screen: "has tapped X to direct", "roped in X and Y to compose
// music". They are crew (jobVerbRule), no cast.
func (x *extractor) hiredToMake(e int) bool {
	if x.tok(e).low != "to" {
		return false
	}
	_, ok := jobVerbsIDs.lookup(x.tok(e + 1).id)
	return ok && !x.tok(e+1).cap
}

// adaptationIsWritten reports whether the source noun at m is the object of
// an adaptation that the verb before "by" at k says is being made: "The
// adaptation of Y's novel is being written by X" (X writes the adaptation).
// "an adaptation of the manga written by X" names the manga's author.
func (x *extractor) adaptationIsWritten(m, k int) bool {
	aux := false
	for q := m + 1; q < k-1; q++ {
		if x.toks[q].has(cAuxWords) {
			aux = true
		}
	}
	if !aux {
		return false
	}
	for q := m - 1; q > 0 && q >= m-5; q-- {
		if x.toks[q].low == "of" {
			l := x.toks[q-1].low
			return l == "adaptation" || l == "version" || l == "remake"
		}
	}
	return false
}

// jobPairedAfterTitle reports whether the job noun at k follows "and" and
// another trade's noun that a title stands before: "Former “Daily Show”
// correspondent and writer X" (X wrote for Daily Show).
func (x *extractor) jobPairedAfterTitle(k int) bool {
	n := x.tok(k - 2)
	if x.tok(k-1).low != "and" || n.cap || n.kind != tWord || !(n.has(cJobNoun|cCastNouns) || occupationsIDs.has(n.id) || n.low == "correspondent") {
		return false
	}
	p := x.tok(k - 3)
	return x.closeQuote(k-3) || p.cap && p.kind == tWord && !p.has(cStopWords)
}

// occupiedName reports whether ti is a person's name after an occupation:
// "Author Javier Giner and Celeste director X" names no title "Author
// Javier Giner".
func (x *extractor) occupiedName(ti string) bool {
	first, rest, ok := cutByte(ti, ' ')
	if !ok {
		return false
	}
	var buf [32]byte
	low := string(lowerInto(buf[:0], first))
	if _, job := jobNouns[low]; !job && !occupations[low] {
		return false
	}
	given, _, two := cutByte(rest, ' ')
	return x.knownPerson(rest) != "" || two && wordClasses.get(string(lowerInto(buf[:0], given)))&cNameStart != 0
}

// rankedCharacter reports whether the job noun at k, in capitals, is a
// rank before one name that no full name of the article ends with:
// "Director Coulson will search the world" speaks of a character.
func (x *extractor) rankedCharacter(k int) bool {
	n := x.tok(k + 1)
	if !n.cap || n.kind != tWord || !isName(n) || x.tok(k+2).cap && x.tok(k+2).kind == tWord {
		return false
	}
	if k+3 < len(x.toks) && x.toks[k+2].has(cParticle) && x.particle(k+2) {
		return false // "Director Ana von Selo", "Regisseurin Ana de Selo": a name of a particle, no rank
	}
	return x.resolve(n.text) == n.text && x.knownPerson(n.text) == ""
}

// adjectiveOpener reports whether ti is one word shaped like an adjective
// ("Controversial", "Prolific", "Innovative"): "Controversial film-maker X"
// names no title "Controversial".
func adjectiveOpener(ti string) bool {
	if hasByte(ti, ' ') || len(ti) < 6 {
		return false
	}
	for _, suf := range [...]string{"ial", "ous", "ive", "ful"} {
		if strings.HasSuffix(ti, suf) {
			return true
		}
	}
	return false
}

// countryBeforeKind reports whether the word at i is a country's name
// before a kind of show: "the creator of cult UK series Skins".
func (x *extractor) countryBeforeKind(i int) bool {
	n := x.tok(i + 1)
	if n.low == "tv" || n.low == "television" {
		n = x.tok(i + 2) // "the US TV crime series T"
	}
	return x.tok(i).cap && countryName(x.tok(i).text) && (n.has(cGenreNouns) || x.tok(i+1) != n && n.kind == tWord) && !n.cap
}

// networkOffice reports whether the job noun at k follows a network and a
// kind of programme: "BBC drama director X", "ITV comedy controller X"
// hold an office at the network, no credit in a show.
func (x *extractor) networkOffice(k int) bool {
	g := x.tok(k - 1)
	return (g.low == "drama" || g.low == "comedy" || g.low == "scripted") && !g.cap && x.tok(k-2).has(cNetworks) && x.tok(k-2).cap
}

// officeAt reports whether the title from at to e, after "the Director of",
// is an office at a network: "Local Entertainment Channels at M-Net".
func (x *extractor) officeAt(at, e int) bool {
	for m := at + 1; m+1 < e; m++ {
		if x.toks[m].low == "at" && !x.toks[m].cap {
			// "Channels at M-Net": a department's word, or a network, after "at"
			return x.isNetwork(x.span(m+1, e)) || x.toks[m+1].has(cNetworks) || execDepartments[strings.TrimSuffix(x.toks[m-1].low, "s")] || x.toks[m-1].low == "channels"
		}
	}
	return x.tok(e).low == "at" && (x.tok(e+1).has(cNetworks) || x.isNetwork(x.tok(e+1).text))
}

// tradeAfterBy reports whether the job noun k, of job job, names the trade
// of the person after a crew participle of another job and "by":
// "produced by famed director X" (a producer here), not "directed by
// director X".
func (x *extractor) tradeAfterBy(k int, job string) bool {
	b := k - 1
	for q := 0; q < 3 && b > 0 && x.tok(b).kind == tWord && !x.tok(b).cap && !x.tok(b).has(cStopWords) && !x.tok(b).has(cJobNoun); q++ {
		b-- // "famed", "acclaimed", "Oscar-winning"
	}
	if x.tok(b).low != "by" || b < 1 {
		return false
	}
	j, ok := crewByIDs.lookup(x.tok(b - 1).id)
	return ok && !x.tok(b-1).cap && j != "" && j != job
}
