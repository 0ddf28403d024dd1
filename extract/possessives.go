package extract

// Possessives: a maker's title ("X's series T", "X's The T"), a show's
// person ("T's X"), a person's character ("X's C").

import (
	"github.com/castgraph/castgraph/graph"
)

// possRule: "X's series T", "X's BBC One drama T", "Raj & DK's T" (T a
// known show), "T's X" (X a known person), "X's Character".
func (x *extractor) possRule() {
	if !x.sentHasKind(tPoss) {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].kind != tPoss || x.inBr[k] {
			continue
		}
		if o := &t[k+1]; o.low == "own" && !o.cap && x.ownStar(k) {
			continue // "Gray Tide's own Cira Dunn" (ownstars.go)
		}
		var obuf [4]string
		owners := x.ownersBefore(obuf[:0], k)
		if len(owners) == 1 && (hasLowerWord(placeWords, placeNameWords, owners[0]) || countryName(owners[0]) || regionName(owners[0]) || x.regionBefore(k) || x.isNetwork(owners[0])) {
			owners = nil // "Iran's Jafar Panahi", "BBC Four's series T": a country's person, a channel's show, no maker
		}
		if len(owners) == 1 && x.headlineOwner(k) {
			owners = nil // "New Stars Join KBX's T", "New Faces Join Veltrix's T": a channel or a headline's verb, no maker
		}
		if st := x.ownersStart(k); st > 0 && (x.toks[st-1].low == "the" || x.articleOpens(k)) || k >= 2 && honorificTitleAt(t, k-2) {
			owners = nil // "The Handmaid's Tale", "My Best Friend's Wedding": a title, no owner
		}
		if x.listPossTitle(k) {
			continue // "shows such as T1, Foyle's War and T3": a title's possessive
		}
		if x.charactersWillBe(k, owners) {
			continue // "A and B's characters will be C1 and C2"
		}
		// "X's [network words] genre T"
		if len(owners) > 0 {
			done := false
			for m := k + 1; m < len(t) && m < k+9; m++ {
				tm := &t[m]
				if tm.low == "adaptation" && x.tok(m+1).low == "of" {
					// "Joe Ahearne's adaptation of James Herbert's ghost story T"
					at := m + 2
					if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss {
						at = pe + 1
					}
					for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords); q++ {
						at++
					}
					if e := x.titleAt(at, false); e > at && x.tok(e).kind != tPoss {
						for _, o := range owners {
							x.add(graph.KindCrew, o, unquote(x.span(at, e)), "", "")
						}
						done = true
					}
					break
				}
				if tm.has(cGenreNouns) && !tm.cap || (tm.low == "romance" || tm.low == "feature" || tm.low == "tale") && m > k+1 && !tm.cap || (tm.low == "production" || tm.low == "project") && !tm.cap && x.tok(m+1).text == "," { // "X's third feature, T", "X's morality tale T", "X's production, ‘T’"
					at := m + 1
					for q := 0; q < 2 && x.tok(at).kind == tWord && !x.tok(at).cap && (x.tok(at).low == "film" || x.tok(at).low == "movie" || x.tok(at).low == "pilot" || x.compoundGenre(at, k)); q++ {
						at++ // "X's art house horror film T", "X's ABC drama pilot T", "X's horror thriller T"
					}
					if x.tok(at).text == "," && x.titleStarts(at+1) {
						at++ // "Julian Fellowes' latest period drama, Belgravia"
					} else if (x.tok(at).low == "adaptation" || x.tok(at).low == "version") && x.tok(at+1).low == "of" && x.titleStarts(at+2) {
						at += 2 // "Mira Nair's series adaptation of A Suitable Boy"
					}
					if e := x.titleAt(at, false); e > at && x.tok(e).kind != tPoss && !x.gluedSymbol(e) {
						kind, job, owners := x.ownerKind(k), "", x.personOwners(k, owners) // "Kestrel Vision's latest thriller T": no person, no credit
						if tm.low == "production" {
							kind, job = graph.KindCrew, graph.JobProducer // "X's production, ‘T’": its producer
						}
						for _, o := range owners {
							x.add(kind, o, x.span(at, e), "", job)
						}
						done = true
					}
					break
				}
				if !(tm.cap || tm.low == "and" || tm.text == "&" || tm.kind == tNum || tm.kind == tWord && (!tm.has(cStopWords) || titleAdjectivesIDs.has(tm.id)) && (m < k+4 || m < k+6 && x.describingRun(k+1, m))) {
					break
				}
			}
			if done {
				continue
			}
			st := x.ownersStart(k)
			maker := len(owners) == 1 && st < k && (x.startsName(st) && x.personShaped(st, k) || x.shortOwner(st, k))
			if maker {
				if at, e := x.describedQuoteTitle(k); e > at {
					x.add(x.ownerKind(k), owners[0], unquote(x.span(at, e)), "", "")
					continue // "X's Venice prize-winner “T”"
				}
				if at, e := x.makerTitle(k); e > at {
					x.add(x.ownerKind(k), owners[0], unquote(x.span(at, e)), "", "")
					if ti := x.yearedTitleAfter(e); ti != "" {
						x.add(x.ownerKind(k), owners[0], ti, "", "") // "X's T1 (2007) and T2 (2011)"
					}
					continue
				}
			}
			if e := x.titleAt(k+1, false); e > k+1 && (x.isShow(x.span(k+1, e)) && x.pairPossTitle(k, owners) == "" || maker && !x.startsName(k+1) &&
				(isQuote(x.tok(k+1).text) || x.tok(e).text == "(" && x.tok(e+1).kind == tNum && x.tok(e+2).text == ")")) {
				// "Raj & DK's T": their show; "Ron Howard's Rush (3)
				// expanded": a maker's title in a chart; "Ren Koda's 'T'
				// manga": its author
				job, kind := "", x.ownerKind(k) // "Superstar X's 'T'": the star's
				if x.tok(e).has(cSourceNouns) && !x.tok(e).cap {
					job, kind = graph.JobOriginalAuthor, graph.KindCrew
				}
				for _, o := range owners {
					x.add(kind, o, unquote(x.span(k+1, e)), "", job)
					if ti := x.yearedTitleAfter(e); ti != "" {
						x.add(kind, o, ti, "", job) // "X's T1 (2007) and T2 (2011)"
					}
				}
				continue
			}
		}
		// "Black Mirror's Lucy Dyke": a show, then a person named elsewhere
		if pe := x.personAt(k + 1); pe > k+1 {
			b := x.span(k+1, pe)
			if x.titlePossName(k, pe) || x.knownPerson(b) != "" && hasByte(x.resolve(b), ' ') { // the knowledge last
				ts, te := x.titleBefore(k), k
				if ts == k {
					ts, te = x.quotedBeforePoss(k) // "“Love Nest”’s X"
				}
				ts = x.byAndTitleStart(ts, k)   // "directed by Moorfield and Time's X": one title
				if ts < te && !x.inNetwork(k) { // not "as C in HBO's T"
					a := x.span(ts, te)
					if x.knownPerson(a) == "" && !x.isNetwork(a) && !hasLowerWord(placeWords, placeNameWords, a) && !countryName(a) && !regionName(a) && !describes(a) && !x.groupName(a) && !x.namedCompany(a) && !companyNamedIn(x.a.Text, a) && !x.producerCompany(k, pe) {
						x.add("", b, a, "", "") // not "Korea's X": a place; not "EXILE's X": a band
						if a2 := x.andTitleBefore(ts); a2 != "" {
							x.add("", b, a2, "", "") // "Rake and Top of the Lake's X": both titles
						}
					}
				}
				continue
			}
		}
		// "Rajeev Ravi's Thuramukham, Sanal Kumar Sasidharan's Chola and
		// Lal Jose's 41": a list of makers' titles
		if len(owners) > 0 && hasByte(owners[len(owners)-1], ' ') && x.possList(k) {
			if e := x.titleAt(k+1, false); e > k+1 && x.possNamePair(k, e) {
				// "A's Eden Crane and B's Levi Crane are the sisters of C's
				// new character": actors' characters, no makers' titles
				x.possCharList(k, e, owners[len(owners)-1])
				continue
			}
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) {
				// "..., Dee Park's Dust and Nia Ross's Red Fields": the last
				// owner only, the one before "and" is a title
				x.add(graph.KindCrew, owners[len(owners)-1], x.span(k+1, e), "", "")
				continue
			}
		}
		// "Simone Kessell's Lottie": a full name, then one name word; not
		// "worked in Mani Ratnam's Roja", "was Govind Moonis's Babul (1986)":
		// a maker's title
		if pre := x.tok(x.ownersStart(k) - 1).low; len(owners) == 1 && hasByte(owners[0], ' ') && x.sshow != "" && pre != "in" && pre != "on" && pre != "was" && pre != "as" {
			if e := x.charAt(k + 1); e == k+2 && x.boundary(e) && !(x.tok(e).text == "(" && x.tok(e+1).kind == tNum) && !x.possInTitle(k, pre) {
				c := x.span(k+1, e)
				if !x.isShow(c) && x.knownPerson(c) == "" && !x.isNetwork(c) {
					x.add(graph.KindCast, owners[0], x.sshow, c, "")
				}
			}
		} else if st := x.ownersStart(k); len(owners) == 1 && (pre == "in" || pre == "on") && (x.startsName(st) || x.knownPerson(owners[0]) != "") && x.personShaped(st, k) {
			// "made heads turn as Anbu in Lokesh Kanagaraj's Kaithi.": a
			// maker's one-word title that ends the clause
			if e := k + 2; x.tok(k+1).cap && x.tok(k+1).kind == tWord && (x.tok(e).kind == tPunct && x.tok(e).text != "(" && x.tok(e).text != "-" || e == len(x.toks)) && !platformsIDs.has(x.tok(k+1).id) {
				if c := x.span(k+1, e); !x.isNetwork(c) && x.knownPerson(c) == "" && !placeWordsIDs.has(x.tok(k+1).id) {
					x.add(x.ownerKind(k), owners[0], c, "", "")
				}
			}
		}
	}
}

