package extract

// A list of full names after a word that names a show's cast as a group,
// in a sentence no other rule reads a credit in: "Completing the cast are
// actors like A, B, C and D", "El elenco lo completan A, B y C".

import "github.com/castgraph/castgraph/graph"

// sentAdd is a credit a rule gave in the sentence being read, with add's
// arguments.
type sentAdd struct{ kind, person, show, character, job string }

// sentAdds are the credits the rules gave in sentence s.
type sentAdds struct {
	s     *sentence
	adds  []sentAdd
	items []item // storage for ensembleListRule
}

// start readies a for the rules of sentence s.
func (a *sentAdds) start(s *sentence) { a.s, a.adds = s, a.adds[:0] }

// kept is a with no sentence, keeping its storage.
func (a *sentAdds) kept() sentAdds { return sentAdds{adds: a.adds[:0], items: a.items} }

// noteAdd keeps a credit added while the sentence started is read.
func (x *extractor) noteAdd(kind, person, show, character, job string) {
	if a := &x.added; a.s == x.s && x.s != nil && len(a.adds) < 64 {
		a.adds = append(a.adds, sentAdd{kind, person, show, character, job})
	}
}

// ensembleWords name a show's cast as a group: "the cast", "el elenco",
// "les acteurs", "die Darsteller".
var ensembleWords = set(`cast elenco reparto casting ensemble acteurs actrices actores atores atrizes attori attrici schauspieler darsteller besetzung castmembers`)

var ensembleMask = setMask(ensembleWords)

// ensembleListRule: a list of three or more full names after one of
// ensembleWords, in a sentence whose rules read no credit, is the cast of
// the sentence's show.
func (x *extractor) ensembleListRule() {
	if !x.sentHasAnyWord(ensembleMask) || x.sshow == "" || x.jury || x.added.s == x.s && len(x.added.adds) > 0 {
		return
	}
	cue := -1
	for i := range x.toks {
		if t := &x.toks[i]; !t.cap && ensembleWordsIDs.has(t.id) {
			cue = i
			break
		}
	}
	if cue < 0 {
		return
	}
	for k := cue + 1; k < len(x.toks); k++ {
		if !x.toks[k].cap || x.personAt(k) < k+2 {
			continue
		}
		items := x.appendList(x.added.items[:0], k)
		x.added.items = items
		full := 0
		for _, it := range items {
			if it.pend-it.pstart >= 2 {
				full++
			}
		}
		if full < 3 {
			if len(items) > 0 {
				k = max(k, items[len(items)-1].end-1)
			}
			continue
		}
		for _, it := range items {
			if x.ensembleItem(it) {
				x.add(graph.KindCast, x.itemName(it), x.sshow, "", "")
			}
		}
		return
	}
}

// ensembleItem reports whether list item it is a person's name that is one
// of the cast: a full name, or one the article credits elsewhere, not
// followed by "by" or a possessive ("T1 by A, T2 by B").
func (x *extractor) ensembleItem(it item) bool {
	if t := x.tok(it.end); t.kind == tPoss || t.low == "by" || t.low == "of" {
		return false
	}
	name := x.itemName(it)
	if it.pend-it.pstart < 2 && x.knownPerson(name) == "" {
		return false
	}
	return !x.isShow(name)
}
