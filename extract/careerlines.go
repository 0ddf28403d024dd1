package extract

// Careers told in prose: a performer's coming part spoken of without its
// title ("A and B to star in a story that will tackle marriage").

// storyAhead reports whether the verb at k, "star" after "to" or "will",
// is followed at i by a story with no title: "a story that", "a new drama
// about". It speaks of the sentence's show, which the article announces.
func (x *extractor) storyAhead(k, i int) bool {
	if l := x.tok(k).low; l != "star" || x.tok(k-1).low != "to" && x.tok(k-1).low != "will" {
		return false
	}
	if l := x.tok(i).low; l != "a" && l != "an" || x.tok(i).cap {
		return false
	}
	m := i + 1
	if l := x.tok(m).low; l == "new" || l == "upcoming" {
		m++
	}
	if l := x.tok(m).low; x.tok(m).cap || l != "story" && !x.tok(m).has(cGenreNouns) {
		return false
	}
	l := x.tok(m + 1).low
	return (l == "that" || l == "about") && !x.tok(m+1).cap
}
