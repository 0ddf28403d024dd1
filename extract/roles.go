package extract

// Roles: "X as C", "X plays C", "C, played by X", "the role of C",
// "replacing X".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// boundary reports whether a name may end before token k.
func (x *extractor) boundary(k int) bool {
	if k >= len(x.toks) {
		return true
	}
	t := &x.toks[k]
	if t.kind == tPunct {
		if t.text == "-" && k > 0 && t.start > x.toks[k-1].end {
			return true // "C - a lifer": a dash between spaces
		}
		return t.text != "-" && t.text != "&"
	}
	if t.kind == tPoss || t.cap {
		return false
	}
	switch t.low {
	case "in", "on", "at", "who", "whom", "which", "while", "and", "for", "from", "with", "that", "when", "after", "before",
		"alongside", "opposite", "respectively", "but", "whose", "to", "as", "of", "is", "was", "will", "would", "has", "had",
		"during", "throughout", "until", "since", "across", "a", "an", "the", "also", "too", "by", "aka", "a.k.a.",
		// "X's performance as C earned her a nomination": a verb of praise
		"earned", "earns", "won", "wins", "drew", "draws", "received", "receives", "garnered", "garners", "got", "gets":
		return true
	}
	return false
}

// charNP reads the character a casting verb names at i: "Isabella", "the
// role of Ormund Hightower", "a new character Lisa", "Alex's mother
// Carolyn". It returns the character's span, or ok false.
func (x *extractor) charNP(i int) (int, int, bool) {
	k := i
	if l := x.tok(k).low; l == "the" || l == "a" || l == "an" || l == "his" || l == "her" || l == "their" {
		k++
	}
	for m := 0; m < 2 && k > i && roleAdjectivesIDs.has(x.tok(k).id) && !x.tok(k).cap; m++ {
		k++ // "the lead role of C", "the male lead role of C"
	}
	if l := x.tok(k).low; (l == "dual" || l == "double" || l == "twin") && k > i {
		if n := x.tok(k + 1).low; (n == "roles" || n == "role") && x.tok(k+2).low == "of" {
			k++ // "the dual roles of A and B"
		}
	}
	if l := x.tok(k).low; (l == "role" || l == "part" || l == "character" || l == "roles" && k > i && x.tok(k-1).low != "the") && x.tok(k+1).low == "of" {
		k += 2
		if l := x.tok(k).low; (l == "a" || l == "an") && !x.tok(k).cap {
			// "the role of a wealthy man of Bukchon named C"
			named := false
			for m := k + 1; m < len(x.toks) && m < k+10 && x.toks[m].kind != tPunct; m++ {
				if l := x.toks[m].low; (l == "named" || l == "called") && x.charAt(m+1) > m+1 {
					k, named = m+1, true
					break
				}
			}
			if !named {
				k++ // "the role of a small-town police inspector, C": the describing words, then C
			}
		}
	}
	if (x.tok(k).low == "characters" || x.tok(k).low == "character") && (x.tok(k+1).low == "named" || x.tok(k+1).low == "called") {
		k += 2 // "as characters named Tutti and Vaughn"
	}
	// a possessive owner: "Alex's", "Tony's"
	if e := x.charAt(k); e > k && x.tok(e).kind == tPoss {
		k = e + 1
	}
	lower := 0
	for m := 0; m < 4 && (x.tok(k).kind == tWord && !x.tok(k).cap && !x.boundary(k) || lower > 0 && x.tok(k).kind == tWord && isUpperCase(x.tok(k).text) && x.tok(k+1).kind == tWord && !x.tok(k+1).cap && !x.boundary(k+1)); m++ {
		// "an undercover MI6 agent, Zara": an acronym among the describing words
		k++
		lower++
		if x.tok(k).kind == tPoss {
			k++ // "the family's legitimate children C"
		}
	}
	// "head of the kitchen staff Gloria"
	if lower > 0 && lower < 3 && x.tok(k).low == "of" {
		m := k + 1
		if l := x.tok(m).low; l == "the" || l == "a" || l == "an" {
			m++
		}
		q := m
		for q < m+3 && x.tok(q).kind == tWord && !x.tok(q).cap && !x.boundary(q) {
			q++
		}
		if q > m && x.tok(q).cap && x.charAt(q) > q {
			k = q
		}
	}
	// "best friend and cousin Fanny", "classmate and sparring partner Dustin"
	if lower > 0 && x.tok(k).low == "and" {
		m := k + 1
		performer := false // "the grieving father and newcomer Ivy Lane as ...": another actor
		for m < k+4 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.boundary(m) {
			performer = performer || x.tok(m).has(cCastNouns)
			m++
		}
		if m > k+1 && (x.tok(m).cap || x.tok(m).text == "," && x.tok(m+1).cap) && !performer {
			k = m // "her manager and husband, Leon Pratt": the comma is passed below
		}
	}
	if lower > 0 && x.tok(k).text == "," && x.tok(k+1).cap {
		k++ // "her estranged husband, Frank"
	}
	e := x.charAt(k)
	if e > k && !x.boundary(e) && lower == 0 {
		// "Bregan councillor Harken", "cop rabbit Judy": a describing
		// word or two before the name
		m := e
		for m < e+2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.boundary(m) && !x.tok(m).has(cPlayVerbs|cCastVerbs|cClauseVerbs|cAuxWords) {
			m++ // not a verb: "John Smith plays Ben" is a clause
		}
		if m > e && x.tok(m).cap && !x.tok(m).has(cPlayVerbs|cCastVerbs|cClauseVerbs|cAuxWords) {
			if e2 := x.charAt(m); e2 > m && x.boundary(e2) {
				k, e = m, e2
			}
		}
	}
	if e == k || !x.boundary(e) && !(lower == 0 && x.pluralCastVerb(e)) {
		return x.appositiveCharNP(i)
	}
	if x.isShow(x.span(k, e)) && !x.titleCharLine(k, e) || x.isNetwork(x.span(k, e)) {
		return 0, 0, false
	}
	return k, e, true
}

