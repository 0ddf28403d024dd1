// A person's earlier work named in apposition: "his previous work,
// Antichrist, which", "X's last film, T.", "Her final film was T.", "Her
// last film as director was T."

package extract

import "github.com/castgraph/castgraph/graph"

// priorWorkWords say a work came before: "his previous work", "her last
// film".
var priorWorkWords = set(`previous prior earlier last final`)

// priorWorkMask is priorWorkWords for sentHasAnyWord.
var priorWorkMask = setMask(priorWorkWords)

// priorWorkNouns are the works priorWorkRule reads.
var priorWorkNouns = set(`work film movie feature`)

// priorWorkRule: "than his previous work, T, which", "X's last film, T.":
// the owner made T; the kind stays open, the person's other credits settle
// it. The title stands between commas or ends the sentence.
func (x *extractor) priorWorkRule() {
	if !x.sentHasAnyWord(priorWorkMask) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].cap || !priorWorkMask.mayHold(&t[k]) || !priorWorkWordsIDs.has(t[k].id) || x.inBr[k] || !priorWorkNounsIDs.has(t[k+1].id) && t[k+1].low != "directorial" || t[k+1].cap {
			continue
		}
		at, job := k+3, "" // the title after the comma
		if n := k + 1; t[n].low == "directorial" {
			// "whose last directorial was T", "her last directorial venture,
			// T,": the noun, or a noun after it, says the job
			job = graph.JobDirector
			if directorialNounsIDs.has(x.tok(n + 1).id) {
				n++
			}
			switch {
			case x.tok(n+1).low == "was":
				at = x.pastHitWords(n + 2)
			case x.tok(n+1).text == ",":
				at = n + 2
			default:
				continue
			}
		} else if t[k+2].low == "as" && x.tok(x.pastArticle(k+3)).has(cJobNoun) {
			j := x.pastArticle(k + 3) // "Her last film as director was T."
			at, job = j+2, jobNounsIDs.get(x.tok(j).id)
			if x.tok(j+1).low != "was" {
				continue
			}
		} else if t[k+2].low == "was" && (t[k].low == "last" || t[k].low == "final") {
			at = x.pastHitWords(k + 3) // "Her final film was T.", "whose last film was the hit T,"
		} else if t[k+2].text != "," {
			continue
		}
		if !x.titleStarts(at) {
			continue
		}
		owner := x.ownerAt(k - 1)
		if x.tok(k-1).low == "whose" {
			owner = x.whoseOwner(k - 1) // "X, whose last film was T,"
		}
		if o := &t[k-1]; owner == "" && (o.low == "his" || o.low == "her") && !o.cap {
			if owner = x.pronounOwnerAt(k - 1); owner == "" { // the person the paragraph is about
				owner = x.possOwnerBefore(k - 1) // "Much to X's distaste, ... his previous work"
			}
		}
		if owner == "" {
			continue
		}
		e := x.titleAt(at, false)
		if e <= at || e < len(t) && t[e].text != "," && t[e].text != "." {
			continue
		}
		ti := unquote(x.span(at, e))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
			continue
		}
		if job != "" {
			x.add(graph.KindCrew, owner, ti, "", job)
			continue
		}
		x.add("", owner, ti, "", "")
	}
}

// possOwnerBefore is the person of the nearest possessive name before k in
// the sentence, or "".
func (x *extractor) possOwnerBefore(k int) string {
	for m := k - 1; m > 0; m-- {
		if x.toks[m].kind == tPoss {
			if ps := x.personBefore(m); ps < m {
				return x.resolve(x.span(ps, m))
			}
		}
	}
	return ""
}

// directorialNouns may follow "directorial" as the noun of a director's
// work: "her last directorial venture".
var directorialNouns = set(`venture outing effort project film feature`)

// pastHitWords reads, at i after "was", "the" and up to three describing
// words in lower case before a title: "was the massive hit T". It returns
// where the title starts (i when there are none).
func (x *extractor) pastHitWords(i int) int {
	if x.tok(i).low != "the" || x.tok(i).cap {
		return i
	}
	m := i + 1
	for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords); q++ {
		m++
	}
	if m == i+1 || !x.titleStarts(m) {
		return i
	}
	return m
}

// whoseOwner is the person before the comma before "whose" at j: "X, whose
// last film was T"; or "".
func (x *extractor) whoseOwner(j int) string {
	if x.tok(j-1).text != "," {
		return ""
	}
	if ps := x.personBefore(j - 1); ps < j-1 {
		return x.resolve(x.span(ps, j-1))
	}
	return ""
}
