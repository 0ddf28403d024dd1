package extract

// A person's credits listed after a works noun: "X's credits include T1 and
// T2", "Her films included T", "Among her other credits were T", "Her films
// as director include T", "Among the films she directed were T1 and T2".

import (
	"cmp"

	"github.com/castgraph/castgraph/graph"
)

// creditsRule: "Boynton's credits include T1 and T2", "whose credits
// include T": the titles are credits of the owner, on screen or off it as
// the rest of the article says.
func (x *extractor) creditsRule() {
	if !x.sentHas(cAkaCue) {
		return // no token it reads
	}
	t := x.toks
	seen := false // "credits include" read in this sentence
	from := -1    // where the first titles begin
	for k := 1; k+2 < len(t); k++ {
		if k == 2 && x.amongWorks(k) {
			from = k + 1 // "Among the films she directed were T1 and T2"
			break
		}
		owner := k - 1 // the possessive before the titles' verb
		switch {
		case (t[k].low == "credits" || !t[k].cap && creditNounsIDs.has(t[k].id) && (t[k+1].low == "included" || t[k+1].low == "include" || t[k+1].low == "includes" || x.creditsAreList(k, k+1))) && !x.inBr[k]:
		case !t[k].cap && creditNounsIDs.has(t[k].id) && t[k+1].low == "as" && x.tok(x.pastArticle(k+2)).has(cJobNoun) && !x.inBr[k]:
			// "Her films as director include T1 and T2": read past the job
		case seen && t[k].kind == tPoss && (t[k+1].low == "include" || t[k+1].low == "includes"):
			// "X's credits include T1, while Y's include T2"
			owner = k
		default:
			continue
		}
		if l := t[k-1].low; l == "stage" || l == "theatre" || l == "theater" {
			continue // "His stage roles include T": plays, no screen credits
		}
		verb, asJob := k+1, ""
		if t[k+1].low == "as" && creditNounsIDs.has(t[k].id) {
			j := x.pastArticle(k + 2) // "as director", "as a writer"
			verb, asJob = j+1, jobNounsIDs.get(x.tok(j).id)
		}
		if t[k].low == "credits" {
			verb = x.creditsVerbAt(k)
		}
		commaList := false // "His movie credits, ‘T1’, ‘T2’ and ‘T3’": no verb
		switch x.tok(verb).low {
		case "include", "includes", "including", ":", "included":
		case ",":
			if verb != k+1 || t[k].low != "credits" || !isQuote(x.tok(verb+1).text) {
				continue
			}
			commaList = true
		default:
			if !x.creditsAreList(k, verb) {
				continue
			}
		}
		// "X's previous TV credits include", "His other recent credits"
		for m := 0; m < 3 && owner > 0 && t[owner].kind != tPoss && !x.inBr[owner] && creditModifiersIDs.has(t[owner].id); m++ {
			if l := t[owner].low; l == "directorial" || l == "directing" {
				asJob = graph.JobDirector // "Her other directorial efforts include T"
			} else if l == "writing" || l == "screenwriting" {
				asJob = graph.JobWriter // "Her writing credits include T"
			}
			owner--
		}
		var person string
		switch {
		case owner == 0 && creditModifiersIDs.has(t[0].id) && !x.inBr[0] && x.paragraphPerson() != "":
			// "Other television credits include T1 and T2": the person the
			// paragraph speaks of
			person = x.paragraphPerson()
		case t[owner].kind == tPoss:
			ps := x.personBefore(owner)
			if ps == owner {
				continue
			}
			person = x.span(ps, owner)
		case t[owner].low == "whose" && !t[owner].cap && !x.inBr[owner]:
			// "X, whose films included T1 and T2, has died", "X, the Italian
			// director whose credits include T": the person the clause
			// describes; a job noun right before "whose" is the job
			if e := x.personAt(verb + 1); e > verb+1 && x.tok(e).kind == tPoss {
				continue // "whose credits include A's T1 and B's T2": read with the makers (filmography.go)
			}
			if ps := x.personBefore(owner - 1); x.tok(owner-1).text == "," && ps < owner-1 {
				person = x.resolve(x.span(ps, owner-1))
			} else if p, _ := x.appositiveOwner(owner); p != "" {
				person = x.resolve(p)
				if j, ok := jobNounsIDs.lookup(x.tok(owner - 1).id); ok && asJob == "" && j != graph.JobOriginalAuthor {
					asJob = j
				}
			} else {
				continue
			}
		case (t[owner].low == "his" || t[owner].low == "her") && t[k].low == "roles" && (x.lastCast() != "" || x.paragraphPerson() != "") && !x.inBr[owner]:
			person = cmp.Or(x.lastCast(), x.paragraphPerson()) // "His TV roles include T": a performer, not the writer a sentence before named
		case (t[owner].low == "his" || t[owner].low == "her") && (x.lastPerson() != "" || x.paragraphPerson() != "") && !x.inBr[owner]:
			person = cmp.Or(x.lastPerson(), x.paragraphPerson()) // the person the sentence before credited, or the one the text is about
		default:
			continue
		}
		seen = true
		at := verb + 1
		// "include recurring roles on T1 and T2", "include turns in T"
		for m := 0; m < 3 && at < len(t) && !t[at].cap && roleWordsIDs.has(t[at].id); m++ {
			at++
		}
		if at > verb+1 && (x.tok(at).low == "on" || x.tok(at).low == "in") {
			at++
		} else {
			at = verb + 1
		}
		if c := x.countedWorksAt(at); c > 0 {
			at = c // "credits include a wide variety of films including T1 and T2"
		}
		if pairs := x.titleCharList(at); len(pairs) > 0 {
			// "credits include Attack on Titan’s Conny Springer and Demon
			// Slayer’s Zenitsu Agatsuma"
			for _, p := range pairs {
				x.add(graph.KindCast, person, p[0], p[1], "")
			}
		} else {
			kind := ""
			if x.actingPhrase(k+1, verb) || t[k].low == "roles" {
				kind = graph.KindCast // "credits in supporting roles include"
			} else if asJob != "" {
				kind = graph.KindCrew
			}
			titles := x.titleList(at)
			if commaList && len(titles) < 2 {
				continue // one quoted title after the comma: an appositive, no list
			}
			for _, title := range titles {
				if !x.isNetwork(title) {
					x.add(kind, person, title, "", asJob)
				}
			}
		}
		if from < 0 {
			from = verb + 1
		}
	}
	for m := from; from >= 0 && m < len(t); m++ {
		x.use(m) // the titles are no cast list
	}
}
