package extract

// A stage name before the bracket that holds the performer's own name:
// "AiM (Ai Maeda)", "JLo (Jennifer Lopez)": the bracket is no show.

import "strings"

// stageName reports whether the one word from ps to j is made of the
// starts of the bracket's words from k to c, in order, each giving at
// least its first letter: "AiM" from "Ai" and "Maeda". The word has a
// capital past its first letter; the bracket holds two to four
// capitalized words and nothing else.
func (x *extractor) stageName(ps, j, k, c int) bool {
	if j-ps != 1 || c-k < 3 || c-k > 5 || x.tok(ps).kind != tWord {
		return false
	}
	for m := k + 1; m < c; m++ {
		if t := x.tok(m); !t.cap || t.kind != tWord {
			return false
		}
	}
	w := x.tok(ps).low
	if len(w) < 2 || len(w) > 12 || strings.ToLower(x.tok(ps).text[1:]) == x.tok(ps).text[1:] {
		return false // a capital inside the word, as stage names write it
	}
	return x.prefixesMake(w, k+1, c)
}

// prefixesMake reports whether w is a non-empty start of the word at m,
// then of each next word up to c, every word used.
func (x *extractor) prefixesMake(w string, m, c int) bool {
	if m == c {
		return w == ""
	}
	lw := x.tok(m).low
	for n := 1; n <= len(w) && n <= len(lw); n++ {
		if !strings.HasPrefix(lw, w[:n]) {
			return false
		}
		if x.prefixesMake(w[n:], m+1, c) {
			return true
		}
	}
	return false
}
