package extract

// A cast list of clauses between semicolons, in Spanish, Portuguese,
// Italian and French copy, whose last item leaves out its verb: "A será
// C; B interpretará a D; y E, F, una mujer misteriosa" reads the comma
// after E as "as" ("and E as F, ..."), so E plays F as the items before
// say.

// gappedAsAt is, for "and" of another language in lower case at k that
// opens a clause (first, a semicolon's clause) or follows a semicolon
// (the last of the n tokens kept from first), the index of the
// comma after a full name of two to four capitalized words that is
// followed by a character's name of one or two capitalized words and a
// mark; -1 where there is none.
func gappedAsAt(toks []token, first, n, k int) int {
	if k != first && (n <= first || toks[n-1].text != ";") {
		return -1
	}
	j := k + 1
	for j < len(toks) && j <= k+4 && toks[j].kind == tWord && toks[j].cap && isName(&toks[j]) {
		j++
	}
	if j < k+3 || j+2 >= len(toks) || toks[j].text != "," || toks[j+1].kind != tWord || !toks[j+1].cap {
		return -1
	}
	e := j + 2
	if toks[e].kind == tWord && toks[e].cap {
		e++ // "Ana María"
	}
	if e < len(toks) && toks[e].kind != tPunct {
		return -1
	}
	return j
}
