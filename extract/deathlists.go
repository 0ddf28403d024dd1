package extract

// An entry of a list of deaths or of people: "A Bek, 81, actress (T1,
// T2).", "C Dar, 70, British director (T3). March 9.": the name opens the
// sentence, then a comma, perhaps an age and a comma, describing words,
// the person's trade and a bracket of the person's titles.

import "github.com/castgraph/castgraph/graph"

// entryTradeRule reads such an entry: an actor is cast in each title of
// the bracket, a director, writer or producer crew with that job. A trade
// of two nouns ("actor and director") gives nothing.
func (x *extractor) entryTradeRule() {
	t := x.toks
	if !x.s.parens || len(t) < 7 || !t[0].cap || !x.sentHas(cCastNouns|cJobNoun) || t[1].text != "," && t[2].text != "," && t[3].text != "," {
		return // no bracket, trade or comma after a name
	}
	e := x.personAt(0)
	if e < 2 || e+4 >= len(t) || t[e].text != "," {
		return
	}
	k := e + 1
	if t[k].kind == tNum && t[k+1].text == "," {
		k += 2 // the age
	}
	kind, job := "", ""
	n := k
	for ; n < len(t) && n < k+4 && kind == "" && t[n].kind == tWord; n++ {
		tk := &t[n]
		if tk.cap && !tk.has(cDescribe) {
			return // a name or a title, no trade
		}
		if tk.has(cCastNouns) && !tk.cap {
			kind = graph.KindCast
		} else if j, ok := jobNounsIDs.lookup(tk.id); ok && !tk.cap {
			kind, job = graph.KindCrew, j
		}
	}
	if kind == "" || n >= len(t) || t[n].text != "(" {
		return
	}
	c := x.closeOf(n)
	if c <= n+1 {
		return
	}
	for _, ti := range x.titleList(n + 1) {
		title := unquote(ti)
		if x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" {
			break
		}
		x.add(kind, x.span(0, e), title, "", job)
	}
}
