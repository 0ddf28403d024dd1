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
		if t[k].cap || !priorWorkMask.mayHold(&t[k]) || !priorWorkWords[t[k].low] || x.inBr[k] || !priorWorkNouns[t[k+1].low] || t[k+1].cap {
			continue
		}
		at, job := k+3, "" // the title after the comma
		if t[k+2].low == "as" && x.tok(x.pastArticle(k+3)).has(cJobNoun) {
			j := x.pastArticle(k + 3) // "Her last film as director was T."
			at, job = j+2, jobNouns[x.tok(j).low]
			if x.tok(j+1).low != "was" {
				continue
			}
		} else if t[k+2].low == "was" && (t[k].low == "last" || t[k].low == "final") {
			at = k + 3 // "Her final film was T."
		} else if t[k+2].text != "," {
			continue
		}
		if !x.titleStarts(at) {
			continue
		}
		owner := x.ownerAt(k - 1)
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
