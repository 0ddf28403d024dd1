package extract

import "strings"

// takesRoleAt reports whether the words at k, a verb after a list of names,
// take a part on screen: "X will be taking the main roles", "A and B take
// the lead roles", "X took on the title role", "Y is taking a leading role".
// A describing word of the part (roleAdjectives) is needed: "X took the
// role seriously" is no cast. "A and B take centre stage" and "C and D head
// the cast" take the leads as well.
func (x *extractor) takesRoleAt(k int) bool {
	if x.tok(k-1).has(cAuxWords) && x.supportAt(k) {
		return true // "A (T1) and B (T2) are first-grade support"
	}
	switch x.tok(k).low {
	case "take", "takes", "taking", "took", "taken":
	case "head", "heads", "heading":
		if x.tok(k+1).low == "the" && !x.tok(k+1).cap {
			switch x.tok(k + 2).low {
			case "cast", "ensemble", "lineup", "line-up":
				return true // "C and D head the cast"
			}
		}
		return false
	default:
		return false
	}
	m := k + 1
	if l := x.tok(m).low; (l == "centre" || l == "center") && x.tok(m+1).low == "stage" && !x.tok(m).cap {
		return true // "A (T1) and B (T2) take centre stage"
	}
	if x.tok(m).low == "on" || x.tok(m).low == "up" {
		m++
	}
	switch x.tok(m).low {
	case "the", "a", "their", "his", "her":
		m++
	default:
		return false
	}
	if !roleAdjectivesIDs.has(x.tok(m).id) || x.tok(m).cap {
		return false
	}
	m++
	if roleAdjectivesIDs.has(x.tok(m).id) {
		m++ // "the male lead role"
	}
	switch x.tok(m).low {
	case "role", "roles", "part", "parts":
		return true
	}
	return false
}

// takesOrAlongAt reports whether a list of names may end before k, a
// lower-case word that is no verb's form by its ending: "stars A and B
// along with C", "A and B take the lead roles", "C and D head the cast".
func (x *extractor) takesOrAlongAt(k int) bool {
	return x.tok(k).low == "along" && x.tok(k+1).low == "with" || x.takesRoleAt(k)
}

// supportWords may stand between "are" and "support": "are in support",
// "are strong support" (not "are tech support").
var supportWords = set(`in the strong solid able great fine excellent`)

// supportMask is the bits of supportWords (mayHold).
var supportMask = setMask(supportWords)

// supportAt reports whether the words at k, after "are" or "will be", make
// the names before them the supporting cast: "are first-grade support",
// "are in support", "will be the support" up to the sentence's end or a
// comma.
func (x *extractor) supportAt(k int) bool {
	m := k
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && (supportMask.mayHold(x.tok(m)) && supportWordsIDs.has(x.tok(m).id) || strings.Contains(x.tok(m).low, "-")); q++ {
		m++ // "first-grade", "in", "the"
	}
	if x.tok(m).low != "support" || x.tok(m).cap {
		return false
	}
	n := x.tok(m + 1)
	return m+1 >= len(x.toks) || n.kind == tPunct && (n.text == "." || n.text == "," || n.text == ";")
}
