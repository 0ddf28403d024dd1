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
	return k >= 3 && kindArticles[x.tok(k-1).low] && ofTheWords[x.tok(k-2).low] && x.tok(k-3).has(cJobNoun)
}

// jobHolderAfterKind reports whether the words from at to e, after the
// genre noun at k, are a person's name that holds the job before the noun
// (jobOfKind).
func (x *extractor) jobHolderAfterKind(k, at, e int) bool {
	return x.personShaped(at, e) && x.startsName(at) && x.jobOfKind(k)
}

// serviceAfter follow a streaming service's name: "Streamflix original
// series", "Streamflix Originals", "Streamflix subscribers".
var serviceAfter = set(`original originals subscribers`)

// serviceBefore come before a service's name: "the streaming service
// Streamflix", "the streamer Streamflix".
var serviceBefore = set(`streamer service platform`)

// serviceBits are the bits of serviceAfter and serviceBefore.
var serviceBits = wordMask(`original`, `originals`, `subscribers`, `streamer`, `service`, `platform`)

// serviceName reports whether the one word w is the name of a streaming
// service the article writes as one: "the Streamflix original series",
// "Streamflix subscribers", "the streamer Streamflix". Such a word is no
// show, where no table of networks knows it. The names are read once an
// article, from the sentences that have one of the cue words.
func (x *extractor) serviceName(w string) bool {
	if !x.servicesRead {
		x.servicesRead = true
		for i := range x.sents {
			if s := &x.sents[i]; anyWord(&s.words, serviceBits) {
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

// anyWord reports whether the words of bits w may hold one of m.
func anyWord(w *wordBits, m wordSet) bool {
	for i := range w {
		if w[i]&m[i] != 0 {
			return true
		}
	}
	return false
}

// appendServices appends to names the service names that the tokens t
// write with a service's cue word.
func appendServices(names []string, t []token) []string {
	for k := 0; k+1 < len(t); k++ {
		if t[k].cap && t[k].kind == tWord && !t[k].has(cStopWords) && (k == 0 || !t[k-1].cap || t[k-1].low == "the") {
			n := k + 1
			if t[n].kind == tPoss && n+1 < len(t) {
				n++
			}
			if a := &t[n]; serviceAfter[a.low] && (a.low != "original" || a.cap || n+1 < len(t) && t[n+1].has(cGenreNouns) && !t[n+1].cap) {
				names = append(names, t[k].text) // "Streamflix original series", "Streamflix Original"
			}
		}
		if serviceBefore[t[k].low] && !t[k].cap && t[k+1].cap && t[k+1].kind == tWord && (k+2 == len(t) || !t[k+2].cap) && (t[k].low != "service" || k > 0 && t[k-1].low == "streaming") {
			names = append(names, t[k+1].text) // "the streamer Streamflix", "the streaming service Streamflix"
		}
	}
	return names
}