// describingRun reports whether the words from i to m are describing words
// in lower case joined by "and", "timely and provocative morality": a
// maker's possessive may stand further from the genre noun after them.
func (x *extractor) describingRun(i, m int) bool {
	and := false
	for q := i; q <= m; q++ {
		t := x.tok(q)
		if t.cap || t.kind != tWord || t.has(cStopWords) && t.low != "and" {
			return false
		}
		and = and || t.low == "and"
	}
	return and
}

// gluedSymbol reports whether the token at e is a symbol set against the
// word before it, inside a title the tokens split: "Dark Mon£y".
func (x *extractor) gluedSymbol(e int) bool {
	if e <= 0 || e >= len(x.toks) || x.toks[e].start != x.toks[e-1].end || x.toks[e-1].kind != tWord {
		return false
	}
	switch t := x.toks[e].text; {
	case t == "," || t == "." || t == ";" || t == ":" || t == ")" || t == "!" || t == "?" || isQuote(t) || x.toks[e].kind == tPoss:
		return false
	}
	return x.toks[e].kind != tWord && x.toks[e].kind != tNum
}

// platforms are where a person posts, no title: "on X's Instagram".
var platforms = set(`instagram twitter facebook youtube tiktok weibo snapchat threads blog podcast channel`)

// producerCompany reports whether the possessive at k, before a person
// who ends at pe, names a production company: the person, whose own show a
// bracket names, produces in a sentence of crew and no cast, "3 Arts' X
// (The Mick) executive producing" (not "Black Mirror's X producing").
func (x *extractor) producerCompany(k, pe int) bool {
	if !x.crewSentence || x.tok(pe).text != "(" || x.isShow(x.span(x.titleBefore(k), k)) {
		return false
	}
	for m := pe; m < len(x.toks) && m < pe+8; m++ {
		if l := x.toks[m].low; l == "producing" || l == "produce" || l == "produces" || l == "producer" || l == "producers" {
			return true
		}
	}
	return false
}

