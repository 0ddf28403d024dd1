package extract

// A person's age in brackets after the name, as Japanese, Korean and
// British papers write it: "Juri Kosaka (19)", "Sakura Ando (39)
// (Manpuku)". The age is no title and stands between a name and the
// bracket of the person's work.

// ageBracket reports whether tokens o..o+2 are "(", a number of one to
// three digits and ")": a person's age in brackets.
func (x *extractor) ageBracket(o int) bool {
	if x.tok(o).text != "(" || x.tok(o+2).text != ")" {
		return false
	}
	n := x.tok(o + 1)
	if n.kind != tNum || len(n.text) > 3 {
		return false
	}
	for _, r := range n.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pastWords, before the subject of "include", say that the list names
// people of earlier shows: "past heroines include X (T)", "former leads
// include Y".
var pastWords = set(`past previous former earlier`)

// pastAge is the index before an age's bracket that ends right before k
// ("X (28), the lead of T": the comma after the bracket), or before an age
// set off by commas ("X, 68, star of T"), else k.
func (x *extractor) pastAge(k int) int {
	if k > 3 && x.ageBracket(k-3) {
		return k - 3
	}
	if a := x.tok(k - 1); k > 2 && x.tok(k).text == "," && a.kind == tNum && len(a.text) == 2 && x.tok(k-2).text == "," && x.tok(k-3).cap {
		return k - 2 // "X, 68, star of T": an age set off by commas
	}
	return k
}

// leadOfWords name the part a lead plays, before "of" and a title: "X,
// the protagonist of T".
var leadOfWords = wordMask("protagonist", "lead", "heroine", "hero")

// leadOf reports whether the word at k is one of leadOfWords in lower case
// after "the" (and "current" or "former") and before "of": "the current
// lead of T", "the protagonist of T".
func (x *extractor) leadOf(k int) bool {
	w := x.tok(k)
	if w.cap || w.kind != tWord || x.tok(k+1).low != "of" || !leadOfWords.holds(w) {
		return false
	}
	d := k - 1
	if l := x.tok(d).low; l == "current" || l == "former" || l == "original" {
		d--
	}
	return x.tok(d).low == "the"
}
