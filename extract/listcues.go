package extract

// Cues around cast and crew lists: the clause before "are", the title named
// after the list, a described item, a job after "as".

import "strings"

// castClauseBefore reports whether the clause that ends at k, before "are"
// and a list, speaks of the cast: "Also cast in supporting roles", "Rounding
// out the ensemble", "Also starring".
func (x *extractor) castClauseBefore(k int) bool {
	for m := k; m >= 0 && m > k-7; m-- {
		t := x.tok(m)
		if t.kind == tPunct {
			return false
		}
		if t.cap && m > 0 {
			return false // "the cast of The Knight is": a title, no list of the cast
		}
		if t.low == "cast" || t.low == "ensemble" || t.low == "lineup" || t.low == "line-up" || t.low == "starring" && m == 0 || t.low == "starring" && x.tok(m-1).low == "also" {
			c := m // the clause's start: "cast" is among its first words
			for c > 0 && x.tok(c-1).kind != tPunct {
				c--
			}
			return m-c <= 3
		}
	}
	return false
}

// titleAfterList reads "in T" after a list that ends at end, T perhaps
// introduced by a few words ("in Cannes competition title T", "in the
// film T"); it returns T, or "".
func (x *extractor) titleAfterList(end int) string {
	if l := x.tok(end).low; l != "in" && l != "on" {
		return ""
	}
	for m := end + 1; m < len(x.toks) && m < end+7; m++ {
		t := x.tok(m)
		if t.kind == tPunct && !isQuote(t.text) {
			return ""
		}
		if m == end+1 && !x.titleStarts(m) || m > end+1 && !(!t.cap && (t.has(cGenreNouns) || t.low == "title")) {
			continue
		}
		at := m // the title, or after the word that introduces it: "the film T"
		if m > end+1 {
			at = m + 1
		} else {
			at = x.skipOwner(m) // "in ITV’s T"
		}
		introduced := at > m
		if e := x.titleAt(at, false); e > at && (e == len(x.toks) || x.tok(e).kind == tPunct) {
			title := unquote(x.span(at, e))
			if !x.isNetwork(title) && !placeWords[strings.ToLower(title)] && (introduced || x.knownPerson(title) == "") && !describes(title) {
				return title
			}
		}
	}
	return ""
}

// describedItem reports whether a list item's name follows a title and a
// performer noun: "Doctor Fell star X".
func (x *extractor) describedItem(it item) bool {
	return it.pstart > it.start && x.tok(it.pstart-1).has(cCastNouns) && !x.tok(it.pstart-1).cap && x.tok(it.pstart-2).cap
}

// crewAsJob reports whether "as" and a job word follow a list that ends at
// end: "X and Y of Beta Film as co-producers".
func (x *extractor) crewAsJob(end int) bool {
	job, ok := x.crewAs(end)
	return ok && job != ""
}

// crewBesideOK reports whether crewBeside finds a job for the list at start.
func (x *extractor) crewBesideOK(start int) bool {
	_, ok := x.crewBeside(start)
	return ok
}

