package extract

// The article as a whole: the show it is about (headline, first sentences,
// a guess from its quoted and repeated titles). sentenceshow.go finds the
// show each sentence is about.

import (
	"cmp"
	"strings"
)

// findArticleShow finds the show the article is about, and its season, in
// the first sentences: "Season 2 of T", "T Season 2 ...", "T's ... season
// 3", "the drama T", "the film of A's T manga".
func (x *extractor) findArticleShow() {
	defer x.fallbackShow()
	obit := x.obituary()
	for i := 0; i < len(x.sents) && i < 5; i++ {
		if i == 1 {
			if title := x.headlineQuoteShow(); title != "" {
				x.setShow(title, x.mentionedSeasons()...)
				return
			}
		}
		if obit && x.pastLead(i) {
			break // an obituary's later sentences tell of its person's career
		}
		if i > 0 && x.untitledLeadAt(i-1) {
			break // "director X's untitled film": the titles after it are other works
		}
		s := x.look(i)
		t := s.toks
		n := len(t)
		if i == 0 {
			if title, seasons := x.headlineJoin(); title != "" {
				x.setShow(title, seasons...)
				return
			}
			if title := x.interviewHeadline(); title != "" {
				x.setShow(title, x.mentionedSeasons()...) // "“Quote”: Ada Obi on Dry Orchard"
				return
			}
			// "Netflix Reveals Voice Cast for Blue Planet Anime": the title
			// after "Cast for", named again in the article
			// "Netflix's Blue Planet rounds out its cast": a network's title
			// opens the headline
			if e := x.titleAt(0, false); e > 0 && x.tok(e).kind == tPoss && (x.isNetwork(x.span(0, e)) || x.numberNetworkAt(0) || x.ownerOpens(e)) && x.titleStarts(e+1) {
				if e2 := x.titleAt(e+1, false); e2 > e+1 && e2 < n && t[e2].kind == tWord && !t[e2].cap && !x.isNetwork(x.span(e+1, e2)) && !describes(x.span(e+1, e2)) &&
					!(x.personShaped(e+1, e2) && x.startsName(e+1)) {
					x.setShow(x.span(e+1, e2), x.mentionedSeasons()...)
					return
				}
			}
			// "Tom Hale cast in Blue Planet"
			for k := 1; k+2 < n; k++ {
				if t[k].low == "cast" && !t[k].cap && (t[k+1].low == "in" || t[k+1].low == "as") && x.personBefore(k) < k {
					at := k + 2
					if t[k+1].low == "as" {
						continue
					}
					at = x.skipOwner(at)
					if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && !describes(unquote(x.span(at, e))) && x.knownPerson(x.span(at, e)) == "" {
						x.setShow(x.span(at, e), x.mentionedSeasons()...)
						return
					}
				}
			}
			if title := x.headlineCastFor(); title != "" {
				x.setShow(title, x.mentionedSeasons()...)
				return
			}
			// "Bole Chudiyan: Filming of X's film begins": a headline that
			// opens with a title and a colon, the title named again below
			if e := x.colonCut(x.titleAt(0, false)); e > 0 && e < n && t[e].text == ":" && !x.isNetwork(x.span(0, e)) && !describes(x.span(0, e)) &&
				!(x.personShaped(0, e) && x.startsName(0)) && !x.speakerColon(e) && !x.profileHead(e) && strings.Count(x.a.Text, x.span(0, e)) >= 2 && !t[e-1].has(cGenreNouns) {
				x.setShow(x.span(0, e), x.mentionedSeasons()...)
				return
			}
			if title := x.reviewHeadline(); title != "" {
				x.setShow(title, x.mentionedSeasons()...) // "Barbie review: X shines", "Review: Barbie"
				return
			}
			if title := cmp.Or(x.colonHeadline(), x.glossHeadline(), x.questionHeadline(), x.foreignHeadTitle(), x.sentenceColonHeadline(), x.playInHeadline()); title != "" {
				x.setShow(title, x.mentionedSeasons()...) // "Silver Harbor: BBC drama adds Sarah Paulson"
				return
			}
			if title := x.scriptHeading(s); title != "" {
				x.setShow(title, x.mentionedSeasons()...) // "Love and Lies – 恋と嘘 [Live Action Coverage]"
				return
			}
			if title, seasons := x.mediumHeadline(); title != "" {
				x.setShow(title, seasons...) // "Sakamoto Days Anime Reveals Additional Cast"
				return
			}
		}
		if title := x.plotOpening(); i < 3 && !s.head && title != "" {
			x.setShow(title, x.mentionedSeasons()...) // "Told over one winter, T follows a widow"
			return
		}
		if title := cmp.Or(x.promoTitle(), x.premiereTitle(), x.castNewsTitle(), x.castForTitle(), x.kindAsideTitle()); i < 3 && title != "" {
			x.setShow(title, x.mentionedSeasons()...) // "SVT releases T trailer", "has released a trailer for T"
			return
		}
		if title := cmp.Or(x.castInTitle(), x.leadStarIn(i), x.headlineRoleTitle(i)); title != "" {
			// "Sam Wren has been cast in FIRES, alongside ..."
			x.setShow(title, x.mentionedSeasons()...)
			return
		}
		if title := cmp.Or(x.renewalTitle(), x.describedOpening(), x.newKindOpening()); title != "" {
			// "T is coming back for a second season", "The three-part T follows the story of"
			x.setShow(title, x.mentionedSeasons()...)
			return
		}
		for k := 1; k+1 < n; k++ {
			// "now the live-action Terra Formars has found its star": the
			// adaptation the article is about
			if t[k].low == "live-action" && !t[k].cap && t[k-1].low == "the" && x.titleStarts(k+1) {
				if e := x.titleAt(k+1, false); e > k+1 && !x.isNetwork(x.span(k+1, e)) && !describes(x.span(k+1, e)) && (x.tok(e).has(cAuxWords) || x.tok(e).kind == tPoss) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		for k := 2; k+1 < n; k++ {
			// "Stan officially confirmed its new project: Eden.": the title
			// the sentence ends with
			if l := t[k-2].low; (t[k].text == ":" && (t[k-1].low == "project" || t[k-1].has(cGenreNouns)) && (l == "new" || l == "latest" || l == "upcoming" || l == "next") ||
				t[k].text == "," && t[k-1].has(cGenreNouns) && t[k-2].has(cNetworks)) && !t[k-1].cap { // "a visit to rival ITV soap, Coronation Street."
				if e := x.titleAt(k+1, false); e > k+1 && (e == n || e == n-1 && t[e].kind == tPunct) && !x.isNetwork(x.span(k+1, e)) && !(x.personShaped(k+1, e) && x.startsName(k+1)) {
					x.setShow(unquote(x.span(k+1, e)), x.mentionedSeasons()...)
					return
				}
			}
		}
		for k := 0; k+2 < n; k++ {
			// "The shooting for T kickstarted", "filming of T begins", "The
			// filming of Netflix's ‘T,’ an upcoming series"
			if l := t[k].low; (l == "shooting" || l == "filming" || l == "shoot" || l == "production" || l == "underway" || l == "begun") && (!t[k].cap || k == 0 || t[k-1].low == "the") && !x.wrappedWork(k) &&
				!x.tok(k+2).has(cDateWords) && // "began production on Wednesday": a day, no title
				!(x.tok(k+2).kind == tNum && spanWordsIDs.has(x.tok(k+3).id)) && // "shooting for 15 days": a span of time, no title
				(t[k+1].low == "for" || t[k+1].low == "of" || t[k+1].low == "on") && x.titleStarts(x.skipOwner(x.pastSeasonOf(k+2))) {
				at := x.skipOwner(x.pastSeasonOf(k + 2)) // "Filming is underway on season two of T"
				if e := x.titleAt(at, false); e > at && at > k+2 && !x.isNetwork(x.span(at, e)) && x.tok(e).kind != tPoss {
					x.setShow(x.span(at, e), x.mentionedSeasons()...)
					return
				}
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) && x.tok(e).kind != tPoss && !describes(x.span(k+2, e)) &&
					!(x.personShaped(k+2, e) && x.startsName(k+2)) {
					x.setShow(x.span(k+2, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		for k := 0; k+3 < n; k++ {
			if title := x.upcomingSubject(k); title != "" {
				x.setShow(title, x.mentionedSeasons()...) // "The staff of the upcoming T announced the voice cast of C"
				return
			}
			if isSeasonWord(t[k].low) && (t[k+1].kind == tNum || ordinalsIDs.get(t[k+1].id) > 1 && !t[k+1].cap) && t[k+2].low == "of" {
				// "Season 2 of T", "Season 2 of ABC's drama series T", "season two of T"
				at := x.skipOwner(k + 3)
				if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) {
					x.setShow(x.span(at, e), seasonNum(&t[k+1]))
					return
				}
			}
			// "has joined the cast of T", "the cast of A's T"
			if t[k].low == "cast" && t[k+1].low == "of" && x.titleStarts(k+2) {
				at := x.skipOwner(k + 2) // "the cast of KBX drama T", "of Veltrix's T"
				if pe := x.personAt(at); pe > at && x.tok(pe).kind == tPoss {
					at = pe + 1
				}
				if e := x.titleAt(at, false); e > at && x.tok(e).kind != tPoss && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" && !describes(x.span(at, e)) {
					if sp := x.tok(e).low; (sp == "spinoff" || sp == "spin-off" || sp == "sequel" || sp == "prequel" || sp == "remake" || sp == "reboot") && x.tok(e+1).text == "," {
						// "the cast of Money Heist spinoff, Berlin": the spinoff's own title
						if e2 := x.titleAt(e+2, false); e2 > e+2 && !x.isNetwork(x.span(e+2, e2)) {
							x.setShow(x.span(e+2, e2), x.mentionedSeasons()...)
							return
						}
					}
					x.setShow(x.span(at, e), x.mentionedSeasons()...)
					return
				}
			}
			// "The “Stranger Things” cast has added", "the Squid Game cast"
			if t[k].low == "the" && x.titleStarts(k+1) && !(t[k].cap && x.tok(k-1).text == ":") { // not "T: The Reckoning cast": a subtitle's article
				if e := x.titleAt(k+1, false); e > k+1 && x.tok(e).low == "cast" && !x.isNetwork(x.span(k+1, e)) && !describes(unquote(x.span(k+1, e))) &&
					!castQualifiersIDs.has(x.toks[e-1].id) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
			// "the sixth and final season of T"
			if l := t[k].low; (l == "final" || l == "last" || l == "upcoming" || l == "latest" || l == "next") && isSeasonWord(t[k+1].low) && t[k+2].low == "of" {
				if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) {
					x.setShow(x.span(k+3, e), x.mentionedSeasons()...)
					return
				}
			}
			// "a third season of T"
			if isSeasonWord(t[k+1].low) && t[k+2].low == "of" {
				if o, ok := ordinalsIDs.lookup(t[k].id); ok {
					if e := x.titleAt(k+3, false); e > k+3 && !x.isNetwork(x.span(k+3, e)) {
						x.setShow(x.span(k+3, e), o)
						return
					}
				}
			}
			// "Warner Bros.' remake of T": a remake keeps its title
			if (t[k].low == "remake" || t[k].low == "reboot" || t[k].low == "revival") && !t[k].cap && t[k+1].low == "of" && x.titleStarts(k+2) && (k == 0 || t[k-1].kind == tPoss || t[k-1].text == "’" || t[k-1].low == "the" || t[k-1].low == "a" || t[k-1].low == "new") {
				if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) && x.tok(e).kind != tPoss && x.knownPerson(x.span(k+2, e)) == "" {
					x.setShow(x.span(k+2, e), x.mentionedSeasons()...)
					return
				}
			}
			// "renewed T for a second season", "renewed its drama T for", "cancelled T after one season"
			if l := t[k].low; l == "renewed" || l == "renews" || l == "renew" || l == "cancelled" || l == "canceled" || l == "axed" {
				at := k + 1
				if x.tok(at).low == "its" {
					at = x.skipOwner(at + 1)
				}
				if e := x.titleAt(at, false); e > at && x.titleStarts(at) && (x.tok(e).low == "for" || x.tok(e).low == "after" && l[0] != 'r') && !x.isNetwork(x.span(at, e)) {
					x.setShow(x.span(at, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		if e := x.titleAt(0, false); e > 1 && t[e-1].kind == tNum && t[e-2].kind == tWord && !isSeasonWord(t[e-2].low) && x.tok(e).has(cAuxWords) && !x.tok(e).cap && !x.isNetwork(x.span(0, e-1)) && !notTitle(x.span(0, e)) {
			// "Happy Death Day 2 is targeting ...": a numbered sequel opens the article
			x.setShow(x.span(0, e), x.mentionedSeasons()...)
			return
		}
		if e := x.titleAt(0, false); e > 0 && !x.isNetwork(x.span(0, e)) && !(e == 1 && t[0].has(cStopWords)) && !(x.personShaped(0, e) && x.startsName(0)) && x.subjectCue(e) && !notTitle(x.span(0, e)) {
			// "Only Murders in the Building is bringing back X", "T adds X"
			x.setShow(x.span(0, e), x.mentionedSeasons()...)
			return
		}
		if e := x.titleAt(0, false); e > 0 && x.isADescription(e) && !x.isNetwork(x.span(0, e)) && !(e == 1 && t[0].has(cStopWords)) && !notTitle(x.span(0, e)) {
			// "T is a 2010 American action film"
			x.setShow(x.span(0, e), x.mentionedSeasons()...)
			return
		}
		if e := x.titleAt(0, false); e > 0 {
			if s.head {
				for m := 1; m < e; m++ {
					if headlineVerbsIDs.has(t[m].id) {
						e = m // "Blue Planet Renewed for Season 3": the title ends at the verb
						break
					}
				}
			}
			title, seasons := x.split(x.span(0, e))
			if title != "" && s.head && len(seasons) == 0 && e < len(t) && headlineVerbsIDs.has(t[e].id) {
				seasons = x.mentionedSeasons()
			}
			if len(seasons) > 0 && !x.isNetwork(title) {
				x.setShow(title, seasons...)
				return
			}
			if e < n && t[e].kind == tPoss && !x.isNetwork(title) {
				for k := e + 1; k < n && k < e+5; k++ {
					if t[k].low == "season" && k+1 < n && t[k+1].kind == tNum {
						x.setShow(title, atoi(t[k+1].text))
						return
					}
				}
			}
		}
		// "a couple new faces in his life in Prodigal Son Season 2"
		for k := 1; k < n; k++ {
			if !t[k].cap || t[k-1].cap || x.inBr[k] {
				continue
			}
			if e := x.titleAt(k, false); e > k+1 {
				title, seasons := x.split(x.span(k, e))
				if len(seasons) > 0 && title != "" && !x.isNetwork(title) && !seasonOnly(x.span(k, e)) {
					x.setShow(title, seasons...)
					return
				}
				k = e
			}
		}
		// "the English dub cast for Attack on Titan's second season", "T's
		// Season 3"
		for k := 1; k+2 < n; k++ {
			if t[k].kind != tPoss {
				continue
			}
			season := 0
			if t[k+1].low == "season" && t[k+2].kind == tNum {
				season = atoi(t[k+2].text)
			} else if o := ordinalsIDs.get(t[k+1].id); o > 0 && t[k+2].low == "season" {
				season = o
			}
			if season == 0 {
				continue
			}
			if ts := x.titleBefore(k); ts < k && !x.isNetwork(x.span(ts, k)) && x.resolve(x.span(ts, k)) == x.span(ts, k) {
				x.setShow(x.span(ts, k), season)
				return
			}
		}
		for k := 0; k+1 < n; k++ {
			named := k + 1
			if t[k].low == "titled" && x.tok(named).text == "," && x.tok(k-1).has(cGenreNouns) {
				named++ // "a movie titled, Sir."
			}
			if (t[k].low == "named" || t[k].low == "titled" || t[k].low == "called") && (!t[k].cap || k == 0 && t[k].low == "titled") && (k == 0 || x.tok(k-1).text == "," || x.tok(k-1).has(cGenreNouns)) && x.titleStarts(named) && !x.namesPart(k) {
				// "a mysterious new thriller, named London"
				if e := x.titleAt(named, false); e > named && !x.isNetwork(x.span(named, e)) {
					x.setShow(x.span(named, e), x.mentionedSeasons()...)
					return
				}
			}
			titleNoun := t[k].low == "title" && isQuote(x.tok(k+1).text) // "with the Korean title “T”"
			at := x.pastAdaptation(k + 1)                                // "do Filme Live-Action de T" (titleprefixes.go)
			if e := x.titleAt(at+1, false); t[k].has(cGenreNouns) && x.tok(at).text == "," && x.titleStarts(at+1) && (x.tok(e).text == "," || x.tok(e).text == "(" && x.tok(e+1).low == "also") {
				at++ // "BBC’s upcoming crime thriller series, Wolf, is based on"
			}
			if (t[k].has(cGenreNouns) && !x.showVerb(k) && !(isSeasonWord(t[k].low) && x.tok(at).kind == tNum) || t[k].low == "titled" && !x.namesPart(k) || titleNoun) && !t[k].cap && x.titleStarts(at) && !x.otherShow(k) && !x.inBr[k] { // not "T series 3": a season
				if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && !x.jobHolderAfterKind(k, at, e) { // not "the creator of the series Ana Selo"
					if t[k].low == "titled" {
						e = x.titledEnd(e)
					}
					x.setShow(x.span(at, e), x.mentionedSeasons()...)
					return
				}
			}
		}
		for k := 0; k+2 < n; k++ {
			if t[k].kind == tPoss {
				if e := x.titleAt(k+1, false); e > k+1 && e < n && t[e].has(cSourceNouns) {
					x.setShow(x.span(k+1, e), x.mentionedSeasons()...)
					return
				}
			}
			// "the anime adaptation of T": the adaptation keeps the title
			if t[k].low == "adaptation" && t[k+1].low == "of" && x.titleStarts(k+2) && (k == 0 || !t[k-1].has(cGenreNouns) || !t[k-1].cap) &&
				!(t[k+2].kind == tNum && x.tok(k+3).has(cGenreNouns)) { // "the drama adaptation of 2012 film “T”": the year of another work
				if e := x.titleAt(k+2, false); e > k+2 && x.tok(e).kind != tPoss && !x.isNetwork(x.span(k+2, e)) {
					x.setShow(cmp.Or(x.ownTitleAfter(e), x.span(k+2, e)), x.mentionedSeasons()...) // "the adaptation of T, T2.": T2
					return
				}
			}
			// "the movie adaptation of Colleen Hoover's “Verity”"
			if t[k].low == "adaptation" && t[k+1].low == "of" {
				for m := k + 2; m+1 < n && m < k+7; m++ {
					if t[m].kind == tPoss {
						if e := x.titleAt(m+1, false); e > m+1 && isQuote(t[m+1].text) {
							x.setShow(x.span(m+1, e), x.mentionedSeasons()...)
							return
						}
						break
					}
				}
			}
			// "Money Heist spinoff, Berlin": the spinoff's own title
			switch t[k].low {
			case "spinoff", "spin-off", "sequel", "prequel", "remake", "reboot":
				if x.tok(k+1).text == "," && x.titleStarts(k+2) {
					if e := x.titleAt(k+2, false); e > k+2 && !x.isNetwork(x.span(k+2, e)) && (e == n || x.tok(e).kind == tPunct) {
						x.setShow(x.span(k+2, e), x.mentionedSeasons()...)
						return
					}
				}
			}
			// "the upcoming Oshi no Ko anime": a title before its genre noun
			// "The Oshi no Ko anime has announced": "The" opening the sentence;
			// "the voice cast for its Oshi no Ko anime"
			if (t[k].low == "upcoming" || t[k].low == "new" || t[k].low == "hit" || t[k].low == "the" || t[k].low == "its") && (!t[k].cap || k == 0 && t[k].low == "the") && x.titleStarts(k+1) {
				if e := x.titleAt(k+1, false); e > k+1 && x.kindAfterTitle(e) && !x.isNetwork(x.span(k+1, e)) && x.tok(e).kind != tPoss &&
					!describes(x.span(k+1, e)) && !(x.personShaped(k+1, e) && x.startsName(k+1)) && !x.inBr[k] && !t[k+1].has(cDateWords) && t[k+1].kind != tNum &&
					!describesWord(t[e-1].low) && !x.wrappedWork(k) { // not "The DC Comics-based drama", "wrapping up filming on the Avatar sequel"
					x.setShow(cmp.Or(x.franchiseApposed(k), x.span(k+1, e)), x.mentionedSeasons()...)
					return
				}
			}
			if title := x.adaptedSourceTitle(k); title != "" {
				x.setShow(cmp.Or(x.adaptationSubject(k), title), x.mentionedSeasons()...) // "BBC One's adaptation of David Nicholls' novel Us"
				return
			}
			// "... on The Ipcress File, an ITV spy thriller starring X"
			if (k == 0 || !t[k-1].cap && t[k-1].low != "and" && !t[k-1].has(cPlayVerbs) && t[k-1].low != "as") && x.titleStarts(k) {
				// not "She will play Wendy, a young woman": a character
				if e := x.titleAt(k, false); e > k && x.coStarIn(k, e) == k && t[e-1].kind != tPunct && x.tok(e).text == "," && (x.tok(e+1).low == "a" || x.tok(e+1).low == "an" || x.tok(e+1).low == "the" && (titleAdjectivesIDs.has(x.tok(e+2).id) || x.tok(e+2).has(cGenreNouns) && !x.tok(e+2).cap && describedByIDs.has(x.tok(e+3).id))) &&
					x.isADescription(e) && !x.isNetwork(x.span(k, e)) && x.resolve(x.span(k, e)) == x.span(k, e) {
					x.setShow(x.span(k, e), x.mentionedSeasons()...)
					return
				}
			}
		}
	}
}
