package extract

// "the return of T, introducing comedian X as the new host, accompanied by
// A and B as team captains": a show's new faces after its title and a
// comma are its cast, and so are the people "accompanied by" names after
// them.

// introducingMask holds the word introducingRule reads at.
var introducingMask = wordMask("introducing")

// introducingRule reads "T, introducing X as C, accompanied by A and B":
// each person is T's cast.
func (x *extractor) introducingRule() {
	if !x.sentHasAnyWord(introducingMask) {
		return
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		if !introducingMask.holds(&t[k]) || t[k].cap || t[k-1].text != "," {
			continue
		}
		ts := x.titleBefore(k - 1)
		if ts >= k-1 || !x.titleStarts(ts) {
			continue
		}
		if p := x.tok(ts - 1); p.text == "," || p.low == "and" || x.castListBefore(ts) {
			continue // "starring A, B, introducing C": the last of a list of people, no title
		}
		title := unquote(x.span(ts, k-1))
		if x.isNetwork(title) || x.knownPerson(title) != "" || x.personShaped(ts, k-1) && x.startsName(ts) || describes(title) {
			continue // "starring A, B, introducing C": a list of people, no title
		}
		items := x.parseList(k + 1)
		if len(items) == 0 {
			continue
		}
		end := items[len(items)-1].end
		x.castListIn(title, items)
		// ", accompanied by A and B as team captains": more of the show's people
		for m := end; m+3 < len(t) && m < end+8; m++ {
			if t[m].text != "," {
				continue
			}
			if t[m+1].low == "accompanied" && t[m+2].low == "by" {
				at := m + 3
				if hyphenNoun(t[at].low) && !t[at].cap {
					at++ // "singer-songwriter A"
				}
				if more := x.parseList(at); len(more) > 0 {
					x.castListIn(title, more)
				}
			}
			break
		}
		return
	}
}

// castListBefore reports whether "starring", "featuring" or "stars"
// stands before i in the sentence: "starring A, B, introducing C" lists
// people.
func (x *extractor) castListBefore(i int) bool {
	for m := 0; m < i; m++ {
		switch x.toks[m].low {
		case "starring", "featuring", "co-starring", "stars", "starred", "features":
			return true
		}
	}
	return false
}
