package extract

// The show each sentence is about: its subject, a show a genre noun
// introduces, or the article's focus.

import (
	"cmp"
	"strings"
)

// sentenceShow sets the show the sentence is about: its subject when that is
// a show, a show introduced by a genre noun, or the current focus.
func (x *extractor) sentenceShow() {
	t := x.toks
	n := len(t)
	x.sshow = ""
	if title := x.sentenceCaseSubject(); title != "" {
		x.sshow = title // "Un professore è la nuova fiction con protagonista A"
		if x.s.first {
			x.setFocus(title)
		}
	} else if title := x.withLeadsTitle(); title != "" {
		x.sshow = title // "the soap opera “T”, with A and B as protagonists"
	} else if title := x.madeByTitle(); title != "" {
		x.sshow = title // "Also on Netflix's slate is T, directed by X"
	} else if title := x.asForTitle(); title != "" {
		x.sshow = title // "As for Rebel, the drama is being overseen by X"
	} else if title := x.appositiveKindTitle(); title != "" {
		x.sshow = title // "Sky released T, its new period drama starring A and B"
	} else if title := x.cleftTitle(); title != "" {
		x.sshow = title // "But it was T, which ran for years, that made him famous"
	} else if title := x.genreLabelTitle(); title != "" {
		x.sshow = title // "Stone Harbor (Drama): A doctor returns home"
	} else if title := x.frontedTitle(); title != "" {
		x.sshow = title // "Leading the list is “T,” which reunites A and B"
	} else if title := x.startWithTitle(); title != "" {
		x.sshow = title // "Let's start off with “T”."
	} else if title := x.viaTitle(); title != "" {
		x.sshow = title // "X returns to primetime via “T,” opposite Y"
	} else if title := x.airedTitle(); title != "" {
		x.sshow = title // "the network will air “T,” a remake of the 1998 hit"
	} else if title := x.returnsWithTitle(); title != "" {
		x.sshow = title // "French auteur X returns with T"
	} else if title := cmp.Or(x.inDescribedQuoted(), x.adaptIntoTitle(), x.kindQuotedOpens(), x.describedQuotedOpens(), x.festivalEndsTitle(), x.followedByTitle(), x.starringTitle(), x.clauseStarInTitle(), x.byMakerOpens(), x.releasedTitle(), x.inWhichTitle()); title != "" {
		x.sshow = title // "In the upcoming ‘T’, X will speak for C", "X will adapt Y's novel “T” into a four-part drama", "Series “T” was based on", "This will be followed by ‘T’ starring"
	}
	st := x.introEnd()
	if b := bulletEnd(t); b > st {
		st = b
	}
	if e := x.titleAt(st, false); e > st && x.tok(e).kind == tPoss && (x.isNetwork(x.span(st, e)) || x.numberNetworkAt(st) || x.ownerOfQuoted(st, e)) && x.titleStarts(e+1) {
		st = e + 1 // "TNT's Lion Court is back"
		if e2 := x.titleAt(st, false); e2 > st && x.tok(st-2).has(cNetworks) && x.tok(e2).has(cAuxWords) && !x.tok(e2).cap && !(x.personShaped(st, e2) && x.startsName(st)) && x.knownPerson(x.span(st, e2)) == "" &&
			!describes(x.span(st, e2)) && !x.isNetwork(x.span(st, e2)) {
			// "MBC’s Tomorrow has released stills": a network's title
			// opens the sentence
			x.sshow = x.span(st, e2)
		}
	}
	if x.tok(st).low == "and" && isQuote(x.tok(st+1).text) {
		st++ // "and 'T3', written and directed by Z": the last entry of a list of titles
	}
	if x.tok(st).low == "the" && x.titleStarts(st+1) && !isQuote(x.tok(st+1).text) && x.sshow == "" {
		// "The Moon Garden anime is based on": an anime is named by its
		// title, not its maker
		if e := x.titleAt(st+1, false); e > st+1 && (x.tok(e).low == "anime" || x.tok(e).low == "manga") && !x.tok(e).cap && x.tok(e+1).has(cAuxWords) {
			if title := x.span(st+1, e); !x.isNetwork(title) && x.knownPerson(title) == "" {
				x.sshow = title
			}
		}
	}
	if x.tok(st).low == "the" && isQuote(x.tok(st+1).text) && x.sshow == "" {
		// "The “Beastars” anime is based on": the quoted title after "The"
		if e := x.titleAt(st+1, false); e > st+2 && x.tok(e).has(cGenreNouns|cFormatWords) && !x.tok(e).cap {
			if title := unquote(x.span(st+1, e)); !x.isNetwork(title) && x.knownPerson(title) == "" {
				x.sshow = title
			}
		}
	}
	if e := x.titleAt(st, false); e > st && x.sshow == "" {
		e = x.andTitleEnd(st, e) // "Home and Away has cast X"
		if sp := x.tok(e).low; (sp == "prequel" || sp == "sequel" || sp == "spinoff" || sp == "spin-off" || sp == "reboot") && !x.tok(e).cap {
			// "Legally Blonde prequel series Elle has added": the new title
			at := e + 1
			for m := 0; m < 2 && x.tok(at).has(cGenreNouns|cFormatWords) && !x.tok(at).cap; m++ {
				at++
			}
			if e2 := x.titleAt(at, false); e2 > at && x.titleStarts(at) && !x.isNetwork(x.span(at, e2)) && at > e+1 {
				st, e = at, e2
			}
		}
		title := x.span(st, e)
		starsAt := x.pastBracket(e) // "T (Netflix) stars X"
		if x.tok(e).low == "also" {
			starsAt++
		}
		cue := (x.tok(starsAt).low == "stars" || x.tok(starsAt).low == "starring" || x.tok(starsAt).low == "starred") && x.tok(starsAt+1).cap ||
			x.tok(e).text == "," && (x.tok(e+1).low == "led" || x.tok(e+1).low == "starring" || x.tok(e+1).low == "featuring" ||
				st > 0 && x.tok(e+1).low == "stars" && x.tok(e+2).cap) // "The first, T, stars X and Y"
		if cue && x.knownPerson(title) != "" && (!x.isShow(title) || x.resolve(title) != title) {
			cue = false // "Margot Robbie stars as Harding", "Hathaway is playing": a person
		}
		// "T has added X", "T casts X", "T will feature X"; "T (3×60’)
		// tells": past a bracket after the title
		a := e
		if x.tok(e).text == "(" {
			if c := x.closeOf(e); c > e {
				a = c + 1
			}
		}
		if x.tok(a).text == "," && x.tok(a+2).text == "," && sentenceAdverbsIDs.has(x.tok(a+1).id) {
			a += 3 // "T, meanwhile, will be directed by X"
		}
		a, fromAside := x.pastFromAside(x.pastWhichAside(a)) // "T, which X will write, centres on", "T2, from writer X, stars Y"
		if x.quotedTitleOpens(st, e) && (x.tok(a).text == "," || x.closeQuote(a-1) && x.tok(a-2).text == "," || x.tok(a).low == "from" || x.tok(a).low == "starred" || x.tok(a).low == "featured") {
			// "'T2' from director X, with Y in the lead", "and 'T3',
			// written and directed by Z": an entry of a list of titles
			cue = true
		}
		v := a
		for m := 0; m < 2 && (x.tok(v).has(cAuxWords) || x.tok(v).low == "also"); m++ {
			v++
		}
		switch x.tok(v).low {
		case "star", "feature", "features", "stars":
			cue = cue || (v > a || fromAside) && x.tok(v+1).cap
		case "directed", "written", "produced", "created", "helmed", "adapted":
			// "T is directed by X", not "Script will be written by X"
			cue = cue || v > a && (x.tok(v+1).low == "by" || x.participlesBy(v+1)) && !(e == st+1 && x.toks[st].has(cScriptWords|cCrewCues|cStopWords))
		case "back", "returns", "returning":
			// "T is back for a third season", "T returns for season 2"
			cue = cue || (x.tok(v).low == "returns" && v == a || x.tok(v).low != "returns" && v > a) && x.tok(v+1).low == "for" && !x.startsName(st)
		case "follows", "centres", "centers", "revolves", "chronicles", "tells", "sees", "explores", "depicts", "focuses":
			cue = cue || v == a && !x.startsName(st) // "T follows a town"
		case "follow", "centre", "center", "revolve", "chronicle", "tell":
			cue = cue || v > a && x.tok(v-1).low == "will" && !x.startsName(st) && !isSeasonWord(x.tok(st).low) // "T will follow the romance of"
		case "set":
			cue = cue || v > a && (x.tok(v+1).low == "in" || x.tok(v+1).low == "against") && !x.startsName(st) // "T is set against the backdrop of"
		case "about":
			cue = cue || v > a && x.tok(v-1).low == "is" && !x.startsName(st) && !x.tok(st).has(cStopWords) // "T is about a detective"
		case ",":
			// "T, adapted from U by X, is set ..."
			cue = cue || v == a && (x.tok(v+1).low == "adapted" || x.tok(v+1).low == "based") && !x.personShaped(st, e)
		case "adds", "added", "adding", "casts", "cast", "casting", "taps", "tapped", "enlists", "enlisted", "welcomes", "welcomed", "recruits", "recruited",
			"bringing", "brings":
			cue = cue || x.titleStarts(v+1) && !x.tok(st).has(cJobNoun) && !x.casterOpens(st, e, v) || x.tok(v+1).low == "three" || x.tok(v+1).low == "two" || x.tok(v+1).kind == tNum ||
				x.tok(v).low == "cast" && (x.tok(v-1).low == "has" || x.tok(v-1).low == "have") && e > st+2 && !x.startsName(st) // "Home and Away has cast former Neighbours actor X"
		}
		jobAfter := x.tok(e).has(cJobNoun)
		// a pronoun, a surname of a person named in full elsewhere, or a
		// person's name before "as": "Adelayo Adedayo as Rachel"; the
		// surname is read last, and only where the title may be the show
		pronoun := e == st+1 && x.toks[st].has(cStopWords) || x.tok(e).low == "as" && x.personShaped(st, e)
		cue = cue || x.isADescription(a) && !x.placedPerson(st, e, a) || x.quotedSubjectVerb(st, e, a, v) // "“T” drew 3 million viewers"
		if x.tok(a).text == "," {
			// "Ludo, directed by Anurag Basu, is a multi-starrer comedy":
			// past an aside on the title's makers
			if _, ok := crewByIDs.lookup(x.tok(a + 1).id); ok && x.tok(a+2).low == "by" {
				for m := a + 3; m < len(x.toks) && m < a+14; m++ {
					if x.toks[m].text == "," {
						cue = cue || x.isADescription(m+1)
						break
					}
				}
			}
		}
		if sp := x.tok(e).low; (sp == "spinoff" || sp == "spin-off" || sp == "sequel" || sp == "prequel") && x.longerTitle(title) != "" {
			// "The Baahubali prequel will star X": the article named it in
			// full before, "Baahubali: Before the Beginning"
			x.sshow = x.longerTitle(title)
		} else if sp := x.tok(e).low; (sp == "spinoff" || sp == "spin-off" || sp == "sequel" || sp == "prequel") && x.show != "" && x.skey(title) != x.showKey && !x.isNetwork(title) &&
			!(e == st+1 && (x.tok(st).low == "the" || x.tok(st).low == "a")) { // not "The sequel to the 2024 hit sees X": the focus's
			// "The Money Heist spinoff will follow X": the article's show,
			// the spinoff, not the show it spins off
			x.sshow = x.show
		} else if !pronoun && x.tok(e).kind != tPoss && !jobAfter && (!x.tok(e).has(cCastNouns) || x.tok(e).low == "stars") && // the tokens' tests before the knowledge's
			(cue || x.isShow(title)) && x.resolve(title) == title && !notTitle(title) && !x.titlesDescribe(e) && !describes(title) && !hasLower(genreNouns, title) && !x.isNetwork(title) {
			x.sshow = title
		}
	}
	if x.sshow == "" {
		x.sshow = x.entrySubject(st) // "Fox's summer breakout T will in fact return", "In T, C (X) is a detective"
	}
	if x.sshow == "" && x.show != "" && x.ownSeasonOpens(st) {
		x.sshow = cmp.Or(x.section, x.show) // "Season two will also feature X": the article's show, or its section's
	}
	if x.sshow == "" && x.sentHas(cGenreNouns|cOrder|cShowCue|cShowWord) {
		relative := false // inside "..., who starred in the film T, ..."
		for k := 0; k+1 < n; k++ {
			// relative: after "who", "whose", "which" or "whom", up to ",",
			// ";" or a bracket (the kind and first byte read first: most
			// tokens are none of these)
			if l := t[k].low; t[k].kind == tPunct {
				if l == "," || l == ";" || l == "(" || l == ")" {
					relative = false
				}
			} else if len(l) >= 3 && l[0] == 'w' && (l == "who" || l == "whose" || l == "which" || l == "whom") {
				relative = true
			}
			if !t[k].has(cGenreNouns|cOrder|cShowCue|cShowWord) || relative || x.inBr[k] {
				continue // none of the readings below starts at any other word
			}
			named := (t[k].low == "named" || t[k].low == "called") && k > 0 && (t[k-1].text == "," || t[k-1].has(cGenreNouns) || t[k-1].low == "is" && x.tok(k-2).has(cGenreNouns) && !x.tok(k-2).cap) ||
				t[k].low == "title" && isQuote(x.tok(k+1).text) ||
				// "another Indian original Leila", "a Netflix original T"
				t[k].low == "original" && k > 0 && (t[k-1].has(cNetworks|cDescribe) || t[k-1].low == "another") && x.titleStarts(k+1) && !x.tok(k+1).has(cGenreNouns)
			if ti := cmp.Or(x.genreQuoteTitle(k), x.kindIsTitle(k)); ti != "" {
				x.sshow = ti // "another teleserye, “T”, starring", "another “T” series which will feature"
				break
			}
			g := k + boolInt(t[k].has(cGenreNouns) && (x.tok(k+1).low == "pilot" || t[k].low == "soap" && x.tok(k+1).low == "opera")) // "the Fox comedy pilot “T”", "the ABC soap opera “T”"
			if t[k].has(cGenreNouns) && x.tok(g+1).text == "," && x.commaTitleEnds(g+2) {
				g++ // "in the new production, The Art Leader."
			}
			if (t[k].has(cGenreNouns) && !x.showVerb(k) || t[k].low == "titled" || named) && !t[k].cap && x.titleStarts(g+1) && !x.otherShow(k) && !x.inAppositive(k) {
				if e := x.titleAt(g+1, false); e > g+1 && !x.isNetwork(x.span(g+1, e)) && x.tok(e).kind != tPoss && !x.fameAfter(e) && !x.jobHolderAfterKind(k, g+1, e) {
					if t[k].low == "titled" {
						e = x.titledEnd(e)
					} else {
						e = x.andTitleEnd(g+1, e) // "The soap Home and Away has cast X"
					}
					x.sshow = cmp.Or(x.altTitleFocus(e), x.span(g+1, e)) // not "The film is titled ‘T2’ in Tamil": the focus under another name
					break
				}
			}
			if t[k].has(cGenreNouns) {
				if at := x.makerAsideTitleAt(k); at > 0 {
					// "the new series by Medyapim, “Kopuk.”": the maker, then the title
					x.sshow = unquote(x.span(at, x.titleAt(at, false)))
					break
				}
			}
			if t[k].has(cShowCue) {
				if at := x.roleInTitleAt(k); at > 0 {
					// "taking the lead role in T": the show of the sentence; "as
					// Anna in Mani Ratnam's Roja": past the maker's possessive
					if e := x.titleAt(at, false); e > at && x.tok(e).kind == tPoss && x.personShaped(at, e) && x.titleStarts(e+1) {
						at = e + 1
					}
					if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" && !describes(x.span(at, e)) &&
						x.tok(e).kind != tPoss && !x.fameAfter(e) {
						x.sshow = x.span(at, e)
						break
					}
				}
			}
			if t[k].has(cOrder | cShowCue) {
				if at := x.orderedTitleAt(k); at > 0 {
					// "BBC1 has also ordered T (1×30’) from X", "has ordered six
					// episodes of T", "is recording a pilot of T"
					if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && x.tok(e).kind != tPoss && x.knownPerson(x.span(at, e)) == "" &&
						!(x.personShaped(at, e) && x.startsName(at)) && !describes(x.span(at, e)) {
						x.sshow = x.span(at, e)
						break
					}
				}
			}
			if t[k].low == "season" && t[k+1].low == "of" && k > 0 && (ordinalsIDs.get(t[k-1].id) > 0 || t[k-1].low == "new" || t[k-1].low == "next" || t[k-1].low == "final" || t[k-1].low == "upcoming" || t[k-1].low == "latest") {
				at := x.skipOwner(k + 2) // "the second season of Amazon's “T”"
				if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && at > k+2 && x.tok(e).kind != tPoss && !x.earlierWork(k) {
					x.sshow = x.span(at, e)
					break
				}
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) {
					if x.tok(e).kind == tPoss && x.tok(e+1).has(cGenreNouns) && !x.tok(e+1).cap {
						if x.show != "" {
							x.sshow = x.show // "the third season of Sheridan's show": the maker's, the article's
							break
						}
						continue
					}
					x.sshow = x.span(k+2, e)
					break
				}
			}
			if (t[k].low == "season" || t[k].low == "series") && k+3 < n && (t[k+1].kind == tNum || ordinalsIDs.get(t[k+1].id) > 0 || numberWordsIDs.has(t[k+1].id)) && t[k+2].low == "of" &&
				(k == st || k > 0 && seasonJoinVerbsIDs.has(t[k-1].id)) && !x.earlierWork(k) {
				// "Season 2 of NBC’s Hannibal just got more devious", "X is
				// joining season two of “T”"
				at := x.skipOwner(k + 3)
				if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss {
					at = pe + 1 // "series 2 of Jimmy McGovern's Accused"
				}
				if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && !describes(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" && x.tok(e).kind != tPoss {
					x.sshow = x.span(at, e)
					break
				}
			}
			if t[k].low == "adaptation" && t[k+1].low == "of" {
				if ti := x.adaptedWorkTitle(k); ti != "" {
					x.sshow = ti // "a TV series adaptation of Stephanie Danler's novel “T”"
					break
				}
			}
			if t[k].low == "cast" && (t[k+1].low == "of" || t[k+1].low == "for" && (x.tok(k-1).low == "dub" || x.tok(k-1).low == "voice" || x.tok(k-1).low == "english")) {
				// "the cast of Hulu's Paradise", not "a cast of German actors";
				// "their English dub cast for T"
				at := x.skipOwner(k + 2)
				if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && !describes(x.span(at, e)) && !x.castOfPeople(at, e) {
					if x.tok(e).kind == tPoss {
						// "the cast of Tigmanshu Dhulia's Milan Talkies": the
						// title follows its maker's possessive
						if e2 := x.titleAt(e+1, false); e2 > e+1 {
							x.sshow = x.span(e+1, e2)
							break
						}
						continue
					}
					x.sshow = x.castOfShow(k, x.span(at, e))
					break
				}
			}
			if ti := x.membersOfCast(k); ti != "" {
				x.sshow = ti // "one of the original members of the Roseanne cast"
				break
			}
		}
	}
	if x.sshow == "" && commaArticle(t) {
		// "X will play the leads in T, a romantic drama written by Y",
		// "X has agreed to star in T, a comedy based on a book by Y"
		for k := 1; k+2 < n; k++ {
			if t[k-1].cap || t[k-1].kind == tPoss || !x.titleStarts(k) || x.inBr[k] || t[k-1].has(cPlayVerbs) || t[k-1].low == "as" {
				continue // not "She will play Wendy, a young woman": a character
			}
			e := x.titleAt(k, false)
			if pe := x.personAt(k); pe > k+1 && pe+1 < e && x.startsName(k) && !x.tok(pe).cap && x.tok(pe).has(cTitleGlue) && x.titleStarts(pe+1) {
				k, e = pe+1, x.titleAt(pe+1, false) // "and Jon Bale for T, an eight-part drama": the title after the name
			}
			if e > k && x.tok(e).text == "(" {
				if c := x.closeOf(e); c > e && x.tok(c+1).text == "," {
					e = c + 1 // "Truckers (6×60’), a drama written by X"
				}
			}
			if e > k && x.tok(e).text == "," && (x.tok(e+1).low == "a" || x.tok(e+1).low == "an") && x.isADescription(e) &&
				!x.isNetwork(x.span(k, e)) && x.resolve(x.span(k, e)) == x.span(k, e) && x.knownPerson(x.span(k, e)) == "" && !(x.personShaped(k, e) && x.startsName(k)) {
				x.sshow = x.span(x.andTitleStart(k), x.titleAt(k, false))
				break
			}
			if e > k {
				k = e - 1
			}
		}
	}
	if x.sshow == "" && (x.castWords || x.sentHasAnyWord(castingMask)) { // "X confirmed her casting in “T.”"
		// "X will guest on “The Office” as Andy's brother": a quoted
		// title after "on" or "in" in a sentence about casting
		for k := 0; k+1 < n; k++ {
			if t[k].low != "on" && t[k].low != "in" || x.inBr[k] || x.earlierWork(k) {
				continue
			}
			at := x.pastSeasonOf(k + 1) // "will guest star on the 4th episode of “Nikita.”"
			if !isQuote(x.tok(at).text) {
				continue
			}
			if e := x.titleAt(at, false); e > at && !x.isNetwork(unquote(x.span(at, e))) {
				x.sshow = x.span(at, e)
				break
			}
		}
	}
	if x.sshow == "" {
		x.sshow = x.quotedWithTitle() // "‘T’ from 3 October, with A and B" (quotedwith.go)
	}
	if x.sshow == "" {
		x.sshow = x.seenNextIn() // "X will also be seen in T": X's next work, the show of what follows
	}
	if x.sshow == "" {
		x.sshow = x.turnedInto() // "web novel “T,” ..., has been turned into a 16-part drama series"
	}
	if x.sshow == "" {
		x.sshow = x.colonTitle() // "Blue Planet: As a child, C (X) witnessed a murder"
	}
	if x.sshow == "" {
		x.sshow = x.basedOnTitle() // "a drama based on T, a novel by X"
	}
	if x.sshow == "" {
		x.sshow = x.fromMakerAfterTitle() // "the new film from director X, T"
	}
	if x.sshow == "" {
		x.sshow = x.ordinalIsTitle() // "The first movie to release in 2015 is T"
	}
	if x.sshow == "" && x.sentHasWord(bitAdaptation) {
		x.sshow = x.adaptationTitle() // "He appeared in the 2005 adaptation of X's novel T"
	}
	if x.sshow == "" {
		x.sshow = x.companyMakesTitle() // "Hat Trick Productions will oversee T."
	}
	if x.isAbbr(x.sshow) {
		x.sshow = x.show
	}
	if rest, ok := strings.CutPrefix(x.sshow, "In "); ok && x.toks[0].low == "in" && (x.isShow(rest) || x.inTitleAside()) && !x.isShow(x.sshow) {
		x.sshow = rest // "In Silent Protocol, the new thriller from X, she plays C": the preposition opens the sentence
	}
	if x.sshow != "" && x.seasonAlone(x.sshow) {
		x.sshow = x.focus // "the cast of Season 1 included X": the show the text is about
	}
	if !hasLetter(x.sshow) || x.sshow != "" && x.noShowWord(x.sshow) {
		x.sshow = "" // "Il sito ufficiale", "Reece, played by X": no title
	}
	if x.sshow != "" && len(x.focus) > len(x.sshow) && strings.HasPrefix(x.focus, x.sshow) && strings.Contains(x.s.text, x.focus) {
		x.sshow = x.focus // "2. Sejak, The Enchanted" over "the drama Sejak, The Enchanted": the heading's title in full
	}
	if x.sshow != "" {
		x.sshow = dateTail(unquote(x.sshow)) // "Season 1 of T Spring 2022": T
		if alt := x.translatedTitle(x.sshow); alt != "" {
			x.sshow = alt
		}
		title, _ := x.split(x.sshow)
		x.focusOn(title, !x.fameShow() && !x.laterWorkShow() && !x.earlierWorkShow() && !x.pastStarredShow() && !x.wasInShow() && !x.pastInShow() && !x.partTitleShow() && !x.joinedPastShow())
		x.noteKinds(true)
	} else if !x.pluralWorks() {
		x.sshow = x.kindRef(x.focus)
		x.noteKinds(true)
	}
	if x.focus != "" && (x.untitledNext() || x.untitledNew() || x.untitledNewIn()) {
		// "to start work on his next film with X": the sentence and the
		// text after it speak of a work with no title yet
		x.sshow, x.focus = "", ""
	}
	x.sshowFold = x.fold(x.sshow)
	x.sseasons = nil
	if !x.first {
		x.sseasons = x.mentionedSeasons() // seasons teach the first reading nothing
	}
}
