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
