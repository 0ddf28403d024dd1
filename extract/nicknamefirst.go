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
	if uint(k) >= uint(len(x.toks)) || !isQuote(x.toks[k].text) {
		return x.personAt(k) // no quote at k: no nickname before the name (leadingNickname's first test)
	}
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
func (x *extractor) nicknameIn(k int) bool { return x.nicknameEnd(k) == k+3 }

// nicknameAfter is nicknameEnd(j) where j follows the first word of a
// name starting at i, else 0: only a given name takes a nickname after it.
func (x *extractor) nicknameAfter(i, j int) int {
	if j-i != 1 {
		return 0
	}
	return x.nicknameEnd(j)
}

// nicknameEnd is the index after the closing quote of a nickname of one to
// three capitalized words that the quote at k opens between a person's
// given name and surname (Thanawat "Tan" Srisuk, Andrew “The Cannon”
// Antsanen), or 0.
func (x *extractor) nicknameEnd(k int) int {
	if k < 1 || k+3 >= len(x.toks) || !isQuote(x.toks[k].text) {
		return 0
	}
	g, w := &x.toks[k-1], &x.toks[k+1]
	if !isName(g) || w.kind != tWord || !w.cap || x.toks[k].start != g.end+1 || w.start != x.toks[k].end {
		return 0
	}
	for c := k + 2; c < len(x.toks) && c <= k+4; c++ {
		q := &x.toks[c]
		if isQuote(q.text) {
			if c+1 >= len(x.toks) || q.start != x.toks[c-1].end {
				return 0
			}
			s := &x.toks[c+1]
			if !isName(s) || x.isUsed(c+1) || s.start != q.end+1 {
				return 0
			}
			return c + 1
		}
		if q.kind != tWord || !q.cap {
			return 0
		}
	}
	return 0
}

// nicknameBeforeName is nicknameBefore(i-1) where the name read back
// from j has one word, at i, with room for a given name and a nickname
// before it; else 0.
func (x *extractor) nicknameBeforeName(i, j int) int {
	if j-i != 1 || i < 4 {
		return 0
	}
	return x.nicknameBefore(i - 1)
}

// nicknameBefore is the index of the quote that opens a nickname whose
// closing quote is at c, before a surname (nicknameEnd), or 0.
func (x *extractor) nicknameBefore(c int) int {
	for k := c - 2; k >= 1 && k >= c-4; k-- {
		if isQuote(x.toks[k].text) {
			if x.nicknameEnd(k) == c+1 {
				return k
			}
			return 0
		}
	}
	return 0
}
