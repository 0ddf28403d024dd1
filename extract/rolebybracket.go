package extract

// A bracket after a character that names its actor: "C (played by X)",
// "C (role to be portrayed by X)", "C (played by T's X)".

// roleByAt reads a bracket's "role to be portrayed by X" or "played by X"
// at i: it returns the end of X's name, or 0.
func (x *extractor) roleByAt(i int) int {
	m := i
	if x.tok(m).low == "role" {
		m++
	}
	if x.tok(m).low == "to" && x.tok(m+1).low == "be" {
		m += 2 // "(role to be portrayed by X)", "(to be played by X)"
	}
	if l := x.tok(m).low; (l != "played" && l != "portrayed" && l != "voiced") || x.tok(m+1).low != "by" {
		return 0
	}
	at := m + 2
	for q := 0; q < 3 && x.tok(at).has(cDescribe|cCastNouns|cPrefixNouns) && x.personAt(at)-at < 2; q++ {
		at++ // "(played by Colombian actor Juan Pablo Raba)"
	}
	for m := at; m < at+6 && (x.tok(m).cap || x.tok(m).text == "&" || x.tok(m).low == "of"); m++ {
		if x.tok(m+1).kind == tPoss && x.tok(m).cap {
			if pe := x.personAt(m + 2); pe > m+2 && x.tok(pe).text == ")" {
				return pe // "(played by Locke & Key's X)": the title the actor is known from, then the name
			}
			break
		}
	}
	pe := x.personAt(at)
	if pe <= at || x.tok(pe).text != ")" {
		return 0
	}
	return pe
}