// quotedBeforePoss is the inside of a quoted title that closes just before
// the possessive at k, "“Love Nest”’s X", or k, k.
func (x *extractor) quotedBeforePoss(k int) (int, int) {
	if k < 3 || !isQuote(x.tok(k-1).text) || x.tok(k-1).start != x.tok(k).start-int32(len(x.tok(k-1).text)) {
		return k, k
	}
	for o := k - 2; o > 0 && o >= k-12; o-- {
		if w := x.tok(o - 1); isQuote(w.text) {
			if x.titleAt(o-1, false) == k && o < k-1 {
				return o, k - 1
			}
			return k, k
		}
		if x.tok(o).kind != tWord && x.tok(o).kind != tNum && x.tok(o).text != ":" && x.tok(o).text != "&" {
			return k, k
		}
	}
	return k, k
}

// compoundGenre reports whether the genre noun at i follows another in a
// maker's possessive at k, "X's horror thriller T", "X's crime drama
// series T": the owner a person's name (not a channel's, "Mzansi Magic's
// new drama series T"), the noun no adaptation ("X's series adaptation of
// T" is read at "adaptation").
func (x *extractor) compoundGenre(i, k int) bool {
	t := x.tok(i)
	return t.has(cGenreNouns) && t.low != "adaptation" && t.low != "project" && x.startsName(x.ownersStart(k))
}

