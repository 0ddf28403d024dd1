package extract

// Cast and role constructions of entertainment news read here:
//
//   - a lead named by the part: "X would be the male lead for T", "Y will
//     be the female lead" (the sentence's show; not "the lead singer");

// leadPartAt reports whether "the male lead", "the female lead", "the second
// lead" or "the heroine" stands at i, ending the clause or before "for",
// "in" or "of" (not "the lead singer").
func (x *extractor) leadPartAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	m := i + 1
	switch x.tok(m).low {
	case "male", "female", "main", "second", "new":
		m++
	}
	p := x.tok(m)
	if p.cap || !leadWords[p.low] || p.low == "villain" || p.low == "antagonist" {
		return false
	}
	n := x.tok(m + 1)
	return n.kind == tPunct || m+1 >= len(x.toks) || n.low == "for" || n.low == "in" || n.low == "of" || n.low == "role"
}
