package extract

// The title a role is played in, read after the character's name: past a
// network and a genre noun ("as C in the long-running ITV series T") or
// after "from" ("best known as C from fantasy TV series T").

// genreThenTitle reads a genre noun in lower case at p, or a network and
// a genre noun ("ITV series", which titlePrefix does not pass), before a
// title: "the long-running ITV series T". It returns where the title
// starts, or 0.
func (x *extractor) genreThenTitle(p int) int {
	if d := x.tok(p).low; len(d) == 5 && d[4] == 's' && (d[:2] == "19" || d[:2] == "20") && x.tok(p+1).cap {
		p++ // "the 1970s CBS Western T": a decade
	}
	if x.tok(p).has(cNetworks) && x.tok(p).cap {
		p++
	}
	if t := x.tok(p); p > 0 && (t.has(cGenreNouns) && !t.cap || westernAt(t) && x.tok(p-1).has(cNetworks)) && x.titleStarts(p+1) && x.tok(p-1).low != "the" {
		return p + 1
	}
	return 0
}

// fromTitleAt reads, after a character's name at e, "from" and the genre
// words before a title: "as Maester Aemon from fantasy TV series T",
// "as C from the film T", or "in the L version of T" (versionTitleAt), or
// "from" and the title itself: "known for voicing Oswin from Hollow Crown
// Academy", where the title is the character's show (not a date, a place
// or a network: "as C from 2019", "from Japan"). It returns where the
// title starts, or 0.
func (x *extractor) fromTitleAt(e int) int {
	if x.tok(e).low != "from" {
		return x.versionTitleAt(e) // "as C in the Hindi version of T"
	}
	m := e + 1
	if n := x.tok(m); n.cap && n.kind == tWord && !n.has(cDateWords|cNetworks|cStopWords) && !placeWordsIDs.has(n.id) && !countryNamesIDs.has(n.id) && x.titleStarts(m) && !x.startsName(m) {
		return m
	}
	if n, w := x.tok(m), x.tok(m+1); n.low == "the" && n.cap && w.cap && w.kind == tWord && !w.has(cDateWords|cNetworks|cStopWords) && !placeWordsIDs.has(w.id) && !countryNamesIDs.has(w.id) && !x.startsName(m+1) {
		if te := x.titleAt(m, false); te > m+2 || te == m+2 && x.isShow(x.span(m, te)) {
			return m // "as Connie from The Walking Dead": a title that opens with "The"; not "Mara from The Bronx"
		}
	}
	genre := false
	for q := 0; q < 5 && (x.tok(m).kind == tWord && !x.tok(m).cap || x.tok(m).text == "TV"); q++ {
		genre = genre || x.tok(m).has(cGenreNouns)
		m++
	}
	if !genre || !x.titleStarts(m) {
		return 0
	}
	return m
}

// theRoleAt returns where "the" stands before the "role" at k, past one
// describing word ("the recurring role of C"), or -1.
func (x *extractor) theRoleAt(k int) int {
	if k >= 1 && x.tok(k-1).low == "the" {
		return k - 1
	}
	if k >= 2 && roleAdjectivesIDs.has(x.tok(k-1).id) && !x.tok(k-1).cap && x.tok(k-2).low == "the" {
		return k - 2
	}
	return -1
}

// westernAt reports whether t is "Western" or "Westerns", a genre written
// in capitals: "the CBS Western Dusty Trails".
func westernAt(t *token) bool {
	return t.cap && (t.low == "western" || t.low == "westerns")
}
