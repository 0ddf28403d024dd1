package extract

// A show that brings its cast together again: "The film reunites A and B",
// "T, which reunites A and B, opens Friday", "T2 reunites C and D" (a title
// the sentence opens with, not the article's show).

import "github.com/castgraph/castgraph/graph"

var reunitesMask = wordMask("reunites", "reunited", "reuniting", "reunite")

// reunitesCastRule credits the people a show reunites as its cast: the
// verb's subject is the show (its title, a genre noun, or "which" after
// it), never a person ("X reunites with Y" is reunionRule's).
func (x *extractor) reunitesCastRule() {
	if !x.sentHasAnyWord(reunitesMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !reunitesMask.holds(&t[k]) || t[k].cap || x.inBr[k] || x.tok(k+1).low == "with" {
			continue
		}
		show := x.sshow
		if ti := x.titleSubject(k); ti != "" {
			show = ti // "T2 reunites C and D": the title, not the article's show
		} else if show == "" || !x.showSubject(k) {
			continue
		}
		at := k + 1
		if x.tok(at).low == "the" && x.tok(at+1).has(cCastNouns) && !x.tok(at+1).cap {
			at += 2 // "reunites the stars A and B"
		} else if e := x.pairNounOf(at); e > at {
			at = e // "reunites the love team of A and B"
		}
		items := x.dropCompanies(x.parseList(at))
		if n := len(items); n > 0 && x.tok(items[n-1].end).low == "with" {
			items = append(items, x.parseList(items[n-1].end+1)...) // "reunites director X with Y"
		}
		for _, it := range items {
			if it.pend-it.pstart < 2 {
				continue
			}
			kind, job := graph.KindCast, ""
			if p := x.tok(it.pstart - 1); p.has(cJobNoun) && !p.cap {
				kind, job = graph.KindCrew, jobNounsIDs.get(p.id) // "reunites director X with Y"
			}
			x.add(kind, x.itemName(it), show, "", job)
		}
	}
}

// showSubject reports whether the verb at k has the sentence's show for
// its subject: "The film reunites", "T reunites", "T, which reunites".
func (x *extractor) showSubject(k int) bool {
	m := k - 1
	for m > 0 && (x.toks[m].has(cAuxWords) || x.toks[m].low == "also") {
		m--
	}
	w := x.toks[m]
	switch {
	case (w.low == "which" || w.low == "that") && !w.cap:
		// "T, which reunites", or "“T,” which reunites": the comma inside the quotes
		return m > 0 && (x.toks[m-1].text == "," || m > 1 && x.closeQuote(m-1) && x.toks[m-2].text == ",")
	case w.has(cGenreNouns) && !w.cap:
		return true // "The film reunites"
	}
	if ts := x.titleBefore(m + 1); ts <= m {
		return x.fold(unquote(x.span(ts, m+1))) == x.sshowFold
	}
	return false
}

// titleSubject returns the title the sentence opens with when it is the
// subject of the verb at k: "T2 reunites", "“T2” reunites". Not a person's
// name, a network's or a company's ("Studio X reunites").
func (x *extractor) titleSubject(k int) string {
	m := k - 1
	for m > 0 && (x.toks[m].has(cAuxWords) || x.toks[m].low == "also") {
		m--
	}
	ts := x.titleBefore(m + 1)
	if x.closeQuote(m) && x.openQuoteOf(m) == 0 {
		ts = 0 // "“T2” reunites"
	}
	if ts != 0 || ts > m {
		return "" // only a title that opens the sentence
	}
	title := unquote(x.span(ts, m+1))
	if title == "" || x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" ||
		x.personShaped(ts, m+1) && x.startsName(ts) || describes(title) {
		return ""
	}
	return title
}

// pairNounOf reads, at k, "the love team of", "the on-screen pair of", "the
// tandem of" (a pair noun after at most two describing words, then "of")
// and returns where the names start after it, or k.
func (x *extractor) pairNounOf(k int) int {
	if x.tok(k).low != "the" {
		return k
	}
	for m := k + 1; m < k+4 && m < len(x.toks); m++ {
		w := x.tok(m)
		if w.cap || w.kind != tWord {
			return k
		}
		switch w.low {
		case "team", "tandem", "duo", "pair", "pairing", "couple", "loveteam":
			if x.tok(m+1).low == "of" {
				return m + 2
			}
			return k
		}
	}
	return k
}
