package extract

// Brackets after a name: "X (Show)", "X (Show Season 2)", "Character
// (Actor)", "X (Character)" for returning cast, "(C in T, C2 in T2)".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// bracketRule: "Name (Show)", "Name (Show Season 2)", "Character (Actor)",
// "Show (starring X and Y)", "Name (live-action Show's Character, Show2)".
func (x *extractor) bracketRule() {
	if x.s != nil && !x.s.parens {
		return // no bracket to read
	}
	t := x.toks
	charActor := x.bracketPairs()      // a bracket of this sentence held a character's actor
	actorChar, playing := false, false // ... an actor's character; ... said so: "X (playing C1), Y (C2)"
	var pbuf [4]part                   // a bracket's parts, read anew in each
	for k := 0; k < len(t); k++ {
		if t[k].text != "(" {
			continue
		}
		if e := x.bracketAt(k, &charActor, &actorChar, &playing); e > k {
			k = e - 1 // the first reading's bracket, replayed (bracketparses.go)
			continue
		}
		c := x.closeOf(k)
		if c < 0 {
			continue // a bracket left open, "A ("T1", B ("T2"), and C ("T3")": the brackets after it still read
		}
		if c == k+1 || x.brOver[k] || k > 0 && c+1 < len(t) && (t[c+1].text == ":" || isDash(t[c+1].text)) && x.s.head && k < 8 || c <= k+3 && creditNote(t[k+1:c]) {
			k = c // "Shoya Ishida (in year 6 at school): Ryan", "Writer: A (Screenplay)": a note in a credits line
			continue
		}
		first := &t[k+1]
		if n := x.tok(k + 3).text; first.kind == tNum && x.tok(k+2).text == ":" && n != "" && n[0] >= '0' && n[0] <= '9' {
			k = c // "4:00PM Eastern (1:00PM Pacific)": a time, no title
			continue
		}
		if first.low == "also" && x.tok(k+2).low == "known" || first.low == "aka" || first.low == "a.k.a" || x.quotedTranslation(k, c) {
			k = c // "Hero (also known as Her Story)": the title's other name; "‘Sang Rawi (Red Hills)’" (quotedtranslations.go)
			continue
		}
		if x.companyProducers(k, c) {
			k = c // "producers Every Cloud Productions (A and B)"
			continue
		}
		if ps := x.personBefore(k); ps < k && x.slashRoles(ps, k, k, c) {
			k = c // "Ryo Yoshizawa (Ei Sei/Hyou)": a double role
			continue
		}
		if x.actorOfTitle(k, c) || x.describedActorBracket(k, c) || x.reviewBracket(k, c) || x.charOfTitleBracket(k, c) || x.starOfBracket(k, c) || x.fameBracket(k, c) || x.describedNounBracket(k, c) {
			k = c // "Ki-seok (Lee Joon-hyuk of “The Roundup”)"
			continue
		}
		if x.titleMakerBracket(k, c) || x.possActorBracket(k, c) || x.possMakerBracket(k, c) || x.titleCastBracket(k, c) {
			k = c // "Mike Bartlett’s (Doctor Foster, The Town) new project", "T (A, B, C) dropped"
			continue
		}
		if pe := x.roleByAt(k + 1); pe > 0 && x.sshow != "" {
			// "killer Kim Soo-hyun (role to be portrayed by Jang Ki-yong)"
			if cs := x.charBefore(k); cs < k {
				by := pe
				for x.tok(by).low != "by" {
					by--
				}
				if ps := x.personBefore(pe); ps > by+1 {
					by = ps - 1 // past "Colombian actor"
				}
				x.add(graph.KindCast, x.span(by+1, pe), x.sshow, x.span(cs, k), "")
			}
			k = c
			continue
		}
		if at := x.bracketRoleAt(k); at > 0 {
			// "Austin North (who plays Topper)", "Yō Ōizumi (voice of Layton
			// in the Professor Layton series)"
			if ps := x.personBefore(k); ps < k {
				if ce := x.charAt(at); ce > at {
					show := x.sshow
					if x.tok(ce).low == "in" {
						in := ce + 1
						if x.tok(in).low == "the" {
							in++
						}
						if e := x.titleAt(in, false); e > in && !x.isNetwork(x.span(in, e)) {
							show = unquote(x.span(in, e))
						}
					}
					if show != "" {
						x.add(graph.KindCast, x.span(ps, k), show, x.span(at, ce), "")
						playing = true
					}
				}
			}
			k = c
			continue
		}
		if first.low == "who" || first.low == "in" || first.low == "also" && x.tok(k+2).low == "in" && !x.tok(k+2).cap {
			// "Aaron Taylor-Johnson (who starred in Nocturnal Animals)", "Yoo
			// Ah-in (in the short film Fragile)", "Ben Miller (also in
			// Johnny English, Bridgerton)": the person's earlier work
			at := k + 1
			if first.low == "also" {
				at = k + 2
			}
			if first.low == "in" || first.low == "also" && len(x.titleList(at+1)) < 2 {
				// a title after a genre noun or quoted, not "(in London)"
				ts := x.titlePrefix(at + 1)
				if !(ts > k+2 && x.tok(ts-1).has(cGenreNouns) || isQuote(x.tok(ts).text) || x.isShow(x.span(ts, x.titleAt(ts, false)))) {
					at = -1
				}
			}
			if first.low == "who" {
				at = k + 2
				if x.tok(at).low == "also" || x.tok(at).low == "previously" || x.tok(at).low == "recently" {
					at++
				}
				if l := x.tok(at).low; (l == "starred" || l == "appeared" || l == "co-starred" || l == "featured") && (x.tok(at+1).low == "in" || x.tok(at+1).low == "on") {
					at += 1
				} else {
					at = -1
				}
			}
			if ps := x.personBefore(k); ps < k && at > 0 {
				if titles := x.titleList(at + 1); len(titles) > 0 && x.closeOf(k) == c {
					for _, ti := range titles {
						if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
							x.add(graph.KindCast, x.span(ps, k), unquote(ti), "", "")
						}
					}
					k = c
					continue
				}
			}
			if first.low == "also" {
				k = c // "(also in London)": no title, and no show of the name's
				continue
			}
		}
		if first.low == "starring" || first.low == "featuring" || first.low == "stars" {
			if ts := x.titleBefore(k); ts < k {
				title := x.span(ts, k)
				for _, it := range x.parseList(k + 2) {
					x.add(graph.KindCast, x.itemName(it), title, "", "")
				}
			}
			k = c
			continue
		}
		if x.possCharBracket(k, c) {
			k = c // "Anthony, Heidi's (Roberts) boyfriend": the character's actor
			continue
		}
		j := k
		if x.tok(j-1).text == "PD" && j > 2 {
			j-- // "Kwak Jung Hwan PD (The K2)": a Korean producer-director's title
		}
		if j > 3 && x.ageBracket(j-3) {
			j -= 3 // "Sakura Ando (39) (Manpuku)": the age's bracket between the name and the title's
		}
		if x.tok(j-1).text == "]" {
			if o := x.openOf(j - 1); o > 0 {
				j = o
			}
		}
		ps := x.personBefore(j)
		if ps == j {
			x.describedTitleActor(k, c) // "his older brother (T's X)"
			k = c
			continue
		}
		outer := x.span(ps, j)
		if x.titleInBracket(ps, k, c) || x.tickerBracket(ps, k, c) || x.spelledOut(ps, j, k, c) || x.stageName(ps, j, k, c) || x.ownStageName(ps, j, k, c) || x.abbreviates(k, c) || x.mixedAcronym(k, c) || x.placeListItem(ps, j) || x.labelledActorBracket(outer, k, c) || x.familyPairBracket(ps, j, k, c) {
			k = c // "her performance in Mon Roi (My King)": a title's other name; "Paramount Global (PARA)": a stock's ticker; "CND (Campaign for Nuclear Disarmament)"; "Bernard (Ana Selo:- T1, T2)": a character's actor and titles; "A (C1 Dunmore), B (C2 Dunmore)": a family of characters in the brackets (pairfamily.go)
			continue
		}
		if c == k+2 && isUpperCase(t[k+1].text) && (initialsOf(outer) == t[k+1].text || capitalsOf(outer) == t[k+1].text) || j-ps == 1 && x.tok(ps-1).low == "the" && c <= k+4 && strings.Contains(x.span(k+1, c), "&") {
			k = c // "Intelligence Bureau (IB)", "Rundfunk Berlin-Brandenburg (RBB)", "Young and the Restless (Y&R)": an abbreviation
			continue
		}
		parts := x.bracketParts(pbuf[:0], k+1, c)
		if x.describedBracket(ps, j, k, c, parts) {
			k = c // "C (played by T villainess, A)", "C (A in a bravura performance)", "A (Varo county women representative)" (describedbrackets.go)
			continue
		}
		if x.charListBracket(ps, j, k, parts) {
			charActor, k = true, c // "classic characters like A B (C D), E F (G H)"
			continue
		}
		if x.pairListBracket(ps, j, k, parts) {
			k = c // "A (C), B (D) and E (Sister F)": the side the list's pairs settle (pairsides.go)
			continue
		}
		if x.charActorWork(ps, j, k, c, parts) || x.actorCharWork(ps, j, parts) {
			k = c // "murderer C (A, T)", "Detective C (A, 34)": the character, then the actor and the actor's title or age (charactorworks.go)
			continue
		}
		crewTitle := len(parts) == 1 && x.crewBracket(ps, parts[0])
		if len(parts) == 1 && !parts[0].poss && !crewTitle {
			p := parts[0]
			inner := x.span(p.i, p.j)
			if !x.tok(p.i).cap && x.tok(p.i).kind != tNum && !p.loose && !digitTitleWord(x.tok(p.i)) {
				k = c
				continue
			}
			// Character (Actor) where the bracket holds the surname of a
			// person named elsewhere ("Anna (Adams)") or, in a sentence
			// that speaks of no casting, a person's name ("Bonnie Carlson
			// (Zoë Kravitz) had killed Perry")
			if actor := x.surnameActor(inner, outer, p); actor != "" {
				// "Winifred (Midler)": a surname of a person named in full,
				// even in a sentence about returning cast
				charActor = true
				x.add(graph.KindCast, actor, x.sshow, x.nickOuter(ps, j), "")
				k = c
				continue
			}
			if cs, ok := x.rankedChar(ps, j); ok && x.startsName(p.i) && x.personShaped(p.i, p.j) && x.sshow != "" {
				// "head of security for French Defense Minister Philippe
				// Bardin (Nathan Willcocks)": an office before a character
				x.add(graph.KindCast, inner, x.sshow, x.span(cs, j), "")
				k = c
				continue
			}
			if actor := ""; p.j-p.i == 1 && j-ps == 1 && x.tok(p.i).kind == tWord {
				if actor = x.givenBracketActor(inner, outer, charActor); actor != "" {
					// "two brothers, Daniel (Dingdong) and Miguel (Dennis)"
					charActor = true
					x.add(graph.KindCast, actor, x.sshow, outer, "")
					k = c
					continue
				}
			}
			if x.soloCharInner(ps, j, p) || x.namedCharInner(ps, j, p) {
				// "Nicolaj Coster-Waldau (Jaime Lannister) stopped by ...
				// talked about Jaime's reunion": the article names the
				// bracket's first word alone, the character's way
				actorChar = true
				x.add(graph.KindCast, outer, x.sshow, inner, "")
				k = c
				continue
			}
			if !x.returning {
				actor := ""
				if p.j-p.i > 1 && !p.work && !isQuote(x.tok(p.i-1).text) && (!x.castWords || j-ps == 1 || charActor || !x.castWordBut(ps-1) && !starringBefore(x.tok(ps-1)) || x.soapChar(ps, j, inner)) && (x.personShaped(p.i, p.j) || charActor && x.personAt(p.i) == p.j) && (x.startsName(p.i) || charActor || j-ps == 1 && x.castCredited(inner) || x.givenUntitledBracket(ps, j, p.i, p.j)) && !x.isShow(inner) && (!x.showLike(p.i, p.j) || charActor && x.tok(p.i+1).has(cParticle)) &&
					(x.knownPerson(outer) == "" || x.knownChar(outer) || x.givenUntitledBracket(ps, j, p.i, p.j)) && !x.surnameLeads(ps, j, p) {
					// "Billy (Denis Leary)": one name word, then a full name,
					// not a quoted title ("Rinn (\"Grey Lantern\")");
					// "talk show host Murray Franklin (Robert De Niro)": the
					// only casting word describes the character; "Pat Butcher
					// (Pam St Clement)" in a soap's news
					actor = inner
				}
				if actor != "" {
					// the sentence pairs characters with actors: "A (X), B (Y)
					// and C (Z)" reads the same way throughout
					charActor = true
					x.add(graph.KindCast, actor, x.sshow, x.nickOuter(ps, j), "")
					k = c
					continue
				}
			}
			// "X (playing DC Sandy Wilson), Y (Sgt Billy McCabe), Z
			// (Donnie)": the list's first bracket said what they hold
			if (playing && ps > 0 && (x.tok(ps-1).text == "," || x.tok(ps-1).low == "and") || x.listedCharBracket(ps, j, p, actorChar)) && x.personShaped(ps, j) && !x.isShow(inner) && x.knownPerson(inner) == "" &&
				x.charAt(p.i) == p.j && x.sshow != "" {
				x.add(graph.KindCast, outer, x.sshow, inner, "")
				k = c
				continue
			}
			// Actor (Character) where the bracket holds one given name in a
			// list of cast: "Mina El Hammani (Nadia); Ester Expósito (Carla)",
			// or where the sentence's brackets hold names the article uses
			// alone elsewhere: "X (Samu), Y (Guzmán)" and later "Guzmán,
			// Samuel and Ander"; a cast list of another language (foreignbrackets.go)
			if (x.castListSentence() && p.j-p.i <= 3 || (x.tok(ps-1).low == "and" && x.tok(ps-2).text == ")" || x.tok(ps-1).text == ";" || ps == 0) && (actorChar || x.semicolons() >= 2) && p.j-p.i == 1 ||
				p.j-p.i == 1 && (x.playsAfterPairs(ps, c) || x.foreignPairBrackets())) && x.tok(c+1).low != "as" && !x.isShow(inner) && (x.knownPerson(inner) == "" || x.semicolons() >= 2 || x.fold(x.knownPerson(inner)) == x.fold(outer)) && j-ps >= 2 && x.personShaped(ps, j) &&
				!x.showLike(p.i, p.j) && x.tok(p.i).kind == tWord {
				// "A (C1), B (C2) and D (C3), among others, complete the cast
				// list": the brackets hold the characters
				actorChar = true
				x.add(graph.KindCast, outer, x.sshow, inner, "")
				k = c
				continue
			}
			if p.j-p.i == 1 && (x.startsName(p.i) || x.soloBrackets() >= 2) && !x.isShow(inner) && !countryName(inner) && (x.resolve(inner) == inner || x.pairSentence() && x.fold(x.resolve(inner)) == x.fold(outer)) && j-ps >= 2 &&
				x.personShaped(ps, j) && (x.startsName(ps) || x.soloBrackets() >= 2) && (x.tok(c+1).text == ";" || x.tok(ps-1).text == ";" || x.tok(ps-1).low == "and" && x.tok(ps-2).text == ";" ||
				x.soloBrackets() >= 2 && (x.solo(inner) > 0 || x.pairSentence())) {
				// only in a list split by semicolons: "Melanie Lynskey (Candy),
				// Christina Ricci (Wednesday)" names shows; "B (Singapore)" a country
				actorChar = true
				x.add(graph.KindCast, outer, x.sshow, inner, "")
				k = c
				continue
			}
			if charActor && p.j-p.i == 1 && x.tok(p.i).kind == tWord && x.tok(p.i).cap && !x.isShow(inner) && !countryName(inner) && x.personShaped(ps, j) && x.sshow != "" {
				// "chef A B (C D), who meets singer E F (Daly)": the sentence
				// paired a character with an actor, and one word in the
				// next bracket is the next actor's name, no title
				x.add(graph.KindCast, inner, x.sshow, x.span(ps, j), "")
				k = c
				continue
			}
			// Character (Actor): the bracket names a person, and is not a
			// quoted title ("members X (“Unbreakable Kimmy Schmidt”)")
			cs := x.charBefore(j)
			if cs > ps {
				cs = ps
			}
			if !x.showLike(p.i, p.j) && !isQuote(x.tok(k+1).text) && ((x.charContext(ps) || x.charContext(cs) || x.tok(cs).has(cCharTitles)) && (x.personShaped(p.i, p.j) || p.j-p.i == 1 && j-ps == 1 && x.knownPerson(outer) == "") && !x.isShow(inner) ||
				x.bracketFull(inner, ps, j, p) && x.knownPerson(outer) == "") {
				charActor = true // "friend A (X) and B (Y)": the next pairs read the same way
				x.add(graph.KindCast, inner, x.sshow, x.span(cs, j), "")
				k = c
				continue
			}
		}
		// "Angie Fielder and Polly Staniford (“Lion”)": the bracket credits
		// both names
		owners := []string{outer}
		if a := x.tok(ps - 1).low; (a == "and" || a == "&") && ps > 1 {
			if ps2 := x.personBefore(ps - 1); ps2 < ps-1 && x.tok(ps-2).text != ")" && x.tok(ps2-1).text != "," && !x.castPairBracket(ps2, c) {
				owners = append(owners, x.span(ps2, ps-1))
			}
		}
		if ps == 0 && c == len(t)-1 && len(parts) == 1 && !parts[0].poss && x.show != "" && !isQuote(x.tok(k+1).text) && x.personShaped(ps, j) && !x.isShow(x.span(parts[0].i, parts[0].j)) &&
			x.charAt(parts[0].i) == parts[0].j && x.surnameLeads(ps, j, parts[0]) {
			// "Jenna Morales (Casey Whitfield)" on a line of its own, over
			// "Morales played ...": a heading naming the person, then the
			// character, in the article's show, whatever show the
			// paragraph before ended on
			x.add(graph.KindCast, outer, x.show, x.span(parts[0].i, parts[0].j), "")
			k = c
			continue
		}
		if len(parts) == 1 && !parts[0].poss && x.namePair(ps, j, parts[0]) && (x.rolesWord() || x.namePairs() >= 2) && !x.crewPredicateAfter(parts[0].j) {
			// "The posters show A B-c (D E-f), G H-i (J K-l) in their
			// roles": a name in the bracket after a name is no show; where
			// the sentence speaks of roles, the actor's character
			if x.sshow != "" && x.charsLike(ps) {
				// "characters like A (X), B (Y)": the characters, then their actors
				charActor = true
				x.add(graph.KindCast, x.span(parts[0].i, parts[0].j), x.sshow, outer, "")
			} else if x.sshow != "" && (x.rolesWord() || starringBefore(x.tok(ps-1)) || actorChar) {
				// "starring A (C1) and B (C2)": the actors, then their characters
				actorChar = true
				x.add(graph.KindCast, outer, x.sshow, x.span(parts[0].i, parts[0].j), "")
			}
			k = c
			continue
		}
		if x.charTitleActor(ps, j, parts) || x.charActorNoShow(ps, j, parts) || x.charActorFull(ps, j, parts) || x.roleOfList(ps) || x.givenSurname(ps, j, parts) || x.personNameBracket(ps, j, k, parts) || x.birthBracket(parts) {
			k = c // "his brother Nano (Money Heist's Jaime Lorente)": an actor after the title's possessive; "Leah (Mia Cole)": no show
			continue
		}
		if j-ps == 1 && len(owners) == 1 && x.loneNonName(ps, parts) {
			k = c // "IdeaCandy (T1, T2)", "ISTANBUL (AA)", "Kalai (Kavin)": no person's titles
			continue
		}
		for _, p := range parts {
			if x.datedBracket(p.i, p.j) {
				continue // "Ana Selo (20 July 1925 - 23 March 2017)": a life span, no title
			}
			var tbuf [4]string
			for _, title := range x.splitAnd(tbuf[:0], p) {
				if x.countryName(title) || x.photoCredit(title) || x.placeName(outer) || clockTitle(title) || x.pairNamesBracket(p, title) {
					continue // "sales to AXN (Spain), Mega Channel (Greece, Cyprus)": a market; "X (Getty Images)": a photo's credit; "New York City (Harlem)": a place; "9 p.m. ET (6 p.m. PT)": a time
				}
				for i, o := range owners {
					kind := ""
					if w := x.tok(ps - 1); i == 0 && p.char == "" && w.has(cJobNoun) && !w.cap && jobNounsIDs.get(w.id) != "" && !(x.personShaped(p.i, p.j) && x.startsName(p.i)) {
						kind = graph.KindCrew // "joined by director X (“T”)": the job says off screen, though not T's job
					} else if crewTitle && p.char == "" && i == 0 {
						kind = graph.KindCrew // "written by A (T1) and B (Jack Irish)"
					}
					x.add(kind, o, title, p.char, "")
				}
			}
		}
		k = c
	}
	x.endBrackets(len(t), charActor, actorChar, playing)
}

