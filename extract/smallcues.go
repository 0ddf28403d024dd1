package extract

// Small readers of the words around a credit that several rules ask: a
// casting not made yet ("in talks to play"), what a person is ("X, the
// British actress"), a verb and "in" before a title, a title's job held
// by a person ("T's creator, X,"), and someone's words in quotes.

import "github.com/castgraph/castgraph/graph"

// inTalksBefore reports whether the verb at k follows "in talks to" or "in
// negotiations to" ("X is in talks to play C", "X is in early
// negotiations to star"): a casting not yet made, which news reports as
// such and which gives no credit.
func (x *extractor) inTalksBefore(k int) bool {
	if x.tok(k-1).low != "to" {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-5; m-- {
		t := x.tok(m)
		if t.kind == tPunct {
			return false
		}
		if (t.low == "talks" || t.low == "negotiations") && !t.cap {
			for q := m - 1; q >= 0 && q >= m-3; q-- {
				if x.tok(q).low == "in" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// performerAside reports whether the words at k name what the person
// before them is: "X, the British actress best known for ...", "X, a
// veteran actor who ...": "the", "a" or "an", up to two describing words,
// and a performer noun.
func (x *extractor) performerAside(k int) bool {
	if l := x.tok(k).low; l != "the" && l != "a" && l != "an" {
		return false
	}
	for m := k + 1; m < len(x.toks) && m <= k+3; m++ {
		t := x.tok(m)
		if t.has(cCastNouns|cPrefixNouns) && !t.cap {
			return true
		}
		if t.kind != tWord || t.has(cStopWords) && !t.cap {
			return false
		}
	}
	return false
}

// inAfterCastVerb reports whether the words that end at k are a casting
// verb and "in", with the show's kind, its network and "the" between "in"
// and the title: "will appear in T", "appeared in the BBC sitcom T".
func (x *extractor) inAfterCastVerb(k int) bool {
	if x.tok(k).text == "," && x.tok(k-1).has(cGenreNouns) && !x.tok(k-1).cap {
		k-- // "seen in the big-budget Disney+ series, T, opposite Y": the title in apposition
	}
	for m := 0; m < 6 && k > 1; m++ {
		t := x.tok(k)
		if !(t.has(cGenreNouns) && !t.cap || t.low == "feature" && !t.cap || t.has(cNetworks) || t.low == "the" && !t.cap || m > 0 && t.kind == tWord && !t.cap && !t.has(cStopWords|cCastVerbs) ||
			m > 0 && t.cap && x.tok(k-1).low == "the" || m > 0 && t.kind == tNum && len(t.text) == 4 && x.tok(k-1).low == "the") { // "BBC historical drama", "the A24 feature", "the 2017 series"
			break
		}
		k--
	}
	if l := x.tok(k).low; l == "was" || l == "is" {
		_, ok := recentWorkNounsIDs.lookup(x.tok(k - 1).id)
		return ok && recentWorkWordsIDs.has(x.tok(k-2).id) // "Her latest film was T, opposite Y"
	}
	return x.tok(k).low == "in" && (x.tok(k-1).has(cCastVerbs) || x.tok(k-1).low == "seen") && !x.tok(k-1).cap
}

// titleJobAside reads "T's creator, X," with the job noun at k and the
// comma at next: X has the job on T, a title (not a person or a network)
// before the possessive. It reports whether it added the credit.
func (x *extractor) titleJobAside(k, next int, job string) bool {
	ts := x.titleBefore(k - 1)
	if ts >= k-1 {
		return false
	}
	title := unquote(x.span(ts, k-1))
	if x.isNetwork(title) || isCompany(title) || x.knownPerson(title) != "" || !x.isShow(title) && (x.personShaped(ts, k-1) || ts == k-2 && !isQuote(x.tok(ts).text)) {
		return false
	}
	pe := x.personAt(next + 1)
	if pe <= next+1 || x.tok(pe).kind == tPoss || !(x.tok(pe).text == "," || x.tok(pe).kind == tPunct && pe == len(x.toks)-1) {
		return false
	}
	x.add(graph.KindCrew, x.span(next+1, pe), title, "", job)
	return true
}

// speechQuote reports whether the quoted words from o to end (the quotes
// included) are someone's words rather than a title: a comma inside the
// closing quote and at least five words, two or more of them in lower
// case and no glue word ("we always knew it would end this way,").
func (x *extractor) speechQuote(o, end int) bool {
	if end-o < 3 || x.toks[end-2].text != "," {
		return false
	}
	words, lower := 0, 0
	for m := o + 1; m < end-2; m++ {
		t := &x.toks[m]
		if t.kind != tWord {
			continue
		}
		words++
		if !t.cap && !t.has(cStopWords) {
			lower++
		}
	}
	return words >= 5 && lower >= 2
}

// showVerb reports whether "show" or "shows" at k is a verb: after a
// plural noun, a pronoun or an auxiliary ("The posters show X", "it shows
// Y", "will show Z"), not the noun before a title ("the show Y").
func (x *extractor) showVerb(k int) bool {
	if l := x.toks[k].low; l != "show" && l != "shows" {
		return false
	}
	p := x.tok(k - 1)
	if p.kind != tWord || p.cap && k > 1 {
		return false
	}
	switch p.low {
	case "they", "it", "which", "that", "also", "will", "to", "can", "would", "could", "photos", "images", "stills", "posters", "pictures", "teasers", "clips":
		return true
	}
	return false
}

// appositiveKindTitle reads "Sky released T, its new period drama starring
// A and B", "T, a comedy from X": T, the title before a comma that an
// aside naming its kind follows, with the credits after the kind; or "".
func (x *extractor) appositiveKindTitle() string {
	if !x.sentHas(cGenreNouns) && !x.sentHasWord(bitFeature) {
		return "" // no kind of work for the aside to name
	}
	for k := 1; k+3 < len(x.toks); k++ {
		if x.toks[k].text != "," {
			continue
		}
		m := k + 1
		if x.closeQuote(m) {
			m++ // "“T,” the debut feature of": the comma inside the quotes
		}
		switch x.tok(m).low {
		case "its", "a", "an", "the", "their":
			m++
		default:
			continue
		}
		for q := 0; q < 3 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cGenreNouns) && x.tok(m).low != "feature" && (!x.tok(m).has(cStopWords) || titleAdjectivesIDs.has(x.tok(m).id)); q++ {
			m++ // "new period", "upcoming eight-part"
		}
		if g := x.tok(m); !g.has(cGenreNouns) && g.low != "feature" || g.cap {
			continue
		}
		switch x.tok(m + 1).low {
		case "starring", "featuring", "from", "created", "written", "directed", "produced":
		case "of", "by":
			if !x.directorAfter(m + 2) {
				continue // "T, the debut feature of Greek director X": not "the film of the year"
			}
		default:
			continue
		}
		ts := x.titleEndingAt(k)
		if ts >= k {
			continue
		}
		ts = x.coStarIn(ts, k) // "cast opposite A B in T, a new thriller": T
		if title := unquote(x.span(ts, k)); title != "" && !x.isNetwork(title) && x.knownPerson(title) == "" && !(x.personShaped(ts, k) && x.startsName(ts)) {
			return title
		}
	}
	return ""
}

// directorAfter reports whether describing words and a director's noun
// start at i: "Greek director", "first-time filmmaker".
func (x *extractor) directorAfter(i int) bool {
	for q := 0; q < 3 && x.tok(i).kind == tWord && !x.tok(i).has(cJobNoun) && describesWord(x.tok(i).low); q++ {
		i++
	}
	w := x.tok(i)
	return jobNounsIDs.get(w.id) == "director" && x.startsName(i+1)
}

// titleEndingAt returns where the title that ends at k starts, or k when
// none does: a quoted title whose closing quote stands at k-1, or the
// capitalized words titleBefore reads.
func (x *extractor) titleEndingAt(k int) int {
	ts := x.titleBefore(k)
	if isQuote(x.tok(k - 1).text) {
		for o := k - 2; o >= 0 && o > k-20; o-- {
			if isQuote(x.toks[o].text) {
				if x.titleAt(o, false) == k {
					ts = o
				}
				break
			}
		}
	}
	return ts
}

// commaArticle reports whether a comma and "a" or "an" follow each other in
// toks: "T, a drama written by X".
func commaArticle(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text == "," && (toks[i+1].low == "a" || toks[i+1].low == "an") {
			return true
		}
	}
	return false
}

// introEnd is introEndUncached, kept in the sentence: it reads only the
// tokens, and the rules of both readings ask it.
func (x *extractor) introEnd() int {
	s := x.s
	if s == nil || len(s.toks) == 0 || len(s.toks) != len(x.toks) || &s.toks[0] != &x.toks[0] {
		return x.introEndUncached()
	}
	if s.intro == 0 {
		s.intro = int32(x.introEndUncached()) + 1
	}
	return int(s.intro) - 1
}
