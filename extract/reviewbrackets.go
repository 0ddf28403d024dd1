package extract

// A review names the actor in brackets after the character, with a word of
// praise: "his protagonist Christian Wolff's (Ben Affleck, never better)
// savant status", "his brother Brax (the absolutely fantastic Jon
// Bernthal)"; a show's roundup with the actor's prize and earlier work:
// "her mother, Mam’Sonto (SAFTA winner Connie Chiume from Black Panther)",
// "a boxer named 'Marco' (actor Kang Tae Ju)".

import "github.com/castgraph/castgraph/graph"

// reviewBracket reads the bracket from k to c after a character's name:
// an actor's name with a comma and praise after it ("C's (X, never
// better)"), or "the", describing words and the name ("C (the
// wonderful X)"). It credits the actor as the character in the
// sentence's show and reports whether it did.
func (x *extractor) reviewBracket(k, c int) bool {
	if x.sshow == "" || c-k < 3 {
		return false
	}
	at := k + 1
	praised := false
	if l := x.tok(at).low; (l == "the" || l == "a" || l == "an") && !x.tok(at).cap {
		m := at + 1
		for m < c && m < at+5 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords|cCastNouns|cPrefixNouns) {
			m++ // "the absolutely fantastic"
		}
		if m == at+1 || !x.startsName(m) {
			return false
		}
		at, praised = m, true
	} else if l := x.tok(at).low; (l == "actor" || l == "actress") && x.startsName(at+1) {
		at, praised = at+1, true // "a boxer named 'Marco' (actor Kang Tae Ju)"
	} else if pp := x.pastPrizeHolder(at); pp > at && x.startsName(pp) {
		at, praised = pp, true // "(SAFTA winner X from T)"
	} else if !x.startsName(at) {
		return false
	}
	pe := x.personAt(at)
	if pe <= at+1 || pe > c {
		return false
	}
	from := ""
	if l := x.tok(pe).low; (l == "from" || l == "of") && x.titleStarts(pe+1) && x.titleAt(pe+1, false) == c {
		from = unquote(x.span(pe+1, c)) // "(SAFTA winner X from Black Panther)": X's earlier work
		if x.isNetwork(from) || x.knownPerson(from) != "" {
			return false
		}
	} else if pe < c {
		// "(X, never better)": a comma and words in lower case only
		if praised || x.tok(pe).text != "," || pe+1 == c {
			return false
		}
		for m := pe + 1; m < c; m++ {
			if w := x.tok(m); w.kind != tWord || w.cap {
				return false
			}
		}
	} else if !praised {
		return false // "C (X)": the bracket rule's own reading
	}
	ce := k
	if x.tok(k-1).kind == tPoss {
		ce = k - 1 // "Christian Wolff's (Ben Affleck, ...)"
	}
	cs := x.charBefore(ce)
	char := x.span(cs, ce)
	if x.closeQuote(ce-1) && praised {
		// "named 'Marco' (actor X)": the quoted name
		o := x.openQuoteOf(ce - 1)
		if o < 0 || o+1 >= ce-1 {
			return false
		}
		cs, char = o, x.span(o+1, ce-1)
		if l := x.tok(cs - 1).low; l != "named" && l != "called" && !x.charContext(cs) {
			return false
		}
	} else if cs >= ce || !x.charContext(cs) && x.tok(cs-1).kind == tWord {
		return false
	}
	if x.knownPerson(char) != "" || x.isShow(char) || x.isNetwork(char) {
		return false
	}
	actor := x.resolve(x.span(at, pe))
	x.add(graph.KindCast, actor, x.sshow, char, "")
	if from != "" {
		x.add(graph.KindCast, actor, from, "", "")
	}
	return true
}