// verbAt reports whether a casting verb stands at k, past auxiliaries.
func (x *extractor) verbAt(k int) bool {
	for m := 0; m < 6 && x.tok(k).has(cAuxWords); m++ {
		k++
	}
	if x.tok(k).low == "all" || x.tok(k).low == "now" {
		k++ // "X, Y and Z are all on board"
	}
	v := x.tok(k)
	if v.cap {
		return false
	}
	if (v.low == "for" || v.low == "to") && k > 0 && x.toks[k-1].low == "confirmed" && (x.titleStarts(k+1) || x.tok(k+1).kind == tPoss || x.tok(k+1).low == "the") {
		return true // "X, Y & Z confirmed for JTBC's upcoming drama 'Aide'"
	}
	if v.low == "in" && x.tok(k+1).low == "the" {
		switch x.tok(k + 2).low {
		case "cast", "ensemble", "lineup", "line-up":
			return true // "X and Y are also in the cast"
		}
	}
	if v.low == "on" && x.tok(k+1).low == "board" || v.low == "aboard" {
		return x.tok(k-1).has(cAuxWords) || x.tok(k-2).has(cAuxWords) // "are (all) on board"
	}
	if v.low == "seen" && x.tok(k+1).low == "in" {
		// "X and Y will be seen in lead roles", "... in the lead roles", "X
		// will be seen in a cameo role"
		m := k + 2
		if x.tok(m).low == "the" || x.tok(m).low == "a" {
			m++
		}
		if x.tok(m).low == "cameo" || x.tok(m).low == "special" || x.tok(m).low == "negative" || x.tok(m).low == "important" {
			m++
		}
		if roleAdjectives[x.tok(m).low] {
			m++
		}
		if l := x.tok(m).low; (l == "roles" || l == "role") && m > k+2 {
			return true
		}
	}
	if v.low == "three" || v.low == "two" || v.low == "four" || v.low == "other" || v.low == "the" {
		// "X, Y and Z are three other actors who will be seen in this film"
		m := k
		for q := 0; q < 3 && !x.tok(m).has(cCastNouns); q++ {
			m++
		}
		if x.tok(m).has(cCastNouns) && !x.tok(m).cap && x.tok(m+1).low == "who" {
			for q := m + 2; q < len(x.toks) && q < m+8; q++ {
				if x.toks[q].low == "seen" || x.toks[q].has(cCastVerbs) && !x.toks[q].cap {
					return true
				}
			}
		}
	}
	if v.low == "among" || v.low == "complete" || v.low == "completes" || v.low == "round" || v.low == "rounds" {
		// "X, Y and Z will be among the star-studded cast of T", "...
		// complete the cast list", "round out the cast"
		for m := k + 1; m < len(x.toks) && m < k+6; m++ {
			if l := x.toks[m].low; l == "cast" || l == "ensemble" || l == "lineup" || l == "line-up" {
				return true
			}
			if x.toks[m].kind == tPunct {
				break
			}
		}
	}
	if v.low == "part" && x.tok(k+1).low == "of" {
		// "X and Y are also part of the ensemble cast"
		for m := k + 2; m < len(x.toks) && m < k+6; m++ {
			if l := x.toks[m].low; l == "cast" || l == "ensemble" || l == "lineup" || l == "line-up" {
				return true
			}
		}
	}
	switch v.low {
	case "starring", "featuring":
		// "directed by X starring Y": the list follows the verb; "X and Y
		// will be starring in T" is read by workedRule
		return x.tok(k+1).low == "as" || x.tok(k+1).low == "opposite" || x.tok(k+1).low == "alongside"
	case "stars", "star":
		// "X and Y will star." but not "T stars X" nor "X stars in T";
		// "X and Y star in the series": the sentence's show
		if x.tok(k+1).low == "in" {
			if at := x.skipOwner(k + 2); at > k+2 && (x.tok(at).low == "adaptation" || x.tok(at-1).has(cGenreNouns) && !x.tok(at-1).cap) {
				return true // "are to star in BBC One's adaptation of ...", "star in the new drama"
			}
			if d := x.tok(k + 2).low; d != "the" && d != "this" && d != "its" {
				return false
			}
			for m := k + 3; m < len(x.toks) && m < k+7; m++ {
				if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
					return true // "star in the BBC's adaptation of ..."
				} else if g.kind == tPunct {
					break
				}
			}
			return false
		}
		return !x.tok(k + 1).cap
	}
	if v.has(cCastVerbs) {
		if x.businessRoleAfter(k + 1) {
			return false // "Verizon has signed on as a key distribution partner"
		}
		switch v.low {
		case "played", "starred", "appeared", "co-starred", "portrayed", "voiced":
			// "X previously played Nina in T": earlier work, read by
			// roleRule and workedRule with its own show
			switch x.tok(k - 1).low {
			case "previously", "formerly", "once", "earlier", "last", "originally":
				return false
			}
		}
		if v.has(cPlayVerbs) && x.tok(k-1).low != "who" {
			// "X played Anna in Roja", "X plays C in the film T": a role in
			// that title, read by roleRule with its own show
			if _, ce, ok := x.charNP(k + 1); ok && (x.tok(ce).low == "in" || x.tok(ce).low == "on") {
				if ts := x.titlePrefix(ce + 1); x.titleStarts(ts) && !x.isNetwork(x.span(ts, x.titleAt(ts, false))) {
					return false
				}
			}
		}
		if n := x.tok(k + 1).low; n == "in" || n == "on" {
			// "X will appear in T": a credit in T, read by workedRule
			if ts := x.titleList(k + 2); len(ts) > 0 && !strings.HasPrefix(strings.ToLower(ts[0]), "season") {
				return false
			}
		}
		return x.tok(k+1).low != "by" && x.tok(k+2).low != "by" // "portrayed (primarily) by"
	}
	return false
}

// verbAfter reports whether a casting verb follows a list ending at end,
// past auxiliaries and an aside: "..., among many others, will also reprise".
func (x *extractor) verbAfter(end int) bool {
	k := end
	if x.tok(k).text == "," && x.verbAt(k+1) && x.tok(k+1).low != "who" {
		return true // "X (T1, T2), Y (T3) and Z (T4), star alongside"
	}
	if x.tok(k).text == "," {
		j := k + 1
		for j < len(x.toks) && j < k+8 && x.toks[j].kind == tWord && !x.toks[j].cap {
			j++
		}
		if x.tok(j).text == "," && j > k+1 {
			k = j + 1
		}
	}
	if x.tok(k).text == "," && x.tok(k+1).low == "who" {
		// "X, who starred in T, joins the cast": the main verb follows
		// the relative clause; "X (Show), who joins the cast": it is in it
		k++
		for m := k + 1; m < len(x.toks) && m < k+16; m++ {
			if x.toks[m].text == "," {
				if x.verbAt(m + 1) {
					return true
				}
				break
			}
		}
	}
	return x.verbAt(k)
}

// businessRoles are what a company signs on as: no credit.
var businessRoles = set(`partner partners sponsor sponsors distributor distributors investor investors backer backers financier co-financier broadcaster`)

// businessRoleAfter reports whether the words at i make a signing a
// business deal: "(on) as a key distribution partner".
func (x *extractor) businessRoleAfter(i int) bool {
	if x.tok(i).low == "on" {
		i++
	}
	if x.tok(i).low != "as" {
		return false
	}
	if d := x.tok(i + 1).low; d != "a" && d != "an" && d != "the" && d != "its" {
		return false // "as his partner": a character
	}
	for m := i + 2; m < len(x.toks) && m < i+6; m++ {
		t := x.tok(m)
		if businessRoles[t.low] {
			return true
		}
		if t.kind != tWord || t.cap && m > i+1 {
			return false
		}
	}
	return false
}
