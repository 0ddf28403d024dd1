package extract

// A title that opens a sentence of the opening before an appositive of its
// makers: "T, written and directed by X, fails to rise above the genre's
// clichés", as a review names the film it is about only after its credits
// lines. Where nothing else named the article's show, the title is it;
// appositiveLead reads "T, the new BBC series".

// madeByLead returns the title of "T, participle [and participle] by X,"
// opening one of the first sentences, or "".
func (x *extractor) madeByLead() string {
	for i := 0; i < len(x.sents) && i < 8; i++ {
		if b := bitBy; x.sents[i].head || x.sents[i].words[b>>6]&(1<<(b&63)) == 0 {
			continue // no "by" in the sentence
		}
		s := x.look(i)
		t := s.toks
		if len(t) < 7 || !t[0].cap && !isQuote(t[0].text) {
			continue
		}
		if x.slateBefore(i) {
			return "" // "Netflix unveiled a lineup including T1. T2, directed by X, is": one of the slate's titles
		}
		e := x.titleAt(0, false)
		if e <= 0 || e+4 >= len(t) || t[e].text != "," {
			continue
		}
		by := e + 1
		for q := 0; q < 3 && by < len(t); q++ {
			if _, ok := crewBy[t[by].low]; !ok || t[by].cap {
				break
			}
			by++ // "written and directed"
			if t[by].low == "and" {
				by++
			}
		}
		if by == e+1 || t[by].low != "by" {
			continue
		}
		pe := x.personAt(by + 1)
		if pe <= by+1 || x.tok(pe).text != "," {
			continue // the appositive closes after its maker
		}
		title := unquote(x.span(0, e))
		if x.isNetwork(title) || describes(title) || x.personShaped(0, e) && x.startsName(0) || x.knownPerson(title) != "" {
			continue // a network, a description or a person, no title
		}
		return title
	}
	return ""
}

// slateWords name a slate of titles: "Netflix unveiled a lineup".
var slateWords = set(`lineup line-up slate`)

// slateMask is the bits of slateWords.
var slateMask = setMask(slateWords)

// slateBefore reports whether a sentence before sentence i names a slate
// of titles, whose entries a made-by appositive then describes.
func (x *extractor) slateBefore(i int) bool {
	for j := 0; j < i; j++ {
		if !shareWord(&slateMask.wordBits, &x.sents[j].words) {
			continue
		}
		for k := range x.sents[j].toks {
			if slateWords[x.sents[j].toks[k].low] {
				return true
			}
		}
	}
	return false
}
