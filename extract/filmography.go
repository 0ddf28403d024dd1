package extract

// Earlier work: "X, who starred in T", "X created T", "X's credits include
// T1 and T2", "known for her roles on shows like T1 and T2".

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// workedRule: "X worked with Y on T", "X and Y worked together on the T
// film", "X, whose credits include T, U and V", "X, known for T and U".
func (x *extractor) workedRule() {
	if !x.sentHas(cWorkCues) {
		return // no token it reads
	}
	t := x.toks
	for k := 0; k < len(t); k++ {
		if !t[k].has(cWorkCues) || t[k].cap || x.inBr[k] {
			continue
		}
		var titles, people []string
		apposedJob := "" // the job of an appositive before "known for"
		if x.tok(k+1).low == "together" && (x.tok(k+2).low == "in" || x.tok(k+2).low == "on") && isTogetherVerb(t[k].low) {
			x.starredTogether(k) // "The pair previously starred together in the 2021 hit T"
			continue
		}
		g := k + 1 // the glue word after the verb
		if l := x.tok(k + 1).low; (l == "before" || l == "previously" || l == "briefly" || l == "once" || strings.HasSuffix(l, "ly") && len(l) > 4 && !x.tok(k+1).cap) && (x.tok(k+2).low == "in" || x.tok(k+2).low == "on") {
			g = k + 2 // "has starred before in T", "appeared briefly on T", "appeared occasionally in T"
		}
		switch low := t[k].low; {
		case (low == "headlined" || low == "toplined") && x.tok(k-1).low != "be" && x.tok(k-1).low != "was" && x.tok(k-1).low != "is" && x.tok(k-1).low != "been" && x.tok(k+1).low != "by":
			// "Montes previously headlined T1, while ...": the lead of T1,
			// where T1 is quoted or a show, or the person acts in the
			// article (not "headlined Glastonbury")
			for _, ti := range x.titleList(k + 1) {
				if !x.isNetwork(ti) {
					for _, p := range x.subjectsBefore(k, 0) {
						if quoted(ti) || x.isShow(ti) || x.castCredited(x.resolve(p)) {
							x.add(graph.KindCast, p, unquote(ti), "", "")
						}
					}
				}
			}
			continue
		case (low == "reunite" || low == "reunites" || low == "reunited" || low == "reuniting") && x.onScreenFor(k+1) > 0:
			x.reuniteOnScreen(k)
			continue
		case (low == "voices" || low == "voice") && x.voiceWork(k):
			continue // "X, who's done voices for T1 and T2"
		case low == "wrapped" && x.wrappedUpAt(k+1) > 0:
			x.wrappedUp(k)
			continue
		case startVerbWords.mayHold(&t[k]) && startVerbsIDs.has(t[k].id) && x.startedShootAt(k+1) > 0:
			x.startedShoot(k) // "X has started shooting for T"
			continue
		case low == "worked" || low == "work" || low == "working" || low == "collaborated" || low == "reunites" || low == "reunited":
			m := k + 1
			if x.tok(m).low == "together" {
				m++
			}
			withJob := ""
			if x.tok(m).low == "with" {
				at := m + 1
				if j, ok := jobNounsIDs.lookup(x.tok(at).id); ok && !x.tok(at).cap && j != graph.JobOriginalAuthor {
					withJob, at = j, at+1 // "worked with director X on T"
					x.use(m + 1)
				}
				if pe := x.personAt(at); pe > at {
					people = append(people, x.span(at, pe))
					m = pe
				}
			}
			if l := x.tok(m).low; (l == "before" || l == "previously" || l == "again") && x.tok(m+1).text == "," {
				m += 2 // "worked with director X before, on T"
			}
			if x.tok(m).low != "on" && !(x.tok(m).low == "in" && x.tok(m-1).low == "together") {
				continue // "worked in Mumbai": a place; "worked together in T": a title
			}
			titles = x.titleList(m + 1)
			if l := x.tok(m + 2).low; len(titles) == 0 && x.tok(m).low == "in" && x.tok(m+1).text == "," && (l == "after" || l == "following") && !x.tok(m+2).cap {
				titles = x.titleList(m + 3) // "the second drama that A and B are working together in, after T": both in T
			}
			if at := x.pastProjectNoun(m + 1); len(titles) == 0 && at > m+1 {
				titles = x.titleList(at) // "working with X on a new original, T"
			}
			if x.tok(m).low == "in" {
				// "X and Y have worked together in T": performers in it
				for _, p := range x.subjectsBefore(k, 0) {
					for _, ti := range titles {
						if !x.isNetwork(ti) {
							x.add(graph.KindCast, p, ti, "", "")
						}
					}
				}
				continue
			}
			if withJob != "" && len(people) == 1 {
				for _, ti := range titles {
					if !x.isNetwork(ti) {
						x.add(graph.KindCrew, people[0], ti, "", withJob)
					}
				}
				people = people[:0]
			}
		case (low == "starred" || low == "appeared" || low == "co-starred" || low == "featured" || low == "star" || low == "stars" || low == "appear" || low == "appears" || low == "acted" || (low == "returns" || low == "returned") && x.returnsInShow(k+2)) && x.tok(g).low == "in",
			(low == "guest" || low == "guests" || low == "recur" || low == "recurs" || low == "recurred" || low == "guested" || low == "appear" || low == "appears" || low == "appeared" ||
				low == "guest-starred" || low == "guest-starring" || low == "guest-stars" || low == "starred" || low == "co-starred") && x.tok(g).low == "on",
			(low == "starring" || low == "appearing" || low == "guest-starring" || low == "acting") && x.tok(k+1).low == "in" && (x.tok(k-1).has(cAuxWords) || x.tok(k-1).low == "after" || x.tok(k-1).low == "since" || x.tok(k-1).low == "while" || x.tok(k-1).low == "for" && !x.tok(k-1).cap),
			low == "feature" && x.tok(k+1).low == "in" && (x.tok(k-1).low == "will" || x.tok(k-1).low == "to"),
			// "A and B are the leads for T", "A and B are the two stars of T"
			castPredicateBits.mayHold(&t[k]) && castPredicateNounsIDs.has(t[k].id) && x.predicateTitleAt(k) > 0 && x.titleList(k+2) != nil,
			(low == "cast" || low == "casted") && (x.tok(k+1).low == "in" || x.tok(k+1).low == "for" && x.tok(k-1).low == "been") && (x.tok(k-1).has(cAuxWords) || x.subjectEnd() == k) && x.titleList(k+2) != nil: // "X and Y are cast in the film T", "X cast in upcoming film “T”", "A and B have been casted for T"
			sk := k
			if ts := x.gerundAfterTitle(k-1, k); ts > 0 {
				sk = ts - 1 // "X starred in T after appearing in T2": the first verb's subject
			} else if l := x.tok(k - 1).low; l == "after" || l == "since" || l == "while" || l == "for" {
				sk = k - 1 // "X became known after appearing in T"
				if x.withObjectBefore(sk) {
					continue // "He met director Y after starring in T": Y is no subject of the gerund
				}
			} else if h := x.havingAt(k); h > 0 {
				sk = h // "X is no stranger to the genre, having starred in T1 and T2": the clause's subject
			} else if pt := x.predicateTitleAt(k); pt > 0 {
				sk = pt - 1 // "A and B are the leads for T"
			}
			titles := x.titleList(g + 1)
			if at := x.kindTitleAt(g + 1); len(titles) == 0 && at > 0 {
				titles = x.titleList(at) // "She will star in the new series T"
			}
			if len(titles) == 0 {
				if at := x.titledAfter(g + 1); at > 0 {
					titles = x.titleList(at) // "X will star in a series titled “T” (working title)"
				}
			}
			if len(titles) == 0 && x.show != "" && x.ownSeasonAt(g+1) {
				titles = []string{x.show} // "X, who only appeared in the first series,"
			} else if at := x.countedWorksAt(g + 1); len(titles) == 0 && at > 0 {
				titles = x.titleList(at) // "appeared in a slew of '80s dramas including T1 and T2"
			} else if at := x.appositiveTitleAt(g + 1); len(titles) == 0 && at > 0 {
				titles = x.titleList(at) // "who starred in last year's winner, “T,”"
			} else if tg := x.thisGenre(g + 1); len(titles) == 0 && x.sshow != "" && tg > 0 && !x.titleStarts(tg+1) {
				titles = []string{x.sshow} // "A and B are said to be starring in this drama"
			} else if len(titles) == 0 && x.sshow != "" && x.storyAhead(k, g+1) {
				titles = []string{x.sshow} // "A and B to star in a story that will tackle marriage"
			}
			if owner := x.ownerWorkAt(g + 1); owner != "" && x.sshow != "" {
				// "X will star in Nic Pizzolatto's new series": the
				// sentence's show, and its maker; no title of the owner's name
				titles = []string{x.sshow}
				x.add(graph.KindCrew, owner, x.sshow, "", "")
			} else if owner != "" {
				titles = nil // "X will star in Y's untitled next film": no title yet
			}
			if len(titles) > 0 && (low == "starred" || low == "appeared") {
				titles = append(titles, x.asideTitles()...) // "Aside from “T1”, X has starred in T2"
			}
			char := x.charAfterTitleAs(g+1, titles) // "X starred in T as C"
			for _, p := range x.starNounOr(x.subjectsBefore(sk, 0), sk) {
				for _, ti := range titles {
					x.add(graph.KindCast, p, ti, char, "")
				}
			}
			continue
		case low == "been" && (x.tok(k+1).low == "on" || x.tok(k+1).low == "in") && x.tok(k-1).has(cAuxWords|cDescribe) && x.tok(k-1).low != "will" && x.kindAfterPlace(k+2) > 0:
			// "X, who has also been in Merseyside soap T": one title after a genre noun
			x.castInTitles(x.subjectsBefore(k, 0), firstOf(x.titleList(x.kindAfterPlace(k+2))))
			continue
		case low == "been" && (x.tok(k+1).low == "on" || x.tok(k+1).low == "in") && x.titleStarts(k+2) && x.tok(k-1).has(cAuxWords) && x.tok(k-1).low != "will":
			// "while Y has been on T1, T2 and T3"
			titles := x.titleList(k + 2)
			if len(titles) < 2 {
				continue // "has been on Netflix", "has been in Seoul": one name is no filmography
			}
			for _, p := range x.subjectsBefore(k, 0) {
				for _, ti := range titles {
					if !x.isNetwork(ti) && !placeWords[strings.ToLower(ti)] {
						x.add(graph.KindCast, p, ti, "", "")
					}
				}
			}
			continue
		case (low == "roles" || low == "role") && x.tok(k+1).low == "in" && (x.tok(k-1).low == "her" || x.tok(k-1).low == "his" || x.tok(k-1).low == "their") && x.titleStarts(x.titlePrefix(k+2)) && x.titlePrefix(k+2) > k+2:
			// "A, B and C have confirmed their roles in tvN thriller T"
			for _, p := range x.subjectsBefore(k-1, 0) {
				for _, ti := range x.titleList(k + 2) {
					if !x.isNetwork(ti) {
						x.add(graph.KindCast, p, ti, "", "")
					}
				}
			}
			continue
		case (low == "performance" || low == "performances" || low == "turn" || low == "role" || low == "roles") && x.tok(k+1).low == "in" && x.turnOwner(k) > 0 && x.titleStarts(x.titlePrefix(k+2)):
			// "who won praise for her performance in Y's T", "a long way
			// from his comic turn in T", "X's turn in T"
			for _, p := range x.holderOf(x.turnOwner(k)) {
				for _, ti := range x.titleList(k + 2) {
					if !x.isNetwork(ti) && x.resolve(ti) != p { // "In addition to her role in T, X starred": X is no title
						x.add(graph.KindCast, p, ti, "", "")
					}
				}
			}
			continue
		case low == "opposite" && x.personAt(k+1) > k+1 && x.tok(x.personAt(k+1)).low == "in" && x.titleStarts(x.personAt(k+1)+1):
			// "who caused a stir opposite Y in ITV’s T": both in T
			pe := x.personAt(k + 1)
			titles := x.titleList(pe + 1)
			for _, p := range append(x.subjectsBefore(k, 0), x.span(k+1, pe)) {
				for _, ti := range titles {
					if !x.isNetwork(ti) {
						x.add(graph.KindCast, p, ti, "", "")
					}
				}
			}
			continue
		case (low == "appearance" || low == "cameo" || low == "stint" || low == "stints" || (low == "appearances" || low == "cameos") && x.tok(k-1).low == "special") && (x.tok(k+1).low == "in" || x.tok(k+1).low == "on" ||
			(low == "appearance" || low == "cameo") && (k+1 == len(x.toks) || k+2 == len(x.toks) && x.tok(k+1).text == ".")) && // "X will make a guest appearance."
			(x.tok(k-1).low == "cameo" || x.tok(k-1).low == "special" || x.tok(k-1).low == "guest" || x.tok(k-1).low == "a" || x.tok(k-1).low == "small" || x.tok(k-1).low == "brief" ||
				strings.HasPrefix(x.tok(k-1).low, "short") || low == "stints" && !x.tok(k-1).cap):
			// "X will make a cameo appearance in the film", "a special
			// appearance in T", "made a small appearance on T", "had
			// short-lived stints on T1 and T2"
			v := k - 1
			for v > 0 && x.tok(v).kind == tWord && !x.tok(v).cap && !makeVerbsIDs.has(x.tok(v).id) {
				v--
			}
			if !makeVerbsIDs.has(x.tok(v).id) || low != "appearance" && low != "cameo" && low != "appearances" && low != "cameos" && !strings.HasPrefix(x.tok(v).low, "ha") {
				continue // a stint is had, not made
			}
			shows := []string{x.sshow}
			if x.titleStarts(k + 2) {
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) && x.knownPerson(x.span(k+2, e)) == "" {
					shows = shows[:0]
					for _, ti := range x.titleList(k + 2) {
						if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
							shows = append(shows, unquote(ti))
						}
					}
				}
			}
			people := x.subjectsBefore(v, 0)
			if l := x.tok(x.introEnd()).low; len(people) == 0 && (l == "he" || l == "she") && x.subject() != "" {
				people = append(people, x.subject()) // "He recently had stints on T1 and T2"
			} else if p := x.reportedPronoun(v); len(people) == 0 && p != "" {
				people = append(people, p) // "X's agency confirmed that he will make a special appearance in T"
			}
			for _, show := range shows {
				if show == "" {
					continue
				}
				for _, p := range people {
					x.add(graph.KindCast, p, show, "", "")
				}
			}
			continue
		case low == "from" && x.sshow != "" && (x.showIsSubject(k) || x.appositiveGenre(k) || x.bringsGenre(k)):
			// "The series is from Amy Bell and Sam Roth", "T comes from
			// showrunner X", "hails from writer-director X": its makers
			at := k + 1
			job := ""
			if j, ok := jobNounsIDs.lookup(x.tok(at).id); ok && !x.tok(at).cap && j != graph.JobOriginalAuthor {
				job = j
				at++
			}
			if x.tok(at).low == "writer-director" || x.tok(at).kind == tWord && !x.tok(at).cap {
				continue // read by the job noun rule, or no name
			}
			if e := x.titleAt(at, false); e > at && x.tok(e).has(cJobNoun) && !x.tok(e).cap && x.personAt(e+1) > e+1 {
				continue // "from Tin Roof director X": the title's maker, read by the job noun rule
			}
			var names []string
			for _, it := range x.parseList(at) {
				owner := x.titleOwner(it)
				if it.start != it.pstart && owner == "" {
					break
				}
				names = append(names, x.itemName(it))
				if owner != "" {
					x.add(graph.KindCrew, x.itemName(it), owner, "", "") // "hails from Succession's X": X made that title too
				}
			}
			for _, n := range x.shareSurname(names) {
				x.add(graph.KindCrew, n, x.sshow, "", job)
			}
			continue
		case low == "behind" && (x.tok(k-1).low == "was" || x.tok(k-1).low == "is" || x.tok(k-1).low == "were") && x.tok(k-2).low == "who" && x.behindTitles(k+1) > 0:
			// "X, who was behind the recent Oscar contenders “T1” and “T2”"
			for _, p := range x.subjectsBefore(k-1, 0) {
				for _, ti := range x.titleList(x.behindTitles(k + 1)) {
					if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
						x.add(graph.KindCrew, p, ti, "", "")
					}
				}
			}
			continue
		case low == "camera" && x.tok(k-1).low == "the" && x.tok(k-2).low == "behind" && x.sshow != "" && (x.tok(k-3).low == "is" || x.tok(k-3).low == "be" || x.tok(k-3).low == "are"):
			// "X is behind the camera", "X will be behind the camera"
			v := k - 3
			if x.tok(v).low == "be" && x.tok(v-1).low == "will" {
				v--
			}
			for _, p := range x.subjectsBefore(v, 0) {
				x.add(graph.KindCrew, p, x.sshow, "", graph.JobDirector)
			}
			continue
		case (low == "role" || low == "part") && x.landedRole(k):
			// "X has landed the lead role in T", "X bagged a pivotal part"
			show := x.sshow
			if l := x.tok(k + 1).low; (l == "in" || l == "on") && x.titleStarts(k+2) {
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) && x.knownPerson(x.span(k+2, e)) == "" {
					show = unquote(x.span(k+2, e))
				}
			}
			v := k - 1
			for v > 0 && x.tok(v).kind == tWord && !x.tok(v).cap && !landVerbsIDs.has(x.tok(v).id) && x.tok(v).low != "on" {
				v--
			}
			if x.tok(v).low == "on" {
				v-- // "take on"
			}
			if show != "" {
				for _, p := range x.subjectsBefore(v, 0) {
					x.add(graph.KindCast, p, show, "", "")
				}
			}
			continue
		case low == "addition" && (x.tok(k+1).low == "to") && x.tok(k+2).low == "the" && x.tok(k+3).low == "cast" && x.sshow != "":
			// "X is the latest addition to the cast"
			v := k - 1
			for v > 0 && x.tok(v).kind == tWord && !x.tok(v).cap && x.tok(v).low != "is" && x.tok(v).low != "was" {
				v--
			}
			if x.tok(v).low == "is" || x.tok(v).low == "was" {
				for _, p := range x.subjectsBefore(v, 0) {
					x.add(graph.KindCast, p, x.sshow, "", "")
				}
			}
			continue
		case low == "seen" && x.tok(k-1).low == "last" && x.lastSeenAt(k+1) > 0:
			// "The actor was last seen on television in MBC's 2007 drama
			// “T”", "X, last seen in the 2018 film T,", "X was last seen on
			// HBO's T"
			x.castInTitles(x.subjectsBefore(k-1, 0), x.titleList(x.lastSeenAt(k+1)))
			continue
		case low == "seen" && x.tok(k+1).low == "next" && x.tok(k+2).low == "in" && x.titleStarts(x.titlePrefix(k+3)) && x.tok(x.titleAt(x.titlePrefix(k+3), false)).kind != tPoss:
			// "X will also be seen next in the remake version of 1969 film T"
			x.castInTitles(x.subjectsBefore(k, 0), x.titleList(k+3))
			continue
		case low == "seen" && x.tok(k+1).low == "in" && x.titledAfter(k+2) > 0:
			x.castInTitles(x.subjectsBefore(k, 0), x.titleList(x.titledAfter(k+2))) // "will be soon seen in a family drama titled T"
			continue
		case low == "seen" && x.tok(k+1).low == "in" && x.possGenreTitle(k+2) > 0:
			// "X will be seen in her upcoming flick 'T'"
			x.castInTitles(x.subjectsBefore(k, 0), x.titleList(x.possGenreTitle(k+2)))
			continue
		case low == "seen" && x.tok(k+1).low == "in" && (x.titleStarts(k+2) || genreNouns[strings.TrimSuffix(x.tok(k+2).low, "s")] && (x.tok(k+3).low == "such" || x.tok(k+3).low == "like") ||
			x.tok(k+2).low == "the" && (x.tok(k+3).has(cGenreNouns|cFormatWords) || x.tok(k+3).low == "feature") && x.titleStarts(k+4)),
			low == "part" && x.tok(k+1).low == "of" && x.titleStarts(k+2) && (x.tok(k-1).low == "are" || x.tok(k-1).low == "is" || x.tok(k-1).low == "also" || x.tok(k-1).low == "be"):
			// "X, who was last seen in T", "A and B are part of T1 and T2"
			x.castInTitles(x.subjectsBefore(k, 0), x.titleList(k+2))
			continue
		case low == "part" && x.tok(k+1).low == "of" && x.tok(k+2).low == "the" && x.castOfTitleAt(k+3) > 0 && x.tok(k-1).has(cAuxWords):
			// "She was part of the ensemble cast in T", "X is part of the
			// voice cast of T"
			x.castInTitles(x.pronounSubject(k), x.titleList(x.castOfTitleAt(k+3)))
			continue
		case low == "debut" && (x.tok(k+1).low == "with" || x.tok(k+1).low == "in"):
			x.debut(k)
		case low == "debut" && x.tok(k+1).low == "of" && x.sshow != "":
			// "T will mark the directorial debut of X", "the directorial
			// debut of A and B"
			kind, job := "", ""
			switch x.tok(k - 1).low {
			case "directorial", "directing":
				kind, job = graph.KindCrew, graph.JobDirector
			case "writing", "screenwriting":
				kind, job = graph.KindCrew, graph.JobWriter
			case "acting", "screen":
				kind = graph.KindCast
			}
			if kind == "" {
				continue // not "the season nine debut of T"
			}
			var names []string
			for _, it := range x.parseList(k + 2) {
				if it.start != it.pstart {
					break
				}
				names = append(names, x.itemName(it))
			}
			for _, n := range x.shareSurname(names) {
				x.add(kind, n, x.sshow, "", job)
			}
			continue
		case low == "charge" && x.tok(k-1).low == "in" && x.tok(k+1).low == "of":
			// "X is in charge of series composition / the script"
			for m := k + 2; m < len(t) && m < k+5; m++ {
				if t[m].low == "composition" || t[m].has(cScriptWords) {
					for _, p := range x.subjectsBefore(k-1, 0) {
						x.add(graph.KindCrew, p, x.sshow, "", graph.JobWriter)
					}
					break
				}
			}
			continue
		case t[k].has(cCrewVerb) && (x.tok(k+1).low == "the" || x.tok(k+1).low == "live-action" || x.tok(k+1).low == "several") && x.ofTitles(k+1) > 0:
			// "who also directed the live-action films of T1 and T2", "who
			// wrote the film adaptation of John le Carre's “T”"
			at := x.ofTitles(k + 1)
			if e := x.titleAt(at, false); e > at && x.tok(e).kind == tPoss && x.titleStarts(e+1) {
				if ps := x.personAt(at); ps == e {
					for _, ti := range x.titleList(e + 1) {
						x.add(graph.KindCrew, x.span(at, e), ti, "", graph.JobOriginalAuthor)
					}
				}
				at = e + 1
			}
			for _, p := range x.subjectsBefore(k, 0) {
				for _, ti := range x.titleList(at) {
					x.add(graph.KindCrew, p, ti, "", crewVerbTitleIDs.get(t[k].id))
				}
			}
			continue
		case t[k].has(cCrewVerb) && (x.genreTitleAt(k+1) > 0 || x.bareGenreTitleAt(k+1) > 0):
			// "who last directed the romance film “T”", "went on to direct
			// the 2015 romantic drama ‘T’ and episodes of the crime drama
			// ‘U’", "who penned historical drama T"
			titles := x.titleList(x.genreTitleAt(k + 1))
			if at := x.bareGenreTitleAt(k + 1); at > 0 {
				e := x.titleAt(at, false) // not past "and wrote comedy U": U is the next verb's
				titles = append([]string{unquote(x.span(at, e))}, x.moreTitles(e)...)
			}
			for _, p := range x.pronounSubject(x.pairedCrewVerbs(k)) {
				for _, ti := range titles {
					if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
						for _, job := range x.pairedCrewJobs(k) {
							x.add(graph.KindCrew, p, ti, "", job)
						}
					}
				}
			}
			continue
		case t[k].has(cCrewVerb) && low != "direct" && low != "helm" && x.tok(k+1).low != "by" && (x.titleStarts(x.pastYearHit(k+1)) && !x.performerIn(k+1) || x.tok(k+1).low == "for" && x.titleStarts(k+2)):
			// "X, who helmed “Hotel Lumiere,”", "X created Night Train",
			// "X wrote for The Wire", "X wrote 1990s hit T"
			at := x.pastYearHit(k + 1)
			if x.tok(at).low == "for" {
				if crewVerbTitleIDs.get(t[k].id) != graph.JobWriter {
					continue
				}
				at++
			}
			titles := x.titleList(at)
			people := x.subjectsBefore(x.pairedCrewVerbs(k), 0)
			if len(people) == 0 && strings.HasSuffix(low, "ing") {
				people = x.clauseMakerSubject(x.pairedCrewVerbs(k)) // "X wrote for T1 before creating T2"
			}
			for _, p := range people {
				for _, ti := range titles {
					for _, job := range x.pairedCrewJobs(k) {
						if !prizeName(ti) { // not "was awarded the first directing Oscar of his career"
							x.add(graph.KindCrew, p, ti, "", job)
						}
					}
				}
			}
			continue
		case (low == "like" || low == "as" && x.tok(k-1).low == "such" && k > 1 || x.suchWorksAs(k)) && x.subjectEnd() > 0 && k > x.subjectEnd() && !x.s.head && (x.worksNounBefore(k-boolInt(low == "as")) || x.suchWorksAs(k)):
			// "Han – a star since the 1990s – has endured, from film hits
			// like T1 and T2 all the way to recent dramas like T3": the
			// works of the person the sentence opens with
			if x.tok(k-2).low == "of" || x.tok(k-3).low == "fans" || !x.ownClause(x.subjectEnd(), k) || x.execVerbBetween(x.subjectEnd(), k) {
				continue // "fans of shows like T"; "X, who has directed series such as T"; "X oversaw hits such as T"
			}
			kind := ""
			for m := k - 1; m > x.subjectEnd() && m >= k-5; m-- {
				if l := x.toks[m].low; (l == "role" || l == "roles" || l == "part" || l == "parts" || l == "cameo" || l == "cameos") && !x.toks[m].cap {
					kind = graph.KindCast // "known for her roles in films like T1 and T2", "small parts in films such as T"
				}
			}
			titles := x.titleList(k + 1)
			for m := x.subjectEnd(); len(titles) > 0 && m < k; m++ {
				if l := x.toks[m].low; l == "starred" || l == "appeared" {
					titles = append(titles, x.asideTitles()...) // "Aside from “T1”, X has starred in other series like T2"
					break
				}
			}
			for _, ti := range titles {
				if !x.isNetwork(ti) && x.knownPerson(ti) == "" {
					x.add(kind, x.subject(), ti, "", "")
				}
			}
			continue
		case (low == "return" || low == "returns" || low == "returning") && x.tok(k+1).low == "in" && x.tok(k+2).low == "the" && x.tok(k-1).has(cAuxWords|cDescribe) && x.titleList(k+2) != nil:
			// "He will soon return in the heart-warming drama T"
			x.castInTitles(x.subjectsBefore(k, 1), x.titleList(k+2))
			continue
		case (low == "has" || low == "have") && x.pipelineAfter(k+1):
			// "Nimisha has Rajeev Ravi's Thuramukham, Lal Jose's 41 and
			// Siddarth Bharathan's Jinn in the pipeline": her coming work
			x.castInTitles(x.pronounOr(x.subjectsBefore(k, 0)), x.titleList(k+1))
			continue
		case (low == "filming" || low == "shooting") && x.tok(k-1).has(cAuxWords) && x.tok(k+1).low == "the" && x.titleList(k+1) != nil && x.tok(x.titlePrefix(k+1)-1).has(cGenreNouns):
			// "He is currently shooting the bowling drama Split"
			x.castInTitles(x.notMakers(x.subjectsBefore(k, 1)), x.titleList(k+1))
			continue
		case !t[k].cap && (x.tok(k-1).low == "was" || x.tok(k-1).low == "is" || x.tok(k-1).low == "been") && praiseWordsIDs.has(t[k].id) && (x.tok(k+1).low == "on" || x.tok(k+1).low == "in") && x.titleStarts(x.titlePrefix(k+2)):
			// "He was excellent on T1, T2, and T3": a performer's work
			x.castInTitles(x.subjectsBefore(k, 0), x.titleList(k+2))
			continue
		case low == "since" && (x.tok(k-1).low == "role" || x.tok(k-1).low == "appearance" || x.tok(k-1).low == "outing") && x.titleStarts(x.titlePrefix(k+1)):
			// "This is his first major television starring role since
			// Friends": the person whose role it is
			person := ""
			for m := k - 2; m >= 0 && m > k-8; m-- {
				if l := x.toks[m].low; l == "his" || l == "her" {
					if x.subject() != "" {
						person = x.subject()
					} else {
						person = x.prevSubject()
					}
					break
				}
				if x.toks[m].kind == tPoss {
					if ps := x.personBefore(m); ps < m {
						person = x.span(ps, m)
					}
					break
				}
			}
			if person != "" {
				x.castInTitles([]string{person}, x.titleList(k+1))
			}
			continue
		case low == "role" && (x.tok(k+1).low == "was" || x.tok(k+1).low == "is") && x.pastRoleTitles(k+2) > 0:
			// "His last major television role was on HBO's T", "His most
			// recent role was playing a king in the period thriller T (2014)"
			holder := ""
			for m := k - 1; m >= 0 && m >= k-5; m-- {
				if l := x.toks[m].low; l == "his" || l == "her" {
					if m == x.introEnd() {
						holder = x.pronounPerson(m) // "His first role was on T" opening a paragraph: the person before, else the lead
					} else if m == 0 || x.subjectEnd() > 0 && x.subjectEnd() < m {
						holder = x.subject()
					}
					break
				}
			}
			if holder != "" {
				x.castInTitles([]string{holder}, x.titleList(x.pastRoleTitles(k+2)))
			}
			continue
		case (low == "co-starred" || low == "starred" || low == "worked") && x.tok(k+1).low == "with" && x.personAt(k+2) > k+2 && x.tok(x.personAt(k+2)).low == "in" && x.titleStarts(x.titlePrefix(x.personAt(k+2)+1)):
			// "Cho co-starred with Lee in the memorable thriller T": both in T
			pe := x.personAt(k + 2)
			people := x.subjectsBefore(k, 0)
			if y := x.span(k+2, pe); pe > k+3 || x.resolve(y) != y || !koreanFamily[strings.ToLower(y)] {
				people = append(people, y) // not a family name many people share: "with Lee"
			}
			x.castInTitles(people, x.titleList(pe+1))
			continue
		case low == "pairing" && x.tok(k+1).low == "with" && x.pairingTitle(k) > 0:
			// "his onscreen pairing with X in hit romance drama T", "her
			// pairing with X for T": both in T
			at := x.pairingTitle(k)
			pe := x.personAt(k + 2)
			people := []string{x.span(k+2, pe)}
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if l := x.toks[m].low; l == "his" || l == "her" {
					if h := x.holderOf(m); len(h) == 1 {
						people = append(people, h[0])
					} else if ps := x.personBefore(x.ownersStartAt(0)); ps < x.ownersStartAt(0) {
						people = append(people, x.span(ps, x.ownersStartAt(0)))
					}
					break
				}
			}
			x.castInTitles(people, x.titleList(at))
			continue
		case low == "since" && x.comebackBefore(k) && x.titleStarts(x.titlePrefix(k+1)) && x.tok(x.titleAt(x.titlePrefix(k+1), false)).kind != tPoss:
			// "this drama will be X's comeback drama in two years since tvN's
			// “T”", "X is coming back with a drama in three years since T",
			// "X is expected to return to the small screen for the first
			// time in 19 years since SBS's “T”": X's earlier work
			if person := x.comebackHolder(k); person != "" {
				x.castInTitles([]string{person}, x.titleList(k+1))
			}
			continue
		case low == "credits" && (x.tok(k+1).low == "include" || x.tok(k+1).low == "including"):
			titles = x.titleList(k + 2)
		case (low == "known" || fameFor(low)) && x.tok(k+1).low == "for": // "X, renowned for T" (fameworks.go)
			if x.tok(k + 2).has(cPlayVerbs) {
				continue // "known for voicing C in T": roles, read by roleRule
			}
			titles = x.titleList(k + 2)
			if x.tok(k-1).text == "," || x.tok(k-1).low == "best" && x.tok(k-2).text == "," {
				titles = x.namesEndTitles(titles) // "X, best known for T, and Y": Y is the list's next person
			}
			if at := x.worksLike(k + 2); len(titles) == 0 && at > 0 {
				titles = x.titleList(at) // "known for hits like T"
			} else if at := x.ownWorkAt(k + 2); len(titles) == 0 && at > 0 {
				titles = x.titleList(at) // "known for his 'T' franchise", "known for her hit T"
			} else if l := x.tok(k + 2).low; len(titles) == 0 && (l == "starring" || l == "appearing" || l == "acting" || l == "co-starring") && (x.tok(k+3).low == "in" || x.tok(k+3).low == "on") {
				titles = x.titleList(k + 4) // "best known for starring in T1 and T2"
			}
			if ps := x.personBefore(k - 1); x.tok(k-1).text == "," && ps < k-1 && len(x.subjectsBefore(k, 0)) == 0 {
				people = append(people, x.span(ps, k-1)) // "a comedy from X, known for T"
			} else if p, j := x.apposedJobKnown(k); p != "" {
				apposedJob = j // "X, the Japanese director known for directing T"
				if len(x.subjectsBefore(k, 0)) == 0 {
					people = append(people, p)
				}
			}
		default:
			continue
		}
		if len(titles) == 0 {
			continue
		}
		s := k
		if t[k].low == "credits" && x.tok(k-1).low == "whose" {
			s = k - 1
		}
		kind := ""
		if len(people) == 1 && x.networkSubject(k) {
			kind = graph.KindCrew // "Netflix is working with X on T": X makes T for it
		}
		subj := x.subjectsBefore(s, 0)
		if w := x.creditsOwnerWord(k); len(people) == 0 && w > 0 {
			if p, crew := x.appositiveOwner(w); p != "" {
				subj = []string{p} // "X, the new master of horror whose previous credits include T"
				if crew {
					kind = graph.KindCrew // "Other directors chosen include ..., and X, the ..."
				}
			}
		}
		people = append(subj, people...)
		job := ""
		if apposedJob != "" && len(people) == 1 {
			kind, job = graph.KindCrew, apposedJob
		} else if len(people) == 1 {
			if job = x.asideJobNoun(s); job != "" {
				kind = graph.KindCrew // "Director X, known for T": X's job in T
				if v := strings.TrimPrefix(x.tok(k+2).low, "co-"); t[k].low == "known" && (jobVerbs[v] != "" || crewVerbTitle[v] != "") {
					job = cmp.Or(jobVerbs[v], crewVerbTitle[v]) // "Director X, known for co-scripting T": the verb's job
				}
			}
		}
		for _, p := range people {
			for _, ti := range titles {
				x.add(kind, p, ti, "", job)
			}
		}
	}
}

