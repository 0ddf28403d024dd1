package extract

// What a genre noun's following name may be: a title, or the holder of a
// job the words before the noun name.

// ofTheWords are "of" and its kin before an article: "the creator of the
// series", "el creador de la serie".
var ofTheWords = set(`of de di da do van von`)

// kindArticles are the articles between "of" and a genre noun.
var kindArticles = set(`the la le el il lo die der das`)

// jobOfKind reports whether the genre noun at k follows a job noun, "of"
// and an article: "the creator of the series Ana Selo", "el creador de la
// serie Ana Selo". A person's name after the noun is the job's holder, not
// the series' title.
func (x *extractor) jobOfKind(k int) bool {
	return k >= 3 && kindArticlesIDs.has(x.tok(k-1).id) && ofTheWordsIDs.has(x.tok(k-2).id) && x.tok(k-3).has(cJobNoun)
}

// jobHolderAfterKind reports whether the words from at to e, after the
// genre noun at k, are a person's name that holds the job before the noun
// (jobOfKind).
func (x *extractor) jobHolderAfterKind(k, at, e int) bool {
	return x.personShaped(at, e) && x.startsName(at) && x.jobOfKind(k)
}

// serviceBits are the bits of the cue words of a streaming service's name:
// "Streamflix original series", "Streamflix Originals", "Streamflix
// subscribers", "the streamer Streamflix", "the streaming service
// Streamflix".
var serviceBits = wordMask(`original`, `originals`, `subscribers`, `streamer`, `service`, `platform`)

// serviceName reports whether the one word w is the name of a streaming
// service the article writes as one: "the Streamflix original series",
// "Streamflix subscribers", "the streamer Streamflix". Such a word is no
// show, where no table of networks knows it. The names are read once an
// article, from the sentences that have one of the cue words.
func (x *extractor) serviceName(w string) bool {
	if !x.servicesRead {
		x.servicesRead = true
		m := &serviceBits.wordBits
		for i := range x.sents {
			s := &x.sents[i]
			if b := &s.words; b[0]&m[0]|b[1]&m[1]|b[2]&m[2]|b[3]&m[3]|b[4]&m[4]|b[5]&m[5]|b[6]&m[6]|b[7]&m[7]|
				b[8]&m[8]|b[9]&m[9]|b[10]&m[10]|b[11]&m[11]|b[12]&m[12]|b[13]&m[13]|b[14]&m[14]|b[15]&m[15] != 0 {
				x.services = appendServices(x.services, s.toks)
			}
		}
	}
	for _, s := range x.services {
		if s == w {
			return true
		}
	}
	return false
}

// appendServices appends to names the service names that the tokens t
// write with a service's cue word.
func appendServices(names []string, t []token) []string {
	for k := 1; k < len(t); k++ {
		switch t[k].low {
		case "original", "originals", "subscribers":
			n := k - 1
			if t[n].kind == tPoss && n > 0 {
				n--
			}
			if w := &t[n]; w.cap && w.kind == tWord && !w.has(cStopWords) && (n == 0 || !t[n-1].cap || t[n-1].low == "the") &&
				(t[k].low != "original" || t[k].cap || k+1 < len(t) && t[k+1].has(cGenreNouns) && !t[k+1].cap) {
				names = append(names, w.text) // "Streamflix original series", "Streamflix Original"
			}
		case "streamer", "service", "platform":
			if k+1 < len(t) && !t[k].cap && t[k+1].cap && t[k+1].kind == tWord && (k+2 == len(t) || !t[k+2].cap) && (t[k].low != "service" || t[k-1].low == "streaming") {
				names = append(names, t[k+1].text) // "the streamer Streamflix", "the streaming service Streamflix"
			}
		}
	}
	return names
}
