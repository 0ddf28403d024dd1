package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// assistedRule: "Haroon, who has assisted on Shahrukh Khan-led films, such
// as T1, T2 and T3", "X assisted on T": crew work (no job of the
// contract's) in each title for the person before the verb.
func (x *extractor) assistedRule() {
	if x.s != nil && !strings.Contains(x.s.text, "assisted on") {
		return // no token it reads
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].low != "assisted" || t[k].cap || t[k+1].low != "on" {
			continue
		}
		var titles []string
		for m := k + 2; m < len(t) && m < k+10; m++ {
			l := t[m].low
			at := 0
			switch {
			case l == "such" && x.tok(m+1).low == "as":
				at = m + 2
			case l == "like" || l == "including":
				at = m + 1
			}
			if at > 0 {
				titles = x.titleList(at)
				break
			}
		}
		if len(titles) == 0 {
			titles = x.titleList(k + 2)
		}
		subjects := x.subjectsBefore(k, 1)
		if len(subjects) != 1 {
			continue
		}
		for _, ti := range titles {
			if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
				x.add(graph.KindCrew, subjects[0], ti, "", "")
			}
		}
	}
}