// namePair reports whether the name from ps to j and the bracket's part p
// after it are both people's names as the datasets start them, of two
// words or more, and the bracket's is no show the article knows and no
// quoted title.
func (x *extractor) namePair(ps, j int, p part) bool {
	if p.j-p.i < 2 || j-ps < 2 || isQuote(x.tok(p.i).text) {
		return false
	}
	inner := x.span(p.i, p.j)
	return x.startsName(p.i) && x.personShaped(p.i, p.j) && x.startsName(ps) && x.personShaped(ps, j) && !x.isShow(inner) && !x.showLike(p.i, p.j)
}

// namePairs counts the sentence's brackets that hold a name after a name,
// as namePair reads them, when every bracket of the sentence does (0 when
// one holds anything else, such as a show).
func (x *extractor) namePairs() int {
	n := 0
	for k := 0; k < len(x.toks); k++ {
		if x.toks[k].text != "(" {
			continue
		}
		c := x.closeOf(k)
		ps := x.personBefore(k)
		if c < 0 || ps >= k || !x.namePair(ps, k, part{i: k + 1, j: c}) {
			return 0
		}
		n++
		k = c
	}
	return n
}

// rolesWord reports whether the sentence speaks of roles or characters.
func (x *extractor) rolesWord() bool {
	for i := range x.toks {
		switch x.toks[i].low {
		case "role", "roles", "character", "characters":
			return true
		}
	}
	return false
}

