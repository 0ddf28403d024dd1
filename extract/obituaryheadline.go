package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// deathWords in a headline make it an obituary's: "EastEnders star X
// dies aged 82".
var deathWords = set(`dies died dead death passes obituary`)

// headlineObituary reads an obituary's headline in sentence case, "T star
// X dies aged 82", "T1 and T2 actor X dead at 90", and any headline so in
// sentence case with a verb after the name, "T star X opens up about C",
// "T actress X quits the soap": X is cast in each title before the
// lower-case star noun (not a field, a place or a network: "Reality star
// X", "Hollywood actor X"). The titles must run from the
// headline's start to the noun, and the name from the noun to the death
// word, so that no other words are taken for either.
func (x *extractor) headlineObituary(s *sentence) {
	t := s.toks
	k := -1
	for i := range t {
		if t[i].low == "star" || t[i].low == "actor" || t[i].low == "actress" {
			k = i
			break
		}
	}
	if k < 1 || t[k].cap {
		return
	}
	ne := x.personAt(k + 1)
	if ne <= k+1 || !x.personShaped(k+1, ne) || x.tok(ne).cap || !deathWordsIDs.has(x.tok(ne).id) && (x.tok(ne).kind != tWord || !x.startsName(k+1)) {
		return // "T star X opens up about C", "T actress X quits the soap": a verb in lower case after a known first name
	}
	start := 0
	switch t[0].low {
	case "former", "late", "ex", "veteran", "legendary":
		start = 1 // "Former EastEnders star X dies"
	}
	titles := x.titleRun(start, k, func(at, e int) bool {
		ti := x.span(at, e)
		low := strings.ToLower(ti)
		return !x.isNetwork(ti) && x.knownPerson(ti) == "" && !fieldWords[low] && !placeWords[low] && !countryNames[low] && !describes(ti) && !describedIndustry(ti) // not "Reality star X", "Hollywood actor X"
	})
	for _, ti := range titles {
		x.add(graph.KindCast, x.span(k+1, ne), ti, "", "")
	}
}