// filmographyRule: "Pounder is known for her roles on shows like T1, T2 and
// T3", "Bruch, whose credits include roles in T1 and T2", "Alexander, who
// has directed series such as T1 and T2", "Wright, who has directed book
// adaptations such as “T1,” “T2” and “T3.”" The kind follows the verb:
// directed or wrote make crew, roles and starring make cast.
func (x *extractor) filmographyRule() {
	if !x.sentHas(cPastCue) {
		return // no word it reads at
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if x.inBr[k] || t[k].cap {
			continue
		}
		start := -1
		switch l := t[k].low; {
		case l == "like" || l == "include" || l == "includes" || l == "including" || l == "as" && t[k-1].low == "such":
			for m := k - 1; m >= 0 && m >= k-4; m-- {
				if t[m].kind == tPunct || t[m].cap {
					break
				}
				if filmographyNounsIDs.has(t[m].id) {
					start = m
				}
			}
			if start < 0 {
				start = x.hasWorksIncluding(k) // "X has many films due soon, including T1 and T2"
			}
			if start < 0 && x.starsOfIncluding(k) {
				continue // "the stars from T, including A and B": names, no titles
			}
		case (l == "on" || l == "in") && (t[k-1].low == "roles" || t[k-1].low == "role" || t[k-1].low == "work" || t[k-1].low == "parts" ||
			t[k-1].low == "part" && !takeVerbsIDs.has(x.tok(k-2).id)): // not "took part in T"
			start = k - 1
		}
		if start < 0 || x.offerBefore(start) {
			continue // not "has been offered a leading role in T": no credit yet
		}
		if t[start].low == "role" || t[start].low == "part" {
			if x.gerundAt(k + 1) {
				continue // "played a key role in bringing T to the network": a deed, no part
			}
		}
		at := k + 1
		if g := x.genreTitleAfter(k + 1); g > 0 {
			at = g // "a small role in the film T", "parts in the 1990s sitcoms T1 and T2"
		} else if g := x.kindsSuchAs(k + 1); g > 0 {
			at = g // "parts in films such as T1 and T2", "roles in shows like T"
		} else if !x.titleStarts(k+1) && !x.titleStarts(k+2) {
			continue
		}
		if x.tok(at).low == "roles" && (x.tok(at+1).low == "in" || x.tok(at+1).low == "on") {
			at += 2 // "whose credits include roles in T"
		}
		titles := x.titleList(at)
		if len(titles) == 0 {
			continue
		}
		if e := x.titleAt(at, false); len(titles) == 1 && x.tok(e).has(cJobNoun) && !x.tok(e).cap && x.personAt(e+1) > e+1 {
			continue // "the lead role in “Shoplifters” director X's next project": the maker's title
		}
		kind, job := "", ""
		for m := start - 1; m >= 0 && m >= start-6; m-- {
			switch t[m].low {
			case "directed", "directing", "helmed", "directorial": // "known for her directorial work on T1 and T2"
				kind, job = graph.KindCrew, graph.JobDirector
			case "wrote", "written", "penned":
				kind, job = graph.KindCrew, graph.JobWriter
			case "starred", "played", "appeared", "acted":
				kind = graph.KindCast
			}
		}
		if kind == "" && (t[start].low == "role" || t[start].low == "roles" || t[start].low == "part" || t[start].low == "parts") {
			kind = graph.KindCast // "landed parts in films such as T1 and T2": an actor's parts
		}
		subjects := x.subjectsBefore(start, 1)
		if x.execVerbBetween(max(0, start-8), start) || x.declinedPart(start) {
			subjects = nil // "X previously oversaw hits such as T": an executive's slate; "X turned down the lead role in T"
		}
		if p := x.frontedHolder(start); p != "" {
			subjects = []string{p} // "Known for his roles in films like T1 and T2, X has"
		}
		if len(subjects) == 0 && start > 0 && t[start-1].kind == tPoss {
			if ps := x.personBefore(start - 1); ps < start-1 {
				subjects = []string{x.span(ps, start-1)}
			}
		}
		for _, s := range subjects {
			if isUpperCase(s) && !hasByte(s, ' ') || x.worksAdjective(s) || awardCategoryName(s) {
				continue // "British and US detective series such as T", "Reliable hits such as T"; "Best Actress in a Leading Role for her role in T"
			}
			for _, ti := range titles {
				if !x.isNetwork(ti) && x.fold(ti) != x.fold(s) && x.resolve(ti) != s {
					x.add(kind, s, ti, "", job)
				}
			}
		}
		for m := at; m < len(t); m++ {
			x.use(m) // the titles are no cast list
		}
	}
}

// suchWorksAs reports whether "as" at k ends "such [TV] series as", "such
// films as": the works named after it ("landing roles in such TV series
// as T1, T2 and T3").
func (x *extractor) suchWorksAs(k int) bool {
	if x.tok(k).low != "as" || !x.worksNoun(k-1) {
		return false
	}
	return x.tok(k-2).low == "such" || x.tok(k-3).low == "such" && x.tok(k-2).kind == tWord
}

// withObjectBefore reports whether, within five words before k and no
// comma between, "with" or "to" opens the object that the gerund after k
// would otherwise take as its subject: "became acquainted with director Y
// after starring in T", "grew close to Y after appearing in T".
func (x *extractor) withObjectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := x.tok(j)
		if w.text == "," || w.kind == tPoss || w.low == "and" {
			return false
		}
		if (w.low == "with" || w.low == "to") && !w.cap {
			o := j + 1 + boolInt(x.tok(j+1).has(cJobNoun) && !x.tok(j+1).cap)
			return x.tok(o).cap && x.personAt(o) > o
		}
	}
	return false
}