// bracketRoleAt is where the character of a bracket that opens with a role
// at k starts: "(who plays C)", "(who will play C)", "(voice of C in T)";
// else 0.
func (x *extractor) bracketRoleAt(k int) int {
	at := k + 1
	switch x.tok(at).low {
	case "who":
		at++
		if x.tok(at).low == "will" {
			at++
		}
		if !x.tok(at).has(cPlayVerbs) {
			return 0
		}
		at++
	case "voice", "voicing", "playing":
		at++
		if x.tok(at).low == "of" {
			at++
		}
	default:
		return 0
	}
	if !x.tok(at).cap {
		return 0
	}
	return at
}

// part is one comma-separated part of a bracket.
type part struct {
	i, j  int    // the title's tokens
	char  string // a character named after the title's possessive
	poss  bool
	loose bool // the title followed "live-action": it may start in lower case
	work  bool // "(from T)", "(in T)", "(also T)": a work, never an actor
}

// bracketParts splits a bracket's tokens i..j at commas and reads each part
// as a title, with an optional "'s Character" or "'s title role"; it appends
// the parts to out (a caller's buffer, most often on its stack).
func (x *extractor) bracketParts(out []part, i, j int) []part {
	start := i
	plain := x.plainTitlePart(i, j) // "(A Place to Call Home, Ladies in Black)": titles, no roles
	for k := i; k <= j; k++ {
		// parts end at a comma or semicolon, even one inside quotes
		// ("in “Demon Slayer,” Makoto in “Free!”"), and at a closing quote
		// that a name or "and" follows ("in “Free!” Zora in ...")
		end, next := -1, -1
		switch {
		case k == j:
			end, next = k, k+1
		case x.toks[k].text == "," && x.commaInQuotedTitle(start, k, j):
			continue // (“4 Months, 3 Weeks and 2 Days”): one quoted title
		case x.toks[k].text == "," && (k == start+1 && x.toks[start].text == "I" && k+1 < j && x.toks[k+1].cap || k > start && x.tooAfterComma(k, j)):
			continue // (I, Robot): one title; (I'm a Mother, Too, and T2): "Too" ends the title before it
		case x.toks[k].text == "," || x.toks[k].text == ";" || x.toks[k].low == "and" && x.andSplitsRoles(start, k, j):
			end, next = k, k+1
			if x.closeQuote(k + 1) {
				next = k + 2
			}
		case x.closeQuote(k) && k+1 < j && (x.toks[k+1].cap || x.toks[k+1].low == "and") && !x.possNoQuote(start, k):
			end, next = k+1, k+1
			if x.toks[k+1].low == "and" {
				next = k + 2
			}
		default:
			continue
		}
		p := part{i: start, j: end}
		start = next
		k = next - 1
		stage := false
		for m := p.i; m < p.j; m++ {
			if x.toks[m].has(cStageWords) && !x.toks[m].cap {
				stage = true
			}
		}
		if stage || p.i >= p.j {
			continue
		}
		// "Giyu Tomioka in “Demon Slayer”": a character, then the show
		if x.tok(p.i).low == "and" && p.i+1 < p.j {
			p.i++
		}
		if l := x.tok(p.i).low; (l == "various" || l == "additional" || l == "several") && x.tok(p.i+1).low == "voices" && x.tok(p.i+2).low == "in" && p.i+3 < p.j {
			p.i += 3 // "various voices in “Boruto”": a credit with no character
		}
		for m := p.i + 1; m+1 < p.j && m < p.i+6; m++ {
			if !x.toks[m-1].cap && x.toks[m-1].kind != tNum && !codeName(x.toks[m-1].text) {
				break // not "2B in “NieR: Automata”": a character named by a code
			}
			// "(Dio from Jojo’s Bizarre Adventure)", not "(Letters from Iwo
			// Jima)", "(Escape from the Planet)": one title
			from := x.toks[m].low == "from" && m-p.i <= 2 && x.charAt(p.i) == m && !x.isShow(x.span(p.i, p.j)) && !strings.HasSuffix(x.toks[m-1].low, "s") &&
				x.toks[m+1].low != "the" && p.j-(m+1) >= m-p.i && !x.otherPlainBracket(i) && (isQuote(x.toks[m+1].text) || x.tok(x.titleAt(m+1, false)-1).kind != tPoss && (isNameStart(x.toks[p.i].text) || x.toks[m+1].cap && x.nameNoTitleWord(p.i, m)) || x.toks[m+1].kind == tWord && m+2 < p.j && x.toks[m+2].kind == tPoss)
			if (x.toks[m].low == "in" || from) && !x.toks[m].cap && (isQuote(x.toks[m+1].text) || x.toks[m+1].cap && !plain) &&
				!(x.tok(p.i).low == "the" && !isQuote(x.toks[m+1].text)) { // not "(The Secret in Their Eyes)": one title
				p.char = x.span(p.i, m)
				p.i = m + 1
				// the title ends at its closing quote: "“Bleach” among others"
				if isQuote(x.toks[p.i].text) {
					for q := p.i + 1; q < p.j; q++ {
						if x.closeQuote(q) {
							p.j = q + 1
							break
						}
					}
				}
				break
			}
		}
		p.i = x.bracketLeadIn(p.i, p.j) // "(seen in T)", "(season 3 of T)"
		if l := x.toks[p.i].low; (l == "in" || l == "from" || l == "also") && !x.toks[p.i].cap {
			// "(in the short film Fragile)", "(also Bleak Night)"
			q := p.i + 1
			for q < p.j && q < p.i+5 && x.toks[q].kind == tWord && !x.toks[q].cap {
				q++
			}
			if q < p.j && x.titleStarts(q) {
				p.i, p.work = q, true
			}
		}
		x.adaptedPart(&p, i, j) // "(série live-action de T)", "(T como C)" (bracketadapt.go)
		for p.i < p.j && (x.toks[p.i].low == "live-action" || x.toks[p.i].low == "animated" || x.toks[p.i].low == "the" && !x.toks[p.i].cap) {
			if x.toks[p.i].low != "the" {
				p.loose = true // not "(the auteur behind the upcoming biopic)": a description
			}
			p.i++
		}
		x.quotedTitleIn(&p) // "(“Salt Road”’s Dorn Hale)", "(experience with “T”)" (bracketquoted.go)
		if at, e := x.networkOwnedTitle(p.i, p.j); e > at && p.char == "" {
			p.i, p.j, p.work = at, e, true // "(Netflix’s T)": the network's title
		}
		for m := p.i; m < p.j && p.char == "" && !isQuote(x.toks[p.i].text) && !x.possTitle(p.i, p.j) && !(plain && x.possInTitleList(i, j, p.i, p.j)); m++ {
			if x.toks[m].kind == tPoss { // not in a quoted title: (“DaVinci’s Demons”)
				if at, e := x.possOwnedTitle(p.i, m, p.j); e > at {
					p.i, p.j, p.work = at, e, true // "(Brisk’s upcoming T remake)": the title after the owner
					break
				}
				p.poss = true
				if x.tok(m+1).low == "title" && x.tok(m+2).low == "role" {
					p.char = "title"
				} else if e := x.charAt(m + 1); e > m+1 {
					p.char = x.span(m+1, e)
				}
				p.j = m
				break
			}
		}
		for p.j > p.i && x.toks[p.j-1].has(cFormatWords) && !x.toks[p.j-1].cap {
			p.j--
		}
		for p.i < p.j && isQuote(x.toks[p.i].text) {
			p.i++
		}
		for p.j > p.i && (isQuote(x.toks[p.j-1].text) || x.toks[p.j-1].text == ",") {
			p.j--
		}
		if p.i >= p.j {
			continue
		}
		if !x.tok(p.i).cap && x.tok(p.i).kind != tNum && !p.loose && !digitTitleWord(x.tok(p.i)) || p.j == p.i+1 && p.char == "" && x.toks[p.i].has(cDateWords) && (p.i > i || p.j < j) || p.char == "" && x.scheduleAt(p.i, p.j) {
			continue // a description, "(right in image below, ...)"; a listing's day beside its channel, "T (Netflix, Friday)", not "(Wednesday)", a title; a slot, "(Sundays from 10:00 p.m. on VTN)" (schedulebrackets.go)
		}
		if p.char == "title" {
			p.char = x.span(p.i, p.j)
		}
		out = append(out, p)
	}
	return out
}

