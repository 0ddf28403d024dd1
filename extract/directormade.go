package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// "X has made T1 and T2" where the article calls X a director or a
// filmmaker ("Director X is back"): X is the titles' maker, with no job.

// directorMade reads the titles after "made" at k for a subject the
// article names after "director" or "filmmaker"; not "made Lagos her
// home" (a place), nor "made Ana a star" (a person).
func (x *extractor) directorMade(k int) {
	if l := x.tok(k - 1).low; l != "has" && l != "have" && l != "had" && !x.tok(k-1).cap && !isName(x.tok(k-1)) {
		return // "the film he made T into": only "X has made T", "X made T"
	}
	titles := x.titleList(k + 1)
	if len(titles) == 0 {
		return
	}
	for _, ti := range titles {
		if ti = unquote(ti); x.isNetwork(ti) || x.knownPerson(ti) != "" || placeName(ti) || countryName(ti) || describes(ti) {
			return
		}
	}
	for _, h := range x.subjectsBefore(k, 0) {
		if !x.calledDirector(h) {
			continue
		}
		for _, ti := range titles {
			x.add(graph.KindCrew, h, unquote(ti), "", "")
		}
	}
}

// calledDirector reports whether the article writes "director" or
// "filmmaker" before the name, or before a name of up to three words that
// ends with its last word ("Director Nia Koval" for "Koval").
func (x *extractor) calledDirector(name string) bool {
	return directorWords(x.a.Text)[lastWord(strings.ToLower(name))]
}

func lastWord(n string) string { return n[strings.LastIndexByte(n, ' ')+1:] }

// calledDirectorIn is calledDirector with the article's directorWords
// kept in *words, read from text the first time they are asked for.
func calledDirectorIn(words *map[string]bool, text, name string) bool {
	if *words == nil {
		*words = directorWords(text)
	}
	return (*words)[lastWord(strings.ToLower(name))]
}

// directorWords are the words, in lower case, of the up to three words
// after each "director", "filmmaker" or "film-maker" of text: the names
// the article gives a director. The nouns are looked for in the text as
// written, in lower case or in capitals after their first letter, so
// that only the few bytes after each are folded, not the whole article.
func directorWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, noun := range [...]struct {
		tail  string
		first byte // in lower case
	}{{"irector ", 'd'}, {"IRECTOR ", 'd'}, {"ilmmaker ", 'f'}, {"ILMMAKER ", 'f'}, {"ilm-maker ", 'f'}, {"ILM-MAKER ", 'f'}} {
		for rest := text; ; {
			i := strings.Index(rest, noun.tail)
			if i < 0 {
				break
			}
			called := i > 0 && rest[i-1]|0x20 == noun.first
			rest = rest[i+len(noun.tail):]
			if !called {
				continue
			}
			words := strings.Fields(strings.ToLower(rest[:min(len(rest), 60)]))
			for w := 0; w < len(words) && w < 3; w++ {
				word := strings.TrimRight(words[w], ".,;:!?")
				out[strings.TrimSuffix(strings.TrimSuffix(word, "’s"), "'s")] = true
				if word != words[w] {
					break // the name ends at its punctuation
				}
			}
		}
	}
	return out
}
