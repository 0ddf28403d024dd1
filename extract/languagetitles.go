package extract

import "strings"

// Titles in sentence case, as Spanish, Portuguese, French and Italian print
// them: only the first word capitalized ("Tres milagros", "Mad men",
// "Section de recherches"). In a sentence of those languages, a title that
// starts at a capitalized word goes on over the words in lower case after
// it when they run to a comma, a full stop, a bracket, the sentence's end
// or a list's "and" before a capitalized word: "en series como Tres
// milagros, Las malcriadas y Falco", "dans la série Mad men.". Where a
// function word or a verb comes first ("Molina formó parte del elenco"),
// the title is the capitalized words only, as in English.

// foreignTitleEnd returns where a title in sentence case that starts at the
// capitalized word i ends, past the lower case words after it; i+1 where
// none is taken. titleAt asks it at a capitalized word before a word in
// lower case, in a sentence of another language (sentForeign), after
// those cheap tests of its own: it reads most capitalized words.
func (x *extractor) foreignTitleEnd(i int) int {
	t := x.toks
	j := i + 1
	for j < len(t) && j-i <= 5 && t[j].kind == tWord && (!t[j].cap || j > i+1) {
		w := &t[j]
		if w.cap {
			j++ // "Der letzte Sommer": a German noun
			continue
		}
		if listAndIDs.has(w.id) {
			break // "Sol negro y T2"
		}
		if j+1 < len(t) && t[j+1].has(cNetworks) && platformPrepsIDs.has(w.id) {
			return j // "la série T sur TF1", "T de Netflix": the network that carries it
		}
		if titleGlueOfIDs.has(w.id) && j+1 < len(t) && t[j+1].kind == tWord {
			j++ // "Section de recherches", "Cap des Pins"
			continue
		}
		if len(w.low) < 3 || w.has(cStopWords|cAuxWords|cPlayVerbs|cCastVerbs|cCrewVerb|cGenreNouns|cJobNoun) || foreignFunctionWordsIDs.has(w.id) || sentenceCaseStopsIDs.has(w.id) || romanceGerund(w.low) || genreTitleStopsIDs.has(w.id) {
			return i + 1
		}
		j++
	}
	if j == i+1 {
		return j
	}
	if j == len(t) {
		return j
	}
	switch e := &t[j]; {
	case e.kind == tPunct && (e.text == "," || e.text == "." || e.text == ";" || e.text == ":" || e.text == "(" || e.text == ")" || e.text == "?" || e.text == "!" || isCloseQuote(e.text)):
		return j
	case listAndIDs.has(e.id) && !e.cap && j+1 < len(t) && t[j+1].cap:
		return j // "Mad men ou Heroes"
	}
	return i + 1
}

// romanceGerund reports whether w is a gerund of Italian, Spanish or
// Portuguese ("parlando", "hablando", "falando", "sendo"), a verb that
// ends a title in sentence case: "Stiamo parlando di Costanza," is no
// title.
func romanceGerund(w string) bool {
	n := len(w)
	return n >= 6 && w[n-3] == 'n' && w[n-2] == 'd' && w[n-1] == 'o' && (w[n-4] == 'a' || w[n-4] == 'e' || w[n-4] == 'i')
}

// listAnd are the words for "and" and "or" that end a title of a list.
var listAnd = set(`and or y o e ed et ou und oder en och og samt`)

// titleGlueOf are the words for "of" that join the words of a title in
// sentence case.
var titleGlueOf = set(`de des du do da dos das di del della dei degli von van`)

// sentenceCaseStops are words in lower case that end no title in sentence
// case: adverbs and verbs of news copy that follow a title's first word.
var sentenceCaseStops = set(`también tambien aussi anche também auch ainsi así assim così
	dont cuyo cuya onde donde où dove wo quien qui quem chi
	durant durante während pendant mientras enquanto mentre
	already hoy aujourd'hui aujourd’hui oggi hoje heute mañana demain domani amanhã morgen`)

// sentForeign reports whether the sentence being read is one of another
// language than English: two of its words are function words of Spanish,
// Portuguese, French, Italian, German or Dutch in lower case ("per" and
// "al" left out: "per episode", "et al.") or words read as English ones
// ("und", "spielte"). The answer is kept with the sentence, for both
// readings.
func (x *extractor) sentForeign() bool {
	if x.s != nil && x.s.foreign != 0 {
		return x.s.foreign == 2
	}
	n := 0
	for k := range x.toks {
		t := &x.toks[k]
		if t.kind != tWord {
			continue
		}
		if !t.cap && foreignFunctionWordsIDs.has(t.id) && t.low != "per" && t.low != "al" || len(t.low) != len(t.text) || t.text[0] < 0x80 && t.low[0] != t.text[0]|0x20 {
			n++ // a function word, or a word read as an English one ("und": "and")
		}
	}
	v := n >= 2
	if x.s != nil {
		x.s.foreign = 1
		if v {
			x.s.foreign = 2
		}
	}
	return v
}

