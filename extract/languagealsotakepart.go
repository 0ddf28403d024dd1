package extract

// "A e B também irão participar", "A y B también participarán": names
// that also take part, said after a work's cast was named, read as "A and
// B will also star".
var alsoTakePartPhrases = map[string][]foreignPhrase{
	"também": {{"também irão participar", "will also star", false}, {"também vão participar", "will also star", false},
		{"também irá participar", "will also star", false}, {"também vai participar", "will also star", false}},
	"también": {{"también participarán", "also star", false}, {"también participará", "also stars", false}},
}
