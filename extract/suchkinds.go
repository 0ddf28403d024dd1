package extract

import "strings"

// Kinds of work named before a list in career prose: "His credits also
// included the films T1 (1964) and T2 (1975) and such TV shows as T3 and
// T4".

// suchKindsAs is where the titles begin after "such [TV] shows as" at i
// ("such films as", "such TV series as"), or i where the words at i are not
// that phrase.
func (x *extractor) suchKindsAs(i int) int {
	if x.tok(i).low != "such" || x.tok(i).cap {
		return i
	}
	for m := i + 1; m < len(x.toks) && m <= i+3; m++ {
		t := &x.toks[m]
		switch {
		case t.low == "as" && m > i+1 && !t.cap:
			if x.tok(m-1).has(cGenreNouns) || genreNouns[strings.TrimSuffix(x.tok(m-1).low, "s")] {
				return m + 1
			}
			return i
		case t.kind != tWord:
			return i
		case t.cap && t.low != "tv":
			return i
		}
	}
	return i
}

// yearBracketStart is where a bracketed year that ends before j opens
// ("T (1955), starring X": the title ends there), or j where none does.
func yearBracketStart(x *extractor, j int) int {
	if x.tok(j-1).text == ")" && x.tok(j-3).text == "(" && x.tok(j-2).kind == tNum && len(x.tok(j-2).text) == 4 {
		return j - 3
	}
	return j
}