// charList reads "Ray (right) and Norman (left)", "Barry and Nora Walker";
// it appends their spans to out, an empty buffer of the caller's.
func (x *extractor) charList(out [][2]int, i int) [][2]int {
	k := i
	firstComma := 0 // items before the first bare comma: "C1, C2 and C3" needs its "and"
	// "A, who plays C, and B": the comma after C closes the aside, and
	// what follows goes on the list A is in
	aside := x.tok(i-2).low == "who" && x.tok(i-3).text == "," && x.tok(i-1).has(cPlayVerbs)
	for len(out) < 8 {
		s, e, ok := x.charNP(k)
		if !ok {
			break
		}
		out = append(out, [2]int{s, e})
		k = e
		if x.tok(k).text == "(" {
			if c := x.closeOf(k); c > 0 && !x.tok(k+1).cap {
				k = c + 1
			}
		}
		switch {
		case x.tok(k).text == "," && x.tok(k+1).low == "and":
			if aside {
				return out
			}
			k += 2
			firstComma = 0
		case x.tok(k).low == "and" || x.tok(k).text == "&":
			k++
			firstComma = 0
		case x.tok(k).text == "," && x.tok(k+1).kind == tWord:
			// "pregnant inmate Daya Diaz, head of the kitchen staff Gloria
			// Mendoza and prison guard Joe Caputo"
			if firstComma == 0 {
				firstComma = len(out)
			}
			k++
		default:
			if firstComma > 0 {
				return out[:firstComma]
			}
			return out
		}
		// "..., and Y will star as Z": the next name starts a new clause;
		// "..., and Ella Smith (The Nevers) takes the role of": so does a
		// name with its credits in brackets, or before a casting verb
		// "X, who plays C, and Y, who plays D": a name with its own
		// relative clause is another person
		if s, e, ok := x.charNP(k); ok && (x.tok(e).has(cClauseVerbs) || x.tok(e).has(cCastVerbs|cPlayVerbs) && !(x.pluralCastVerb(e) && x.nameInNP(s, e) < 0) || x.tok(e).text == "(" && x.tok(e+1).cap ||
			x.tok(e).text == "," && x.tok(e+1).low == "who" && x.tok(e+2).has(cPlayVerbs)) {
			break
		}
	}
	if firstComma > 0 {
		return out[:firstComma]
	}
	return out
}

// singularPlayVerbs are playVerbs in the present singular: one person
// plays.
var singularPlayVerbs = set(`plays portrays voices essays embodies`)

var playVerbs = set(`play plays playing played portray portrays portraying portrayed voice voices voicing voiced essay essays essaying essayed
	embody embodies embodying embodied`)

// castMembersAt reports whether the words at i name cast members: "returning
// cast members", "new series regulars", "a cast member".
func (x *extractor) castMembersAt(i int) bool {
	if x.tok(i).low == "the" && (x.tok(i+1).low == "leads" || x.tok(i+1).low == "protagonists" || x.tok(i+1).low == "main" && x.tok(i+2).low == "leads") {
		return true // "A and B have been confirmed as the leads"
	}
	k := i
	for m := 0; m < 3 && x.tok(k).kind == tWord && !x.tok(k).cap; m++ {
		switch x.tok(k).low {
		case "member", "members", "regular", "regulars":
			return k > i && (x.tok(k-1).low == "cast" || x.tok(k-1).low == "series")
		}
		k++
	}
	switch x.tok(k).low {
	case "member", "members", "regular", "regulars":
		return k > i && (x.tok(k-1).low == "cast" || x.tok(k-1).low == "series")
	}
	return false
}

