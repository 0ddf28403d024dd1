package extract

// The article's show as the one title of its lead that a later sentence
// speaks of by its kind: "Kestrel Bay has wrapped filming on its third
// season. The series stars A as C", "Viewers who binged T are asking for
// more. The drama follows ...". The title the lead names is what "The
// series" means.

// leadKindTitle returns the one title of two or more capitalized words (or
// in quotes) that the article's first sentence below its headline names,
// where one of the three sentences after it opens with "The" and a genre
// noun ("The series", "The new drama"); it is no person, network, place,
// company or earlier work. Where the lead names two titles, or none, or no
// sentence after it speaks of a kind, it returns "".
func (x *extractor) leadKindTitle() string {
	lead := 0
	if len(x.sents) > 1 && (x.sents[0].head || x.sents[1].para != x.sents[0].para) {
		lead = 1 // below the headline
		if listicleHeadline(x.sents[0].toks) {
			return "" // "Three films to watch": a roundup's shows
		}
	}
	if lead >= len(x.sents) || x.sents[lead].head {
		return "" // a heading under the headline: a roundup's entry
	}
	kind := false
	for i := lead + 1; i < len(x.sents) && i <= lead+3; i++ {
		if kindOpens(x.sents[i].toks) {
			kind = true
			break
		}
	}
	if !kind {
		return ""
	}
	s := x.look(lead)
	t := s.toks
	found := ""
	for i := 0; i < len(t); i++ {
		quoted := isQuote(t[i].text)
		if !quoted && (!t[i].cap || t[i].kind != tWord) {
			continue
		}
		var st, j int
		if quoted {
			j = x.titleAt(i, false)
			if j <= i+1 || x.quotedSpeech(i, j) {
				continue
			}
			st = i
		} else {
			j = x.capRun(i, false)
			st = i
			for st < j && (t[st].has(cStopWords|cDateWords) || st == 0 && (headlineWordsIDs.has(t[st].id) || leadOpenersIDs.has(t[st].id) || fandomWordsIDs.has(t[st].id))) {
				st++ // "In Kestrel Bay, ...", "Get ready for ..."
			}
			if j-st < 2 {
				i = j - 1
				continue // one word: a person's one name as often as a title
			}
		}
		i = j - 1
		if pe := x.personAt(st); !quoted && pe > st+1 && pe <= j && x.startsName(st) {
			continue // "From Mira Oswald to Ines Calder, ...": names
		}
		span := unquote(x.span(st, j))
		if x.runNoShow(st, j, span) || x.inBr[st] || x.earlierWorkBefore(st) || t[j-1].has(cTitleGlue) ||
			!quoted && (x.tok(st-1).low == "and" || x.tok(j).low == "and") { // "A and B as two sisters": names
			continue
		}
		if found != "" && found != span {
			return "" // two titles: which one "The series" means is not said
		}
		found = span
	}
	return found
}

// leadOpeners open a sentence before a name or a title, capitalized as its
// first word: "From X to Y", "Desde X hasta Y", "Since T".
var leadOpeners = set(`from since after before with by for desde tras con para durante ab seit depuis avec`)
