package extract

// A roundup of actors, one entry each: the person's name as the entry's
// heading ("3. Ana Selo"), then a label line of the person's parts
// ("Notable Roles: Co-host of variety show T1, C in T2 (1995 – 2001)",
// "Known for: T3 (2019)"). Each item of the label's value is a part of the
// person's: a character in a show, a show after "in" or its kind, or a
// bare title.

import "github.com/castgraph/castgraph/graph"

// rolesLabelWords end a label of a person's parts: "Notable Roles",
// "Famous Works", "Filmography".
var rolesLabelWords = set(`roles role works dramas films movies shows filmography`)

// rolesLabelEnd returns where the value of a label line of a person's
// parts starts, past the label (one to three words, the first capitalized)
// and its colon, or -1: "Notable Roles:", "Known for:", "Best known for:".
func rolesLabelEnd(t []token) int {
	for k := 0; k < len(t) && k < 3; k++ {
		if t[k].kind != tWord || k == 0 && !t[k].cap {
			return -1
		}
		if k+2 < len(t) && t[k+1].text == ":" {
			if rolesLabelWords[t[k].low] || k > 0 && t[k].low == "for" && (t[k-1].low == "known" || t[k-1].low == "famous") {
				return k + 2
			}
			return -1
		}
	}
	return -1
}

// rolesLabelRule reads a label line of a person's parts under the
// person's heading: the person is cast in each show its items name, as
// the character the item names before "in" where it does.
func (x *extractor) rolesLabelRule() {
	if x.headPerson == "" || x.s.para == 0 || !x.s.first {
		return
	}
	t := x.toks
	v := rolesLabelEnd(t)
	if v < 0 {
		return
	}
	end := len(t)
	if t[end-1].text == "." {
		end--
	}
	for a := v; a < end; {
		b, depth := a, 0
		for ; b < end && (depth > 0 || t[b].text != "," && t[b].text != ";"); b++ {
			switch t[b].text {
			case "(":
				depth++
			case ")":
				depth--
			}
		}
		if title, char := x.roleItem(a, b); title != "" {
			x.add(graph.KindCast, x.headPerson, title, char, "")
		}
		a = b + 1
	}
}

// roleItem reads the item a..b of a list of a person's parts: "C in T
// (1995 – 2001)" (the character and the show), "Co-host of variety show
// T", "Had a bit role in T" (the show after "in" or its kind) or "T
// (2019)" (a bare title). It returns the show and the character, or "".
func (x *extractor) roleItem(a, b int) (title, char string) {
	t := x.toks
	if b-a >= 3 && t[b-1].text == ")" {
		if o := x.openOf(b - 1); o > a {
			b = o // the item's years: "(1995 – 2001, 2003)"
		}
	}
	if b <= a {
		return "", ""
	}
	at, whole := -1, t[a].cap && x.titleAt(a, false) == b
	for k := a + 1; k < b && at < 0; k++ {
		if p := t[k-1]; !p.cap && (p.low == "in" || p.low == "on" || p.has(cGenreNouns)) && t[k].cap && x.titleAt(k, false) == b &&
			!(whole && k-1-a < 2) { // "Love in Kessel (2016)" is one title; "Tan Ah Teck in T" a character in T
			at = k // "a bit role in T", "variety show T"
		}
	}
	if at < 0 && whole {
		at = a // "Under One Sky (1995)"
	}
	if at < 0 {
		return "", ""
	}
	title = unquote(x.span(at, b))
	if title == "" || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(at, b) && x.startsName(at) {
		return "", ""
	}
	if at > a+1 && t[at-1].low == "in" && at-1-a <= 4 {
		char = x.span(a, at-1) // "Tan Ah Teck in Under One Sky"
		for k := a; k < at-1; k++ {
			if !t[k].cap || t[k].kind != tWord || t[k].has(cJobNoun|cCastNouns) {
				char = "" // "Had a bit role in T", "Lead in T": no character
				break
			}
		}
	}
	return title, char
}
