package extract

// Brackets that abbreviate or spell out the words before them: an acronym
// with a small letter for "and" or "of", or that leaves out the last word
// ("the Royalty and Specialist Protection Branch (RaSP)", "the Department
// of Health (DoH)"), and the names a pair's nickname stands for ("KimXi
// (Kim and Xian Lim)"). Such a bracket holds no title, and the words
// before it no person.

// mixedAcronym reports whether the one-word bracket from k to c spells the
// capitalized words before it, with small letters for the small words
// ("RaSP", "DoH"), or spells them but the last ("RaSP" of "Royalty and
// Specialist Protection Branch").
func (x *extractor) mixedAcronym(k, c int) bool {
	w := x.tok(k + 1).text
	if c != k+2 || len(w) < 3 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'A' && b <= 'Z':
			upper++
		case b >= 'a' && b <= 'z':
		default:
			return false
		}
	}
	if upper < 2 {
		return false
	}
	if x.spellsBefore(w, k-1) {
		return true
	}
	last := x.tok(k - 1)
	return last.cap && last.kind == tWord && x.spellsBefore(w, k-2)
}

// spellsBefore reports whether w's letters, read from its end, are the
// first letters of the words read back from m: a capital for each
// capitalized word, a small letter for a small joining word ("and", "of",
// "for", "the"), which w may also leave out.
func (x *extractor) spellsBefore(w string, m int) bool {
	n := len(w)
	for ; m >= 0 && n > 0; m-- {
		t := x.tok(m)
		l := w[n-1]
		switch {
		case t.cap && t.kind == tWord:
			if l < 'A' || l > 'Z' || t.text[0] != l {
				return false
			}
			n--
		case t.low == "and" || t.low == "of" || t.low == "for" || t.low == "the":
			if l == t.low[0] {
				n--
			}
		default:
			return false
		}
	}
	return n == 0
}

// pairNamesBracket reports whether the bracket's part p, which holds title,
// names people joined by "and", one of them a person the article credits
// and each a credited person or a given name's full name: "no KimXi (Kim
// and Xian Lim) for the moment" spells out a pair's nickname, no titles.
func (x *extractor) pairNamesBracket(p part, title string) bool {
	if x.knownPerson(title) == "" && !hasByte(title, ' ') {
		return false
	}
	var buf [4]string
	names := x.splitAnd(buf[:0], p)
	if len(names) < 2 {
		return false
	}
	known := false
	for _, n := range names {
		if x.knownPerson(n) != "" {
			known = true
			continue
		}
		first, _, words := firstTwoFields(n)
		if words < 2 || !isNameStart(first) {
			return false
		}
	}
	return known
}
