package extract

// Crew: "directed by X", "writer X", "X is directing", "X's new series"
// (source works, "based on X's novel", are read in sourceworks.go).

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// crewByRule: "directed by X", "created by X and Y", "the T series produced
// by X".
func (x *extractor) crewByRule() {
	if !x.sentHas(cByCue) {
		return // no token it reads
	}
	t := x.toks
	byShow := "" // the title a comma and "directed by" followed
	for k := 1; k < len(t); k++ {
		if t[k].low == "of" && t[k-1].low == "direction" && x.tok(k-2).low == "the" && x.tok(k-3).low == "under" && x.sshow != "" {
			// "under the direction of X"
			for _, it := range x.parseList(k + 1) {
				x.add(graph.KindCrew, x.itemName(it), x.sshow, "", graph.JobDirector)
			}
			continue
		}
		if t[k].low == "of" && t[k-1].low == "production" && x.tok(k-2).low == "the" && x.tok(k-3).low == "under" && x.sshow != "" {
			// "Under the production of X, “T” offers": X produces T
			if pe := x.personAt(k + 1); pe > k+1 && !isCompany(x.span(k+1, pe)) && !x.isNetwork(x.span(k+1, pe)) {
				x.add(graph.KindCrew, x.span(k+1, pe), x.sshow, "", graph.JobProducer)
			}
			continue
		}
		if t[k].low != "by" || x.inBr[k] {
			continue
		}
		job, ok := crewByIDs.lookup(t[k-1].id)
		over := 0 // "overseen by T showrunner X", not "by VP Production X"
		if t[k-1].low == "overseen" || t[k-1].low == "supervised" {
			if over = x.overseerJob(k + 1); over > 0 {
				job, ok = jobNounsIDs.get(t[over].id), true
			}
		}
		if !ok && t[k-1].low == "direction" && !t[k-1].cap {
			// "with artistic direction by X", not "a change of direction by NBC"
			switch x.tok(k - 2).low {
			case "artistic", "with", "creative", "overall":
				job, ok = graph.JobDirector, true
			case "music", "musical", "art":
				job, ok = "", true
			}
		}
		hostPair := false
		if !ok && (t[k-1].low == "hosted" || t[k-1].low == "co-hosted" || t[k-1].low == "presented") && x.tok(k-2).low == "and" {
			// "executive-produced and hosted by X": the job before "and"
			// (the host, on screen, is read in hosts.go)
			if j, isBy := crewByIDs.lookup(x.tok(k - 3).id); isBy && j != "" && !x.tok(k-3).cap {
				job, ok, hostPair = j, true, true
			}
		}
		if !ok {
			job, ok = x.dutyDoneBy(k) // "The music will be done by X"
		}
		if !ok && t[k-1].has(cScriptWords) && !t[k-1].cap && t[k-1].low != "pilot" {
			job, ok = graph.JobWriter, true // "from a script by X"
		}
		if l := t[k-1].low; !ok && (l == "is" || l == "are" || l == "was" || l == "will") && k >= 2 {
			// "Music is by X", "The screenplay is by X"
			if j, isBy := crewByIDs.lookup(t[k-2].id); isBy && !t[k-2].has(cScriptWords) || t[k-2].has(cScriptWords) {
				job, ok = j, true
				if t[k-2].has(cScriptWords) {
					job = graph.JobWriter
				}
			}
		}
		if !ok || x.untitledAntecedent(k) {
			continue
		}
		jobs := []string{job}
		if j2, ok := crewByIDs.lookup(x.tok(k - 3).id); ok && x.tok(k-2).low == "and" && !hostPair {
			jobs = append(jobs, j2) // "written and directed by"
		}
		for m := k - 2; m >= 0 && m >= k-4; m-- {
			if t[m].has(cSourceNouns) && !t[m].cap {
				// "based on a manga series written by X": the source's author;
				// not "The adaptation of Y's novel is being written by X"
				if !x.adaptationIsWritten(m, k) {
					jobs = []string{graph.JobOriginalAuthor}
				}
				break
			}
		}
		show := x.sshow
		if g := k - 2; g > 0 && t[g].has(cGenreNouns) && !t[g].cap {
			if ts := x.titleBefore(g); ts < g {
				show = x.span(ts, g)
				if ap := x.appositiveTitle(ts); ap != "" {
					show = ap // "T, the new TVE series directed by X": T, not the network before the genre noun
				}
			}
		} else if ti := x.commaTitleBy(k); ti != "" && x.sourceTitleBy(k) && x.sshow != "" && x.skey(ti) != x.skey(x.sshow) {
			// "based on the journalistic novel ‘T’, written by X": the
			// source's author, of the sentence's show
			jobs = []string{graph.JobOriginalAuthor}
		} else if ti != "" {
			show, byShow = ti, ti // "star in Dhadak, directed by X"
		} else if byShow != "" && (t[k-2].low == "and" || t[k-2].text == ",") && crewByParticiple(&t[k-1]) {
			show = byShow // "T, directed by X and produced by Y"
		}
		at := k + 1
		ofJob := "" // the job noun before a name, "helmed by director X of T"
		if over > 0 {
			at = over // the titles before the job noun are read by jobNounRule
		}
		if x.tok(at).kind == tNum || x.tok(at).has(cNumberWord) {
			// "co-directed by three women – A, B and C"
			if m := at + 1; (x.tok(m).low == "women" || x.tok(m).low == "men" || x.tok(m).low == "filmmakers" || x.tok(m).low == "people") && (isDash(x.tok(m+1).text) || x.tok(m+1).text == ":") {
				at = m + 2
			}
		}
		if x.tok(at).low == "original" && x.tok(at+1).has(cJobNoun) && !x.tok(at+1).cap {
			at++ // "handled by original author X"
		}
		// "co-directed by A Hologram for The King helmer Tom Tykwer",
		// "produced by Killing Eve producer X", "created by Spanish
		// Affair’s co-writer X": a credit in that title too
		if e := x.titleAt(at, false); e > at && x.pastAccolade(at) == at && (x.tok(e).has(cJobNoun) && !x.tok(e).cap || x.tok(e).kind == tPoss && x.tok(e+1).has(cJobNoun) && !x.tok(e+1).cap && !(x.personShaped(at, e) && x.startsName(at))) {
			ps := e + 1
			if x.tok(e).kind == tPoss {
				ps++ // "created by Spanish Affair’s co-writer X"
			}
			if x.tok(ps).text == "," && (x.startsName(ps+1) || x.personShaped(ps+1, x.personAt(ps+1))) {
				ps++ // "Written by Sherwood creator, James Graham,": the name in apposition
			}
			if pe := x.personAt(ps); pe > ps && (ps == e+1 || x.personShaped(ps, pe) && (x.tok(pe).text == "," || x.tok(pe).low == "and" || x.tok(pe).low == "who" || pe == len(t))) {
				title := unquote(x.span(at, e))
				if !x.isNetwork(title) && !describes(title) {
					x.add(graph.KindCrew, x.span(ps, pe), title, "", "")
				}
				at = ps
			} else if x.tok(e).has(cJobNoun) && x.tok(ps).cap && x.tok(ps).has(cGenreNouns|cCompanyWords) {
				continue // "produced by Doctor Foster producer Drama Republic": a company, no person
			}
		} else if at = x.pastAccolade(at); x.tok(at).has(cJobNoun) && (!x.tok(at).cap || isUpperCase(x.tok(at).text) && x.tok(at+1).cap) {
			ofJob = jobNounsIDs.get(x.tok(at).id)
			if t[k-1].low == "helmed" && ofJob == graph.JobShowrunner {
				jobs = []string{ofJob} // "helmed by showrunner X": who runs the series, not its director
			}
			if past := x.pastJobNouns(at); past != at+1 && !(x.tok(at).low == "executive" && past == at+2) {
				ofJob = "" // "penned by writer and actor X of T": which of the two in T is not said
			}
			at = x.pastJobComma(x.pastJobNouns(at)) // "remade by director X", "penned by writer and actor X", "helmed by PD X", "by executive producer X"
		} else {
			// "produced by award-winning filmmaking duo X and Y", "scripted
			// by the renowned filmmaker-editor-scriptwriter X"
			if l := x.tok(at).low; l == "the" || l == "a" || l == "an" {
				if x.tok(at+1).kind == tWord && !x.tok(at+1).cap && !x.tok(at+1).has(cStopWords) {
					at++
				}
			}
			for m := 0; m < 4 && x.tok(at).kind == tWord && (!x.tok(at).cap || placeMadeWord(x.tok(at).low)) && !x.tok(at).has(cStopWords); m++ {
				at++ // "produced by Perth-raised X"
			}
			if x.tok(at).text == "," && at > k+2 && (x.tok(k+1).low == "a" || x.tok(k+1).low == "an") && x.personAt(at+1) > at+1 {
				at++ // "It is also produced by a woman, X"
			}
		}
		at = x.pastCompanyTitle(at) // "by Carnival Films Executive Chairman X, Y and Z"
		at = x.pastHonorific(at)    // "by the late King of Philippine Movies X"
		at = x.pastOwnersApposition(at)
		at, fam := x.familyApposition(at) // "by the Vask brothers, Teodor and Emil" (familynames.go)
		var names []string
		at = x.pastCompanyItems(at)              // "by Bluefin Pictures, Redwood Media and X"
		at = x.pastAndPossTitle(at)              // "by Moorfield and Time's X": one title's maker
		items := x.byListTrades(x.parseList(at)) // "by screenwriter A and cartoonist B"
		items = x.listPastFor(items)             // "by A and B for Company, C for Network and D"
		items = x.byListClause(items)
		items = x.dropCompanies(items)               // "by Easy Tiger and Third Act Stories"
		items = x.dropProducerCompanies(items, jobs) // "produced by Playmaker"
		for _, it := range items {
			names = append(names, x.itemName(it))
			at := it.end
			if x.tok(it.pend).low == "of" {
				at = it.pend // the item reads past "of 'T'" where a clause follows
			}
			for _, ti := range x.ofTitlesAfter(at) {
				x.add(graph.KindCrew, x.itemName(it), ti, "", ofJob) // "written by X of T1 and T2", "helmed by director X of T" (a director of T)
			}
		}
		if n := len(items); n > 0 {
			names = append(names, x.withPartners(items[n-1].end)...) // "written by A with B"
		}
		if fam != "" {
			names = withFamily(names, fam)
		}
		for _, name := range x.shareSurname(names) {
			for _, job := range jobs {
				x.add(graph.KindCrew, name, show, "", job)
			}
		}
	}
}

