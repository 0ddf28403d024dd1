// A person's earlier work named in apposition: "his previous work,
// Antichrist, which", "X's last film, T."

package extract

// priorWorkWords say a work came before: "his previous work", "her last
// film".
var priorWorkWords = set(`previous prior earlier last`)

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
		if t[k].cap || !priorWorkMask.mayHold(&t[k]) || !priorWorkWords[t[k].low] || x.inBr[k] || !priorWorkNouns[t[k+1].low] || t[k+1].cap || t[k+2].text != "," || !x.titleStarts(k+3) {
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
		e := x.titleAt(k+3, false)
		if e <= k+3 || e < len(t) && t[e].text != "," && t[e].text != "." {
			continue
		}
		ti := unquote(x.span(k+3, e))
		if x.isNetwork(ti) || x.knownPerson(ti) != "" || describes(ti) {
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
