package extract

// A bracket after a name that holds two roles, each in its own title.

// bracketRoleInTitle reports whether i..j-1 hold "C in T" unquoted: capitalized
// words, a lower-case "in", and a capitalized word after it.
func (x *extractor) bracketRoleInTitle(i, j int) bool {
	for m := i + 1; m+1 < j && m < i+6; m++ {
		t := &x.toks[m]
		if t.low == "in" && !t.cap {
			return x.toks[m+1].cap
		}
		if !t.cap || t.kind != tWord {
			return false
		}
	}
	return false
}

// andSplitsRoles reports whether the lower-case "and" at k, inside a
// bracket that ends at j, joins two roles each in its own title: "(Paul
// Keyes in TREME and Charles Gabler in BOARDWALK EMPIRE)". Its part began
// at start.
func (x *extractor) andSplitsRoles(start, k, j int) bool {
	return !x.toks[k].cap && k+1 < j && x.toks[k+1].cap && x.toks[start].cap && x.bracketRoleInTitle(start, k) && x.bracketRoleInTitle(k+1, j)
}

// nameNoTitleWord reports whether the capitalized words from i to m are a
// character's name: one of them is a word no two titles hold
// (titleWords), "Shigaraki", "Light Yagami", so "Shigaraki from T" is a
// part in T; not "Letters" or "Escape" ("Letters from Iwo Jima"), nor
// "Colin" ("Colin from Accounts"): a title's first word.
func (x *extractor) nameNoTitleWord(i, m int) bool {
	for k := i; k < m; k++ {
		if t := &x.toks[k]; t.kind == tWord && t.cap && !t.has(cStopWords) && !titleWords[t.low] {
			return true
		}
	}
	return false
}