// jobNounRule: "writer X", "Co-directors X and Y", "Broadchurch director
// X", "Trespasses actor X", "X is an executive producer", "a T star".
func (x *extractor) jobNounRule() {
	if !x.sentHas(cJobNoun|cCastNouns) && !x.sentHasAnyWord(leadOfWords) {
		return // no token it reads
	}
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] || t[k].kind != tWord || !t[k].has(cJobNoun|cCastNouns) && !leadOfWords.mayHold(&t[k]) {
			continue // neither a job noun, a cast noun nor a word leadOf reads
		}
		var job string
		var isJob bool
		if t[k].has(cJobNoun) {
			job, isJob = jobNounsIDs.lookup(t[k].id)
		}
		isCast := t[k].has(cCastNouns) && !t[k].cap || x.leadOf(k) // "X, the protagonist of T"
		if !isJob && !isCast || job == graph.JobOriginalAuthor {
			continue
		}
		if isJob && x.wornDesigner(k) {
			continue // "a gown by designer X": clothes, no credit
		}
		if isJob && x.sourceBy(k) {
			continue // "the novels by German writer X": the source's author
		}
		if isJob && x.tradeAfterBy(k, job) {
			continue // "produced by famed director X": X's trade, not X's job here (crewByRule reads the verb's)
		}
		if isJob && (x.plotConsultant(k) || x.workSubject(k)) {
			continue // "trauma consultant X": a doctor in the story, no crew
		}
		if isJob && job == graph.JobDirector && x.tok(k-1).low == "casting" && castingStaffBefore(x.tok(k-2)) && !x.networkOffice(k) {
			job = "" // "casting director X": crew with no job of the contract's
		} else if isJob && (officeNounsIDs.has(x.tok(k-1).id) || x.networkOffice(k)) {
			continue // "Festival director X said", "BBC drama director X": an office, no credit
		}
		if isJob && (x.playedJob(k) || x.tradeNameBracket(k) || t[k].cap && x.rankedCharacter(k)) {
			continue // "disgraced comedy writer Ava": a character's trade; "Director Coulson will search": a rank
		}
		if w := x.tok(k - 2).low; x.tok(k-1).low == "with" && (w == "worked" || w == "work" || w == "working" || w == "collaborated" || w == "together") {
			continue // "worked with director X on T": a credit in T, read by workedRule
		}
		next := k + 1
		if t[k].low == "executive" || t[k].low == "co-executive" {
			if l := x.tok(k + 1).low; l != "producer" && l != "producers" {
				x.creditGoesTo(k) // "executive production credit goes to X"
				continue
			}
			next = k + 2
		}
		if names := x.appositiveJob(k, next); len(names) > 0 && isJob {
			for _, n := range names {
				x.add(graph.KindCrew, n, x.sshow, "", job) // "X, the series' executive producer, said"
			}
			continue
		}
		if x.tok(next).text == ":" && x.tok(k-1).kind == tPunct {
			next++ // a credits block: "Director: X"
		}
		if b := bulletEnd(t); isJob && (x.tok(next).low == "is" || x.tok(next).low == "was" || x.tok(next).low == "are" || x.tok(next).low == "were") && x.personAt(next+1) > next+1 &&
			x.tok(x.personAt(next+1)).kind != tPoss { // "The producers are Australia's Goalpost Pictures": a company
			// a staff list: "The Director is X", "The Executive Producers
			// are X, Y and Z", "while cinematographer is X"
			at := k
			if l := x.tok(k - 1).low; l == "executive" || l == "co" || (l == "music" || l == "art" || l == "casting") && !x.tok(k-1).cap {
				at-- // "The Executive Producers are", "The music director is"
			}
			if p := x.tok(at - 1); at == b || at == b+1 && x.tok(b).low == "the" || p.low == "while" || p.low == "whereas" || p.low == "and" && !x.tok(at-2).cap || p.text == "," && x.tok(at-1).kind == tPunct && !x.tok(at-2).cap ||
				p.low == "the" && (x.tok(at-2).low == "while" || x.tok(at-2).low == "and" || x.tok(at-2).text == ",") ||
				p.kind == tPoss && at == b+3 && x.tok(b).low == "the" && x.tok(at-2).has(cGenreNouns) && !x.tok(at-2).cap { // "The film's music director is X"
				next++
			}
		}
		if isJob && x.tok(next).low == "and" && x.tok(next+1).has(cJobNoun) {
			continue // "creator and executive producer X": read at the last job word
		}
		if isJob && x.tok(next).text == "," && x.tok(k-1).kind == tPoss && x.titleJobAside(k, next, job) {
			continue // "The Crown's creator, Peter Morgan, said"
		}
		if isJob && x.tok(next).text == "," && x.sshow != "" && x.ownJobOwner(k) {
			// "The show's creator, Owen Pike, said", "the series'
			// showrunner, X,"
			if pe := x.personAt(next + 1); pe > next+1 && (x.tok(pe).text == "," || x.tok(pe).kind == tPunct && pe == len(t)-1) && x.tok(pe).kind != tPoss {
				x.add(graph.KindCrew, x.span(next+1, pe), x.sshow, "", job)
			}
			continue
		}
		if job == graph.JobDirector && x.tok(k+1).low == "of" && (x.tok(k+2).low == "photography" || x.tok(k+2).low == "cinematography") {
			job = "" // "director of photography": crew with no job of the contract's
			next = k + 3
		} else if job == graph.JobDirector && (x.tok(k-1).low == "music" || x.tok(k-1).low == "art") {
			job = "" // "music director X": the composer
		}
		jobs := []string{job}
		if a, b, two := strings.Cut(t[k].low, "-"); two && isJob {
			// "writer-director X", "writer-producer X": both jobs
			ja, okA := jobNouns[a]
			jb, okB := jobNouns[b]
			if okA && okB && ja != "" && jb != "" && ja != jb {
				jobs = []string{ja, jb}
			}
		}
		tk := k // "Dag writer/director X": the title stands before the first job
		if isJob && (x.tok(k-1).low == "and" || x.tok(k-1).text == "/") {
			if j2, ok := jobNounsIDs.lookup(x.tok(k - 2).id); ok && j2 != graph.JobOriginalAuthor && j2 != job {
				jobs = append(jobs, j2)
			}
			if x.tok(k-1).text == "/" && x.tok(k-2).has(cJobNoun) || x.jobPairedAfterTitle(k) {
				tk = k - 2 // "“Daily Show” correspondent and writer X"
			}
		} else if _, j2 := x.jobPair(k); isJob && j2 != "" && j2 != job {
			jobs = append(jobs, j2) // "writer and executive producer of T"
		}
		if tk > 2 && t[tk-1].kind == tNum && (t[tk-2].low == "season" || t[tk-2].low == "series") && !t[tk-2].cap {
			tk -= 2 // "‘Squid Game’ season 2 actress X": the title before its season
		}
		var titles []string
		if k := tk; k > 0 && t[k].low != "model" && (t[k-1].cap || t[k-1].kind == tNum) && t[k-1].kind != tPunct && !x.inBr[k-1] && !t[k-1].has(cJobNoun) && !(t[k].cap && rankWordsIDs.has(t[k-1].id)) && !x.describedEntry(k) {
			for _, ti := range x.titlesBefore(k) {
				ti = trimKindFrom(trimDescribing(ti)) // "Oscar-winning Moonlight actor X"
				if t[0].kind == tWord && ourPossessivesIDs.has(t[0].id) && len(ti) > len(t[0].text)+1 && ti[len(t[0].text)] == ' ' && ti[:len(t[0].text)] == t[0].text && !x.isShow(ti) {
					ti = ti[len(t[0].text)+1:] // "His T co-star X": the pronoun opens the sentence, not the title
				}
				// the title in lower case on the stack: a lookup each, no copy
				var lb [64]byte
				if l := lowerInto(lb[:0], ti); describedIndustry(ti) || placeDepartmentFieldWords[string(l)] {
					continue // "Ace Tollywood actress X": an industry, no title; "Lagos designer X": a place; "Costume designer X": a department; "Tennis star X": a field (fieldstars.go)
				}
				if ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) && !x.occupiedName(ti) && !adjectiveOpener(ti) && !hasLower(articleWords, ti) && !(strings.HasPrefix(ti, "The ") && describes(ti[4:])) &&
					!hasLower(jobRanks, ti) { // "Head writer X said": a rank of the job, no title
					titles = append(titles, ti) // not "New York-based director X", "The American actress X"
				}
			}
		} else if m := x.castModifierStart(k); isCast && m < k {
			// "Gintama live-action actress X", "3D Kanojo Real Girl's
			// live-action actor X"
			if ts := x.titleBefore(m); ts < m && x.tok(ts-1).kind != tPoss && !strings.ContainsAny(x.tok(ts-1).text, "0123456789") {
				if ti := trimDescribingTail(trimDescribing(x.span(ts, m))); ti != "" && !x.isNetwork(ti) && x.knownPerson(ti) == "" && !hasLowerWord(placeWords, placeNameWords, ti) {
					titles = append(titles, ti)
				}
			}
		} else if x.closeQuote(tk - 1) {
			// "his “Twilight” director X", "“Almost Famous” star X", "“T1,”
			// “T2,” and “T3” writer X"
			titles = x.quotedTitlesBefore(tk)
		} else if ti := x.possTitleBefore(k - 1); ti != "" && isJob {
			titles = []string{ti} // "Red Sky's creator X"
		}
		if len(titles) == 1 && x.serviceNamed(titles[0]) {
			continue // "Zelomax director X" under "some Zelomax movies": a service's, no show's
		}
		if isCast && x.oneOfCast(k, next) {
			continue // "X is also one of the lead actors of the film"
		}
		// "X, who was one of the producers of T,", "X, one of the writers of T"
		if x.tok(next).low == "of" && x.tok(k-1).low == "the" && x.tok(k-2).low == "of" && x.tok(k-3).low == "one" && !isCast {
			m := k - 4
			if x.oneOfOpener(k-3, next, job) {
				continue // "One of the directors of the series, X, said"
			}
			if (x.tok(m).low == "was" || x.tok(m).low == "is") && x.tok(m-1).low == "who" {
				m -= 2
			}
			if x.tok(m).text == "," {
				if ps := x.personBefore(m); ps < m {
					if e := x.titleAt(next+1, false); e > next+1 && !x.isNetwork(x.span(next+1, e)) && !describes(unquote(x.span(next+1, e))) {
						x.add(graph.KindCrew, x.span(ps, m), unquote(x.span(next+1, e)), "", job)
					}
				}
			}
			continue
		}
		// "X, the creator of T", "X, the star of the Australian series “T”,",
		// "X, director of Netflix's T (2019),"
		if comma := x.copulaOr(x.appositiveComma(k), k); (x.tok(next).low == "of" || x.tok(next).low == "on" && isJob || x.tok(next).low == "in" && x.castInAppositive(k)) && (x.tok(comma).text == "," || comma >= 0 && x.tok(comma).has(cAuxWords)) {
			at := x.skipOwner(next + 1) // "X, screenwriter on T", "X, the writer of NET's hit T"
			if x.tok(at).low == "the" && !x.tok(at).cap {
				at++
			}
			for m := 0; m < 6 && (x.tok(at).has(cDescribe) || x.tok(at).kind == tWord && !x.tok(at).cap && (!x.tok(at).has(cStopWords) || x.tok(at).has(cGenreNouns)) || x.tok(at).has(cNetworks) && x.tok(at).cap && isCast || x.countryBeforeKind(at)); m++ {
				at++
			}
			if e := x.titleAt(at, false); e > at && (x.tok(e).low == "winner" || x.tok(e).low == "nominee") {
				at = e + 1 // "star of Oscar winner “Parasite”"
			}
			at = x.pastAward(at) // "the Golden Globe-nominated T"
			if e := x.titleAt(at, false); e > at && !hasLower(networks, x.tok(at).text) && !describes(unquote(x.span(at, e))) && !x.officeAt(at, e) &&
				!(x.startsName(at) && x.personShaped(at, e) && (x.tok(e).has(cGenreNouns) || x.tok(e).low == "biopic")) { // "the Judy Garland biopic"
				if ps := x.personBefore(x.pastAge(comma)); ps < x.pastAge(comma) {
					comma = x.pastAge(comma) // "X (28), the current lead of T"
					kind := graph.KindCrew
					if isCast {
						kind, job = graph.KindCast, ""
					}
					x.add(kind, x.span(ps, comma), unquote(x.span(at, e)), "", job)
					if kind == graph.KindCrew && len(jobs) > 1 && jobs[0] == job {
						x.add(kind, x.span(ps, comma), unquote(x.span(at, e)), "", jobs[1]) // "X, writer and director of T": both jobs
					}
					for _, ti := range x.moreTitles(e) {
						x.add(kind, x.span(ps, comma), ti, "", job) // "X, the star of T1, T2 and T3, has died", "the director of T1 and the comedy T2"
					}
				}
			} else if ps := x.personBefore(comma); ps < comma && x.projectObject(next+1) && x.tok(next+1).low == "the" && x.tok(next+3).text == "," && x.sshow != "" && !x.jury {
				kind := graph.KindCrew // "X, the creator of the series, said"
				if isCast {
					kind, job = graph.KindCast, ""
				}
				x.add(kind, x.span(ps, comma), x.sshow, "", job)
				x.addPairedJob(kind, x.span(ps, comma), k, jobs) // "X, the director and producer of the film,", "the lead actress and producer of the movie"
			}
			continue
		}
		// "The director of the series will be X", "The new star of the
		// series “T,” X, at the gym"
		if x.tok(next).low == "of" && (x.tok(k-1).low == "the" || (x.tok(k-1).low == "new" || x.tok(k-1).low == "executive") && x.tok(k-2).low == "the") {
			m := next + 1
			if x.tok(m).low == "the" {
				m++
			}
			if g := x.tok(m); g.has(cGenreNouns) && !g.cap {
				title, e := x.sshow, m+1
				if te := x.titleAt(m+1, false); te > m+1 && x.titleStarts(m+1) && !x.isNetwork(unquote(x.span(m+1, te))) {
					title, e = unquote(x.span(m+1, te)), te
				}
				if x.tok(e).text == "," {
					e++
				}
				if x.tok(e).low == "will" && x.tok(e+1).low == "be" {
					e += 2
				} else if x.tok(e).low == "is" || x.tok(e).low == "was" {
					e++
				}
				if pe := x.personAt(e); pe > e && title != "" && (x.tok(e-1).text == "," && x.tok(pe).text == "," || x.tok(e-1).low == "be" || x.tok(e-1).low == "is" || x.tok(e-1).low == "was") {
					kind := graph.KindCrew
					if isCast {
						kind, job = graph.KindCast, ""
					}
					x.add(kind, x.span(e, pe), title, "", job)
					continue
				}
			}
		}
		if t[k].cap && x.tok(next).cap && execDepartmentsIDs.has(x.tok(next).id) {
			continue // "Director Development & Production X": an executive's title
		}
		var names []string
		ownTitle, listEnd := false, 0
		if x.tok(next).text == "," && len(titles) > 0 && x.personAt(next+1) > next+1 && (isCast && pluralNounsIDs.has(t[k].id) || x.apposedName(k, next+1)) {
			next++ // "former Big Brother reality stars, A and B", "from T co-creator, X, starring" (rolenountitles.go)
		}
		if it := x.parseList(next); len(it) > 0 && x.tok(next).kind != tPoss {
			for n, i := range it {
				if n > 0 && i.start != i.pstart {
					if p := x.tok(i.start); n == 1 && i.pstart == i.start+1 && x.tok(i.start-1).low == "and" && (p.low == "actor" || p.low == "actress") && !p.cap {
						// "former Doctor Who writer Moffat and actor Tennant":
						// the title stands before both
						for _, ti := range titles {
							x.add(graph.KindCast, x.itemName(i), ti, "", "")
						}
					}
					break // "X, Andor star Y": Y has a credit of its own
				}
				names = append(names, x.itemName(i))
				listEnd = i.end
			}
			// "in director Bala's Avan Ivan": the job is on the title the
			// person owns
			if l := it[len(it)-1]; len(titles) == 0 && l.pend == l.end && x.tok(l.pend).kind == tPoss && !hasLowerWord(placeWords, placeNameWords, x.itemName(l)) && x.ownerNamed(isJob, l) {
				if at := x.pastDatedRelease(l.pend + 1); x.titleAt(at, false) > at && !x.isNetwork(x.span(at, x.titleAt(at, false))) && !describes(unquote(x.span(at, x.titleAt(at, false)))) && x.knownPerson(x.span(at, x.titleAt(at, false))) == "" {
					titles, ownTitle = append(titles, unquote(x.span(at, x.titleAt(at, false)))), true // not "director X's October release “T”": October
				}
			}
			titles, ownTitle = x.ofTitleOwn(k, it, titles, ownTitle)
		}
		if len(names) == 0 {
			// "X is an executive producer", "X is a co-executive producer",
			// "X will be the series director", "X is associate producer"
			d := k - 1
			if l := x.tok(d).low; (l == "series" || l == "associate") && !t[d].cap {
				d--
			}
			if l := x.tok(d).low; l == "a" || l == "an" || l == "the" && x.tok(d+1).low == "series" || (x.tok(d+1).low == "associate" || x.bareJobEnd(d+1)) && (l == "is" || l == "was") {
				v := d - 1
				if l == "is" || l == "was" {
					v = d
				}
				if x.tok(v).low == "also" {
					v-- // "X is also a producer"
				}
				be := x.tok(v).low == "be" && x.tok(v-1).low == "will"
				if l2 := x.tok(v).low; isJob && (l2 == "is" || l2 == "was" || be) {
					if be {
						v--
					}
					show := x.sshow
					if ti := x.jobOnTitle(next); ti != "" {
						show = ti // "X is a producer on T"
					}
					if ps := x.personBefore(v); ps < v && show != "" {
						x.add(graph.KindCrew, x.span(ps, v), show, "", job)
					} else if subj := x.subjectsBefore(v, 1); len(subj) == 1 && show != "" {
						x.add(graph.KindCrew, subj[0], show, "", job) // "Vance, whose credits include T, is also a producer"
					}
				}
			}
			// "a Descendants 3 star": the person comes next
			if isCast && len(titles) == 1 && (x.tok(k-1-len(strings.Fields(titles[0]))).low == "a" || x.tok(k-1-len(strings.Fields(titles[0]))).low == "an") {
				x.pending, x.pendAge = titles[0], 0
			}
			if p := x.theTitleStar(k, titles); p != "" {
				x.add(graph.KindCast, p, titles[0], "", "") // "The Heathers star sat down": the person the article leads with
			}
			continue
		}
		if isCast {
			if owner := x.coStarOwner(k); owner != "" {
				for _, ti := range titles {
					x.add(graph.KindCast, owner, ti, "", "") // "his T1 and T2 co-star X": his too
				}
			}
			if !pluralNounsIDs.has(t[k].id) && len(names) > 1 {
				names = names[:1] // "Victoria star X, Y and Z": the title is X's
			}
			kind := ""
			if performerNounsIDs.has(t[k].id) {
				kind = graph.KindCast // "T star X": X acts, whatever else X does
			}
			for _, ti := range titles {
				for _, name := range names {
					x.add(kind, name, ti, "", "")
				}
			}
			continue
		}
		if len(titles) == 0 && (x.castClauseAfter(listEnd) || len(names) == 1 && x.asCharacterAfter(listEnd)) {
			continue // "Director X has been added to the cast", "the cast includes filmmaker X as C": a performer here
		}
		if v := x.tok(listEnd); len(names) > 1 && !v.cap && (v.has(cPlayVerbs) || v.low == "star") && !strings.HasSuffix(t[k].low, "s") && x.tok(x.personAt(next)).text == "," {
			names = names[:1] // "of director A, B and C play C1 and C2": B and C open the next clause
		}
		titleNames := shareSurname(names)
		if !strings.HasSuffix(t[k].low, "s") && len(names) > 1 && hasByte(names[0], ' ') {
			titleNames = names[:1] // "T director A and B": the title is A's
		}
		names = shareSurname(names)
		for _, job := range jobs {
			for _, ti := range titles {
				for _, name := range titleNames {
					x.add(graph.KindCrew, name, ti, "", job)
				}
			}
			if len(titles) > 0 && !ownTitle && x.sshow != "" && !x.jury && x.fromMaker(tk) {
				for _, name := range titleNames {
					x.add(graph.KindCrew, name, x.sshow, "", job) // "a new drama from Severance creator X"
				}
			} else if ti := x.fromTitle(tk); len(titles) > 0 && !ownTitle && ti != "" && !x.jury {
				for _, name := range titleNames {
					x.add(graph.KindCrew, name, ti, "", job) // "the pilot “T” from Severance creator X"
				}
			}
			if show := x.jobShow(k); (len(titles) == 0 || (x.inSubjectAside(k) || x.inCrewIntro(k) || x.reunionWith(k)) && !ownTitle) && show != "" && !x.jury && !(len(titles) == 0 && (x.honoured() || x.titleByJob(k) || x.assistantTo(k))) {
				for _, name := range names {
					x.add(graph.KindCrew, name, show, "", job)
				}
			}
		}
	}
}