// foreignLike are the words for "like" and "such as" that, after a plural
// noun of works and before a title, read as "like": "en series como T1,
// T2 y T3", "dans des films comme «T»", "in Serien wie T".
var foreignLike = set(`como comme come wie zoals som`)

// worksPlural reports whether t is a plural noun of works in lower case:
// "series", "films", "telenovelas" (after reading: "películas" is "films",
// German "Serien" "series").
func worksPlural(t *token) bool {
	if t.cap && strings.EqualFold(t.text, t.low) || t.kind != tWord || len(t.low) < 4 || t.low[len(t.low)-1] != 's' {
		return false
	}
	return t.low == "hits" || t.has(cGenreNouns) || genreNouns[t.low[:len(t.low)-1]]
}

// foreignLikeBefore reports whether the tokens kept before a word have a
// "like" read from another language ("como", "comme"): a list of titles.
func foreignLikeBefore(toks []token) bool {
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-20; i-- {
		if toks[i].low == "like" && toks[i].text != "like" {
			return true
		}
	}
	return false
}

// invertedTitle reports whether the Spanish opening mark at k ("¿", "¡")
// opens a title, as a quotation mark does: a capitalized word after it, and
// its closing mark ("?", "!") within a dozen words, with the sentence going
// on after it ("¿T? es la versión mexicana") or a genre noun before it ("la
// telenovela ¿T?"). The closing mark is then read as a closing quote; a
// question the sentence ends with is no title.
func invertedTitle(toks []token, first, n, k int) bool {
	if k+2 >= len(toks) || !toks[k+1].cap {
		return false
	}
	end := "?"
	if toks[k].text == "¡" {
		end = "!"
	}
	for j := k + 2; j < len(toks) && j < k+14; j++ {
		switch toks[j].text {
		case ".", ";", "¿", "¡", "“", "”", "«", "»":
			return false
		case end:
			if j+1 < len(toks) && toks[j+1].kind == tWord && !toks[j+1].cap || n > first && toks[n-1].has(cGenreNouns) && !toks[n-1].cap {
				toks[j].text, toks[j].low = "”", "”"
				return true
			}
			return false
		}
	}
	return false
}

// elision reports whether word, before an apostrophe and the text after
// it, is a French or Italian article or preposition that elides its vowel
// before a capitalized word: "d’Everwood", "l’Année", "dell’Aquila". The
// apostrophe then ends the word, so that the name or title after it is a
// word of its own, in capitals (readForeignCues reads the pair).
func elision(word, after string) bool {
	if len(word) > 5 || after == "" || word[0] < 'a' || word[0] > 'z' || elided[word] == "" {
		return false
	}
	r, _ := runeAt(after, 0)
	return isUpper(r)
}

// elided are the words elision reads, and the English words
// readForeignCues reads them as.
var elided = map[string]string{"d": "of", "l": "the", "qu": "that", "dell": "of", "dall": "from", "nell": "in", "sull": "on"}

// elidedAt reports whether the word at k is one of elided with its
// apostrophe right after it, and reads it as the English word.
func elidedAt(toks []token, k int, t *token) bool {
	e := elidedIDs.get(t.id)
	if e == "" || t.cap || k+2 >= len(toks) || toks[k+1].start != t.end || !isApos1(toks[k+1].text) || !toks[k+2].cap {
		return false
	}
	setLow(t, e)
	return true
}

// isApos1 reports whether s is an apostrophe, straight or curly.
func isApos1(s string) bool { return s == "'" || s == "’" }

// frenchWords are function words of French and of no other language
// read here.
var frenchWords = set(`les des du est une qui dans pour sur avec pas ne et au aux sont cette leur ses avait sera`)

// soundsFrench reports whether the tokens have a function word of French
// in lower case (as written: "et" may have been read as "and").
func soundsFrench(toks []token) bool {
	for i := range toks {
		if t := &toks[i]; t.kind == tWord && !t.cap && len(t.text) <= 5 && frenchWords[t.text] {
			return true
		}
	}
	return false
}

// listArticles are the definite articles that, in a list of names, open
// one described by a word in lower case: "y la querida C", "et le célèbre
// C", "e il grande C".
var listArticles = set(`el la le il lo der die`)

// describedName reports whether a describing word in lower case, no
// function word, and a person's name are at k: "querida Juliana Galvis".
func describedName(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	d, w := &toks[k], &toks[k+1]
	return d.kind == tWord && !d.cap && len(d.low) > 3 && !foreignFunctionWordsIDs.has(d.id) && !d.has(cStopWords|cGenreNouns|cCastNouns|cJobNoun) &&
		w.kind == tWord && w.cap && isName(w)
}

// titleArticles are the articles that open a title after "seen in" or
// "appeared in" read from another language: "vu dans le Châlet", "visto en
// La Casona".
var titleArticles = set(`le la les el los las il lo`)
