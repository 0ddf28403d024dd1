package extract

// syllableEnd reports whether the capitalized stop word at k ends a
// character's name of short syllables at the end of the sentence or
// before a comma: "a character named Ae Soon."
func (x *extractor) syllableEnd(k int) bool {
	t := &x.toks[k]
	if !t.cap || t.kind != tWord || len(t.low) > 4 || !t.has(cStopWords) || k < 2 {
		return false
	}
	prev := &x.toks[k-1]
	if !isName(prev) || len(prev.low) > 3 || x.toks[k-2].cap {
		return false // "Ae" after a lower-case word: the name's first syllable
	}
	return k+1 == len(x.toks) || x.toks[k+1].text == "." || x.toks[k+1].text == ","
}

// nationalPlural reports whether w names people by their nation: "the
// Aussies X and Y", "Brits".
func nationalPlural(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && describeWords[w[:len(w)-1]]
}
