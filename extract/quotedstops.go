package extract

import "strings"

// An exclamation or question mark inside a title in curly quotes ends no
// sentence: “Eccentric! Chef Moon,” which premiered on Friday, ... is one
// sentence, whose subject is the title, not two; and the title reads on
// past its "!".

// stopInQuote reports whether the '!' or '?' at i of paragraph p, in the
// sentence that starts at start, stands inside curly quotes opened in the
// sentence and closed within a few words after it, with no other stop
// before the closing mark.
func stopInQuote(p string, start, i int) bool {
	if p[i] == '.' || strings.Count(p[start:i], "“") <= strings.Count(p[start:i], "”") {
		return false
	}
	c := strings.Index(p[i+1:], "”")
	return c > 0 && c < 60 && strings.IndexAny(p[i+1:i+1+c], ".!?") < 0
}

// exclaimInTitle reports whether the "!" at j, inside a title in quotes
// opened by o, is the title's own: capitalised words follow it up to the
// closing mark before end, “Eccentric! Chef Moon,”, “Go! Go! Sing”.
func (x *extractor) exclaimInTitle(o string, j, end int) bool {
	if !x.tok(j+1).cap || x.tok(j+1).kind != tWord {
		return false
	}
	for k := j + 1; k < len(x.toks) && k < end; k++ {
		switch m := x.quoteMark(o, k); {
		case m == "”" || m == "\"" || m == "’" || m == "'":
			return true
		case m == "!" || m == ",":
		case x.toks[k].kind != tWord || !x.toks[k].cap && !x.toks[k].has(cTitleGlue):
			return false
		}
	}
	return false
}
