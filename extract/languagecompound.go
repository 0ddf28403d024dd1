package extract

// German job compounds on a quoted title: "die „T“-Autorin A", "„T“-Hauptdarsteller
// B", "der „T“-Star C", "„T“-Regisseur D" read as "the “T” writer A", "“T”
// star B", "“T” director D": the hyphen dropped and the job noun in lower
// case, no part of the name after it, so the English rules read "T star A"
// and "T writer A".

// compoundJobs are the German job nouns joined by a hyphen to a quoted
// title, and the English noun each reads as.
var compoundJobs = map[string]string{
	"autorin": "writer", "autor": "writer", "drehbuchautorin": "writer", "drehbuchautor": "writer",
	"regisseurin": "director", "regisseur": "director", "produzentin": "producer", "produzent": "producer",
	"schöpferin": "creator", "schöpfer": "creator", "erfinderin": "creator", "erfinder": "creator",
	"hauptdarstellerin": "star", "hauptdarsteller": "star", "darstellerin": "star", "darsteller": "star",
	"star": "star", "schauspielerin": "star", "schauspieler": "star", "veteran": "star", "veteranin": "star",
}

// readCompoundJob reads t, the capitalized word at k, as compoundJobs' noun
// where the n tokens kept from first end in a closing quote and a hyphen,
// and a capitalized word follows; it drops the hyphen and reports the
// tokens kept.
func readCompoundJob(toks []token, first, n, k int, t *token) (int, bool) {
	e := compoundJobs[t.low]
	if e == "" || !t.cap || n < first+3 || toks[n-1].text != "-" || !isCloseQuote(toks[n-2].text) || k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord {
		return n, false
	}
	setLow(t, e)
	t.cap = false
	t.flags &^= fName | fChar
	return n - 1, true
}

// germanWillPlay are the forms of "werden" that, before "in" and a clause
// that ends in "spielen", read as "stars": "A (41) wird in der Serie „T“
// eine Ärztin spielen" as "A stars in the series “T” ...".
var germanWillPlay = map[string]string{"wird": "stars", "werden": "star"}

// willPlayIn is, for the form of "werden" at k, n tokens kept from first
// before it, after a name (or its age in brackets) and before "in" and a
// quoted title, or "der Serie" and one ("in der Crime-Serie „T“"), the
// index of the "spielen" that closes its clause within a dozen words,
// before a comma or a full stop; -1 where there is none.
func willPlayIn(toks []token, first, n, k int) int {
	if n <= first || k+3 >= len(toks) || toks[k+1].low != "in" || !titleOpenQuote(toks[k+2].text) && !(germanArticles[toks[k+2].low] == "the" && k+4 < len(toks) && germanWorkNoun(toks[k+3].low) != "" && titleOpenQuote(toks[k+4].text)) || !(toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")") {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+14; j++ {
		switch w := &toks[j]; {
		case w.kind == tWord && w.low == "spielen":
			return j
		case w.text == "," || w.text == "." || w.text == ";" || w.text == ":":
			return -1
		}
	}
	return -1
}
