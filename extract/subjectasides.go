package extract

// Asides between a sentence's opening title and its verb.

// pastFromAside reads an aside at a on where the title before it comes
// from, "T2, from writer X, stars Y", "T, from the makers of U, follows",
// or on when it airs (pastWhenAside):
// it returns the index after the aside's closing comma and true, or a and
// false where there is none.
func (x *extractor) pastFromAside(a int) (int, bool) {
	if b := x.pastWhenAside(a); b > a {
		return b, true // "T, coming this summer, is a sketch comedy"
	}
	if x.tok(a).text != "," || x.tok(a+1).low != "from" {
		return a, false
	}
	for m := a + 2; m < len(x.toks) && m < a+14; m++ {
		if t := x.toks[m].text; t == "," {
			return m + 1, true
		} else if x.toks[m].kind == tPunct && t != "’" && t != "'" {
			break
		}
	}
	return a, false
}

// whenAsideWords open an aside on when or where a title airs: "T, coming
// this summer, is a sketch comedy", "In T, slated for fall, X stars as".
var whenAsideWords = set(`coming slated premiering due airing debuting launching scheduled arriving streaming bowing dropping`)

// pastWhenAside reads an aside at a on when a title airs, a comma and one
// of whenAsideWords up to the next comma, within ten words: it returns the
// index after the aside's closing comma, or a where there is none.
func (x *extractor) pastWhenAside(a int) int {
	if x.tok(a).text != "," || !whenAsideWordsIDs.has(x.tok(a+1).id) || x.tok(a+1).cap {
		return a
	}
	for m := a + 2; m < len(x.toks) && m < a+12; m++ {
		if t := x.toks[m]; t.text == "," {
			return m + 1
		} else if t.kind == tPunct && t.text != "’" && t.text != "'" && t.text != "." {
			break
		}
	}
	return a
}

// seenInAside reports whether the aside that opens at a, after a name and
// a comma, says where its person was seen: "seen in T2", "last seen in
// T2", "also seen in T2" (and "vue dans", "visto en", read as "seen in").
func (x *extractor) seenInAside(a int) bool {
	t := x.tok(a)
	if t.low == "last" || t.low == "also" || t.low == "recently" {
		t = x.tok(a + 1)
	}
	return t.low == "seen" && !t.cap && (x.tok(a+1).low == "in" || x.tok(a+2).low == "in")
}

// kindAsideTitle reads, in the sentence at hand, a title set off by commas
// after a genre noun and before "featuring" or "starring" and a name:
// "launched their fifth original drama this year, T, featuring A, B and C".
// It returns the title, or "".
func (x *extractor) kindAsideTitle() string {
	if !x.sentHasAnyWord(starringMask) || !x.sentHas(cGenreNouns) {
		return ""
	}
	t := x.toks
	for k := 3; k+3 < len(t); k++ {
		if l := t[k].low; l != "starring" && l != "featuring" || t[k].cap || t[k-1].text != "," || !t[k+1].cap {
			continue
		}
		j := x.titleBefore(k - 1)
		if j >= k-1 || j < 2 || t[j-1].text != "," || x.personAt(k+1) <= k+1 {
			continue
		}
		kind := false
		for m := j - 2; m >= 0 && m >= j-5 && t[m].kind == tWord; m-- {
			kind = kind || t[m].has(cGenreNouns) && !t[m].cap && !x.inBr[m] // "drama this year, T,"
		}
		title := unquote(x.span(j, k-1))
		if !kind || x.isNetwork(title) || describes(title) || x.personShaped(j, k-1) && x.startsName(j) || x.knownPerson(title) != "" {
			continue
		}
		return title
	}
	return ""
}

// coStarIn returns where the title read from k to e starts past a co-star
// named before "in": "cast opposite A B in T, a new thriller" reads "A B in
// T" as one run of capitalized words, of which T is the title. Else k.
func (x *extractor) coStarIn(k, e int) int {
	if k == 0 || e-k < 4 {
		return k
	}
	switch x.toks[k-1].low {
	case "opposite", "alongside", "with", "joins", "join":
	default:
		return k
	}
	for m := k + 2; m < e-1 && m <= k+4; m++ {
		if x.toks[m].low == "in" && !x.toks[m].cap {
			if x.personShaped(k, m) {
				return m + 1
			}
			return k
		}
	}
	return k
}

// castingMask holds "casting": "X confirmed her casting in “T.”" names the
// sentence's show after "in" as a casting verb does.
var castingMask = wordMask("casting")
