package extract

// kindNouns are the kinds of show that tell one show of an article from
// another: "the soap" is the show the article has called a soap, not the
// TV series named since. The last three name no show apart, and only
// label one.
var kindNouns = [...]string{"soap", "sitcom", "telenovela", "comedy", "thriller", "drama", "series", "film", "movie"}

const namingKinds = 6 // the kinds "the soap" may name a show by

// kindWords are the bits of kindNouns, namingKindWords of those that name a
// show (sentHasAnyWord).
var kindWords, namingKindWords = wordMask(kindNouns[:]...), wordMask(kindNouns[:namingKinds]...)

// kindState is what the article has called its shows: the last show of
// each kind, and the kinds of the first few shows it labelled.
type kindState struct {
	last  [len(kindNouns)]string
	shows [8]struct {
		key  string
		mask uint16
	}
	n int
}

// sameKinds reports whether a and b hold the same kinds.
func sameKinds(a, b *kindState) bool {
	return a == b || a != nil && b != nil && *a == *b
}

// kindIndex returns the index of w in kindNouns, or -1.
func kindIndex(w string) int {
	for i, k := range kindNouns {
		if w == k {
			return i
		}
	}
	return -1
}

// kindMask returns the kinds the article has called the show of key by.
func (k *kindState) kindMask(key string) uint16 {
	for i := 0; i < k.n; i++ {
		if k.shows[i].key == key {
			return k.shows[i].mask
		}
	}
	return 0
}

func (x *extractor) label(i int, title string) {
	title = unquote(title)
	key := x.skey(title)
	if key == "" {
		return
	}
	if x.kinds != nil && x.kinds.holds(i, title, key) {
		return // the state would stay as it is: no copy of it
	}
	k := new(kindState) // the states kept before share the old one
	if x.kinds != nil {
		*k = *x.kinds
	}
	x.kinds = k
	k.last[i] = title
	for j := 0; j < k.n; j++ {
		if k.shows[j].key == key {
			k.shows[j].mask |= 1 << i
			return
		}
	}
	if k.n < len(k.shows) {
		k.shows[k.n].key, k.shows[k.n].mask = key, 1<<i
		k.n++
	}
}

// holds reports whether label(i, title) would leave k as it is: title
// is the last of kind i, and its key is marked of kind i already or
// there is no room to add it.
func (k *kindState) holds(i int, title, key string) bool {
	if k.last[i] != title {
		return false
	}
	for j := 0; j < k.n; j++ {
		if k.shows[j].key == key {
			return k.shows[j].mask&(1<<i) != 0
		}
	}
	return k.n == len(k.shows)
}

// kindRef returns the show that "the soap" (a kind noun after "the" that
// no title follows) names in a sentence that names no show of its own:
// the last show the article called a soap, where focus, the show the text
// is about, was called by another kind and never a soap. Else focus.
func (x *extractor) kindRef(focus string) string {
	if focus == "" || x.kinds == nil || x.kinds.n == 0 || !x.sentHas(cGenreNouns) || !x.sentHasAnyWord(kindWords) {
		return focus
	}
	fmask := x.kinds.kindMask(x.skey(focus))
	if fmask == 0 && len(x.seasons) > 0 && focus == x.show {
		fmask = 1 << 6 // "The second season of T has added X. X was last seen in the film U. The film was directed by Y": a show with seasons is a series
	}
	if fmask == 0 {
		return focus
	}
	for k := 1; k < len(x.toks); k++ {
		t := &x.toks[k]
		if t.cap || !t.has(cGenreNouns) || x.tok(k-1).low != "the" || x.titleStarts(k+1) && x.tok(k+1).kind != tNum {
			continue
		}
		i := kindIndex(t.low)
		if i >= namingKinds && x.kinds.filmOfNone(i, fmask) && x.newKindBefore(t.low) {
			return "" // "the series T ... a new film. The film is directed by X": a film with no title yet
		}
		if i < 0 || i >= namingKinds && !x.kinds.filmOverSeries(i, fmask) {
			continue
		}
		if i >= namingKinds {
			return x.kinds.lastFilm() // "the film", of the film or movie named last
		}
		if fmask&(1<<i) != 0 || x.kinds.last[i] == "" {
			return focus // the focus is a soap too
		}
		return x.kinds.last[i]
	}
	return focus
}

