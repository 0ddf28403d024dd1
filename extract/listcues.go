package extract

// Cues around cast and crew lists: the clause before "are", the title named
// after the list, a described item, a job after "as".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// the bits of the words the rules below read at (sentHasWord)
var (
	bitRange   = wordBit("range")
	bitRanges  = wordBit("ranges")
	bitRanging = wordBit("ranging")
)

// castClauseBefore reports whether the clause that ends at k, before "are"
// and a list, speaks of the cast: "Also cast in supporting roles", "Rounding
// out the ensemble", "Also starring".
func (x *extractor) castClauseBefore(k int) bool {
	for m := k; m >= 0 && m > k-9; m-- {
		t := x.tok(m)
		if t.kind == tPunct {
			return x.performersClause(m+1, k)
		}
		if t.cap && m > 0 {
			return false // "the cast of The Knight is": a title, no list of the cast
		}
		if t.low == "cast" || t.low == "ensemble" || t.low == "lineup" || t.low == "line-up" || (t.low == "starring" || t.low == "co-starring") && (m == 0 || x.tok(m-1).low == "also") {
			c := m // the clause's start: "cast" is among its first words
			for c > 0 && x.tok(c-1).kind != tPunct {
				c--
			}
			return m-c <= 3 || x.castObjectClause(c, m)
		}
	}
	return x.performersClause(k-8, k)
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
		genre := !t.cap && (t.has(cGenreNouns) || t.low == "title")
		if m == end+1 && !x.titleStarts(m) && !genre || m > end+1 && !genre {
			continue
		}
		at := m // the title, or after the word that introduces it: "the film T", "in movie T"
		if genre {
			at = m + 1
		} else {
			at = x.skipOwner(m) // "in ITV’s T"
		}
		introduced := at > m
		if e := x.titleAt(at, false); e > at && (e == len(x.toks) || x.tok(e).kind == tPunct || x.tok(e).low == "and" && !x.tok(e+1).cap) {
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
	if v.has(cReturnWords) && x.returnElsewhere(k) {
		return false // "X is set to return in a new series": other work
	}
	if _, _, ok := x.leadsWorkAt(k); ok {
		return false // "X leads the creation of T": a maker, read by leadsWorkRule
	}
	if v.has(cReturnWords|cCastVerbs) && (x.crewVerbAfterTo(k+1) || x.songAfter(k+1)) {
		return false // "X will return to EP", "X will return to direct": crew; "to perform the theme song": a singer
	}
	if n := x.tok(k + 1); (v.low == "added" || v.low == "adds") && (n.text == ":" || n.text == "," || isQuote(n.text) || n.low == "that") || x.addedAfterQuote(k) {
		return false // "The BBC's X added: “...”", "“...,” X added.": a quote, no casting
	}
	if (v.low == "signed" || v.low == "boarded") && x.tok(k+1).low == "on" && x.tok(k+2).low == "to" && x.tok(k+3).has(cJobVerb|cWriteVerb) ||
		v.low == "signed" && x.tok(k+1).low == "to" && x.tok(k+2).has(cJobVerb|cWriteVerb) {
		return false // "X has signed on to direct Y": crew, read by jobVerbRule
	}
	if (v.low == "for" || v.low == "to") && k > 0 && x.toks[k-1].low == "confirmed" && (x.titleStarts(k+1) || x.tok(k+1).kind == tPoss || x.tok(k+1).low == "the") {
		return true // "X, Y & Z confirmed for JTBC's upcoming drama 'Aide'"
	}
	if leftWordsIDs.has(v.id) {
		// "X left last year to join the cast of T": the cast X joined
		for m := k + 1; m < k+5 && m < len(x.toks) && x.toks[m].kind == tWord && !x.toks[m].cap; m++ {
			if x.toks[m].low == "to" && x.tok(m+1).low == "join" {
				return x.tok(m+2).low == "the" && x.tok(m+3).low == "cast" && x.tok(m+4).low == "of"
			}
		}
	}
	if x.takesRoleAt(k) {
		return true // "A and B will be taking the main roles"
	}
	if (v.low == "become" || v.low == "becomes" || v.low == "became") && x.mainPartAt(k+1) {
		return true // "X has become the main character in the new series T"
	}
	if v.low == "the" && k > 0 && x.toks[k-1].has(cAuxWords) && (x.leadPartAt(k) || x.castPredicateAt(k)) {
		return true // "X would be the male lead for T", "Y will be the female lead", "A and B are the confirmed stars"
	}
	if v.low == "for" && k > 0 && (x.toks[k-1].low == "confirmed" || x.toks[k-1].low == "cast" || x.toks[k-1].low == "set") && x.partAfter(k+1) {
		return true // "X is confirmed for a minor part in the movie"
	}
	if v.low == "in" && x.tok(k+1).low == "the" {
		switch x.tok(k + 2).low {
		case "cast", "ensemble", "lineup", "line-up":
			return true // "X and Y are also in the cast"
		}
	}
	if v.low == "on" && x.tok(k+1).low == "board" || v.low == "aboard" {
		if x.crewAfterBoard(k + 1 + boolInt(v.low == "on")) {
			return false // "X is on board to helm", "on board as producers": crew
		}
		return x.tok(k-1).has(cAuxWords) || x.tok(k-2).has(cAuxWords) // "are (all) on board"
	}
	if v.low == "seen" && x.tok(k+1).low == "in" {
		// "X and Y will be seen in lead roles", "... in the lead roles", "X
		// will be seen in a cameo role"
		m := k + 2
		if x.tok(m).low == "the" || x.tok(m).low == "a" {
			m++
		}
		if x.tok(m).low == "cameo" || x.tok(m).low == "special" || x.tok(m).low == "negative" || x.tok(m).low == "important" || seenRoleWordsIDs.has(x.tok(m).id) {
			m++
		}
		if roleAdjectivesIDs.has(x.tok(m).id) {
			m++
		}
		if l := x.tok(m).low; (l == "roles" || l == "role") && m > k+2 {
			return true
		}
	}
	if l := x.tok(k + 1).low; v.low == "the" && (l == "latest" || l == "newest") && x.tok(k+2).low == "to" && x.tok(k+3).has(cCastVerbs) && !x.crewVerbAfterTo(k+2) {
		return true // "X is the latest to join T"
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
			if d := x.tok(k + 2).low; d != "the" && d != "this" && d != "its" && d != "their" && d != "her" && d != "his" {
				return false
			}
			for m := k + 3; m < len(x.toks) && m < k+7; m++ {
				if g := x.tok(m); (g.has(cGenreNouns) || versionNounsIDs.has(g.id)) && !g.cap {
					return true // "star in the BBC's adaptation of ...", "star in the new version of T"
				} else if g.kind == tPunct {
					break
				}
			}
			return false
		}
		return !x.tok(k+1).cap && !x.asRoleInTitle(k) // not "X stars as C in T": T's credit
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
		at := k + 1 + boolInt(x.tok(k+1).low == "together") // "A and B starred together in T": T's, read by starredTogether
		if n := x.tok(at).low; n == "in" || n == "on" {
			// "X will appear in T": a credit in T, read by workedRule
			if ts := x.titleList(at + 1); len(ts) > 0 && !strings.HasPrefix(strings.ToLower(ts[0]), "season") {
				return false
			}
		}
		return x.tok(k+1).low != "by" && x.tok(k+2).low != "by" && x.mannerBy(k+1) == 0 && !x.asRoleInTitle(k) // "portrayed (primarily) by", "played again with aplomb by"; "starred as C in T"
	}
	return false
}

