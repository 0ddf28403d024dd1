package extract

// A describing word that opens a sentence or clause, capitalized only for
// that: "Talented Ana Selo stars in T", "Acclaimed Bram Kettel joins T".
// It is no part of the name after it.

// describedOpenerAt reports whether the capitalized describing word at i
// opens its sentence or clause (first, or after punctuation) and a name
// of two words or more follows it: "Veteran Ana Selo", not "Young" or
// "Kong" (surnames too), nor "The Talented Mr. Selo".
//
// Its first test, a describing word at i, is made in the caller, inlined:
// most words it is asked of are none.
func (x *extractor) describedOpenerAt(i int) bool {
	return uint(i) < uint(len(x.toks)) && x.toks[i].class&cDescribe != 0 && x.describedOpenerFrom(i)
}

// describedOpenerFrom is describedOpenerAt past its first test.
func (x *extractor) describedOpenerFrom(i int) bool {
	if i < 0 || i+2 >= len(x.toks) {
		return false
	}
	t := &x.toks[i]
	if t.kind != tWord || !t.cap || !t.has(cDescribe) || t.low == "young" || t.low == "kong" || isUpperCase(t.text) {
		return false
	}
	if i > 0 && x.toks[i-1].kind != tPunct {
		return false
	}
	return x.personAt(i+1) >= i+3
}
