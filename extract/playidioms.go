package extract

import "strings"

// Play verbs in idioms that give no part: "it played into that", "the
// story plays out", "X played down the rumours", "Y played a key role in
// bringing T to the network" (an executive's or a backer's doing).

// playParticles after a play verb make an idiom, no part.
var playParticles = set(`into out down along`)

// playIdiom reports whether the play verb at k is in an idiom: a particle
// after it, or "a (key) role in" or "a part in" before a gerund.
func (x *extractor) playIdiom(k int) bool {
	m := k + 1
	if t := x.tok(m); !t.cap && playParticlesIDs.has(t.id) {
		return true
	}
	if l := x.tok(m).low; l != "a" && l != "an" {
		return false
	}
	m++
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !x.tok(m).has(cStopWords) && x.tok(m).low != "role" && x.tok(m).low != "part"; q++ {
		m++ // "a key", "a very important"
	}
	if l := x.tok(m).low; l != "role" && l != "part" || x.tok(m+1).low != "in" {
		return false
	}
	return x.gerundAt(m + 2)
}

// gerundAt reports whether a gerund in lower case stands at i, not a
// title's describing word: "in bringing", not "in the upcoming drama".
func (x *extractor) gerundAt(i int) bool {
	g := x.tok(i)
	return g.kind == tWord && !g.cap && len(g.low) > 4 && strings.HasSuffix(g.low, "ing") && !titleAdjectivesIDs.has(g.id) && !x.tok(i+1).has(cGenreNouns)
}

// leadingLady reports whether "leading lady" or "leading man" stands at e:
// a performer's noun of two words after a title ("T leading lady X").
func (x *extractor) leadingLady(e int) bool {
	if x.toks[e].low != "leading" || x.toks[e].cap {
		return false
	}
	l := x.toks[e+1].low
	return l == "lady" || l == "man" || l == "ladies" || l == "men"
}

// bitLeading is the bit of "leading" (leadingLady's first word).
var bitLeading = wordBit("leading")

// starringWords open a list of performers: a title does not run back
// past one into the name after it ("starring X and T actress Y").
var starringWords = set(`starring featuring stars starred features`)

// noOfficeChar drops a character read as one office word after "the": "X
// plays the CEO of an IT company", "Y will play the Chief of Police" name
// an office, no character.
func (x *extractor) noOfficeChar(spans [][2]int) [][2]int {
	if len(spans) == 1 && spans[0][1] == spans[0][0]+1 && officeWordsIDs.has(x.toks[spans[0][0]].id) && x.tok(spans[0][0]-1).low == "the" {
		return nil
	}
	return spans
}
