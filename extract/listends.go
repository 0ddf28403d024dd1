package extract

// The words that close a cast list in casual news copy: "X, Y and Z among
// others", "with X, Y and Z among others as cast".

// amongOthersAt reports whether "among others" (or "amongst others",
// "among many") stands at k, after the last item of a list.
func (x *extractor) amongOthersAt(k int) bool {
	if l := x.tok(k).low; l != "among" && l != "amongst" {
		return false
	}
	n := x.tok(k + 1).low
	return n == "others" || n == "many"
}

// pastAmongOthers returns where the words after a list that ends at end
// go on, past "among others".
func (x *extractor) pastAmongOthers(end int) int {
	if x.amongOthersAt(end) {
		return end + 2
	}
	return end
}

// castAsAfter reports whether "as" and a performer noun follow a list that
// ends at end: "with X and Y as the leads", "with X and Y as guest stars",
// "with X, Y and Z among others as cast".
func (x *extractor) castAsAfter(end int) bool {
	if x.tok(end).low != "as" {
		return false
	}
	n := x.tok(end + 1)
	return n.low == "the" && !x.crewWordWithin(end+2, 3) || n.has(cCastNouns) || n.low == "cast" && !n.cap ||
		(n.low == "guest" || n.low == "special") && x.tok(end+2).has(cCastNouns)
}

// withCastAs reports whether the list from start to end follows "with"
// and is named the cast after it: "directed by X with Y and Z as cast",
// the cast, not co-directors.
func (x *extractor) withCastAs(start, end int) bool {
	return x.tok(start-1).low == "with" && x.castAsAfter(x.pastAmongOthers(end))
}

// performerGroups are plural nouns for performers as a group that news
// copy puts before "like" or "such as" and a list of names: "big names
// like X and Y", "veterans such as X".
var performerGroups = set(`names faces guns talents veterans heavyweights stalwarts legends thespians newcomers acts`)

// performersLike reports whether the list at start follows "like" or "such
// as" after a plural noun of performers in a clause with a casting verb or
// the word cast: "The cast features Nollywood's big guns like X, Y and Z",
// "The cast features some of the most brilliant performers, such as X".
func (x *extractor) performersLike(start int) bool {
	q := start - 2 // the noun before "like"
	switch p := x.tok(start - 1); {
	case p.low == "like" && !p.cap:
	case p.low == "as" && x.tok(start-2).low == "such":
		q = start - 3
	default:
		return false
	}
	if x.tok(q).text == "," {
		q--
	}
	if n := x.tok(q); n.cap || !pluralNounsIDs.has(n.id) && !performerGroupsIDs.has(n.id) {
		return false
	}
	for m := q - 1; m >= 0 && m >= q-10; m-- {
		t := x.tok(m)
		if t.kind == tPunct && t.text != "," && t.kind != tPoss {
			return false
		}
		switch l := t.low; {
		case l == "lineup" || l == "line-up" || l == "slate":
			return false // "The lineup boasts popular stars, such as X": a season's shows
		case l == "starring" && pluralWorksIDs.has(x.tok(m-1).id):
			return false // "screenings of films starring actors like X": no one film
		case t.has(cCastVerbs) && !t.cap || l == "cast" || l == "features" || l == "feature" || l == "featuring":
			return true
		}
	}
	return false
}

// castObjectClause reports whether the clause from c, before "are" or
// "is" and a list, ends in "the cast" at m after a few lowercase words that
// take part in it: "Also part of the cast are X and Y", "the newest actor to
// join the cast is X".
func (x *extractor) castObjectClause(c, m int) bool {
	if m-c > 8 || x.tok(m-1).low != "the" {
		return false
	}
	switch x.tok(m - 2).low {
	case "of", "join", "joining", "joined":
		return true
	}
	return false
}

// performerParticiples follow a plural performer noun at the head of a
// clause that a list completes: "Other stars featured in the movie are X".
var performerParticiples = set(`featured appearing starring`)

// performersClause reports whether the words from c to k, before "are" and
// a list, are a plural performer noun and a participle: "Other stars
// featured in the movie are X, Y", "Actors appearing in the film are X".
func (x *extractor) performersClause(c, k int) bool {
	if c < 0 {
		c = 0
	}
	for m := c; m < k && m < c+3; m++ {
		if t := x.tok(m); pluralNounsIDs.has(t.id) && (m == 0 || !t.cap) {
			return performerParticiplesIDs.has(x.tok(m+1).id) && x.tok(m+2).low == "in" // not "Stars appearing at the premiere were"
		}
	}
	return false
}

// pluralWorks name several works at once: "films starring actors like X"
// names no one film.
var pluralWorks = set(`films movies series shows dramas titles features`)
