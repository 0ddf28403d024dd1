package extract

// German "to be seen as" and "will play" with the verb last: "A ist als C
// zu sehen", "B war zuvor als D in „T“ zu sehen", "E wird die Ärztin F
// spielen" read as "A plays C", "B also played D in “T”", "E plays the
// Ärztin F" (the "als", "spielen" dropped); with Dutch "A is te zien als
// C", "kruipt in de huid van C", French "A campe C" and Italian "A presterà
// il volto a C" read as "plays" by their phrases.

// seenAsAdverbs may stand between the verb and "als": "war zuvor als C".
var seenAsAdverbs = map[string]bool{"zuvor": true, "bereits": true, "schon": true, "darin": true, "dort": true, "hier": true,
	"auch": true, "erneut": true, "wieder": true, "nun": true, "jetzt": true, "künftig": true, "ebenfalls": true, "demnächst": true}

// germanSeenAs is, for "ist", "war" or "wird" at k after a capitalized word
// (the last of the n tokens kept from first), the index of the token to
// drop ("als" before a capitalized word with "zu sehen" after it in the
// clause, "sehen" of "ist (war) in „T“ zu sehen", or "spielen" ending the
// clause after "wird") and the English
// verb it reads as; -1 where the verb stands in no such clause. An adverb
// between the verb and "als" reads as the verb, the verb itself as "also".
func germanSeenAs(toks []token, first, n, k int) (int, bool) {
	l := toks[k].low
	if t := &toks[k]; t.kind != tWord || t.cap || l != "ist" && l != "war" && l != "wird" || n <= first || !toks[n-1].cap || toks[n-1].kind != tWord || k+3 >= len(toks) {
		return -1, false
	}
	j, adverb := k+1, false
	if seenAsAdverbsIDs.has(toks[j].id) {
		j, adverb = j+1, true
	}
	seen := toks[j].low == "als" && toks[j+1].cap
	in := !seen && toks[j].low == "in" && (germanQuoteAt(toks, j+1) || germanArticlesIDs.get(toks[j+1].id) != "" && (germanQuoteAt(toks, j+2) || j+3 < len(toks) && germanQuoteAt(toks, j+3)))
	for e := j + 1; e < len(toks) && e <= k+14; e++ {
		w := &toks[e]
		switch {
		case in && w.text == "," && germanQuoteAt(toks, e+1):
			continue // "in „T1“, „T2“ und „T3“ zu sehen": a list of titles
		case w.text == "," || w.text == ";" || w.text == ":" || w.text == "(":
			return -1, false
		case seen && w.low == "zu" && e+1 < len(toks) && toks[e+1].low == "sehen":
			return j, adverb
		case in && w.low == "zu" && e+1 < len(toks) && toks[e+1].low == "sehen":
			return e + 1, adverb // "B war zuvor in „T2“ zu sehen": "B (also) appeared in “T2”", "zu sehen" dropped
		case !seen && l == "wird" && !adverb && w.low == "spielen" && (e+1 == len(toks) || toks[e+1].text == "."):
			return e, false // "E wird die Ärztin F spielen."
		}
	}
	return -1, false
}

// seenAsPhrases are read as foreignPhrases': Dutch "is te zien als C",
// "kruipt in de huid van C", Italian "presterà il volto a C".
var seenAsPhrases = map[string][]foreignPhrase{
	"is": {{"is te zien als", "plays", true}},
	"was": {{"was te zien als", "played", true}, {"was eerder te zien in", "previously appeared in", false}, {"was al te zien in", "previously appeared in", false},
		{"was te zien in", "appeared in", false}},
	"onder":    {{"onder regie van", "directed by", true}, {"onder de regie van", "directed by", true}},
	"zijn":     {{"zijn te zien als", "play", true}},
	"kruipt":   {{"kruipt in de huid van", "plays", true}},
	"kroop":    {{"kroop in de huid van", "played", true}},
	"presterà": {{"presterà il volto ad", "plays", true}, {"presterà il volto a", "plays", true}},
}

// seenAsCues are read as foreignCues': French "A campe C" ("plays").
var seenAsCues = map[string]string{"campe": "plays", "campera": "plays", "campait": "played"}

// readSeenAs reads t, the verb at k of germanSeenAs, as "plays" ("played"
// for "war"), "appears" ("appeared") before "in", or as "also" with the
// adverb after it as the verb.
func readSeenAs(toks []token, k, drop int, t *token, adverb bool) {
	v := "plays"
	if t.low == "war" {
		v = "played"
	}
	if toks[drop].low == "sehen" && toks[drop-1].low == "zu" && toks[k+1].low != "als" && toks[k+2].low != "als" {
		v = "appears" // "A ist (wird) in „T“ zu sehen": "A appears in “T”"
		if t.low == "war" {
			v = "appeared"
		}
	}
	t.flags &^= fName | fChar
	if adverb {
		setLow(t, "also")
		setLow(&toks[k+1], v)
		return
	}
	setLow(t, v)
}

// germanQuoteAt reports whether the token at i opens a quoted title:
// „T“, «T», “T”.
func germanQuoteAt(toks []token, i int) bool {
	return i < len(toks) && toks[i].kind == tPunct && (toks[i].text == "„" || toks[i].text == "«" || titleOpenQuote(toks[i].text))
}
