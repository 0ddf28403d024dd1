package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// whichCrewRule: "It marks Lee's first TV project since the acclaimed film
// T, which she wrote and directed", "X's breakout was T, which he
// co-created": a title, then a relative clause whose pronoun did the work.
// The pronoun stands for the person who opens the sentence, else the one
// its possessive names, else the person an earlier sentence opened with.
func (x *extractor) whichCrewRule() {
	if !x.sentHas(cCrewVerb) || !x.sentHasWord(bitWhich) {
		return // no token it reads
	}
	t := x.toks
	for k := 2; k+2 < len(t); k++ {
		if t[k].low != "which" || t[k].cap || x.inBr[k] {
			continue
		}
		if p := t[k+1].low; p != "he" && p != "she" {
			continue
		}
		m := k + 2
		for q := 0; q < 2 && m < len(t) && (t[m].low == "also" || t[m].low == "had" || t[m].low == "has"); q++ {
			m++ // "which she also directed", "which he had written"
		}
		var jobs []string
		for q := 0; q < 3 && m < len(t); q++ {
			job, ok := crewVerbTitleIDs.lookup(t[m].id)
			if !ok || t[m].cap || !strings.HasSuffix(t[m].low, "ed") && t[m].low != "wrote" && t[m].low != "co-wrote" && t[m].low != "written" {
				break
			}
			jobs = append(jobs, job)
			m++
			if t[m].low != "and" && !(t[m].text == "," && x.tok(m+1).has(cCrewVerb)) {
				break
			}
			m++ // "which she wrote and directed", "which he wrote, produced and directed"
		}
		if len(jobs) == 0 || m < len(t) && t[m].kind != tPunct && !(t[m].low == "for" || t[m].low == "in" || t[m].low == "with" || t[m].low == "alongside") {
			continue // the verb takes no object: not "which she directed her sister in"
		}
		e := k - 1 // the comma: "T, which", "“T,” which"
		if isQuote(t[e].text) && x.tok(e-1).text == "," {
			e--
		}
		if t[e].text != "," {
			continue
		}
		ts := x.titleEndingAt(e)
		if ts >= e || x.tok(ts-1).kind == tPoss && !isQuote(t[ts].text) {
			continue
		}
		title := unquote(x.span(ts, e))
		if !hasLetter(title) || x.refusedTitle(title, ts, e) {
			continue
		}
		person := x.whichPerson(ts)
		if person == "" {
			continue
		}
		for _, job := range jobs {
			x.add(graph.KindCrew, person, title, "", job)
		}
	}
}

// whichPerson is the person "he" or "she" of a relative clause after the
// title at ts stands for: the one who opens the sentence, else the one
// possessive before the title names, a person the article knows ("Lee's
// first project since T", not "Om Shanti Om's title track"), else
// the one an earlier sentence opened with; or "".
func (x *extractor) whichPerson(ts int) string {
	if pe := x.personAt(0); pe > 0 && pe < ts && x.tok(pe).kind != tPoss {
		return x.resolve(x.span(0, pe))
	}
	owner := ""
	for m := 1; m < ts; m++ {
		if x.toks[m].kind != tPoss {
			continue
		}
		if ps := x.personBefore(m); ps < m && x.knownPerson(x.span(ps, m)) != "" && !x.isShow(x.span(ps, m)) {
			if owner != "" {
				return "" // two people: which one is not said
			}
			owner = x.resolve(x.span(ps, m))
		}
	}
	if owner != "" {
		return owner
	}
	return x.subject()
}
