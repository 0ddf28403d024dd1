package extract

// Parts given with "life": "X gives life to C", "X will bring to life the
// character of C", "X will bring C to life", "X breathes life into C".

import "github.com/castgraph/castgraph/graph"

// bringVerbs take "to life" after them or after their object.
var bringVerbs = set(`bring brings bringing brought`)

// breatheVerbs take "life into" a part.
var breatheVerbs = set(`breathe breathes breathing breathed`)

// lifeRole reads a part given life at k, the word "life": the person
// before the verb plays the character in the sentence's show. "brought to
// life by X" is the passive, read elsewhere; "bring the story to life"
// names no character.
func (x *extractor) lifeRole(k int) {
	if x.sshow == "" {
		return
	}
	v, o := -1, -1 // the verb, the character's start
	switch p := x.tok(k - 1).low; {
	case x.tok(k+1).low == "to" && (p == "gives" || p == "give" || p == "gave" || p == "giving"):
		v, o = k-1, k+2 // "X gives life to C"
	case x.tok(k+1).low == "into" && breatheVerbs[p]:
		v, o = k-1, k+2 // "X breathes life into C"
	case p == "to" && bringVerbsIDs.has(x.tok(k-2).id) && x.tok(k+1).low != "by":
		v, o = k-2, k+1 // "X will bring to life the character of C"
	case p == "to":
		// "X will bring C to life": the character between the verb and "to"
		for m := k - 3; m >= 0 && m >= k-7; m-- {
			if bringVerbsIDs.has(x.tok(m).id) {
				if x.charAt(m+1) == k-1 && !x.tok(m+1).has(cStopWords) {
					x.lifeCast(m, m+1, k-1)
				}
				return
			}
		}
		return
	default:
		return
	}
	if x.tok(o).low == "the" && (x.tok(o+1).low == "character" || x.tok(o+1).low == "role") && x.tok(o+2).low == "of" {
		o += 3
	}
	if ce := x.charAt(o); ce > o {
		x.lifeCast(v, o, ce)
	}
}

// lifeCast credits the one person before the verb at v with the character
// from cs to ce, in the sentence's show; a title is no character.
func (x *extractor) lifeCast(v, cs, ce int) {
	char := x.span(cs, ce)
	if x.isShow(char) || x.fold(char) == x.fold(x.sshow) {
		return
	}
	for q := 0; q < 4 && x.tok(v-1).has(cAuxWords); q++ {
		v--
	}
	if subj := x.subjectsBefore(v, 1); len(subj) == 1 {
		x.add(graph.KindCast, subj[0], x.sshow, char, "")
	}
}
