package extract

import "github.com/castgraph/castgraph/graph"

// leadWords name the part a film has someone in: "as the heroine", "as
// the female lead".
var leadWords = set(`lead leads heroine hero protagonist antagonist villain`)

// leadAt reports whether "as the (female, male, main) lead" or "as the
// heroine" stands at i; it gives the index past it, or 0.
func (x *extractor) leadAt(i int) int {
	if x.tok(i).low != "as" {
		return 0
	}
	m := i + 1
	if l := x.tok(m).low; l == "the" || l == "a" {
		m++
	}
	if l := x.tok(m).low; l == "female" || l == "male" || l == "main" || l == "new" || l == "second" || l == "lead" && leadWords[x.tok(m+1).low] {
		m++
	}
	if t := x.tok(m); leadWords[t.low] && !t.cap && m > i+1 {
		return m + 1
	}
	return 0
}

// hasAsLeadRule reads a film that has someone in a part: "the untitled
// project has ‘Uppena’ sensation X as the heroine", "this movie which
// has the gorgeous actress X as the female lead", "features X as the
// villain". The person is cast in the sentence's show (an untitled project has
// none), and in the title a performer noun follows ("‘Uppena’ sensation X").
func (x *extractor) hasAsLeadRule() {
	t := x.toks
	for k := 2; k < len(t); k++ {
		if x.leadAt(k) == 0 || x.inBr[k] {
			continue
		}
		ps := x.personBefore(k)
		if ps == k || ps == 0 {
			continue
		}
		// back past the person's describing words to the verb
		m := ps - 1
		title := ""
		if p := x.tok(m); (p.has(cCastNouns|cPrefixNouns) || p.low == "sensation") && !p.cap {
			if x.closeQuote(m - 1) {
				if ts := x.quotedTitlesBefore(m); len(ts) == 1 {
					title = unquote(ts[0]) // "‘Uppena’ sensation X"
					for m--; m > 0 && !isOpenQuote(x.tok(m).text); m-- {
					}
					m--
				}
			}
		}
		for q := 0; q < 4 && m > 0 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cAuxWords|cStopWords) || x.tok(m).low == "the" || x.tok(m).low == "a"; q++ {
			m--
		}
		switch x.tok(m).low {
		case "has", "have", "had", "features", "featuring", "feature", "featured", "casts", "cast":
		default:
			continue
		}
		person := x.span(ps, k)
		if x.sshow != "" {
			x.add(graph.KindCast, person, x.sshow, "", "")
		}
		if title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" {
			x.add(graph.KindCast, person, title, "", "")
		}
	}
}

// isOpenQuote reports whether s opens a quotation.
func isOpenQuote(s string) bool { return s == "‘" || s == "“" }

// mainPartAt reports whether "the main character", "the lead", "the new
// face" stands at i: a part in a show one becomes.
func (x *extractor) mainPartAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	part := func(t *token) bool {
		switch t.low {
		case "character", "lead", "face", "protagonist", "heroine", "hero":
			return !t.cap
		}
		return false
	}
	switch l := x.tok(i + 1).low; {
	case (l == "main" || l == "lead" || l == "leading" || l == "new" || l == "central" || l == "female" || l == "male") && part(x.tok(i+2)):
		return true // "the main character", "the new face"
	case l != "character" && part(x.tok(i+1)):
		return true // "the lead", "the heroine"
	}
	return false
}

// pronounJoinRule reads "X revealed that she will be joining T": the
// pronoun after "that" is the person the sentence opens with.
func (x *extractor) pronounJoinRule() {
	t := x.toks
	if x.subjectEnd <= 0 || x.subject == "" || x.sshow == "" {
		return
	}
	for k := x.subjectEnd; k+2 < len(t); k++ {
		if t[k].low != "that" || t[k+1].low != "she" && t[k+1].low != "he" {
			continue
		}
		v := k + 2
		for v < len(t) && v < k+6 && t[v].has(cAuxWords) {
			v++
		}
		switch x.tok(v).low {
		case "join", "joins", "joining", "joined":
			x.add(graph.KindCast, x.subject, x.sshow, "", "")
		}
		return
	}
}

// akaRule reads "X, aka Professor Quirrell from Harry Potter": the
// character an aside gives a person, in that title.
func (x *extractor) akaRule() {
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if l := t[k].low; l != "aka" && l != "a.k.a." && l != "a.k.a" || t[k-1].text != "," {
			continue
		}
		ps := x.personBefore(k - 1)
		if ps == k-1 {
			continue
		}
		ce := x.charAt(k + 1)
		if ce <= k+1 {
			continue
		}
		show := ""
		if l := x.tok(ce).low; l == "from" || l == "in" {
			at := x.titlePrefix(ce + 1)
			if e := x.titleAt(at, false); e > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
				show = unquote(x.span(at, e))
			}
		}
		if show == "" {
			continue
		}
		x.add(graph.KindCast, x.span(ps, k-1), show, x.span(k+1, ce), "")
	}
}
