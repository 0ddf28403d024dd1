package extract

// German verbs whose particle "mit" closes the clause: "Unter anderem
// wirken in den neuen Folgen A, B und C mit" ("take part"), read as
// "Unter anderem in den neuen Folgen starring A, B und C": the words
// between the verb and the names first, the verb as "starring" before the
// names, the particle dropped.

// germanJoinVerbs are the forms of "mitwirken" and "mitspielen" whose
// particle "mit" closes the clause.
var germanJoinVerbs = set(`wirken wirkt wirkte wirkten spielen spielten`)

// germanJoinedList is, for the verb of germanJoinVerbs at k, the start of
// the names (one to four, of germanSubjectEnd's shape) within a dozen
// words after it and the index of the "mit" right after them that closes
// the clause; -1, -1 where there are none.
func germanJoinedList(toks []token, k int) (int, int) {
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		w := &toks[j]
		if w.kind == tPunct && w.text != "„" && w.text != "“" && w.text != "-" {
			return -1, -1
		}
		if !w.cap || w.kind != tWord || j > k+1 && toks[j-1].cap && toks[j-1].kind == tWord {
			continue
		}
		s := j
		if germanRoleNounsIDs.has(w.id) && j+2 < len(toks) && toks[j+1].cap {
			s++ // "seine Mutter A": the noun of kin no part of the name
		}
		if s+1 >= len(toks) || !toks[s+1].cap || toks[s+1].kind != tWord {
			continue // a name is two capitalized words or more
		}
		if e := joinedListEnd(toks, s); e > 0 {
			return s, e
		}
		return -1, -1
	}
	return -1, -1
}

// joinedListEnd is the index of the "mit" that closes a list of names from
// s, before punctuation, within 60 tokens: the list holds capitalized
// words, commas, words for "and", articles and titles in quotes ("und der
// „T“-Star A"); -1 where there is none.
func joinedListEnd(toks []token, s int) int {
	quoted := false
	for e := s; e < len(toks) && e < s+60; e++ {
		w := &toks[e]
		switch {
		case w.text == "„" || w.text == "“" || w.text == "”" || w.text == "«" || w.text == "»":
			quoted = w.text == "„" || w.text == "«" || w.text == "“" && !quoted
		case quoted || w.cap || w.text == "," || w.text == "-":
		case w.low == "mit":
			if e+1 == len(toks) || toks[e+1].kind == tPunct {
				return e
			}
			return -1
		case w.kind == tWord && (listAndIDs.has(w.id) || germanArticlesIDs.get(w.id) != ""):
		default:
			return -1
		}
	}
	return -1
}

// readGermanJoined moves the words between the verb at k and the names at
// s before the verb, reads the verb as "starring", and reads the capitalized
// nouns among those words after a word in lower case ("in den neuen
// Folgen") in lower case: no title.
func readGermanJoined(toks []token, k, s int) {
	v := toks[k]
	copy(toks[k:s-1], toks[k+1:s])
	setLow(&v, "starring")
	v.cap = false
	v.flags &^= fName | fChar
	toks[s-1] = v
	for i := k + 1; i < s-1; i++ {
		if w := &toks[i]; w.cap && w.kind == tWord && !toks[i-1].cap && toks[i-1].kind == tWord {
			w.cap = false
			w.flags &^= fName | fChar
		}
	}
}
