package extract

// Voice work named as a job done for titles: "X, who's done voices for
// T1, T2 and T3", "X has provided the voices on T", "X did voice work for
// T". Each title is a cast credit of the verb's subject, with no
// character. "lent his voice to C" names a character, and is left to the
// rules for it.

// voiceWorkVerbs are the verbs before "voices" or "voice work" that make
// the voice a job done for the titles after "for" or "on".
var voiceWorkVerbs = set(`done did does doing do provided provides provide providing`)

// voiceWorkAt reads "voices" (or "voice work") at k after one of
// voiceWorkVerbs (a possessive or "the" between) and before "for" or "on":
// it returns the verb's index and where the titles open, else 0, 0.
func (x *extractor) voiceWorkAt(k int) (verb, at int) {
	g := k + 1
	switch x.toks[k].low {
	case "voices":
	case "voice":
		if x.tok(g).low != "work" {
			return 0, 0
		}
		g++
	default:
		return 0, 0
	}
	if l := x.tok(g).low; l != "for" && l != "on" {
		return 0, 0
	}
	v := k - 1
	if l := x.tok(v).low; l == "the" || l == "his" || l == "her" || l == "their" {
		v--
	}
	if v <= 0 || !voiceWorkVerbsIDs.has(x.tok(v).id) || x.tok(v).cap {
		return 0, 0
	}
	return v, g + 1
}

// voiceWork credits the subject of the verb before "voices" at k as cast
// of each title the list after it names.
func (x *extractor) voiceWork(k int) bool {
	v, at := x.voiceWorkAt(k)
	if at == 0 {
		return false
	}
	titles := x.titleList(at)
	if len(titles) == 0 {
		return false
	}
	x.castInTitles(x.subjectsBefore(v, 0), titles)
	return true
}
