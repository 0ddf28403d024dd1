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