// splitAnd splits a bracket part at a lower-case "and" between titles:
// "My Little Monster and Erased"; not a part before a comma and another
// part, whose "and" is a title's. It appends the titles to out (a caller's
// buffer).
func (x *extractor) splitAnd(out []string, p part) []string {
	if x.tok(p.j).text == "," && x.tok(p.j+1).low != "and" {
		// "(Me and Mrs. Jones, Line of Duty, Men Behaving Badly)": a comma
		// list puts its "and" before the last part, so one inside a part
		// that more parts follow is a title's
		return append(out, x.span(p.i, p.j))
	}
	s := p.i
	for k := p.i; k < p.j; k++ {
		// not "Wind and Cloud and Rain", "Dal-li and Gamjatang": single
		// words on both sides make one title
		if x.toks[k].low == "and" && k-s == 1 && (k+2 >= p.j || x.tok(k+2).low == "and") {
			break
		}
		if x.toks[k].low == "and" && !x.toks[k].cap && x.tok(k+1).kind != tNum && x.tok(k+1).cap && !x.pronounClause(k+1, p.j) {
			out = append(out, x.span(s, k))
			s = k + 1
		}
	}
	return append(out, x.span(s, p.j))
}

// pronounClause reports whether the words from i to the next "and" or j are
// a short clause with an object pronoun, which continues a title rather than
// starting one: "Come Here and Hug Me".
func (x *extractor) pronounClause(i, j int) bool {
	for k := i; k < j && k < i+3; k++ {
		switch x.toks[k].low {
		case "me", "you", "us", "him", "her", "them", "it":
			return k > i
		case "and":
			return false
		}
	}
	return false
}

