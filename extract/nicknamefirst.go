package extract

// A nickname in quotes before a name, as Tamil and Telugu film news write
// an actor's: "'Erode' Mahesh", "'Tiger Garden' Thanga Durai". The
// nickname is part of the name.

// leadingNickname returns where the name after a quoted nickname at k
// starts, or k: one to three capitalized words between quotes, written
// close to them, and a name after.
func (x *extractor) leadingNickname(k int) int {
	if !isQuote(x.tok(k).text) || x.tok(k+1).kind != tWord || !x.tok(k+1).cap {
		return k
	}
	for c := k + 2; c < len(x.toks) && c <= k+4; c++ {
		t := &x.toks[c]
		if isQuote(t.text) {
			if c+1 < len(x.toks) && t.start == x.toks[c-1].end && isName(&x.toks[c+1]) && x.toks[c+1].start > t.end {
				return c + 1
			}
			return k
		}
		if t.kind != tWord || !t.cap {
			return k
		}
	}
	return k
}

// itemPersonAt is personAt for a list item at k, past a quoted nickname
// before the name: the name then ends where the one after the nickname
// does.
func (x *extractor) itemPersonAt(k int) int {
	if n := x.leadingNickname(k); n > k {
		if pe := x.personAt(n); pe > n {
			return pe
		}
	}
	return x.personAt(k)
}

// nicknameIn reports whether the quote at k opens a one-word nickname
// between a person's given name and surname, each written close to its
// quotes: Thanawat "Tan" Srisuk, Pakorn ‘Beam’ Wongsa.
func (x *extractor) nicknameIn(k int) bool {
	if k < 1 || k+3 >= len(x.toks) || !isQuote(x.toks[k].text) || !isQuote(x.toks[k+2].text) {
		return false
	}
	g, w, s := &x.toks[k-1], &x.toks[k+1], &x.toks[k+3]
	return isName(g) && w.kind == tWord && w.cap && isName(s) && !x.isUsed(k+3) &&
		x.toks[k].start == g.end+1 && w.start == x.toks[k].end && x.toks[k+2].start == w.end && s.start == x.toks[k+2].end+1
}
