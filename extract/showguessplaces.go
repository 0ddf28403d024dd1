package extract

// Titles the evidence for the article's show (articleevidence.go) weighs
// that name no show but a network's service or a place: "TV 2 Play",
// "BBC Drama", "Channel 4" (a network's name and one word more), "Western
// Canada" (a compass word before a place), "U.S" (a place). The headline
// and the lead name them in the same places as a show, so their position
// scores them; their words say they are no title.

import "strings"

// compassWords, before a place, make the words a region: "Western
// Canada", "Northern Ireland", "South Korea".
var compassWords = set(`western eastern northern southern central north south east west`)

// evidenceNotShow reports whether title, a candidate of evidenceShow, is
// a network's service or division (a network's name, then one word or a
// number: "TV 2 Play", "BBC Drama", "Channel 4") or a place (a place's
// name, or a compass word before one: "Western Canada"), or the head or
// tail of a title cut at an ellipsis (ellipsisCut).
func (x *extractor) evidenceNotShow(title string) bool {
	if placeName(title) || ellipsisCut(x.a.Text, title) {
		return true
	}
	i := strings.LastIndexByte(title, ' ')
	if i <= 0 {
		return false
	}
	head, last := title[:i], trimPunct(title[i+1:])
	if compassWords[strings.ToLower(head)] && placeName(last) {
		return true
	}
	return isNetwork(head) && !strings.ContainsAny(head, ":") && last != ""
}