// solo reports how often the capitalized word w stands alone in the
// article's prose: not in brackets, not next to another capitalized word.
func (x *extractor) solo(w string) int {
	if len(x.memo.solo) == 0 {
		// made on first use, in the map the call before left (an article
		// with no such word reads its sentences at each use)
		if x.memo.solo == nil {
			x.memo.solo = map[string]int{}
		}
		for i := range x.sents {
			t := x.sents[i].toks
			depth := 0
			for k := range t {
				switch t[k].text {
				case "(":
					depth++
				case ")":
					depth--
				}
				if depth > 0 || !t[k].cap || t[k].kind != tWord || k == 0 || t[k-1].cap && t[k-1].kind == tWord || k+1 < len(t) && t[k+1].cap && t[k+1].kind == tWord {
					continue
				}
				if p := t[k-1].text; p == "(" || p == "“" || p == "\"" || p == "‘" {
					continue
				}
				x.memo.solo[t[k].text]++
			}
		}
	}
	return x.memo.solo[w]
}

// semicolons counts the semicolons of the sentence.
func (x *extractor) semicolons() int {
	if x.s.whole != "" {
		return strings.Count(x.s.whole, ";") // the clauses of one sentence
	}
	return strings.Count(x.s.text, ";")
}

// surnameActor is the full name of the person whose surname a one-word
// bracket holds, "Anna (Adams)", when the article credits that person and
// the name before the bracket is someone else; or "".
func (x *extractor) surnameActor(inner, outer string, p part) string {
	if p.j-p.i != 1 || hasByte(outer, ' ') && x.startsName(p.i-2-strings.Count(outer, " ")) && x.semicolons() >= 2 {
		return "" // "Mina El Hammani (Nadia); Ester Expósito (Carla)": actors and their characters
	}
	if r := x.resolve(inner); r != inner && x.know.person(x.fold(r)) && x.fold(r) != x.fold(outer) {
		return r
	}
	// "King Yi-in (Jo)" where Jo Jung-suk acts and Jo Nam-kook directs:
	// the one performer of that surname
	return x.castBySurnameSpelled(inner, outer)
}

