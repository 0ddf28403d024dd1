package extract

// A name set off after a name by square brackets or by a pair of spaced
// dashes is read as a bracket: "her partner Jon Kade [Nell Duarte]",
// "Detective Ava Renn – Tomas Brel – chases a killer" read as "Jon Kade
// (Nell Duarte)", "Ava Renn (Tomas Brel) chases".

// nameAsides turns, in one sentence's tokens, the marks around such a name
// into "(" and ")": two or three capitalized words after a capitalized
// word, between "[" and "]" (with more after a comma), or between two spaced en or em dashes of the
// same kind where a name of two words or more comes before and a word in
// lower case after.
func nameAsides(toks []token) {
	for k := 1; k+3 < len(toks); k++ {
		t := &toks[k]
		if t.kind != tPunct || t.text != "[" && t.text != "–" && t.text != "—" {
			continue
		}
		if p := &toks[k-1]; p.kind != tWord || !p.cap {
			continue
		}
		m := k + 1
		for m < len(toks) && m-k <= 4 && toks[m].kind == tWord && toks[m].cap {
			m++
		}
		if n := m - (k + 1); n < 2 || n > 3 || m >= len(toks) {
			continue
		}
		if t.text == "[" {
			if toks[m].text == "," {
				for e := m + 1; e < len(toks) && e < m+9; e++ {
					if toks[e].text == "]" || toks[e].text == "[" || toks[e].text == "(" || toks[e].text == ")" {
						m = e
						break
					}
				}
			}
			if toks[m].text != "]" {
				continue // "Jon Kade [Nell Duarte]", "Ava Renn [Tomas Brel, Night Road]"
			}
		} else if toks[m].text != t.text || t.start <= toks[k-1].end || toks[m].start <= toks[m-1].end || k < 2 || toks[k-2].kind != tWord || !toks[k-2].cap ||
			m+1 >= len(toks) || toks[m+1].kind != tWord || toks[m+1].cap {
			continue // "Ava Renn – Tomas Brel – chases": spaced dashes, a full name before, a verb after
		}
		t.text, t.low = "(", "("
		toks[m].text, toks[m].low = ")", ")"
		k = m
	}
}
