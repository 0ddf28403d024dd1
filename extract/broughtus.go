package extract

// "who brought us T": makers named through the shows they made before,
// "A and B, who together have brought features like T1 and T2 to the
// screen",
// "X and Y of Company, who brought us T1 and T2", "the team that brought
// you T", and the prize a show won before it ("Best Drama winner T").

import "github.com/castgraph/castgraph/graph"

// broughtWord holds the word broughtUsRule reads at.
var broughtWord = wordMask("brought")

// broughtUsRule credits the people before "who brought us" (or "you") in
// each title after it.
func (x *extractor) broughtUsRule() {
	if !x.sentHasAnyWord(broughtWord) {
		return
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if !broughtWord.holds(&t[k]) {
			continue
		}
		at := k + 2
		if t[k-1].low != "who" && t[k-1].low != "also" || t[k+1].low != "us" && t[k+1].low != "you" {
			if at = x.broughtToScreen(k); at < 0 {
				continue
			}
		}
		people := x.subjectsBefore(k, 0)
		if len(people) == 1 && t[k+1].low != "us" && t[k+1].low != "you" {
			if p := x.jobPairFirst(k); p != "" && p != people[0] {
				people = append(people, p)
			}
		}
		if len(people) == 0 {
			continue
		}
		for m := at; m < len(t) && m < at+12; m++ {
			if t[m].text == ":" {
				at = m + 1 // "the two most-awarded shows at the SAFTAs: T1 and T2"
				break
			}
		}
		for n := 0; n < 4 && at < len(t); n++ {
			at = x.pastWinnerWords(at)
			if l := x.tok(at).low; l == "the" && !x.tok(at).cap && (x.tok(at+1).low == "hit" || x.tok(at+1).has(cGenreNouns)) {
				at += 2 // "the hit T", "the drama T"
			}
			e := x.titleAt(at, false)
			if e <= at {
				break
			}
			ti := unquote(x.span(at, e))
			if x.isNetwork(ti) || describes(ti) || notTitle(ti) || x.knownPerson(ti) != "" {
				break
			}
			for _, p := range people {
				x.add(graph.KindCrew, p, ti, "", "")
			}
			if x.tok(e).text == "(" && x.tok(e+1).kind == tPunct {
				if c := x.closeOf(e); c > e {
					e = c + 1 // "“T2” (“Its English Title”)": the title's translation
				}
			}
			if isQuote(x.tok(e).text) && x.tok(e-2).text == "," && x.closeQuote(e-1) {
				at = e // "“T1,” “T2”": the comma inside the quotes
			} else if x.tok(e).low == "and" || x.tok(e).text == "," && x.tok(e+1).low == "and" {
				at = e + 1
				if x.tok(at).low == "and" {
					at++
				}
			} else if x.tok(e).text == "," && x.tok(e+1).cap {
				at = e + 1
			} else {
				break
			}
		}
	}
}

// pastWinnerWords reads past a prize's winner before a title: "Best Drama
// winner T", "Emmy-winning T".
func (x *extractor) pastWinnerWords(at int) int {
	for m := at; m < len(x.toks) && m < at+5; m++ {
		if l := x.toks[m].low; (l == "winner" || l == "winning" || l == "nominee") && !x.toks[m].cap {
			return m + 1
		}
		if !x.toks[m].cap {
			return at
		}
	}
	return at
}

// broughtToScreen reads "who together have brought acclaimed features like
// T1, T2 and T3 to the screen" from "brought" at k: after "who" and its
// auxiliary, describing words, a plural work noun and "like", "such as" or
// "including", then titles the sentence says were brought to the screen.
// It returns where the titles start, or -1.
func (x *extractor) broughtToScreen(k int) int {
	if !x.sentHasWord(bitScreen) {
		return -1
	}
	b := k - 1
	for b > 0 && b > k-3 && (x.tok(b).low == "together" || x.tok(b).low == "also" || x.tok(b).low == "have" || x.tok(b).low == "has" || x.tok(b).low == "jointly") {
		b--
	}
	if b == k-1 || x.tok(b).low != "who" {
		return -1
	}
	m := k + 1
	for q := 0; q < 4 && x.tok(m).kind == tWord && !x.tok(m).cap && !broughtWorksIDs.has(x.tok(m).id) && !x.tok(m).has(cStopWords); q++ {
		m++ // "highly acclaimed"
	}
	if !broughtWorksIDs.has(x.tok(m).id) {
		return -1
	}
	m++
	switch {
	case x.tok(m).low == "like" || x.tok(m).low == "including":
		m++
	case x.tok(m).low == "such" && x.tok(m+1).low == "as":
		m += 2
	default:
		return -1
	}
	for e := m; e < len(x.toks) && e < m+30; e++ {
		if x.tok(e).low == "to" && (x.tok(e+1).low == "the" && (x.tok(e+2).low == "screen" || x.tok(e+3).low == "screen") || x.tok(e+1).low == "screens") {
			return m
		}
	}
	return -1
}

// broughtWorks are the plural nouns of the works a maker brought to the
// screen: "features like T1 and T2".
var broughtWorks = set(`features films movies shows series dramas titles works hits`)

// jobPairFirst reads, back from "brought" at k, "director A and producer B,
// who ... brought": the first of two people each after a job noun, whom
// the reading back from "who" stops before. It returns A, or "".
func (x *extractor) jobPairFirst(k int) string {
	w := k - 1
	for w > 0 && x.tok(w).low != "who" && w > k-4 {
		w--
	}
	c := w - 1
	if x.tok(w).low != "who" || x.tok(c).text != "," {
		return ""
	}
	bs := x.personBefore(c)
	if bs >= c || !x.tok(bs-1).has(cJobNoun) || x.tok(bs-1).cap || x.tok(bs-2).low != "and" {
		return ""
	}
	ae := bs - 2
	as := x.personBefore(ae)
	if as >= ae || !x.tok(as-1).has(cJobNoun) || x.tok(as-1).cap {
		return ""
	}
	return x.resolve(x.span(as, ae))
}