// castBySurname is the one person with cast credits in this article whose
// family name or surname is s, or "".
func (x *extractor) castBySurname(s, outer string) string {
	fs, fo := x.fold(s), x.fold(outer)
	found := ""
	for i := range x.facts {
		f := &x.facts[i]
		if f.Kind != graph.KindCast || f.crewHint || f.key.person == fo { // key.person: f.Person folded
			continue
		}
		if !f.wordKeys {
			sp := strings.LastIndexByte(f.Person, ' ')
			if sp < 0 || !foldMayBe(f.Person, fs) && !foldMayBe(f.Person[sp+1:], fs) {
				continue // one word; or neither word's fold opens as fs does: neither is folded
			}
			first, _, _ := cutByte(f.Person, ' ')
			f.firstKey, f.lastKey, f.wordKeys = x.fold(first), x.fold(f.Person[sp+1:]), true
		}
		if f.firstKey != fs && f.lastKey != fs {
			continue
		}
		if found != "" && found != f.Person {
			x.know.askCredits()
			return ""
		}
		found = f.Person
	}
	x.askCastSurname(s, outer, found)
	return found
}

// castListSentence reports whether the sentence ends a cast list: "...,
// among others, complete the cast list", "round out the cast".
func (x *extractor) castListSentence() bool {
	if !x.sentHas(cCastCue) {
		return false // no "cast" token (cCastCue): neither phrase
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		switch t[k].low {
		case "complete", "completes", "completing":
			if x.tok(k+1).low == "the" && x.tok(k+2).low == "cast" {
				return true
			}
		case "out":
			if (t[k-1].low == "round" || t[k-1].low == "rounds" || t[k-1].low == "rounding") && x.tok(k+1).low == "the" && x.tok(k+2).low == "cast" {
				return true
			}
		}
	}
	return false
}

