package extract

// A career named with a verb of having worked or been in a show: Portuguese
// "A trabalhou em “T”", "A já esteve em “T”", "A atuou em T", Spanish "A
// trabajó en T", "A ya estuvo en T", "A actuó en T", Italian "A ha
// lavorato in T", "A ha recitato in T", French "A a travaillé dans T",
// "A a joué dans T", German "A wirkte in T mit", "A war in „T“ zu sehen":
// the verb and its "in" before a title (a quotation mark or a capitalized
// word) read as "appeared in", a credit in that title. A person quoted as
// "A participó en la gala" keeps the verb: no title after it.
//
// Who was "known" for a title: "A, conocida por T", "conhecida por T",
// "connue pour T", "nota per T", "bekannt aus T", "bekend van T" read as
// "known for T" (knownByPhrases); Swedish "känd för" is read with its role
// elsewhere.

// careerVerbs are the verbs of careerAt.
var careerVerbs = set(`trabalhou trabalhado esteve atuou actuó actuado trabajó trabajado estuvo lavorato recitato travaillé wirkte spielte mitgewirkt
	participou participó partecipato participé`)

// careerIns are the words for "in" after careerVerbs.
var careerIns = set(`em en in dans de a à`)

// careerAt reports whether the word at k is one of careerVerbs followed by
// a word for "in" and a title's first word or opening quotation mark; the
// title's mark is looked at first, the sets last.
func careerAt(toks []token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	n := &toks[k+2]
	if !(n.kind == tWord && n.cap && !isName(n) || titleOpenQuote(n.text)) || len(toks[k+1].low) > 4 {
		return false
	}
	return careerVerbsIDs.has(toks[k].id) && careerInsIDs.has(toks[k+1].id)
}

// bracketAfterName reports whether the n tokens of toks from first end
// with a bracket that follows a capitalized word: "A (T) vive C".
func bracketAfterName(toks []token, first, n int) bool {
	for m := n - 2; m > first && m >= n-10; m-- {
		if toks[m].text == "(" {
			return toks[m-1].kind == tWord && toks[m-1].cap
		}
	}
	return false
}

// knownByPhrases are read as foreignPhrases': a participle of being known
// and its "for", before a title.
var knownByPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	for _, p := range []string{"conocida por", "conocido por", "conocidas por", "conocidos por", "conhecida por", "conhecido por", "conhecida pela", "conhecido pela", "conhecida pelo", "conhecido pelo",
		"connue pour", "connu pour", "nota per", "noto per", "bekannt aus", "bekannt durch", "bekend van", "bekend uit"} {
		key := p[:indexByte(p, ' ')]
		m[key] = append(m[key], foreignPhrase{p, "known for", false})
	}
	return m
}()
