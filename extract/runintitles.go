package extract

// A roundup's run-in title: a paragraph that opens with its entry's title
// in sentence case, a fragment of a few words and a full stop, before the
// entry's prose: "Tunna blå linjen. Polisserien ... är skriven av X",
// "Vinterviken 2021. Filmen ... Elsa Öhrn gör debut i rollen som C". The
// title is the show of its paragraph and of those after it, up to the
// next entry. Two paragraphs or more of the article must open so: one
// such fragment alone is a sentence ("Doubts.", "Baler 1.").

import "github.com/castgraph/castgraph/graph"

// runInNotWords are the word classes no run-in title's lower-case word
// has: function words, verbs and their auxiliaries.
const runInNotWords = cStopWords | cAuxWords | cCastVerbs | cPlayVerbs | cClauseVerbs | cSays | cJoinNouns | cReturnWords

// runInOf are the words of "of" inside a run-in title of French, Italian,
// Spanish or Portuguese: "Les disparues du lac.", "La casa de papel.".
var runInOf = map[string]bool{"de": true, "des": true, "du": true, "di": true, "del": true, "della": true, "da": true, "do": true, "dos": true, "das": true}

// runInShape reports whether sentence s is a run-in title's fragment: the
// first of its paragraph and not its last, prose (no heading), two to five
// words or numbers and a full stop, the first a capitalized word, one word
// after it in lower case or a number, no function word or verb but the
// article that opens a title of French, Italian or Spanish and its "of".
func (x *extractor) runInShape(i int) bool {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	if n < 3 || n > 6 || !s.first || s.head || t[n-1].text != "." || !t[0].cap || t[0].kind != tWord ||
		i+1 >= len(x.sents) || x.sents[i+1].para != s.para {
		return false
	}
	plain := false // a word in lower case or a number: sentence case, no name
	for k := range n - 1 {
		tk := &t[k]
		switch {
		case k == 0 && tk.cap && n > 3 && (tk.low == "the" || tk.low == "a") && len(tk.text) > 1 && tk.text != "The" || k > 0 && k < n-2 && runInOf[tk.low]:
			// "Les disparues du lac.", "Le bureau des légendes.": a title
			// of French, Italian or Spanish opens with its article (read
			// as "the" or "a" by now)
		case tk.kind == tNum && k > 0:
			plain = true
		case tk.kind != tWord || tk.has(runInNotWords) || foreignWordCues[tk.low] || foreignArticlesIDs.get(tk.id) != "" || swedishWordsIDs.has(tk.id):
			return false
		case !tk.cap:
			plain = true
		}
	}
	return plain || !t[0].has(cNameStart) && n > 3 // "Quick Cash.": no given name first
}

// runInTitle reads sentence i as a run-in title and returns the title, or
// "": the fragment of runInShape in an article where another paragraph
// opens with one, no person's name, network or describing phrase.
func (x *extractor) runInTitle(i int) string {
	if !x.runInShape(i) {
		return ""
	}
	others := false
	for j := range x.sents {
		if j != i && x.sents[j].first && x.runInShape(j) {
			others = true
			break
		}
	}
	if !others {
		return ""
	}
	s := &x.sents[i]
	title := graph.CleanSpace(s.text[s.toks[0].start:s.toks[len(s.toks)-2].end])
	if notTitle(title) || describes(title) || x.isNetwork(title) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}
