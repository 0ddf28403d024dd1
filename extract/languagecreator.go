package extract

// A show's creator or writer named after an article and the noun, in
// Italian, French, Spanish and Portuguese: "il creatore Y", "le
// co-créateur Z", "el creador W", "a criadora V" read as "the creator Y",
// "the co-creator Z" before a capitalized word (the
// noun alone, without its article, stays as it is: "direttore" and its
// kin name a network's chief as often).

// creatorPhrases are read as foreignPhrases'.
var creatorPhrases = map[string][]foreignPhrase{
	"il": {{"il creatore", "the creator", true}, {"il co-creatore", "the co-creator", true}, {"il suo creatore", "its creator", true}},
	"la": {{"la creatrice", "the creator", true}, {"la co-creatrice", "the co-creator", true}, {"la créatrice", "the creator", true},
		{"la co-créatrice", "the co-creator", true}, {"la creadora", "the creator", true}},
	"le": {{"le créateur", "the creator", true}, {"le co-créateur", "the co-creator", true}},
	"el": {{"el creador", "the creator", true}, {"el cocreador", "the co-creator", true}},
	"o":  {{"o criador", "the creator", true}},
	"a":  {{"a criadora", "the creator", true}},
}

// afterGenreTitle reports whether the n tokens kept from first end in a
// title of capitalized words (up to six) right after a genre noun in
// lower case: "la sitcom T", "die Serie T" (read as "series"), before
// "avec", "con", "mit" read as "starring" where a full name follows (a
// name of one word may end the title: "la serie Amor con Alma").
func afterGenreTitle(toks []token, first, n int) bool {
	m := n - 1
	for m > first && m >= n-6 && toks[m].kind == tWord && toks[m].cap {
		m--
	}
	return m < n-1 && toks[m].kind == tWord && !toks[m].cap && toks[m].has(cGenreNouns)
}
