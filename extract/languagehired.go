package extract

// hiredPhrases are the Italian phrases of casting news read as English
// ones (foreignPhrases): "A è stato scritturato in un ruolo ricorrente"
// as "A has been cast in a recurring role".
var hiredPhrases = map[string][]foreignPhrase{
	"è": {{"è stato scritturato", "has been cast", false}, {"è stata scritturata", "has been cast", false},
		{"è stato infatti scritturato", "has been cast", false}, {"è stata infatti scritturata", "has been cast", false}},
	"sono": {{"sono stati scritturati", "have been cast", false}, {"sono state scritturate", "have been cast", false}},
}