// castVoiceList reports whether the verb at k ("is", "will be") pairs a
// person with a character whose kind follows in brackets: "Y is Mayor
// Lionheart (a lion)".
func (x *extractor) castVoiceList(k int) bool {
	if x.s != nil && !x.s.parens {
		return false // no bracket after the character
	}
	_, e, ok := x.charNP(k + 1)
	v := k
	if x.tok(k).low == "be" {
		v-- // "will be"
	}
	return ok && x.tok(e).text == "(" && (x.tok(e+1).low == "a" || x.tok(e+1).low == "an") && x.personBefore(v) < v
}

// roleNouns name a part with no character's name: "A and B as antagonists
// of C".
var roleNouns = set(`antagonist antagonists protagonist protagonists villain villains lead leads hero heroes heroine heroines`)

// roleRule: "X as Character", "X will play Character", "X plays the role
// of Character", "Character, played by X", "X's performance as Character".
func (x *extractor) roleRule() {
	if !x.sentHas(cPlayVerbs | cRoleCue) {
		return // no token it reads
	}
	t := x.toks
	for k := 0; k < len(t); k++ {
		if !t[k].has(cPlayVerbs|cRoleCue) || x.inBr[k] {
			continue // no case below reads any other word
		}
		low := t[k].low
		if n := x.tok(k + 1).low; low == "voices" && (n == "are" || n == "were" || n == "include" || n == "includes" || n == "included") {
			continue // "Additional voices are X, Y": a noun, the list's subject
		}
		if t[k].has(cPlayVerbs) && x.playIdiom(k) {
			continue // "has played into that", "played a key role in bringing T to the network": no part
		}
		obj := -1
		isAs := false
		if low == "role" && k == 1 && x.roleWentTo(k) {
			continue // "The role of C went to newcomer X"
		}
		switch {
		case low == "as" && !t[k].cap && k > 0 && !x.hiredAs(k) && (!t[k-1].has(cNotAfterAs) || t[k-1].low == "seen" && (x.tok(k+1).cap || x.seenAsNamed(k+1)) ||
			t[k-1].low == "known" && (len(x.titleCharList(k+1)) > 0 || x.inTheGenre(k+1) || x.tok(k-2).low == "best" && (x.tok(k+1).cap || x.charBeforeTitle(k+1)))) && x.tok(k+1).low != "well" && x.tok(k+1).low != "much":
			obj, isAs = k+1, true
		case low == "as" && !t[k].cap && (x.tok(k-1).has(cServeWords) || x.hiredAs(k)):
			// "X serves as executive producer": a job, never a role
			if job, ok := x.crewWithin(k+1, 4); ok || x.crewWordWithin(k+1, 4) {
				// "X will serve as ADR Engineer": crew without a job;
				// "X served as the showrunner for Empire": on that show
				show, showAt := x.sshow, -1
				for m := k + 1; m < len(t) && m < k+6; m++ {
					if t[m].low == "for" || t[m].low == "on" {
						if ts := x.titlePrefix(m + 1); x.titleStarts(ts) {
							if e := x.titleAt(ts, false); e > ts && !x.isNetwork(x.span(ts, e)) && x.knownPerson(x.span(ts, e)) == "" && !describes(x.span(ts, e)) {
								show, showAt = unquote(x.span(ts, e)), ts
							}
						}
						break
					}
					if t[m].kind == tPunct {
						break
					}
				}
				subjects := x.subjectsBefore(k, 0)
				shows := x.respectiveShows(showAt, show, len(subjects)) // "A and B serve as producers on T1 and T2, respectively"
				for i, s := range subjects {
					for _, j := range x.jobsJoined(k+1, job) { // "as writer and executive producer"
						x.add(graph.KindCrew, s, shows[i], "", j)
					}
				}
			}
			continue
		case (low == "played" || low == "portrayed" || low == "voiced" || low == "acted" && x.tok(k+1).low == "by") && (x.tok(k+1).low == "by" || x.tok(k+2).low == "by" || x.tok(k+1).low == "in" || x.tok(k+1).low == "on" || x.mannerBy(k+1) > 0):
			x.playedBy(k)
			continue
		case low == "voice" && !t[k].cap && x.sshow != "" && (x.tok(k+1).low == "behind" || x.tok(k+1).low == "of" || x.tok(k+1).low == "to"):
			// "X will be the voice behind Scar's character", "Y will give
			// his voice to Timon", "Z lends her voice to Nala"
			v := k - 1
			switch x.tok(v).low {
			case "the":
				if l := x.tok(v - 1).low; l != "be" && l != "is" && l != "was" {
					continue
				}
				v -= 1
				for x.tok(v).has(cAuxWords) && v > 0 {
					v--
				}
				v++
			case "his", "her", "their":
				if l := x.tok(v - 1).low; l != "give" && l != "gives" && l != "gave" && l != "giving" && l != "lend" && l != "lends" && l != "lent" && l != "lending" {
					continue
				}
				v--
				for x.tok(v-1).has(cAuxWords) && v > 1 {
					v--
				}
			default:
				continue
			}
			if g := x.genreTitleAt(k + 2); g > 0 {
				x.castInTitles(x.subjectsBefore(v, 1), x.titleList(g)) // "lent his voice to the animated film T": a part in T, no character
				continue
			}
			cs, ce := k+2, x.charAt(k+2)
			if ce <= cs {
				if s, e, ok := x.charNP(k + 2); ok && e > s && x.tok(k+2).low == "the" {
					cs, ce = s, e // "lends his voice to the wily fox Fink"
				} else {
					continue
				}
			}
			char := x.span(cs, ce)
			if x.tok(ce).kind == tPoss && x.tok(ce+1).low == "character" {
				ce += 2 // "Scar's character"
			}
			if subj := x.subjectsBefore(v, 1); len(subj) == 1 && x.boundary(ce) {
				x.add(graph.KindCast, subj[0], x.playedInTitle(ce), char, "") // "lent his voice to C in T": T's
			}
			continue
		case t[k].has(cPlayVerbs) && !t[k].cap && x.tok(k+1).low != "by" && !(low == "voice" && (x.tok(k+1).has(cCastNouns|cPrefixNouns) || x.tok(k+1).low == "cast")):
			obj = k + 1 // not "played by voice actress X": a noun
		case low == "life" && !t[k].cap:
			x.lifeRole(k) // "X gives life to C", "X will bring C to life" (liferoles.go)
			continue
		case (low == "is" || low == "be" && x.tok(k-1).low == "will") && x.castVoiceList(k):
			// a voice cast: "X will be Chief Bogo (a bull), Y is Mayor
			// Lionheart (a lion)"
			if cs, ce, ok := x.charNP(k + 1); ok && x.sshow != "" {
				v := k
				if low == "be" {
					v--
				}
				if subj := x.subjectsBefore(v, 1); len(subj) == 1 {
					x.add(graph.KindCast, subj[0], x.sshow, x.span(cs, ce), "")
				}
			}
			continue
		case low == "role" && x.tok(k+1).low == "of" && (x.tok(k-1).low == "his" || x.tok(k-1).low == "her") && strings.HasPrefix(x.tok(k-2).low, "repris") && x.sshow != "":
			// "X reprises his role of protagonist SP Prithvi Singh"
			if cs, ce, ok := x.charNP(k - 1); ok {
				if subj := x.subjectsBefore(k-2, 1); len(subj) == 1 {
					x.add(graph.KindCast, subj[0], x.sshow, x.span(cs, ce), "")
				}
			}
			continue
		case low == "role" && x.tok(k+1).low == "of" && x.theRoleAt(k) >= 0 && x.roleOfShow(k+2) != "":
			// "cast in the lead role of FX's Alien series": the show, not a
			// character
			for _, s := range x.subjectsBefore(x.theRoleAt(k), 1) {
				x.add(graph.KindCast, s, x.roleOfShow(k+2), "", "")
			}
			continue
		case (low == "role" || low == "character" && x.takesOnAt(x.theRoleAt(k)-1)) && x.tok(k+1).low == "of" && x.theRoleAt(k) >= 0 && !x.tok(x.theRoleAt(k)-1).has(cPlayVerbs):
			if ce := x.charAt(k + 2); ce > k+2 && (x.tok(ce).low == "went" || x.tok(ce).low == "goes") && x.tok(ce+1).low == "to" && x.sshow != "" {
				// "The role of Mia went to Ruth Baxter"
				if pe := x.personAt(ce + 2); pe > ce+2 {
					x.add(graph.KindCast, x.span(ce+2, pe), x.sshow, x.span(k+2, ce), "")
				}
				continue
			}
			obj = x.theRoleAt(k) // "cast in the (recurring) role of C"
		}
		if obj < 0 || isAs && x.businessRoleAfter(k) {
			continue // "X has signed on as a key distribution partner": no role
		}
		if !isAs && x.inTalksBefore(k) || x.declinedPart(k) {
			continue // "X is in talks to play C": not cast yet; "X was considered for the role of C" (declined.go)
		}
		if isAs {
			// "best known as Fire Force's Princess Hibana and as Classroom of
			// the Elite's Maya Sato", "either as Haikyu!!’s Tobio Kageyama or
			// One Punch Man’s Genos": a title's characters
			if pairs := x.titleCharList(obj); len(pairs) > 0 {
				subjects := x.subjectsBefore(k, 1)
				if len(subjects) == 0 && x.tok(k-1).low == "either" {
					subjects = x.subjectsBefore(k-1, 1)
				}
				if len(subjects) == 1 {
					for _, p := range pairs {
						x.add(graph.KindCast, subjects[0], p[0], p[1], "")
					}
				}
				continue
			}
		}
		if !isAs && t[k].has(cPlayVerbs) && x.tok(k+1).kind != tPoss {
			// "best known for playing Battlestar: Galactica's Captain
			// Apollo": a title's character
			if pairs := x.titleCharList(obj); len(pairs) > 0 && x.titleCharOK(pairs[0][0]) {
				if subjects := x.subjectsBefore(k, 1); len(subjects) == 1 {
					for _, p := range pairs {
						x.add(graph.KindCast, subjects[0], p[0], p[1], "")
					}
					continue
				}
			}
		}
		if pairs := x.charsInTitles(obj); len(pairs) > 1 && !isAs {
			// "known for voicing C1 in T1, C2 in T2 and C3 in T3"
			if subjects := x.subjectsBefore(k, 1); len(subjects) == 1 {
				for _, p := range pairs {
					x.add(graph.KindCast, subjects[0], p[1], p[0], "")
				}
				continue
			}
		}
		var sbuf [8][2]int
		spans := x.noOfficeChar(x.charList(sbuf[:0], obj)) // not "X plays the CEO of an IT company"
		if len(spans) == 0 && !isAs && low != "role" {
			if cs, ce := x.appositiveChar(obj); ce > cs {
				spans = [][2]int{{cs, ce}} // "embodies her other half, comedy writer Ava"
			}
		}
		if isAs && len(spans) == 1 {
			// "working as Assistant ADR Engineers", "as ADR Director": a job
			// in capitals, not a character
			last := x.toks[spans[0][1]-1].low
			if j, isJob := jobNouns[last]; isJob && j != graph.JobOriginalAuthor || crewWordsOff[last] {
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCrew, s, x.sshow, "", j)
				}
				continue
			}
		}
		job := ""
		if len(spans) == 0 {
			d := x.tok(obj).low
			if j, ok := x.jobPhraseAt(obj); isAs && ok && x.sshow != "" {
				// "X is attached to the project as one of its producers"
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCrew, s, x.sshow, "", j)
				}
				continue
			}
			if isAs && x.castMembersAt(obj) && x.sshow != "" {
				// "A and B have been confirmed as returning cast members"
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCast, s, x.sshow, "", "")
				}
				continue
			}
			if isAs && !x.tok(obj).has(cJobNoun) && x.crewWordWithin(obj, 3) && x.sshow != "" {
				// "X returned as character designer": off-screen work
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCrew, s, x.sshow, "", "")
				}
				continue
			}
			if isAs && d != "a" && d != "an" && d != "the" && d != "his" && d != "her" && d != "their" && !x.tok(obj).has(cJobNoun) && !roleNouns[d] && !x.possRelationAt(obj) {
				continue
			}
			if low == "role" {
				// "X takes on the role of Mia's mother": a role with no name
				if v := obj - 1; (x.tok(v).low == "on" && (x.tok(v-1).low == "takes" || x.tok(v-1).low == "take" || x.tok(v-1).low == "took" || x.tok(v-1).low == "taking")) && x.sshow != "" {
					char := ""
					for m := obj + 3; m < len(t) && m < obj+12 && t[m].kind != tPunct; m++ {
						if (t[m].low == "named" || t[m].low == "called") && x.charAt(m+1) > m+1 {
							char = x.span(m+1, x.charAt(m+1)) // "a rebellious character named Ae Soon"
							break
						}
					}
					for _, s := range x.subjectsBefore(v-1, 1) {
						x.add(graph.KindCast, s, x.sshow, char, "")
					}
				}
				continue
			}
			for m := obj; m < obj+5 && m < len(t); m++ {
				if j, ok := jobNoun(&t[m]); ok && j != graph.JobOriginalAuthor {
					if !x.characterJobAt(k, obj) {
						job = j // not "X plays a film director": a character's trade
					}
					break
				}
				if t[m].kind == tPunct || t[m].low == "in" || t[m].low == "on" || t[m].low == "opposite" || t[m].low == "alongside" {
					break // "X will play the lead in director Y's next": Y's job
				}
			}
		}
		if isAs && len(spans) > 1 && (x.pairListBefore(k) || x.performerAfter(spans) || x.namesAfterPart(k, spans)) && !x.dualRoleAt(k, obj, isAs) {
			// "The cast includes A as C1, B as C2 and D": D, after the
			// last pair, is another cast member, no second character
			for _, sp := range spans[1:] {
				if ps := x.nameInNP(sp[0], sp[1]); ps >= 0 && x.sshow != "" {
					x.add(graph.KindCast, x.resolve(x.span(ps, sp[1])), x.sshow, "", "")
				}
			}
			spans = spans[:1]
		}
		want := 0
		// "X, who plays Leah, Marilyn and Jo": a verb in the singular has
		// one subject, who plays each character
		dual := len(spans) > 1 && (x.dualRoleAt(k, obj, isAs) || singularPlayVerbs[low])
		if len(spans) > 1 && !dual {
			want = len(spans)
		}
		subjects, byPronoun := x.castObjectSubject(k)
		if !byPronoun {
			subjects = x.shareSurname(x.subjectsBefore(k, want))
		}
		if s := x.oneActorRoles(k, low, want, len(subjects), byPronoun || isAs || len(spans) < 2 || !x.capsBetween(k+1, spans[0][0])); s != nil {
			subjects, dual = s, true // "X, who played C1 and C2 on T": one actor, two characters
		}
		if len(subjects) == 0 && !byPronoun {
			subjects = x.participleSubject(k) // "X joins the cast, playing C"
		}
		if len(subjects) == 0 && x.tok(k-1).low == "for" && x.tok(k-2).low == "and" {
			subjects = x.parallelForSubject(k-2, want) // "X is known for her role as A in T1, and for playing B in T2"
		}
		if len(subjects) == 0 && isAs && len(spans) == 1 {
			subjects = x.asideAsSubject(k, spans[0][1]) // "X, as C, is excellent"
		}
		if len(subjects) == 0 && isAs && len(spans) == 1 {
			subjects = x.possRoleSubject(k) // "Her breakout role as C in T"
		}
		if len(subjects) == 0 {
			continue
		}
		office, onScreen := "", false
		if isAs && len(spans) == 0 {
			office, onScreen = x.officeOfTitle(obj) // "named X as the new host of T"
		}
		if isAs && len(spans) == 0 && job == "" && !onScreen && !x.castVerbNear(k) && !roleNounsIDs.has(x.tok(obj).id) && !x.relationRoleAt(obj) && !x.turnAsTitle(k, obj) && !(x.tok(k-1).low == "back" && x.tok(k-2).has(cAuxWords)) && !(x.s.para > 0 && x.toks[len(x.toks)-1].text != "." && creditLine(x.s) && (x.tok(k-1).text == ")" || x.possRelationAt(obj))) {
			continue // "X used the prayer as a mantra": no role; "X is back as the craggy detective" is one
		}
		var chars []string
		for _, sp := range spans {
			chars = append(chars, x.span(sp[0], sp[1]))
			for m := sp[0]; m < sp[1]; m++ {
				x.use(m)
			}
		}
		chars = shareSurname(chars)
		show := x.sshow
		if ti := x.genreTitleBefore(k); isAs && ti != "" {
			show = ti // "X previously starred in the hit series T as C"
		} else if ti := x.participleTitle(k); ti != "" {
			show = ti // "He starred opposite Y in the period drama T, playing C"
		}
		if office != "" {
			show = office // "as the new showrunner of T"
		}
		if ti := x.describedRoleTitle(obj); (len(spans) == 0 || x.possRelationAt(obj)) && ti != "" {
			show = ti // "X played a corrupt mayor in T"
		}
		more := -1 // where "and C2 in T2" may follow the first pair
		if len(spans) == 1 || dual {
			// "her role as Nina in Night Falls": the show follows; "played
			// C1 and C2 on T": after the last character
			e := spans[len(spans)-1][1]
			if x.tok(e).text == "." && (x.tok(e+1).low == "in" || x.tok(e+1).low == "on") {
				e++ // "as Derek Jr. in Zoolander 2"
			}
			if l := x.tok(e).low; (l == "in" || l == "on") && (x.titleStarts(e+1) || x.tok(e+1).low == "the" && !x.tok(e+1).cap && (x.titleStarts(e+2) && !x.tok(e+2).has(cNetworks) || titleAdjectivesIDs.has(x.tok(e+2).id) && x.titleStarts(e+3) || x.tok(e+2).has(cNetworks) && x.tok(e+3).kind == tPoss && x.titleStarts(e+4)) ||
				(x.tok(e+1).low == "the" || x.tok(e+1).kind == tWord && !x.tok(e+1).cap && !x.tok(e+1).has(cStopWords)) && x.tok(x.titlePrefix(e+1)-1).has(cGenreNouns) && x.titleStarts(x.titlePrefix(e+1)) || x.tok(e+1).low == "the" && x.genreThenTitle(x.titlePrefix(e+1)) > 0) ||
				x.fromTitleAt(e) > 0 || (l == "in" || l == "on") && x.seasonOfTitle(e+1) > 0 {
				at := e + 1
				if p := x.seasonOfTitle(e + 1); (l == "in" || l == "on") && p > 0 {
					at = p // "as C in three series of T", "in the final season of T"
				} else if f := x.fromTitleAt(e); f > 0 {
					at = f // "best known as Maester Aemon from fantasy TV series T"
				} else if p := x.titlePrefix(e + 1); !x.tok(e+1).cap && x.tok(e+1).kind == tWord && x.tok(p-1).has(cGenreNouns) && !x.tok(p-1).cap {
					at = p // "played Anna in the film Roja", "as C on popular soapie T"
				} else if g := x.genreThenTitle(p); x.tok(e+1).low == "the" && g > 0 {
					at = g // "played C in the long-running ITV series T"
				}
				if x.tok(at).low == "the" && !x.tok(at).cap {
					at++ // "playing Ginger in the Ginger Snaps horror movies"
					if titleAdjectivesIDs.has(x.tok(at).id) && !x.tok(at).cap && x.titleStarts(at+1) {
						at++ // "in the upcoming Oshi no Ko anime"
					}
				}
				if p := x.pastNetwork(at); p > at {
					at = p // "as Rob in ITV drama Innocent", "as Jo in Channel 4 comedy T"
				} else if x.tok(at).has(cNetworks) && x.tok(at+1).kind == tPoss {
					// "as Lucía in Netflix's “Red Earth”", "in ITV's
					// long-running drama Harrowgate"
					m := at + 2
					for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns|cStopWords); q++ {
						m++
					}
					if x.tok(m).has(cGenreNouns) && !x.tok(m).cap {
						m++
					}
					if x.titleStarts(m) {
						at = m
					}
				}
				if te := x.titleAt(at, false); te > at && x.tok(te).kind == tPoss && x.personShaped(at, te) && x.titleStarts(te+1) {
					// "as Anbu in Lokesh Kanagaraj's Kaithi": the maker's title
					if te2 := x.titleAt(te+1, false); te2 > te+1 && !x.isNetwork(x.span(te+1, te2)) {
						x.add(graph.KindCrew, x.span(at, te), unquote(x.span(te+1, te2)), "", "")
						at = te + 1
					}
				}
				if te := x.titleAt(at, false); te > at && !(x.tok(te).has(cJobNoun) && !x.tok(te).cap) { // not "in “T” director X's next project"
					if te == at+1 && x.tok(te).low == "and" && x.titleAt(te+1, false) == te+2 && (te+2 == len(t) || x.tok(te+2).kind == tPunct && !isQuote(x.tok(te+2).text)) {
						te += 2 // "as C in Saints and Sinners.": one title of two words, one character's show
					}
					ti := x.span(at, te)
					if v := x.languageVersionEnd(te); describes(ti) && v > 0 {
						show = x.versionOfTitle(v) // "voices C in the Hindi version (of the film)": the sentence's show, or the title after "of"
					} else if describes(ti) {
						show = "" // "as C in Birmingham-based gang drama", "on the US soap": a show unnamed
					} else if x.isShow(ti) || x.tok(k-1).low == "role" || x.tok(k-1).low == "part" ||
						!x.tok(at).has(cNetworks) && !(x.tok(at).has(cDateWords) && !x.seasonNamedTitle(at, te)) && !(te == at+1 && x.tok(at).has(cStopWords)) && x.knownPerson(ti) == "" {
						show, more = ti, te
					}
				}
			}
		}
		show = x.laterRoleShow(show, office, obj, spans) // "played a younger version of C in T", "starred as the mother of C in T"
		if len(spans) == 1 && x.tok(spans[0][1]).low == "in" && x.kindAt(spans[0][1]+1) {
			if ti := x.actorTitle(); ti != "" {
				show = ti // "Harbour Lane actor X, who played C in the soap"
			}
		}
		if show == "" {
			continue // no show in the article, and none after the role
		}
		switch {
		case job != "":
			jobs := []string{job}
			if isAs {
				jobs = x.jobsJoined(obj, job) // "X returns as writer and executive producer"
			}
			for _, s := range subjects {
				for _, j := range jobs {
					x.add(graph.KindCrew, s, show, "", j)
				}
			}
		case len(chars) == 0:
			for _, s := range subjects {
				x.add(graph.KindCast, s, show, "", "")
			}
		case dual && len(subjects) == 1:
			for _, c := range chars {
				x.add(graph.KindCast, subjects[0], show, c, "") // "X will play the dual roles of A and B"
			}
		case len(chars) == len(subjects):
			for i, s := range subjects {
				x.add(graph.KindCast, s, show, chars[i], "")
			}
		case len(chars) == 1 && !isAs && x.sharedRole(k, subjects):
			// "A and B will portray C", "A and B join forces to voice C":
			// each plays the one character
			for _, s := range subjects {
				x.add(graph.KindCast, s, show, chars[0], "")
			}
		case len(chars) == 1:
			x.add(graph.KindCast, subjects[len(subjects)-1], show, chars[0], "")
		}
		if more > 0 && len(chars) == 1 && len(subjects) == 1 && rolePairNounsIDs.has(x.tok(k-1).id) && !x.tok(k-1).cap {
			// "her roles as C in T, C2 in T2", "her starring role as C in T
			// and C2 in T2", "her work as C from T and C2 in T2"
			x.morePairs(subjects[0], more)
		}
	}
}

