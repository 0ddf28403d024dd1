package extract

// A roundup's heading that names a show with its season governs the
// section under it: "Wisting season 2: BBC Four confirms transmission
// date", "BBC Four confirms Wisting season 2".

var seasonHeadMask = wordMask("season", "series")

// seasonHeading returns the title a heading names before "season N" or
// "series two", where the title opens the heading or follows a lower-case
// word ("confirms T season 2"), or "".
func (x *extractor) seasonHeading(s *sentence) string {
	x.ready(s)
	if !x.sentHasAnyWord(seasonHeadMask) {
		return ""
	}
	markBrackets(x.inBr, s.toks)
	t := s.toks
	for k := 1; k+1 < len(t); k++ {
		if !isSeasonWord(t[k].low) || t[k+1].kind != tNum && !numberWordsIDs.has(t[k+1].id) {
			continue
		}
		ts := x.titleBefore(k)
		if ts >= k || ts > 0 && (t[ts-1].cap || t[ts-1].kind != tWord) {
			continue
		}
		title := unquote(x.span(ts, k))
		if !hasLetter(title) || x.isNetwork(title) || describes(title) || notTitle(title) || x.knownPerson(title) != "" || x.personShaped(ts, k) && x.startsName(ts) {
			continue
		}
		return title
	}
	return ""
}
