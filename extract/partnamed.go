package extract

// A part of a show given its own name: "The first season, titled T2",
// "Season 3, called T2", "the second episode, named T2". T2 names the part,
// not the show the article is about.

// namedPartNouns name a part of a show: a season, an episode, a chapter.
var namedPartNouns = set(`season seasons episode episodes chapter chapters part volume finale temporada saison staffel stagione seizoen säsong sæson sezon`)

// namesPart reports whether "titled", "called" or "named" at k names a
// part of a show: the word before it (past a comma and a season's number)
// is a part noun, "the first season, titled", "Season 2, called".
func (x *extractor) namesPart(k int) bool {
	j := k - 1
	if x.tok(j).text == "," {
		j--
	}
	if w := x.tok(j); w.kind == tNum || ordinalsIDs.get(w.id) > 0 && !namedPartNounsIDs.has(w.id) {
		j-- // "Season 2, titled", "season two, titled"
	}
	return namedPartNounsIDs.has(x.tok(j).id)
}