var serveWords = set(`serve serves served serving act acts acted acting`)

// jobWithin returns the job a job word names within n tokens of i, or "".
func (x *extractor) jobWithin(i, n int) string {
	j, _ := x.crewWithin(i, n)
	return j
}

// crewWithin is jobWithin that also finds the crew words with no job:
// "as the composer" gives "", true.
func (x *extractor) crewWithin(i, n int) (string, bool) {
	for m := i; m < i+n && m < len(x.toks); m++ {
		if j, ok := jobNounsIDs.lookup(x.toks[m].id); ok && j != graph.JobOriginalAuthor {
			if x.tok(m+1).low == "of" && (x.tok(m+2).low == "photography" || x.tok(m+2).low == "cinematography") {
				return "", true // "director of photography"
			}
			if j == graph.JobDirector && m > i && (x.toks[m-1].low == "music" || x.toks[m-1].low == "art" || x.toks[m-1].low == "casting") {
				return "", true // "as the music director": the composer
			}
			return j, true
		}
		if x.toks[m].kind == tPunct {
			break
		}
	}
	return "", false
}

// replacingRule: "..., replacing X" gives X the character just credited.
func (x *extractor) replacingRule() {
	if !x.sentHas(cCastCue | cCrewWorkCue) {
		return // "replacing" and "replaces" are casting cues, "succeeding" a crew work cue
	}
	if x.lastChar == "" {
		x.replacedCast()
		return
	}
	for k := range x.toks {
		if l := x.toks[k].low; l == "replacing" || l == "replaces" || l == "succeeding" {
			if pe := x.personAt(k + 1); pe > k+1 {
				x.add(graph.KindCast, x.span(k+1, pe), x.sshow, x.lastChar, "")
			}
		}
	}
}

