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
	}
	return ""
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
