package extract

// teamWord reports whether w is a form of "team" that "up" follows in
// "A and B are teaming up for T".
func teamWord(w string) bool {
	return w == "team" || w == "teams" || w == "teaming" || w == "teamed"
}

// teamWordBits are the words teamWord reads, for sentHasAnyWord.
var teamWordBits = wordMask("team", "teams", "teaming", "teamed")

// teamsUp reports whether the sentence being read says "team up" (teams,
// teaming, teamed): true where no sentence is read.
func (x *extractor) teamsUp() bool {
	return x.s == nil || x.sentHasWord(bitUp) && x.sentHasAnyWord(teamWordBits) && hasTeamUp(x.s.toks)
}

// hasTeamUp reports whether "team up" (teams, teaming, teamed) stands
// anywhere in toks: one comparison a token, where looking for "team" in the
// text stops at every "t".
func hasTeamUp(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].low == "up" && teamWord(toks[k-1].low) {
			return true
		}
	}
	return false
}

// teamUpAt reports whether "team up" (teams, teaming, teamed) stands at k.
func (x *extractor) teamUpAt(k int) bool {
	return k >= 0 && k+1 < len(x.toks) && teamWord(x.toks[k].low) && !x.toks[k].cap && x.toks[k+1].low == "up"
}

// teamPartners reads the people after "team up with" at k (past up to
// three describing words: "with musician X"): the people and the index
// after them, or nil and k.
func (x *extractor) teamPartners(k int) ([]string, int) {
	if x.tok(k).low != "with" {
		return nil, k
	}
	var out []string
	m := k + 1
	for len(out) < 4 {
		at := m
		for q := 0; q < 3 && x.tok(at).kind == tWord && !x.tok(at).cap && !x.tok(at).has(cStopWords); q++ {
			at++ // "musician", "rapper"
		}
		pe := x.personAt(at)
		if pe <= at || x.isShow(x.span(at, pe)) || x.isNetwork(x.span(at, pe)) {
			break
		}
		out = append(out, x.resolve(x.span(at, pe)))
		m = pe
		if l := x.tok(m).low; l != "and" && x.tok(m).text != "," {
			break
		}
		m++
	}
	if len(out) == 0 {
		return nil, k
	}
	return out, m
}

// teamUpGroup adds to the group a sentence opens with the people it
// teams up with: "A and B are teaming up with musician C for ..." names
// three, whom "The trio" of the next sentence names.
func (x *extractor) teamUpGroup(end int) {
	if !x.teamsUp() {
		return
	}
	k := end
	for q := 0; q < 3 && x.tok(k).has(cAuxWords) && !x.tok(k).cap; q++ {
		k++ // "are", "will be"
	}
	if !x.teamUpAt(k) {
		return
	}
	partners, _ := x.teamPartners(k + 2)
	x.who.group = append(x.who.group, partners...)
}

// teamUpRule reads "A and B team up (with C) on drama series T", "A and B
// are teaming up for the KBS2 series T": each is credited in T, the kind
// open (their other credits settle it). A title needs a genre word before
// it or quotes.
func (x *extractor) teamUpRule() {
	if !x.teamsUp() {
		return // no words it reads at
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if !x.teamUpAt(k) || x.inBr[k] {
			continue
		}
		partners, m := x.teamPartners(k + 2)
		if p := x.tok(m).low; p != "for" && p != "on" && p != "in" {
			continue
		}
		at := m + 1
		if l := x.tok(at).low; l == "the" || l == "a" || l == "an" {
			at++
		}
		for q := 0; q < 4 && x.tok(at).kind == tWord && (!x.tok(at).cap && x.tok(at).has(cGenreNouns|cFormatWords|cDescribe) || x.tok(at).has(cNetworks) && x.tok(at+1).kind == tWord && !x.tok(at+1).cap); q++ {
			at++ // "the KBS2 series", "drama series"
		}
		if !x.tok(at-1).has(cGenreNouns|cFormatWords) && !isQuote(x.tok(at).text) {
			continue // "team up in Paris": a title needs a genre word or quotes
		}
		title := x.creditTitleAt(at)
		if title == "" {
			continue
		}
		v := k
		for v > 0 && x.tok(v-1).has(cAuxWords) && !x.tok(v-1).cap {
			v-- // "are teaming", "will team"
		}
		people := x.pairBefore(v)
		if len(people) == 0 && len(x.group()) > 0 {
			people = x.group() // "A of the T1 drama and B are teaming up": the list the sentence opens with
		}
		if len(people) == 0 {
			continue
		}
		for _, p := range append(people, partners...) {
			x.add("", p, title, "", "")
		}
		return
	}
}
