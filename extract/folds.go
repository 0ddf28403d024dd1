package extract

import (
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// foldChunk is the size of the storage folds are made in.
const foldChunk = 8 << 10

// foldNew is graph.Fold(s). A fold of plain text is made in m.folds, a
// string into its bytes, with no allocation of its own: the extractor folds
// several hundred names and titles an article. m.folds is only appended
// to, never written again where a fold lies, so that every fold made stays
// as it is; a full chunk is left to the folds in it.
func (m *memo) foldNew(s string) string {
	if len(s) > foldChunk/8 {
		return graph.Fold(s)
	}
	if cap(m.folds)-len(m.folds) < len(s) {
		m.folds = make([]byte, 0, foldChunk)
	}
	start := len(m.folds)
	b, same, ok := graph.AppendFoldPlain(m.folds, s) // written past len(m.folds) only
	switch {
	case !ok:
		return graph.Fold(s)
	case same:
		return s
	case len(b) == start:
		return ""
	}
	m.folds = b
	return unsafe.String(&b[start], len(b)-start)
}

// foldMayBe reports whether graph.Fold(s) may be fold, read from their first
// bytes alone: a fold opens with the lower case of an ASCII letter or digit
// that opens s, so another first byte there proves them different.
func foldMayBe(s, fold string) bool {
	if s == "" || fold == "" {
		return true
	}
	c := s[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	} else if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
		return true
	}
	return c == fold[0]
}

// firstFold is x.fold(first), where first is the first word of a name
// whose fold is full: a word of ASCII letters and digits alone folds to its
// lower case, which opens full where full is the name's fold, so that the
// word is not folded, nor looked up and kept in the name cache, again (the
// knowledge reads the first word of each full name an article mentions).
func (x *extractor) firstFold(first, full string) string {
	n := len(first)
	if n == 0 || len(full) < n || alnumEnd(first, 0) != n {
		return x.fold(first)
	}
	for i := 0; i < n; i++ {
		c := first[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if full[i] != c {
			return x.fold(first)
		}
	}
	return full[:n]
}
