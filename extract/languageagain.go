package extract

import "strings"

// A phrase of the time of a credit inside a credit phrase of another
// language: "A apparaîtra pour la deuxième fois dans T", "B tornerà per la
// prima volta in T", "C aparece pela segunda vez em T", "D aparece por
// primera vez en T", "E rejoint à nouveau le casting de T": the phrase
// ("for the second time", "again") is passed over, as phraseFiller's one
// adverb is, so the credit phrase around it ("apparaîtra dans", "rejoint le
// casting de") reads as it does without it.

// againAt is the number of tokens from k that spell a phrase of the time
// of a credit ("pour la première fois", "per la seconda volta", "pela
// terceira vez", "una vez más", "de nouveau"), 0 where none does.
func againAt(toks []token, k int) int {
	if k >= len(toks) || toks[k].kind != tWord || toks[k].cap || !againFirstIDs.has(toks[k].id) {
		return 0 // no phrase's first word: againPhrases is not looked up
	}
	for _, p := range againPhrases[toks[k].low] {
		if n := againWords(toks, k, p); n > 0 {
			return n
		}
	}
	return 0
}

// againWords is the number of tokens from k that spell words, where "*"
// stands for one of againOrdinals; 0 where they do not.
func againWords(toks []token, k int, words []string) int {
	for i, w := range words {
		if k+i >= len(toks) || toks[k+i].kind != tWord {
			return 0
		}
		low := toks[k+i].low
		if w == "*" {
			if !againOrdinals[low] {
				return 0
			}
		} else if low != w {
			return 0
		}
	}
	return len(words)
}

// againFirstIDs are the first words of againPhrases by word id
// (wordids.go).
var againFirstIDs = func() (s idSet) {
	for w := range againPhrases {
		s.add(wordID(w))
	}
	return s
}()

// againPhrases are the phrases of againAt keyed by their first word, each
// a list of its words ("*" an ordinal of againOrdinals).
var againPhrases = map[string][][]string{
	"pour":   {{"pour", "la", "*", "fois"}},                    // "pour la deuxième fois"
	"per":    {{"per", "la", "*", "volta"}},                    // "per la seconda volta"
	"pela":   {{"pela", "*", "vez"}},                           // "pela segunda vez"
	"por":    {{"por", "*", "vez"}, {"por", "la", "*", "vez"}}, // "por primera vez"
	"une":    {{"une", "nouvelle", "fois"}, {"une", "fois", "de", "plus"}},
	"encore": {{"encore", "une", "fois"}},
	"à":      {{"à", "nouveau"}},
	"de":     {{"de", "nouveau"}, {"de", "novo"}, {"de", "nuevo"}},
	"di":     {{"di", "nuovo"}},
	"ancora": {{"ancora", "una", "volta"}},
	"mais":   {{"mais", "uma", "vez"}},
	"una":    {{"una", "vez", "más"}, {"una", "volta", "ancora"}},
}

// againOrdinals are the ordinals and "last" of againPhrases' "*".
var againOrdinals = map[string]bool{
	"première": true, "deuxième": true, "seconde": true, "troisième": true, "quatrième": true, "dernière": true,
	"prima": true, "seconda": true, "terza": true, "quarta": true, "ultima": true,
	"primeira": true, "segunda": true, "terceira": true, "última": true,
	"primera": true, "tercera": true, "cuarta": true,
}

// describedAfterBy is the number of tokens after the word for "by" at k
// that describe the person named after them, an article with its
// describing word or, after a "by" that holds the article ("dal", "pelo"),
// the describing word alone: "interprété par l'énergique A", "interprétée
// par la talentueuse B", "interpretato dal bravissimo C", "interpretado
// pelo talentoso D" read as "played by A"; 0 where none do.
func describedAfterBy(toks []token, k int) int {
	j := k + 1
	if j >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return 0
	}
	switch toks[j].low {
	case "le", "la", "il", "lo", "el", "o", "a":
		if describedName(toks, j+1) {
			return 2
		}
	}
	if w := toks[j].low; (strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’")) && describedName(toks, j) {
		return 1 // "l’énergique", one word before a word in lower case
	}
	switch toks[k].text {
	case "dal", "dallo", "dalla", "pelo", "pela":
		if describedName(toks, j) {
			return 1
		}
	}
	return 0
}

// readAsideBe reads the verb "to be" of French, Italian, Portuguese or
// Spanish as "plays" between an aside after a name and a capitalized
// word, in the tokens from first on: "Ana Selo, vue dans T2, sera C",
// "Ana Selo, vista in T2, sarà C", "Ana Selo, vista em T2, será C" read as
// "Ana Selo, seen in T2, plays C", as "A sera C" without the aside does
// (foreignBetweenNames, languagewords.go).
func readAsideBe(toks []token, first int) {
	for k := first + 4; k+1 < len(toks); k++ {
		t := &toks[k]
		if toks[k-1].text != "," || t.kind != tWord || t.cap || !toks[k+1].cap || toks[k+1].kind != tWord || !asideBe[t.low] { // the comma first: most tokens follow none
			continue
		}
		if asideAfterName(toks, first, k-1) {
			setLow(t, "plays")
		}
	}
}

// asideBe are the words of "to be" readAsideBe reads.
var asideBe = map[string]bool{"sera": true, "será": true, "sarà": true, "è": true, "é": true, "es": true}

// asideAfterName reports whether the comma at c closes an aside of a few
// words, in lower case at its start, that a comma opens right after a
// capitalized word: ", vue dans T2," after "Ana Selo".
func asideAfterName(toks []token, first, c int) bool {
	for j := c - 1; j > first && j >= c-12; j-- {
		switch toks[j].text {
		case ".", ";", ":", "!", "?", "(", ")":
			return false
		case ",":
			return j+1 < c && toks[j+1].kind == tWord && !toks[j+1].cap && toks[j-1].kind == tWord && toks[j-1].cap
		}
	}
	return false
}