// verbAfter reports whether a casting verb follows a list ending at end,
// past auxiliaries and an aside: "..., among many others, will also reprise".
func (x *extractor) verbAfter(end int) bool {
	k := end
	if x.tok(k).text == "," && (x.verbAt(k+1) && x.tok(k+1).low != "who" || x.verbPastAside(k)) {
		return true // "X (T1, T2), Y (T3) and Z (T4), star alongside"; "X, best known for T, joins"
	}
	if x.tok(k).text == "," {
		j := k + 1
		for j < len(x.toks) && j < k+8 && x.toks[j].kind == tWord && !x.toks[j].cap {
			j++
		}
		for offAsideWordsIDs.has(x.tok(k+1).id) && j < k+10 && x.tok(j).kind == tWord {
			j++ // "fresh off his Emmy win for “T,”": capitals in the aside
		}
		if j > k+1 && isQuote(x.tok(j).text) && x.tok(j-1).kind == tWord && offAsideWordsIDs.has(x.tok(k+1).id) {
			// "X, coming off the success of “T,” joins the cast": an aside
			// that ends with a quoted title, its comma inside the quotes
			for c := j + 2; c < len(x.toks) && c < j+10; c++ {
				if !x.closeQuote(c) {
					continue
				}
				if x.tok(c-1).text == "," {
					return x.verbAt(c + 1) // “T,” joins
				}
				if x.tok(c+1).text == "," {
					return x.verbAt(c + 2) // “T”, joins
				}
				break
			}
		}
		if x.tok(j).text == "," && j > k+1 {
			k = j + 1
		}
	}
	if x.tok(k).text == "," && (x.tok(k+1).low == "who" || x.tok(k+1).low == "whose") {
		// "X, who starred in T, joins the cast", "X, whose credits include
		// T, stars": the main verb follows the relative clause; "X (Show),
		// who joins the cast": it is in it
		k++
		for m := k + 1; m < len(x.toks) && m < k+16; m++ {
			if x.toks[m].text == "," {
				if x.verbAt(m+1) || x.closeQuote(m+1) && x.verbAt(m+2) { // "who starred in “T,” will lead"
					return true
				}
				if isQuote(x.tok(m+1).text) && !x.closeQuote(m+1) {
					continue // "who starred in last year's winner, “T,” joins": the title's appositive
				}
				if x.tok(m+1).low == "as" {
					return true // "X, who played C on T, as C2": a pair of the list
				}
				break
			}
		}
		if l := x.tok(k + 1).low; l == "played" || l == "starred" || l == "appeared" || l == "portrayed" || l == "voiced" {
			return false // "her daughter, X, who played her in T.": X was in T, read by roleRule
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
		if businessRolesIDs.has(t.id) {
			return true
		}
		if t.kind != tWord || t.cap && m > i+1 {
			return false
		}
	}
	return false
}

// titlesBeforeNoun reports whether the words at i are titles joined by
// "and" before a performer noun: "Thrones and Downton Abbey star".
func (x *extractor) titlesBeforeNoun(i int) bool {
	e := x.titleAt(i, false)
	if e <= i {
		return false
	}
	if x.tok(e).low == "and" {
		if e2 := x.titleAt(e+1, false); e2 > e+1 {
			e = e2
		}
	}
	return x.tok(e).has(cCastNouns) && !x.tok(e).cap
}

// rolesObjectVerbs take a list of people as their object before "in lead
// roles": "the film has X and Y in lead roles", "fans will also see X and
// Y in supporting roles".
var rolesObjectVerbs = set(`has have had features feature featuring with see sees boasts boast brings bring`)

// rolesObjectVerbBits are the bits of rolesObjectVerbs (mayHold).
var rolesObjectVerbBits = setMask(rolesObjectVerbs)

// inRolesAfter reports whether a list that ends at end is followed by "in
// lead roles", "in pivotal roles", "in the lead role".
func (x *extractor) inRolesAfter(end int) bool {
	if l := x.tok(end).low; (l == "back" || l == "returning") && x.tok(end+1).low == "in" {
		end++ // "with A and B back in the lead roles"
	}
	if x.tok(end).low != "in" {
		return false
	}
	for m := end + 1; m < end+5 && m < len(x.toks); m++ {
		if l := x.tok(m).low; l == "role" || l == "roles" || l == "lead" && (x.tok(m+1).kind == tPunct || x.tok(m+1).low == "and") {
			return true // "in lead roles", "in the lead."
		}
		if x.tok(m).cap || x.tok(m).kind == tPunct {
			return false
		}
	}
	return false
}

// jobBeforeTrigger reads a job noun as the subject of a list's trigger:
// "Executive producers include X and Y", "its writers are X and Y".
func (x *extractor) jobBeforeTrigger(start int) (string, bool) {
	if x.tok(start-1).low == "with" {
		// "who executive produces with X, Y and Z"
		j, ok := jobVerbsIDs.lookup(x.tok(start - 2).id)
		return j, ok
	}
	switch x.tok(start - 1).low {
	case "include", "includes", "including", "are", "comprise", "comprises":
	default:
		return "", false
	}
	for m := start - 2; m >= 0 && m >= start-4; m-- {
		if j, ok := jobNounsIDs.lookup(x.toks[m].id); ok {
			return j, true
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return x.jobOverPhrase(start) // "The directors for the first season include X"
}

// joiningBefore reports whether "joining" or "also joining" starts the words
// that end at k: "Joining them", "Also joining the cast".
func (x *extractor) joiningBefore(k int) bool {
	for m := k; m >= 0 && m >= k-11; m-- { // "Joining the cast of T for the eighth series are"
		switch x.toks[m].low {
		case "joining", "rounding", "returning":
			// "Joining them are", "Joining the cast of Kara Mia are"
			return m == 0 || x.toks[m-1].low == "also" || x.toks[m-1].text == ","
		case "starring", "co-starring", "appearing":
			// "Also starring in “T” are", "Appearing in T are": the clause
			// opens the sentence, a title perhaps inside it
			if m < k && (m == 0 || m == 1 && x.toks[0].low == "also") {
				return true
			}
		case "with":
			// "Together with the T star were A and B": the sentence opens so
			if m == 1 && x.toks[0].low == "together" {
				return true
			}
		case "part", "competing":
			// "Also taking part are X, Y", "Competing are X, Y": right
			// before the verb, not "taking part in the panel are"
			if m == k && (x.toks[m].low == "competing" || m >= 1 && x.toks[m-1].low == "taking") {
				o := m - 1
				if x.toks[m].low == "part" {
					o--
				}
				return o < 0 || x.toks[o].low == "also" || x.toks[o].text == ","
			}
		case "roles", "role":
			// "In the main roles are X, Y and Z", "In supporting roles are
			// X and Y"; else "Joining them in other roles are" reads on
			if m >= 1 && roleAdjectivesIDs.has(x.toks[m-1].id) {
				return true
			}
		}
		if x.toks[m].kind == tPunct && !isQuote(x.toks[m].text) {
			return false // not past a clause's comma; past a title's quotes, "Joining the cast of “T” are"
		}
	}
	return false
}

// starsPrefix reports whether the item's prefix holds "stars",
// "starring" or "featuring": "T stars X".
func (x *extractor) starsPrefix(it item) bool {
	for m := it.start; m < it.pstart; m++ {
		if l := x.toks[m].low; !x.toks[m].cap && (l == "stars" || l == "starring" || l == "featuring") {
			return true
		}
	}
	return false
}

// crewBeside reports whether a list after "alongside" or "with" at start
// shares a crew job named earlier in its clause, and which.
func (x *extractor) crewBeside(start int) (string, bool) {
	p := x.tok(start - 1).low
	if p != "alongside" && p != "with" {
		return "", false
	}
	for m := start - 2; m >= 0 && m >= start-10; m-- {
		t := &x.toks[m]
		if t.text == "," && m == start-2 {
			return x.jobBeforeComma(m) // "the show's writer, alongside Y and Z"
		}
		if t.kind == tPunct {
			break
		}
		if job, ok := jobVerbsIDs.lookup(t.id); ok {
			return job, true
		}
		if job, ok := jobNounsIDs.lookup(t.id); ok && job != graph.JobOriginalAuthor && t.low != "executive" {
			return job, true
		}
	}
	return "", false
}

// crewAs reports whether a list ending at end is followed by "(joining)
// as [a] JOB", and which job.
func (x *extractor) crewAs(end int) (string, bool) {
	if x.tok(end).text == "," && x.tok(end+1).low == "who" {
		// "X, who created the series, will return as showrunner": past
		// the relative clause
		for m := end + 2; m < len(x.toks) && m < end+16; m++ {
			if x.toks[m].text == "," {
				end = m + 1
				break
			}
		}
	}
	if x.tok(end).text == "," && x.tok(end+1).has(cAuxWords) && !x.tok(end+1).cap {
		end++ // "The show's creator, X, will return as showrunner": past the apposition's comma
	}
	for m := end; m < len(x.toks) && m < end+8; m++ {
		if x.toks[m].low == "as" {
			if j, ok := x.crewWithin(m+1, 3); ok && !x.namedAfterJob(m+1) && !x.characterJobAt(m, m+1) {
				return j, true // "has been roped in as the composer"
			}
			return "", false // "stars A and B as producers Rachel Goldberg and Quinn King": characters
		}
		if j, ok := x.crewTeamAt(m); ok {
			return j, true // "has joined the writing team of T"
		}
		if x.toks[m].low == "to" {
			if j, ok := jobVerbsIDs.lookup(x.tok(m + 1).id); ok && !x.tok(m+1).cap {
				return j, true // "has been roped in to compose the music"
			}
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return "", false
}

// listEnds reports whether a list of names may end before token k: at
// punctuation, a function word or a verb, not before a lower-case noun
// ("Tourette syndrome").
func (x *extractor) listEnds(k int) bool {
	t := x.tok(k)
	if t.kind != tWord || t.cap || x.boundary(k) {
		return true
	}
	return t.has(cAuxWords|cCastVerbs|cClauseVerbs|cJobVerb|cWriteVerb|cStopWords|cListTriggers) ||
		strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "s") || t.low == "back" && x.tok(k+1).low == "in" || leftWordsIDs.has(t.id) || x.amongOthersAt(k) || x.foreignListEnd(t) || x.takesOrAlongAt(k)
}

// afterBy reports whether the name at i ends a list of people after "by":
// "directed by A and B, starring X" (B is no title).
func (x *extractor) afterBy(i int) bool {
	for n := 0; n < 6; n++ {
		switch x.tok(i - 1).low {
		case "by":
			return true
		case "and", ",", "&":
			ps := x.personBefore(i - 1)
			if ps == i-1 {
				return false
			}
			i = ps
		default: // "by filmmaker X": a maker's job noun between "by" and the name
			return n == 0 && x.tok(i-1).has(cJobNoun) && !x.tok(i-1).cap && x.tok(i-2).low == "by"
		}
	}
	return false
}

// performerBefore reports whether a performer noun stands right before the
// name at i, which makes one word a name: "Veteran actor Cheran",
// "Actor-turned-director Cheran", "singer-actress Suzy".
func (x *extractor) performerBefore(i int) bool {
	p := x.tok(i - 1)
	if p.kind != tWord {
		return false
	}
	if p.has(cCastNouns) && (!p.cap || i == 1) && p.low != "stars" && p.low != "star" && p.low != "cast" { // "Singer X joins the cast": the noun opens the sentence
		return true
	}
	return strings.Contains(p.low, "-turned-") || hyphenNoun(p.low)
}

// leadsAt reports whether the words at i name the leading cast: "the leads",
// "protagonists", "the main cast".
func (x *extractor) leadsAt(i int) bool {
	if x.tok(i).low == "the" {
		i++
	}
	if x.tok(i).low == "main" || x.tok(i).low == "lead" || x.tok(i).low == "leading" {
		i++
	}
	switch x.tok(i).low {
	case "leads", "protagonists", "cast", "roles", "stars":
		return true
	}
	return false
}

// skipOddItem passes, in a list of three names or more, an item at j that
// reads as no name, capitalized words and a number between commas ("...,
// Carlo Gonzalez, Boy 2 Quizon, Pauline Mendoza, and Euwenn Aleta"): the
// list goes on after it. It returns where the next item starts, or -1.
func (x *extractor) skipOddItem(j, have int) int {
	if have < 3 {
		return -1
	}
	for m := j; m < len(x.toks) && m < j+4; m++ {
		t := &x.toks[m]
		if t.text == "," && m > j {
			if x.tok(m+1).low == "and" {
				m++
			}
			if x.personAt(m+1) > m+2 {
				return m + 1
			}
			return -1
		}
		if !t.cap && t.kind != tNum || t.kind == tPunct {
			return -1
		}
	}
	return -1
}

// rankWords are offices that stand before a character's name: "Defense
// Minister Philippe Bardin", "Deputy Director Patricia Campbell".
var rankWords = set(`minister director deputy chief inspector superintendent commander senator congresswoman congressman
	governor mayor judge professor nurse sheriff secretary ambassador chancellor commissioner lieutenant colonel major`)

// rankWordBits are rankWords' word bits (mayHold).
var rankWordBits = setMask(rankWords)

// rankedChar is where the character's name starts in ps..j when an office
// stands before it ("French Defense Minister Philippe Bardin"): past the
// last office word, with two name words or more after it; else ps.
func (x *extractor) rankedChar(ps, j int) (int, bool) {
	last := -1
	if p := x.tok(ps - 1); p.cap && rankWordsIDs.has(p.id) {
		last = ps - 1 // "Deputy Director Paula Camp": the office is no name word
	}
	for m := ps; m < j-1; m++ {
		if x.toks[m].cap && rankWordsIDs.has(x.toks[m].id) {
			last = m
		}
	}
	if last < 0 || j-(last+1) < 2 || !x.startsName(last+1) {
		return ps, false
	}
	return last + 1, true
}

// trimEpithet drops the words before a name that start no name: "Action
// King Arjun Sarja" is Arjun Sarja.
func trimEpithet(name string) string {
	w := strings.Fields(name)
	for len(w) > 2 && !isNameStart(w[0]) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// isCrewBy reports whether w is a participle before "by" that names crew
// work: "written", "directed", "adapted".
func isCrewBy(w string) bool {
	_, ok := crewBy[w]
	return ok
}

// jobPhraseAt reads a job after "as" that names no one else's: "one of its
// producers", "its executive producer", "the show's writers"; it returns
// the job.
func (x *extractor) jobPhraseAt(i int) (string, bool) {
	m := i
	if x.tok(m).low == "one" && x.tok(m+1).low == "of" {
		m += 2
	}
	switch l := x.tok(m).low; {
	case l == "its" || l == "their":
		m++
	case l == "the" && x.tok(m+1).has(cGenreNouns) && x.tok(m+2).kind == tPoss:
		m += 3 // "the show's"
	default:
		return "", false
	}
	if x.tok(m).low == "executive" || x.tok(m).low == "co" {
		m++
	}
	j, ok := jobNounsIDs.lookup(x.tok(m).id)
	if !ok || j == graph.JobOriginalAuthor || x.personAt(m+1) > m+1 {
		return "", false
	}
	return j, true
}

// charactersWillBe reads "A and B's characters will be C1 and C2" and "X's
// character is C", the possessive at k: each owner plays the character in
// the same place in the list.
func (x *extractor) charactersWillBe(k int, owners []string) bool {
	if len(owners) == 0 || x.sshow == "" {
		return false
	}
	l := x.tok(k + 1).low
	if l != "character" && l != "characters" {
		return false
	}
	v := k + 2
	switch x.tok(v).low {
	case "will":
		if x.tok(v+1).low != "be" {
			return false
		}
		v += 2
	case "is", "are", "was", "were":
		v++
	default:
		return false
	}
	var sbuf [8][2]int
	spans := x.charList(sbuf[:0], v)
	if len(spans) != len(owners) {
		return false
	}
	for n, sp := range spans {
		x.add(graph.KindCast, owners[n], x.sshow, x.span(sp[0], sp[1]), "")
	}
	return true
}

// starsAsPairs reads "T stars A as a rookie lawmaker ..., and B (T2) as a
// businesswoman": each name before "as" and a described role, after the
// first, is cast too.
func (x *extractor) starsAsPairs() {
	if x.sshow == "" || !x.sentHas(cCastVerbs|cPastCue) {
		return // "star", "stars", "starring" are casting verbs, "include", "includes" past cues
	}
	for k := 0; k+2 < len(x.toks); k++ {
		if !x.toks[k].has(cCastVerbs | cPastCue) {
			continue // none of the words below: "star", "stars", "starring" are casting verbs, "include", "includes" past cues
		}
		if l := x.toks[k].low; l != "stars" && l != "starring" && l != "star" && l != "include" && l != "includes" || x.toks[k].cap {
			continue
		}
		if l := x.toks[k].low; (l == "include" || l == "includes") && !x.tok(k-1).has(cCastNouns) && x.tok(k-1).low != "cast" && !strings.HasSuffix(x.tok(k-1).low, "stars") {
			continue // "Co-stars include A as C1 and B as C2", not "credits include"
		}
		pe := x.personAt(k + 1)
		if pe <= k+1 || x.tok(x.pastBracket(pe)).low != "as" {
			return
		}
		for m := pe; m+3 < len(x.toks); m++ {
			at := m + 2 // ", and B as ..."
			if x.toks[m].low == "and" && x.toks[m-1].text != "," {
				at = m + 1 // "and B as ..."
			} else if x.toks[m].text != "," || x.toks[m+1].low != "and" {
				continue
			}
			if qe := x.personAt(at); qe > at && x.asRoleAt(x.pastBracket(qe)) {
				x.add(graph.KindCast, x.span(at, qe), x.sshow, "", "")
			}
		}
		return
	}
}

// pastBracket is the token after a bracket that opens at i, or i.
func (x *extractor) pastBracket(i int) int {
	if x.tok(i).text == "(" {
		if c := x.closeOf(i); c > i {
			return c + 1
		}
	}
	return i
}

// namedAfterJob reports whether a job noun within a few words of i is
// followed by a person's name: "as producers Rachel Goldberg and Quinn
// King" describes characters, not the subjects' jobs.
func (x *extractor) namedAfterJob(i int) bool {
	for m := i; m < len(x.toks) && m < i+3; m++ {
		if t := x.toks[m]; !t.cap && (t.has(cJobNoun) || jobNounsIDs.get(t.id) != "" || jobNouns[strings.TrimSuffix(t.low, "s")] != "") {
			return isName(x.tok(m+1)) && isName(x.tok(m+2)) && !x.tok(m+1).has(cStopWords) // a character's name, known as one or not
		}
	}
	return false
}

// offAsideWords open an aside on a person's last work: "X, fresh off T,",
// "X, coming off the success of T,", "X, hot off T,".
var offAsideWords = set(`fresh hot coming riding`)
