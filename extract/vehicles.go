package extract

import "github.com/castgraph/castgraph/graph"

// vehicleRule: a show named after a person, "a new Russell Tovey sitcom",
// "the James Spader vehicle The Blacklist": the person's credit in the
// title that follows or, without one, in the sentence's show. A vehicle is
// its star's; a genre noun leaves the kind open (a "Martin Scorsese film"
// is his as director).
func (x *extractor) vehicleRule() {
	if !x.sentHas(cGenreNouns | cVehicleCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k < len(t); k++ {
		w := &t[k]
		if !w.has(cGenreNouns) && w.low != "vehicle" && w.low != "starrer" || w.cap || x.inBr[k] || genreAfter(x.tok(k+1)) {
			continue // not "the Ginger Snaps horror movies"
		}
		if w.low == "starrer" {
			// "Ranbir Kapoor starrer Animal", "the Shahid and Rashmika
			// starrer": its stars, in the title after it or the sentence's show
			x.starrer(k)
			continue
		}
		ps := x.personBefore(k)
		if ps >= k-1 || !x.personShaped(ps, k) || !x.startsName(ps) || madeBy(t[k-1].low) || x.isShow(x.span(ps, k)) {
			continue // not "the X-produced drama": madeByRule's
		}
		switch p := x.tok(ps - 1); {
		case p.low == "a" || p.low == "an" || p.low == "the" || p.low == "new" || p.low == "upcoming" || p.low == "latest" || p.has(cDescribe):
		case x.listedVehicle(ps, k): // "releases included Paula Patton comedy T (4)"
		default:
			continue
		}
		if (w.low == "anime" || w.low == "manga") && x.knownPerson(x.span(ps, k)) == "" {
			continue // "The Moon Garden anime is based on": the title, not a maker
		}
		show := x.sshow
		if x.titleStarts(k + 1) {
			if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) {
				show = unquote(x.span(k+1, e))
			}
		}
		if show == "" {
			continue
		}
		kind, job := "", "" // "a new Russell Tovey sitcom": its star, unless the article says otherwise
		switch w.low {
		case "vehicle":
			kind = graph.KindCast
		case "film", "movie", "feature":
			kind = graph.KindCrew // "the acclaimed Park Chan-wook film T": its director
		case "adaptation":
			kind, job = graph.KindCrew, graph.JobOriginalAuthor // "the Stephen King adaptation": his book's
		}
		x.add(kind, x.span(ps, k), show, "", job)
	}
}

// turnOwner is where the owner of the performance noun at k is: "her" in
// "her performance in T", "his comic turn in T", or the possessive of
// "X's turn in T"; -1 when no pronoun or person owns it.
func (x *extractor) turnOwner(k int) int {
	p := k - 1
	for q := 0; q < 2 && p > 0 && x.tok(p).kind == tWord && !x.tok(p).cap && !x.tok(p).has(cStopWords) && x.tok(p).low != "his"; q++ {
		p-- // "his comic turn", "her Emmy-winning performance"
	}
	if l := x.tok(p).low; l == "her" || l == "his" || l == "their" || x.tok(p).kind == tPoss && x.personBefore(p) < p {
		return p
	}
	return -1
}