// andTitleBefore reads the title before "and" at ts-1 when a title
// starts at ts and a possessive and a person follow it: "Rake" of "Rake
// and Top of the Lake's X". The title names no person, network or place,
// and is no lone word opening the sentence unless the article knows it as
// a show; a title of two or three capitalised words, which a name may
// be, is quoted, reads as a title (showLike) or is a known show. It
// returns "" where there is none.
func (x *extractor) andTitleBefore(ts int) string {
	if a := x.tok(ts - 1); ts < 2 || (a.low != "and" || a.cap) && a.text != "&" {
		return ""
	}
	st := x.titleBefore(ts - 1)
	if st >= ts-1 || x.inBr[st] {
		return ""
	}
	ti := unquote(x.span(st, ts-1))
	if x.knownPerson(ti) != "" && hasByte(ti, ' ') || x.isNetwork(ti) || x.startsName(st) || hasLowerWord(placeWords, placeNameWords, ti) || countryName(ti) || describes(ti) ||
		st == 0 && !hasByte(ti, ' ') && !x.isShow(ti) {
		return ""
	}
	if hasByte(ti, ' ') && !isQuote(x.tok(st).text) && !x.showLike(st, ts-1) && !x.isShow(ti) {
		return "" // "Stellan Skarsgård and The Crown's X": two capitalised words may be a name
	}
	return ti
}

// byAndTitleStart is where the title before the possessive at k starts
// when "by", a lone capitalized word, "and" and a lone capitalized word
// stand before it: "directed by Moorfield and Time's X", "played by Locke
// and Key's X" name one title of X's, not a person and a title. The first
// word opens no name and is no person, network or show the article
// names; else ts.
func (x *extractor) byAndTitleStart(ts, k int) int {
	if ts != k-1 || ts < 3 {
		return ts
	}
	t := x.toks
	a, w, b := &t[ts-1], &t[ts-2], &t[ts-3]
	if a.low != "and" || a.cap || b.low != "by" || b.cap || !x.loneTitleWord(ts-2) {
		return ts
	}
	if x.knownPerson(w.text) != "" || x.isShow(t[ts].text) {
		return ts
	}
	return ts - 2
}

// loneTitleWord reports whether the word at w may be a one-word title
// beside "and" before a possessive ("Moorfield and Time's X"): a
// capitalized word outside brackets that opens no name and is no show the
// article names, no network and no stop word.
func (x *extractor) loneTitleWord(w int) bool {
	t := &x.toks[w]
	return t.cap && t.kind == tWord && !x.inBr[w] && !x.startsName(w) && !x.isShow(t.text) && !x.isNetwork(t.text) && !t.has(cNetworks|cStopWords)
}

// pastAndPossTitle reads, at the start of a list of makers after "by",
// two lone capitalized words joined by "and", a possessive and a full
// name: "directed by Moorfield and Time's Rui Mata" is one title's maker,
// not Moorfield and Rui Mata. It returns where the name starts, else at.
func (x *extractor) pastAndPossTitle(at int) int {
	t := x.toks
	k := at + 3
	if at < 1 || k+2 >= len(t) || t[k].kind != tPoss || t[at+1].low != "and" || t[at+1].cap || x.tok(at-1).low != "by" {
		return at
	}
	for _, w := range []int{at, at + 2} {
		if !x.loneTitleWord(w) || t[w].has(cCompanyWords) {
			return at
		}
	}
	if pe := x.personAt(k + 1); pe-k-1 < 2 || x.knownPerson(t[at].text) != "" {
		return at
	}
	return k + 1
}

// pastPossStarTitle is where the name starts after possStarTitleEnd's
// title and noun at k, in a sentence with a cast noun; else k.
func (x *extractor) pastPossStarTitle(k int) int {
	if x.tok(k+1).kind != tPoss || !x.sentHas(cCastNouns) {
		return k
	}
	if e := x.possStarTitleEnd(k); e > k {
		return e + 1
	}
	return k
}

// possStarTitleEnd reads, at k in a list, a lone capitalized word, its
// possessive, up to three capitalized words and a performer noun in lower
// case before a full name: "Ana Selo and Kessel’s Creek star Tomas Brel".
// The word names no person, network, country or place and opens no name;
// the words after the possessive open none. It returns the noun's index,
// else k.
func (x *extractor) possStarTitleEnd(k int) int {
	t := x.toks
	w := &t[k]
	if k+3 >= len(t) || t[k+1].kind != tPoss || !w.cap || w.kind != tWord || x.startsName(k) || x.knownPerson(w.text) != "" || x.isNetwork(w.text) ||
		w.has(cNetworks|cStopWords|cCompanyWords) || countryName(w.text) || regionName(w.text) || placeWords[w.low] || x.opensPersonAfterPoss(k+2) {
		return k
	}
	e := k + 2
	for e < len(t) && e < k+5 && t[e].cap && t[e].kind == tWord && !t[e].has(cStopWords) {
		e++
	}
	if e == k+2 || e >= len(t) || !performerNouns[t[e].low] || t[e].cap {
		return k
	}
	if pe := x.personAt(e + 1); pe-e-1 < 2 {
		return k
	}
	return e
}
