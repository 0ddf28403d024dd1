package extract

// A title or a company before a job's or a performer's noun and a name
// modifies the noun: "from Lantern Hill co-creator, X", "T leading lady
// Y". Its capitalized words are no person's name, though they look like
// one.

// roleNounName reports whether the word at j, after a name-shaped span, is
// a job's or a performer's noun in lower case ("creator", "star", "leading
// lady"), a comma perhaps after it, and then a full name: the span before
// names no person but the title or company the noun belongs to. Most
// names are followed by punctuation or a verb, which the first test
// passes over.
func (x *extractor) roleNounName(j int) bool {
	t := x.tok(j)
	if t.kind != tWord || t.cap {
		return false
	}
	k := j + 1
	if t.low == "leading" {
		if n := x.tok(k); n.low != "lady" && n.low != "man" {
			return false
		}
		k++
	} else if !t.has(cJobNoun | cCastNouns) {
		return false
	}
	if x.tok(k).text == "," {
		k++
	}
	return x.startsName(k) && x.personAt(k) >= k+2
}

// apposedName reports whether the full name at k, after the singular job's
// or performer's noun at j and a comma, stands in apposition, closed by a
// comma, a full stop or the sentence's end: "from T co-creator, X,
// starring", "the death of T co-star, Y."; not after "by", nor after a
// possessive ("Morgan's producer, Z": Morgan is no title).
func (x *extractor) apposedName(j, k int) bool {
	if x.tok(j).cap || pluralNounsIDs.has(x.tok(j).id) || x.tok(j-1).kind == tPoss || !x.startsName(k) || x.tok(x.titleBefore(j)-1).low == "by" {
		return false // "Written by T creator, X, and ...": read as before, X the writer
	}
	e := x.personAt(k)
	return e >= k+2 && (e == len(x.toks) || x.tok(e).text == "," || x.tok(e).text == ".")
}