// jobVerbRule: "X is directing", "with X producing", "X is penning the
// film's script", "X wrote the scripts for T and U".
func (x *extractor) jobVerbRule() {
	if !x.sentHas(cJobVerb | cWriteVerb) {
		return // no token it reads
	}
	t := x.toks
	for k := 0; k < len(t); k++ {
		if x.inBr[k] || t[k].cap && k > 0 && !x.capJobVerb(k) {
			continue
		}
		low := t[k].low
		if !t[k].has(cJobVerb | cWriteVerb) {
			continue
		}
		if t[k].cap && x.tok(1).low != "is" && x.tok(1).low != "are" && !x.capJobVerb(k) {
			continue
		}
		if job, ok := jobVerbs[low]; ok && x.tok(k+1).low != "by" && !((x.tok(k+1).low == "the" || x.tok(k+1).low == "live-action" || x.tok(k+1).low == "several") && x.ofTitles(k+1) > 0) {
			if x.sshow == "" && x.directedIn(k, job) {
				continue // "X directed Y in T" where the article names no show of its own
			}
			if x.sshow == "" && x.otherTitleObject(k+1) == "" || (low == "backing" || low == "bankrolling" || low == "bankrolls" || low == "editing") && !x.projectObject(k+1) {
				continue // "X is backing the idea", "X is editing a magazine": no film
			}
			if (low == "designing" || low == "designed") && !(x.tok(k+1).low == "the" && (x.tok(k+2).low == "characters" || x.tok(k+2).low == "costumes" || x.tok(k+2).low == "sets" || x.tok(k+2).low == "masks" || x.tok(k+2).low == "creatures")) {
				continue
			}
			if x.pairedTitle(k, job) || x.directedIn(k, job) {
				continue // "X will write and direct T": both jobs in T; "X, who directed her in T"
			}
			if ti := x.otherTitleObject(k + 1); ti != "" {
				// "Kenny Ortega directed the original Hocus Pocus": a credit in
				// that title, not in the sentence's show
				titles := []string{ti}
				if _, at := x.titleObjectAt(k + 1); at > 0 {
					if more := x.titleList(at); len(more) > 1 && unquote(more[0]) == ti {
						titles = more // "went on to direct T1 and T2"
					}
				}
				for _, s := range x.subjectsBefore(k, 0) {
					for _, ti := range titles {
						if ti = unquote(ti); x.skey(ti) != x.skey(x.sshow) && !x.isNetwork(ti) && !prizeName(ti) {
							x.add(graph.KindCrew, s, ti, "", job)
						}
					}
				}
				continue
			}
			if (strings.HasSuffix(low, "ed") || low == "wrote") && x.worksObject(k+1) {
				// "X has directed several features before, including T":
				// earlier work, named after the count or not at all
				titles := x.titleList(x.worksNamed(k + 1))
				for _, s := range x.subjectsBefore(k, 0) {
					for _, ti := range titles {
						if !x.isNetwork(ti) {
							x.add(graph.KindCrew, s, ti, "", job)
						}
					}
				}
				continue
			}
			if (low == "adapted" || low == "adapt") && !x.sourceObject(k+1) {
				continue // "adapted from", "was adapted into a film": no adapter
			}
			if (low == "created" || low == "developed" || low == "co-created" || low == "conceived" || low == "devised" || low == "produced" || low == "scripted") && !x.projectObject(k+1) && !((low == "produced" || low == "scripted") && x.titleObject(k+1) != "") {
				continue // "X created a monster", "X produced the action series 'T'": no show of the sentence's
			}
			if k == 0 && (x.tok(1).low == "is" || x.tok(1).low == "are") {
				// "Directing is X (T1), alongside Y and Z"
				items := slices.Clone(x.parseList(2)) // parseList reuses its storage
				if len(items) > 0 && x.tok(items[len(items)-1].end).text == "," && x.tok(items[len(items)-1].end+1).low == "alongside" {
					items = append(items, x.parseList(items[len(items)-1].end+2)...)
				}
				for _, it := range items {
					x.add(graph.KindCrew, x.itemName(it), x.sshow, "", job)
				}
				continue
			}
			if at := x.partnersAt(k + 1); at > 0 {
				// "X is also producing with T-Series' A and B", "X is
				// co-directing with Y", "X executive-produces alongside Y":
				// they share the job
				if e := x.titleAt(at, false); e > at && x.tok(e).kind == tPoss && x.personAt(e+1) > e+1 {
					at = e + 1 // a company's possessive
				}
				x.addPartners(at, job)
			}
			// "X will write and direct": the subject stands before the
			// first verb of the pair
			m := k
			for m >= 2 && (t[m-1].low == "and" || t[m-1].text == ",") && t[m-2].has(cJobVerb) && !t[m-2].cap {
				m -= 2
			}
			if x.capJobVerb(m) && x.tok(m-1).low == "executive" {
				m-- // "X will Executive Produce both dramas"
			}
			if x.formerPlan(m) {
				continue // "X was initially attached to write", "originally slated to direct"
			}
			if b, v := x.tok(m-1).low, t[m].low; (b == "be" || b == "been" || b == "being" || b == "is" || b == "are" || b == "was" || b == "were") && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en")) {
				continue // "T will be directed and written by X", "it is produced and owned by NET": the subject is the work
			}
			for _, s := range x.subjectsBefore(m, 0) {
				x.addMaker(s, job)
			}
			continue
		}
		switch low {
		case "penning", "writing", "wrote", "writes", "pens", "penned", "co-wrote", "co-writing", "pen":
		case "written": // "X has written the screenplay"
			if l := x.tok(k - 1).low; l != "has" && l != "have" && l != "had" {
				continue
			}
		default:
			continue
		}
		ti := x.otherTitleObject(k + 1)
		if e := x.titleAt(k+1, false); ti == "" && e > k+1 && x.sshow != "" && x.skey(unquote(x.span(k+1, e))) == x.skey(x.sshow) {
			ti = x.sshow
		}
		if ti != "" && x.isShow(ti) && x.tok(k+1).cap {
			// "X, who penned Collision for ITV, is writing Injustice": a
			// show the article credits elsewhere
			for _, s := range x.subjectsBefore(k, 0) {
				x.add(graph.KindCrew, s, ti, "", graph.JobWriter)
			}
			continue
		}
		if at := x.partnersAt(k + 1); at > 0 && x.sshow != "" {
			x.addPartners(at, graph.JobWriter) // "who wrote in collaboration with A (T1) and B (T2)"
			if x.tok(k+1).low == "the" {
				for _, s := range x.subjectsBefore(k, 0) {
					x.add(graph.KindCrew, s, x.sshow, "", graph.JobWriter) // "X co-wrote the script with A and B": X too
				}
			}
			continue
		}
		if x.writesAndDirects(k) || x.wroteSource(k) || x.wroteProject(k) {
			continue
		}
		script := -1
		for m := k + 1; m < len(t) && m < k+6; m++ {
			if t[m].has(cScriptWords) || x.writtenWork(m) {
				script = m
				break
			}
			if t[m].kind == tPunct {
				break
			}
		}
		if script < 0 {
			continue
		}
		subjects := x.subjectsBefore(k, 0)
		var titles []string
		if x.tok(script+1).low == "for" {
			titles = x.titleList(script + 2)
			if b := x.tok(script + 3); len(titles) == 0 && x.sshow != "" && (x.projectObject(script+2) || x.tok(script+2).low == "the" && b.has(cSourceNouns) && !b.cap) {
				titles = []string{x.sshow} // "has written the screenplay for the book"
			}
		} else if x.sshow != "" {
			titles = []string{x.sshow}
		}
		for _, s := range subjects {
			for _, ti := range titles {
				x.add(graph.KindCrew, s, ti, "", graph.JobWriter)
			}
		}
	}
}

// castingStaffBefore reports whether w, before "casting director", leaves
// it a credit: the sentence's start, punctuation, a possessive or "and",
// "with", "by", "the"; not a describing word ("legendary casting director
// X": a trade).
func castingStaffBefore(w *token) bool {
	switch w.kind {
	case tPunct, tPoss:
		return true
	}
	switch w.low {
	case "", "and", "with", "by", "the", "while", "its", "their":
		return true
	}
	return false
}