// soloBrackets counts the brackets of the sentence that hold one word the
// article also uses alone: a sentence of "Actor (Character)" pairs.
func (x *extractor) soloBrackets() int {
	n := 0
	t := x.toks
	for k := 0; k+2 < len(t); k++ {
		if t[k].text == "(" && t[k+2].text == ")" && t[k+1].cap && x.solo(t[k+1].text) > 0 && !x.isShow(t[k+1].text) {
			n++
		}
	}
	return n
}

// playsAfterPairs reports whether the bracket closing at c, after the name
// at ps, is one of two pairs a play verb follows: "A (C1) and B (C2) will
// play the respective love interests" pairs actors with characters.
func (x *extractor) playsAfterPairs(ps, c int) bool {
	k := c + 1
	switch {
	case x.tok(k).low == "and":
		// the first pair: the second, a name and its bracket, follows
		pe := x.personAt(k + 1)
		if pe <= k+1 || x.tok(pe).text != "(" {
			return false
		}
		if k = x.closeOf(pe) + 1; k <= pe {
			return false
		}
	case x.tok(ps-1).low == "and" && x.tok(ps-2).text == ")":
		// the second pair
	default:
		return false
	}
	for m := 0; m < 3 && x.tok(k).has(cAuxWords); m++ {
		k++
	}
	return x.tok(k).has(cPlayVerbs) && !x.tok(k).cap
}

// starringBefore reports whether t, before a name and its bracket, casts
// the name as an actor: "starring A (C) and B (D)" names the actors first,
// where "talk show host Murray Franklin (Robert De Niro)" names a
// character.
func starringBefore(t *token) bool {
	return !t.cap && (t.low == "starring" || t.low == "featuring" || t.low == "stars")
}