// charsInTitles reads a list of roles in other shows at i: "Sakura in I
// Want To Eat Your Pancreas, Mafuyu in We Never Learn and Miorine in T3".
// It returns (character, title) pairs, or nil when the list breaks off.
func (x *extractor) charsInTitles(i int) [][2]string {
	var out [][2]string
	for len(out) < 12 {
		if len(out) > 0 && x.tok(i).low == "the" && !x.tok(i).cap && x.tok(i+1).cap {
			i++ // "and the Dowager Countess in T2"
		}
		ce := x.charAt(i)
		ts := ce + 1
		if x.tok(ts).low == "the" && !x.tok(ts).cap && x.titleStarts(ts+1) {
			ts++ // "in the Harry Potter films"
		}
		if ce == i || x.tok(ce).low != "in" || !x.titleStarts(ts) {
			return out
		}
		te := x.titleAt(ts, false)
		if te == ts {
			return out
		}
		out = append(out, [2]string{x.span(i, ce), unquote(x.span(ts, te))})
		if ts > ce+1 && franchiseWordsIDs.has(x.tok(te).id) && !x.tok(te).cap {
			te++ // "the Harry Potter films": the kind of work after the title
		}
		next, ok := x.pastListSep(te)
		if !ok {
			return out
		}
		i = next
	}
	return out
}

// pastListSep steps past the separator of a list's items at k, ", and",
// "," or "and": it returns where the next item starts, and false where no
// separator stands at k.
func (x *extractor) pastListSep(k int) (int, bool) {
	switch {
	case x.tok(k).text == "," && x.tok(k+1).low == "and":
		return k + 2, true
	case x.tok(k).text == "," || x.tok(k).low == "and":
		return k + 1, true
	}
	return k, false
}

// crewWordsOff are off-screen jobs the facts contract names no job for.
var crewWordsOff = set(`engineer engineers cinematographer cinematographers editor editors composer composers
	designer designers choreographer animator animators supervisor consultant consultants`)

// crewWordsOffBits are the bits of crewWordsOff (mayHold).
var crewWordsOffBits = setMask(crewWordsOff)

// crewWordWithin reports whether an off-screen job word stands within n
// tokens of i: "as ADR Engineer", "as the cinematographer".
func (x *extractor) crewWordWithin(i, n int) bool {
	for m := i; m < i+n && m < len(x.toks); m++ {
		if crewWordsOffIDs.has(x.toks[m].id) {
			return true
		}
		if x.toks[m].kind == tPunct {
			return false
		}
	}
	return false
}
