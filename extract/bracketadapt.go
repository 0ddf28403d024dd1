package extract

// A bracket's part may name an adaptation before its title, or a character
// after it: "(série live-action de T)", "(the live-action film of T)",
// "(T como C)", "(T as C)", "(T live-action C)".

// bracketAsWords join a title in a bracket to the character played in it.
var bracketAsWords = set(`as como als comme`)

// adaptedPart trims a bracket part to its title: past an adaptation's
// words before it ("série live-action de"), and before "as C", "como C"
// or "live-action C" after it, the character then the part's.
// An English "as" splits a part only in a bracket of several parts: not
// "(Common as Muck)", one title.
func (x *extractor) adaptedPart(p *part, bi, bj int) {
	t := x.toks
	if p.i >= p.j {
		return
	}
	if !t[p.i].cap {
		// "(série live-action de T)": up to two lower-case words before "live-action"
		for k := p.i; k < p.j && k < p.i+3 && t[k].kind == tWord && !t[k].cap; k++ {
			if l := t[k].low; l == "live-action" || l == "live" {
				if a := x.adaptationPrefix(k); a > k && a < p.j {
					p.i = a
				}
				break
			}
		}
		return
	}
	if p.char != "" || p.j-p.i < 3 {
		return
	}
	for m := p.j - 2; m > p.i && m >= p.j-4; m-- {
		tk := &t[m]
		if tk.cap || tk.kind != tWord || !(bracketAsWordsIDs.has(tk.id) || tk.low == "live-action") {
			continue
		}
		if x.charAt(m+1) != p.j || x.titleAt(p.i, false) < m && tk.low != "live-action" {
			return
		}
		if tk.low == "as" && !x.hasComma(bi, bj) {
			return
		}
		p.char, p.j = x.span(m+1, p.j), m // "(T como C)", "(T live-action C)"
		return
	}
}

// hasComma reports whether a comma stands among the tokens i..j.
func (x *extractor) hasComma(i, j int) bool {
	for k := i; k <= j && k < len(x.toks); k++ {
		if x.toks[k].text == "," {
			return true
		}
	}
	return false
}