// noteKinds records the kinds the sentence calls its shows by: "Merseyside
// soap Brookside", "a TV series called The English Neighbour" (the title
// after the noun), "EastEnders actor X, best known as C in the BBC One
// soap" (the sentence's own show, own, where no title follows the noun).
func (x *extractor) noteKinds(own bool) {
	if !x.sentHas(cGenreNouns) || !x.sentHasAnyWord(kindWords) {
		return
	}
	for k := 0; k < len(x.toks); k++ {
		t := &x.toks[k]
		if t.cap || !t.has(cGenreNouns) {
			continue
		}
		i := kindIndex(t.low)
		if i < 0 {
			continue
		}
		at := k + 1
		if l := x.tok(at).low; l == "called" || l == "titled" || l == "named" {
			at++
		}
		if x.titleStarts(at) && x.tok(at).kind != tNum {
			if e := x.titleAt(at, false); e > at && !x.isNetwork(x.span(at, e)) && x.knownPerson(x.span(at, e)) == "" {
				x.label(i, x.span(at, e))
			}
			continue
		}
		if !own || x.sshow == "" {
			continue
		}
		// "the soap", "the BBC One soap": the sentence's own show
		for m := k - 1; m >= 0 && m >= k-3; m-- {
			if x.toks[m].low == "the" && !x.toks[m].cap {
				x.label(i, x.sshow)
				break
			}
			if !x.toks[m].cap && x.toks[m].kind != tNum {
				break
			}
		}
	}
}

// filmOverSeries reports whether "the film" or "the movie" (kind i) names
// a show apart from the focus of mask fmask: the focus was called a
// series, never a film or a movie, and the article has called a show by
// kind i ("starred in the movie T after the T2 series ... in the film").
func (k *kindState) filmOverSeries(i int, fmask uint16) bool {
	const series, film, movie = 6, 7, 8
	return (i == film || i == movie) && fmask&(1<<series) != 0 && fmask&(1<<film|1<<movie) == 0 && k.lastFilm() != ""
}

// filmOfNone reports whether "the film" or "the movie" (kind i) names no
// show the article titled: the focus of mask fmask was called a series, a
// soap, a sitcom or a telenovela, never a film or a movie, and the article
// has called no show a film or a movie ("Ana, of the series T, will star in
// a new film. The film is directed by X").
func (k *kindState) filmOfNone(i int, fmask uint16) bool {
	const tv, films = 1<<0 | 1<<1 | 1<<2 | 1<<6, 1<<7 | 1<<8
	return fmask&tv != 0 && fmask&films == 0 && k.lastFilm() == ""
}

// newKindBefore reports whether the sentence before this one speaks of a
// new work of kind noun, with no title after it: "will star in a new
// film.", "has signed on for an upcoming movie after".
func (x *extractor) newKindBefore(noun string) bool {
	if x.sentAt < 1 || x.sentAt > len(x.sents) {
		return false
	}
	t := x.sents[x.sentAt-1].toks
	for k := 2; k < len(t); k++ {
		if t[k].low != noun || t[k].cap {
			continue
		}
		if a := t[k-2].low; (a != "a" && a != "an") || !newWorkWordsIDs.has(t[k-1].id) {
			continue
		}
		if k+1 < len(t) && (t[k+1].cap || isQuote(t[k+1].text) || t[k+1].low == "titled" || t[k+1].low == "called" || t[k+1].low == "named" || t[k+1].text == ",") {
			continue // "a new film, T", "a new film called T"
		}
		return true
	}
	return false
}

// newWorkWords, between "a" and a kind noun, make a work a new one.
var newWorkWords = set(`new upcoming untitled forthcoming`)

// lastFilm is the show the article called a film or a movie last (of the
// two, the movie when it called one of each).
func (k *kindState) lastFilm() string {
	if k.last[8] != "" {
		return k.last[8]
	}
	return k.last[7]
}
