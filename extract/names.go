package extract

import (
	_ "embed"
	"strings"
)

//go:generate go run ./internal/gennames -data ../../shared/data -out names.txt

// namesText is the list of words that start people's names in the shared
// credit datasets: data, not a list of any article's names.
//
//go:embed names.txt
var namesText string

// nameStarts holds the words of namesText, in lower case.
var nameStarts = func() map[string]bool {
	m := make(map[string]bool, 9000)
	for _, line := range strings.Split(namesText, "\n") {
		if line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
}()

// startsName reports whether the token at i is a word that people's names
// start with: a given name ("Zoë") or an East Asian family name ("Kim").
func (x *extractor) startsName(i int) bool {
	t := x.tok(i)
	return t.kind == tWord && t.cap && t.has(cNameStart) && !t.has(cStopWords)
}
