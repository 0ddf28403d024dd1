package extract

// Verb second after a title, in German, Dutch and Swedish: "In der
// Krimiserie T spielt A die Kommissarin C", "I den nya dramaserien T
// spelar A och B huvudrollerna", "In de serie T speelt A de rol van C".
// The verb comes before its subject, as after an adverb (languagede.go's
// germanSubjectEnd), but the word before the verb is the title's last,
// capitalized. The subject, one name or a list of them, is read before the
// verb, and a comma after the title keeps the title from running on into
// the name: "In Krimiserie T, A plays the detective C".

// secondVerbs are the verbs of playing and appearing of Dutch, Swedish,
// Danish and Norwegian read as germanSecondVerbs are: "Desuden medvirker A
// og B", "I serien spiller A politimanden C".
var secondVerbs = set(`speelt speelde spelen speelden vertolkt spelar spelade gestaltar medverkar medverkade
	spiller spilte spillede medvirker medvirket medvirkede`)

// subjectListEnd is the end of one to four names of two to four
// capitalized words each, joined by commas or a word for "and", from k,
// before a word in lower case; -1 where there is none.
func subjectListEnd(toks []token, k int) int {
	e := k
	for names := 0; names < 4; names++ {
		s := e
		for e < len(toks) && e < s+4 && toks[e].cap && toks[e].kind == tWord {
			e++
		}
		if e < s+2 || e >= len(toks) || toks[e].cap && toks[e].kind == tWord {
			return -1
		}
		if w := &toks[e]; e+1 < len(toks) && toks[e+1].cap && (w.text == "," || w.kind == tWord && !w.cap && listAndIDs.has(w.id)) {
			e++
			continue
		}
		return e
	}
	return -1
}

// titledSubjectEnd is, for a verb of playing at k right after a title that
// a genre noun opens in a sentence that starts with "in" ("In der
// Krimiserie T spielt"), the end of the verb's subject after it, and the
// genre noun's index; -1 where the sentence is not so.
func titledSubjectEnd(toks []token, first, n, k int) (int, int) {
	if n < first+4 || toks[first].low != "in" && toks[first].low != "i" || toks[n-1].kind != tWord {
		return -1, -1
	}
	for g := n - 2; g > first+1 && g >= n-8; g-- {
		w := &toks[g]
		if w.kind != tWord {
			return -1, -1
		}
		if !w.cap && (w.has(cGenreNouns) || foreignGenreNoun(w.low)) && toks[g+1].cap {
			if e := subjectListEnd(toks, k+1); e > 0 {
				return e, g
			}
			return -1, -1
		}
	}
	return -1, -1
}

// readTitledSubject reads the sentence at the verb t at k as titledSubjectEnd
// found it (the title in capitals or in sentence case: "I dramaserien
// Under isen spelar A och B"), e its subject's end and g the genre noun: the word before the
// genre noun dropped, a comma after the title, the subject, then the verb.
// It returns the new n.
func readTitledSubject(toks []token, n, k, e, g int, t token) int {
	copy(toks[g-1:n-1], toks[g:n])
	toks[n-1] = token{text: ",", low: ",", kind: tPunct, start: toks[n-2].end, end: toks[n-2].end}
	n0 := n
	n += copy(toks[n:], toks[k+1:e])
	toks[e-1] = t
	subjectAnds(toks[n0:n])
	return n
}

// subjectAnds reads the words for "and" of a subject moved before its
// verb, which the reading passes over, as "and": "A och B".
func subjectAnds(toks []token) {
	for i := range toks {
		if w := &toks[i]; w.kind == tWord && !w.cap && listAndIDs.has(w.id) && w.low != "and" {
			setLow(w, "and")
		}
	}
}
