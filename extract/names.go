package extract

import (
	_ "embed"
	"strings"
)

//go:generate go run ./internal/gennames -data ../../shared/data -out names.txt -mononyms mononyms.txt -titlewords titlewords.txt

// namesText is the list of words that start people's names in the shared
// credit datasets: data, not a list of any article's names.
//
//go:embed names.txt
var namesText string

// nameStarts holds the words of namesText, in lower case.
var nameStarts = wordList(namesText, 9000)

// isNameStart reports whether w, in any case, is one of nameStarts: one
// lookup in the word classes (cNameStart), without a copy of w. A token's
// own lower case is t.has(cNameStart).
func isNameStart(w string) bool {
	var buf [32]byte
	return wordClasses.getBytes(lowerInto(buf[:0], w))&cNameStart != 0
}

// startsName reports whether the token at i is a word that people's names
// start with: a given name ("Zoë") or an East Asian family name ("Kim").
func (x *extractor) startsName(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.cap && t.has(cNameStart) && !t.has(cStopWords)
}

//go:embed mononyms.txt
var mononymsText string

//go:embed titlewords.txt
var titleWordsText string

// mononyms holds the one-word names people are credited under in the
// shared credit datasets ("iu", "tabu"), and titleWords the words two or
// more of their titles hold but for those names ("bridge", "one"): data,
// made by internal/gennames.
var mononyms, titleWords = wordList(mononymsText, 1500), wordList(titleWordsText, 9000)

// wordList is the set of the lines of a list made by internal/gennames, one
// word a line, but for its "#" comments; n is about how many there are.
func wordList(text string, n int) map[string]bool {
	m := make(map[string]bool, n)
	for _, line := range strings.Split(text, "\n") {
		if line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
}

// unlikelyPerson reports whether person, a name the rules read, is one word
// that names nobody in news copy: a title word ("Bridge", "Affair", "One")
// that no one is credited under and no name starts with in the datasets.
// Such one-word "people" were almost all wrong in articles from outlets the
// rules were not written on; "Tabu", "Rain" and "Lynne" stay, and so do
// capitals ("SRK", "DK"), which name stars in Indian news.
func unlikelyPerson(person string) bool {
	if hasByte(person, ' ') || len(person) < 2 {
		return false
	}
	var buf [32]byte
	low := string(lowerInto(buf[:0], person)) // on the stack, where it is short
	return titleWords[low] && !mononyms[low] && wordClasses.get(low)&cNameStart == 0
}
