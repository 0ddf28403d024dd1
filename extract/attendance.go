package extract

// Guests at an event: "Stars including A, B and C attended the premiere",
// "movie stars such as A and B, among others, arrived in chic attire", "A
// and B graced the red carpet". A list whose verb says its people came to
// an event names guests, no cast.

// attendVerbs, right after a list of names, say the people came to an
// event.
var attendVerbs = set(`attended attend attends arrived arrive arrives graced grace graces thronged stormed spotted`)

// attendMask is the bits of attendVerbs (sentHasAnyWord).
var attendMask = setMask(attendVerbs)

// attendedAfter reports whether the list that ends at end is the subject
// of a verb of coming to an event, past an "among others" aside and
// auxiliaries: "A, B and C, among others, arrived", "A and B were spotted
// at the premiere", "A and B also attended".
func (x *extractor) attendedAfter(end int) bool {
	if !x.sentHasAnyWord(attendMask) {
		return false
	}
	k := end
	if x.tok(k).text == "," {
		k++
	}
	if l := x.tok(k).low; (l == "among" || l == "amongst") && x.tok(k+1).low == "others" {
		k += 2
		if x.tok(k).text == "," {
			k++
		}
	}
	aux := false
	for n := 0; n < 3; n++ {
		switch x.tok(k).low {
		case "were", "was", "have", "had", "also", "all", "both", "who":
			aux = true
			k++
			continue
		}
		break
	}
	t := x.tok(k)
	if t.cap || t.kind != tWord || !attendVerbsIDs.has(t.id) {
		return false
	}
	return t.low != "spotted" || aux // "were spotted at", not a name's verb "spotted T"
}
