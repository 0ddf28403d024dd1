package extract

// A person's next work, not yet titled: "has flown to Turkey to start work
// on his next film with Sundar C". The show the text was about stays
// behind; the sentences that follow speak of the new work, which has no
// title yet, until one is named. An untitled work based on a book goes by
// the book's title ("a drama based on T, a novel by X").

// nextWorkBits holds the words that make an owner's work a new one: "his
// next film", "her new project", "his second Hindi film".
var nextWorkBits = setMask(set(`next new second third fourth fifth upcoming latest`))

// nextWorks are the nouns of an untitled next work.
var nextWorks = set(`film movie project venture outing`)

// untitledNext reports whether the sentence goes on to an owner's next work
// with no title after it: "his next film with X", "her next project", "has
// signed his second Hindi film to be directed by X". Not "his next film,
// titled T", "her next film T", "his next film is T".
func (x *extractor) untitledNext() bool {
	if !x.sentHasAnyWord(nextWorkBits) {
		return false
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !nextWorkBits.holds(&t[k]) || t[k].cap {
			continue
		}
		if o := t[k-1].low; o != "his" && o != "her" && o != "their" {
			continue
		}
		n := k + 1
		if t[n].cap && t[n].kind == tWord && n+1 < len(t) && nextWorksIDs.has(t[n+1].id) && t[k].low != "next" && t[k].low != "new" {
			n++ // "his second Hindi film": a language or a place before the noun
		}
		if !nextWorksIDs.has(t[n].id) {
			if !t[n].has(cGenreNouns) || t[n].cap {
				continue
			}
			if w := x.tok(n + 1); w.has(cGenreNouns) && !w.cap {
				n++ // "their upcoming drama series which"
			}
		}
		switch a := x.tok(n + 1); {
		case a.low == "with" || a.low == "under" || a.low == "which" || a.low == "that" || a.low == "." && n+2 == len(t):
			return true // "his next film with Sundar C"
		case a.low == "to" && (x.tok(n+2).low == "be" || x.tok(n+2).low == "star"):
			return true // "his second Hindi film to be directed by X"
		}
	}
	return false
}

var bitBased = wordBit("based")

// basedOnTitle reads an untitled work named by its source: "Spike Lee has
// signed on to direct a World War II drama based on Miracle of St. Anna, a
// novel by James McBride": the drama goes by its source's title, the
// sentence's show. "" where the sentence says no such thing.
func (x *extractor) basedOnTitle() string {
	if !x.sentHasWord(bitBased) {
		return ""
	}
	t := x.toks
	for k := 1; k+3 < len(t); k++ {
		if t[k].low != "based" || x.tok(k+1).low != "on" || !t[k-1].has(cGenreNouns) || t[k-1].cap || !x.titleStarts(k+2) {
			continue
		}
		e := x.titleAt(k+2, false)
		if e <= k+2 || x.tok(e).text != "," || x.tok(e+1).low != "a" && x.tok(e+1).low != "the" {
			continue
		}
		for m := e + 2; m < e+5 && m < len(t); m++ {
			if t[m].has(cSourceNouns) && !t[m].cap {
				if ti := unquote(x.span(k+2, e)); !x.isNetwork(ti) && x.knownPerson(ti) == "" && !describes(ti) {
					return ti
				}
				break
			}
		}
	}
	return ""
}
