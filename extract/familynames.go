package extract

// Siblings credited by their family name and their given names: "directed
// by the Vask brothers, Teodor and Emil", "written by the Orrin sisters
// Mara and Lise". Each given name takes the family name: Teodor Vask, Emil
// Vask.

// familyApposition reads, at at, "the", one capitalized word, "brothers"
// or "sisters" and an optional comma before a list of names; it returns
// where the names start and the family name, or at and "".
func (x *extractor) familyApposition(at int) (int, string) {
	if x.tok(at).low != "the" {
		return at, ""
	}
	f, n := x.tok(at+1), x.tok(at+2)
	if !f.cap || f.kind != tWord || f.has(cStopWords) || n.low != "brothers" && n.low != "sisters" || n.cap {
		return at, ""
	}
	st := at + 3
	if x.tok(st).text == "," {
		st++
	}
	if g := x.tok(st); !g.cap || g.kind != tWord || g.has(cStopWords) {
		return at, ""
	}
	return st, f.text
}

// withFamily gives each given name alone in names the family name fam.
func withFamily(names []string, fam string) []string {
	for i, n := range names {
		if !hasByte(n, ' ') {
			names[i] = n + " " + fam
		}
	}
	return names
}
