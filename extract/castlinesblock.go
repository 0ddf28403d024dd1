package extract

// Casts given one entry a line as "Character (Actor)": a block of lines of
// their own, each a character's name and the player's full name in
// brackets and nothing else ("Hanka (Magdalena Popławska)", "Jan "Johnny"
// Mróz (Jacek Koman)"), under a cast heading or a line that introduces the
// characters. Such a line is a credit, not a roundup entry's title with its
// slot in brackets: where the line before it or after it has the same
// shape, entryLine reads no title of it, so the characters' lines under it
// stay in the article's show.

// castPairBlock reports whether sentence i is a "Character (Actor)" line
// with a line of the same shape next to it.
func (x *extractor) castPairBlock(i int) bool {
	if !castPairLine(x.sents, i) {
		return false
	}
	return i > 0 && castPairLine(x.sents, i-1) || castPairLine(x.sents, i+1)
}

// castPairLine reports whether sentence i is a line of its own (a
// paragraph of one line with no closing full stop) that reads "C (A)": one
// to five words of a character's name, quotes allowed, then a bracket that
// holds a full name of two to four name words and closes the line.
func castPairLine(sents []sentence, i int) bool {
	if i < 0 || i >= len(sents) {
		return false
	}
	s := &sents[i]
	t := s.toks
	n := len(t)
	if !s.first || s.para == 0 || n < 5 || n > 14 || t[n-1].text != ")" || !t[0].cap {
		return false
	}
	if i+1 < len(sents) && sents[i+1].para == s.para {
		return false
	}
	open := -1
	for k := n - 2; k >= 0; k-- {
		if t[k].text == "(" {
			open = k
			break
		}
		if t[k].text == ")" {
			return false
		}
	}
	if open < 1 || open > 7 || n-1-open-1 < 2 || n-1-open-1 > 4 {
		return false
	}
	for k := open + 1; k < n-1; k++ {
		if !isName(&t[k]) {
			return false // "(Netflix, Mondays)", "(2019)": a slot, no player
		}
	}
	words := 0
	for k := 0; k < open; k++ {
		switch {
		case t[k].kind == tWord && t[k].cap:
			words++
		case isQuote(t[k].text):
		default:
			return false // "Best Actor – X (T)", "T, Fuji TV (X)": no character's name alone
		}
	}
	return words >= 1 && words <= 5
}
