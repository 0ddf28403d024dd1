package extract

import "strings"

// charContext reports whether the words before a name at i make it a
// character: "the story of X", "rapist X", "tied to X".
func (x *extractor) charContext(i int) bool {
	p := x.tok(i - 1)
	if p.text == "," && i >= 4 {
		return x.describedBeforeComma(i - 1) // "a brokenhearted woman, C (X)"
	}
	if p.kind != tWord || p.cap {
		return false
	}
	switch p.low {
	case "of", "to", "about", "around", "against", "named", "called":
		return true
	case "is", "was":
		// "One character that will not be returning is X (Y)"
		for m := i - 2; m >= 0 && m >= i-12 && x.toks[m].kind != tPunct; m-- {
			if l := x.toks[m].low; l == "character" || l == "characters" {
				return true
			}
		}
	}
	if strings.HasSuffix(p.low, "-year-old") && strings.ContainsAny(p.low[:1], "0123456789") && !x.tok(i-2).has(cCastNouns|cJobNoun) {
		return true // "a brokenhearted 70-year-old C (X)": an age describes a character
	}
	if p.has(cStopWords) || p.has(cAuxWords) || p.has(cCastVerbs) || p.has(cListTriggers) || p.has(cCastNouns) ||
		strings.HasSuffix(p.low, "ing") || strings.HasSuffix(p.low, "ed") || strings.ContainsAny(p.low, "0123456789") {
		return false
	}
	if p.has(cJobNoun) && !fashionTradesIDs.has(x.tok(i-2).id) || strings.Contains(p.low, "-turned-") || hyphenNoun(p.low) {
		return false // "member-turned-actor X (T)", "singer-actress X (T)": a performer
	}
	if b := x.tok(i - 2); b.text == ")" || b.kind == tWord && b.cap && isName(b) && strings.HasSuffix(p.low, "s") {
		return false // "X (T1) faces Y (T2)": a verb after its subject, not a describing noun
	}
	switch p.low {
	case "and", "or", "by", "with", "alongside", "including", "replacing", "as", "plus", "show", "shows",
		"winner", "winners", "nominee", "nominees", "alum", "alumna", "alumnus", "favourite", "favorite", "icon", "legend",
		"favourites", "favorites", "icons", "legends", "veterans":
		return false // "Emmy winner X (T)": a performer's title, not a character's
	}
	return true
}

// describedBeforeComma reports whether an indefinite noun phrase in lower
// case ends at the comma at c: "a brokenhearted woman, C (X)", "a young man
// from Lagos, C (X)" describe a character named after the comma; not "the
// actress, X (T)", "her co-star, X (T)": performers.
func (x *extractor) describedBeforeComma(c int) bool {
	n := x.tok(c - 1)
	if n.kind != tWord || n.cap || n.has(cStopWords|cAuxWords|cCastNouns|cJobNoun|cCastVerbs|cListTriggers) || strings.HasSuffix(n.low, "ing") {
		return false
	}
	for m := c - 2; m >= 0 && m >= c-4; m-- {
		w := x.tok(m)
		if w.low == "a" || w.low == "an" {
			return !w.cap || m == 0
		}
		if w.kind != tWord || w.cap || w.has(cCastNouns|cJobNoun) {
			return false
		}
	}
	return false
}
