package extract

// The marks the rules read of a sentence's tokens besides the tokens
// themselves: which were read as a character's name (used), and which lie
// inside round brackets (inBr).

// ready makes s the sentence the rules read: its tokens, and cleared
// marks of the tokens used and of those in brackets.
func (x *extractor) ready(s *sentence) {
	x.s, x.toks = s, s.toks
	n := len(s.toks)
	if cap(x.buf) < 2*n {
		x.buf = make([]bool, 2*n+64)
	}
	x.used, x.inBr = x.buf[:n], x.buf[n:2*n]
	clear(x.used)
	x.usedGen++
	x.memo.rr.unused = x.usedGen
	clear(x.inBr)
}

// markBrackets sets in[i] for each token inside round brackets.
func markBrackets(in []bool, toks []token) {
	depth := 0
	for i := range toks {
		t := &toks[i]
		if t.text == ")" && depth > 0 {
			depth--
		}
		in[i] = depth > 0
		if t.text == "(" {
			depth++
		}
	}
}
