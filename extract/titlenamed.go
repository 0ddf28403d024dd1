package extract

// A show the article names only late, when its title is given: "Tentatively
// titled T, the series revolves around a family", "The comedy finally has a
// title: T", Dutch "De comedy heeft alvast een titel: T". Where nothing in
// the opening names the article's show, such a naming does.

// titleNamingWords cue a title's naming: "titled", "title" and its words in
// other languages.
var titleNamingWords = set(`titled title titel titre título titolo`)

// titleNamingMask is the bits of titleNamingWords.
var titleNamingMask = setMask(titleNamingWords)

// namedTitle returns the title a sentence of the article gives the work it
// is about, or "": "Tentatively titled T, the series ..." at a sentence's
// start, before a comma and a genre noun or "it"; "a title: T" or "the
// working title is T" ending the sentence.
func (x *extractor) namedTitle() string {
	for i := range x.sents {
		w := &x.sents[i].words
		m := &titleNamingMask.wordBits
		if w[0]&m[0]|w[1]&m[1]|w[2]&m[2]|w[3]&m[3]|w[4]&m[4]|w[5]&m[5]|w[6]&m[6]|w[7]&m[7]|
			w[8]&m[8]|w[9]&m[9]|w[10]&m[10]|w[11]&m[11]|w[12]&m[12]|w[13]&m[13]|w[14]&m[14]|w[15]&m[15] == 0 {
			continue
		}
		x.look(i)
		if title := x.namedTitleIn(); title != "" {
			return title
		}
		if i > 0 && x.titleOfOpens() {
			if title := x.titleAlone(i - 1); title != "" {
				return title
			}
		}
	}
	return ""
}

// workDeterminers open the work a title is of: "the title of the movie",
// "of his new series".
var workDeterminers = set(`the his her my its their our this`)

// titleOfOpens reports whether the sentence looked at opens "That's the
// title of", "This is the title of": the title it speaks of is the
// sentence before.
func (x *extractor) titleOfOpens() bool {
	t := x.toks
	if len(t) < 5 || t[0].low != "that" && t[0].low != "thats" && t[0].low != "this" {
		return false
	}
	k := 1
	if t[k].kind == tPoss || t[k].low == "is" {
		k++
	}
	return t[k].low == "the" && t[k+1].low == "title" && x.tok(k+2).low == "of"
}

// titleAlone returns the title that is the whole of sentence i, "Harbor
// Lights.", or "". The naming after it says it is a title, so a title
// shaped as a name ("Adam ...") is taken.
func (x *extractor) titleAlone(i int) string {
	x.look(i)
	t := x.toks
	n := len(t)
	if n == 0 || !t[0].cap && !isQuote(t[0].text) {
		return ""
	}
	e := x.titleAt(0, false)
	if e <= 0 || e < n-1 || e == n-1 && t[e].text != "." && t[e].text != "!" {
		return ""
	}
	title := unquote(x.span(0, e))
	if title == "" || x.isNetwork(title) || describes(title) || x.knownPerson(title) != "" {
		return ""
	}
	return title
}

// titleOfWork reads, at "title" (k) after "the", "the title of the movie
// is T": the determiner, up to four words and a genre noun, then "is" or
// "was" and a title that is quoted or ends the clause. It returns the
// title, or "".
func (x *extractor) titleOfWork(k int) string {
	t := x.toks
	n := len(t)
	if k == 0 || t[k-1].low != "the" || x.tok(k+1).low != "of" || !workDeterminers[x.tok(k+2).low] {
		return ""
	}
	m := k + 3
	for q := 0; q < 4 && m < n && !t[m].has(cGenreNouns) && !t[m].cap && (t[m].kind == tWord || t[m].kind == tNum); q++ {
		m++ // "of the 8 episode series", "of her upcoming"
	}
	if m >= n || !t[m].has(cGenreNouns) || t[m].cap {
		return ""
	}
	if l := x.tok(m + 1).low; l != "is" && l != "was" {
		return ""
	}
	at := m + 2
	e := x.titleAt(at, false)
	if e <= at || !isQuote(t[at].text) && e < n && t[e].kind != tPunct {
		return "" // "is Harbor Lights.", "is ‘harbor lights’ co-produced by X"
	}
	return x.namedTitleOK(at, e)
}

// namedTitleIn reads namedTitle's shapes in the sentence looked at.
func (x *extractor) namedTitleIn() string {
	t := x.toks
	n := len(t)
	for k := 0; k+1 < n; k++ {
		if !titleNamingMask.mayHold(&t[k]) || !titleNamingWordsIDs.has(t[k].id) || t[k].cap && k > 1 {
			continue
		}
		if t[k].low == "titled" {
			// "Tentatively titled T, the series", "Titled T, the film"
			if k > 1 || k == 1 && !namingAdverbsIDs.has(t[0].id) {
				continue
			}
			if e := x.titleAt(k+1, false); e > k+1 && x.tok(e).text == "," && x.namedWorkAfter(e+1) {
				return x.namedTitleOK(k+1, e)
			}
			continue
		}
		if t[k].low == "title" && x.tok(k+1).low == "of" {
			if title := x.titleOfWork(k); title != "" {
				return title // "The title of the movie is ‘T’ co-produced by X"
			}
			continue
		}
		// "a title: T.", "its working title is T."
		at := k + 1
		if x.tok(at).low == "is" {
			if x.tok(k-1).low != "working" {
				continue
			}
			at++
		} else if x.tok(at).text != ":" {
			continue
		} else {
			at++
		}
		if e := x.titleAt(at, false); e > at && (e == n || e == n-1 && t[e].kind == tPunct) {
			return x.namedTitleOK(at, e)
		}
	}
	return ""
}

// spanWords count a span of time after a number: "shooting for 15 days".
var spanWords = set(`days weeks months years hours minutes nights`)

// namingAdverbs come before "titled" at a sentence's start.
var namingAdverbs = set(`tentatively provisionally temporarily reportedly`)

// namedWorkAfter reports whether the words at k name the work: "the
// series", "this drama", "the upcoming film", "it".
func (x *extractor) namedWorkAfter(k int) bool {
	if x.tok(k).low == "it" {
		return true
	}
	if l := x.tok(k).low; l != "the" && l != "this" {
		return false
	}
	for m := k + 1; m < k+4; m++ {
		w := x.tok(m)
		if w.kind != tWord || w.cap {
			return false
		}
		if w.has(cGenreNouns) {
			return x.tok(m+1).kind != tPoss
		}
	}
	return false
}

// namedTitleOK returns the title from st to e, unquoted, unless it is a
// network, a person or a description.
func (x *extractor) namedTitleOK(st, e int) string {
	title := unquote(x.span(st, e))
	if title == "" || x.refusedTitle(title, st, e) {
		return ""
	}
	return title
}
