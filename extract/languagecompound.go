package extract

import "strings"

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

// compoundTitleCut is, for a capitalized word joined by a hyphen to a job
// noun of compoundJobs ("Riverdale-Star", "Seaview-Regisseurin"), the offset
// of that hyphen, where the tokenizer ends the word so that the title and
// the job noun are words of their own; 0 where the word is no such
// compound, or its part before the hyphen is a network's name or an
// acronym ("ZDF-Star", "RBB-Produzentin": networkJob reads those).
func compoundTitleCut(w string) int {
	k := strings.LastIndexByte(w, '-')
	if k < 2 || len(w)-k < 5 || len(w)-k > 20 {
		return 0
	}
	var buf [24]byte
	low := buf[:0]
	for i := k + 1; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	if compoundJobs[string(low)] == "" || acronym(w[:k]) || isNetwork(w[:k]) || strings.IndexByte(w[:k], '-') >= 0 {
		return 0
	}
	if starPrefixes[strings.ToLower(w[:k])] {
		return 0 // "Co-Star", "All-Star": one word of English
	}
	return k
}

// compoundTitleEnd is the end of the capitalized word with a hyphen from
// i to j that the tokenizer keeps: the hyphen before a job noun where
// compoundTitleCut finds one, else j; and whether the word kept has a
// hyphen.
func compoundTitleEnd(s string, i, j int) (int, bool) {
	if h := compoundTitleCut(s[i:j]); h > 0 {
		return i + h, strings.IndexByte(s[i:i+h], '-') >= 0
	}
	return j, true
}

// starPrefixes are the words before a hyphen and a job noun that make one
// English word with it ("Co-Star", "All-Star", "Ex-Star"): no title.
// Elsewhere the split reads as English does with a space ("TV star A",
// "Riverdale star B", "star producer C"), and the English rules tell a
// kind of star from a title.
var starPrefixes = set(`co ex all super mega`)

// networkJobs are the German crew nouns that, joined by a hyphen to a
// network's or a company's name ("RBB-Produzentin X", "Netflix-Regisseur
// Y", "ZDF-Autorin Z"), read as the English job noun alone: "producer X",
// the name no part of the word before it.
var networkJobs = map[string]string{
	"produzentin": "producer", "produzent": "producer", "regisseurin": "director", "regisseur": "director",
	"autorin": "writer", "autor": "writer", "drehbuchautorin": "writer", "drehbuchautor": "writer",
	"showrunnerin": "showrunner", "schöpferin": "creator", "schöpfer": "creator",
}

// networkJob is the English job noun a capitalized word of a hyphen reads
// as (low its lower case, text as written) where its part after the last
// hyphen is one of networkJobs and its part before is a network's name or
// an acronym ("RBB", "ZDF", "Netflix"); "" elsewhere: "Star-Produzent X"
// describes X.
func networkJob(low, text string) string {
	i := strings.LastIndexByte(low, '-')
	if i < 2 || len(low)-i < 6 || len(low) != len(text) {
		return ""
	}
	e := networkJobs[low[i+1:]]
	if e == "" || !acronym(text[:i]) && !isNetwork(text[:i]) {
		return ""
	}
	return e
}

// capWordFlags is wordFlags for t, a word just tokenized; a capitalized
// word of a hyphen that networkJob reads (hyphen true) is first given the
// job noun in lower case, and no flags.
func capWordFlags(t *token, hyphen bool) uint8 {
	if !t.cap {
		return 0
	}
	return capWordFlagsOf(t, hyphen)
}

// capWordFlagsOf is capWordFlags of a capitalized word.
func capWordFlagsOf(t *token, hyphen bool) uint8 {
	if hyphen {
		if t.class&cNameStart == 0 && hyphenGivens(t.text) {
			t.class |= cNameStart // "Anne-Marie", "Lise-Anne": two given names joined start a name as one does (namewords.go)
		}
		if e := networkJob(t.low, t.text); e != "" {
			setLow(t, e)
			t.cap = false
			return 0
		}
	}
	return wordFlags(t, hyphen)
}

// readCompoundJob reads t, the capitalized word at k, as compoundJobs' noun
// where the n tokens kept from first end in a closing quote and a hyphen,
// and a capitalized word follows; it drops the hyphen and reports the
// tokens kept.
func readCompoundJob(toks []token, first, n, k int, t *token) (int, bool) {
	e := compoundJobsIDs.get(t.id)
	if e == "" || n < first+2 || toks[n-1].text != "-" || k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord {
		return n, false
	}
	if b := &toks[n-2]; !(t.cap && n >= first+3 && isCloseQuote(b.text)) && !(b.kind == tWord && b.cap && b.end == toks[n-1].start && toks[n-1].end == t.start) {
		return n, false // "„T“-Star A", "Riverdale-Star A" (compoundTitleCut): the title against the hyphen
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
	if n <= first || k+3 >= len(toks) || toks[k+1].low != "in" || !titleOpenQuote(toks[k+2].text) && !(germanArticlesIDs.get(toks[k+2].id) == "the" && k+4 < len(toks) && germanWorkNoun(toks[k+3].low) != "" && titleOpenQuote(toks[k+4].text)) || !(toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")") {
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
