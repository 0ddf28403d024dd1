package extract

// hiredPhrases are the Italian phrases of casting news read as English
// ones (foreignPhrases): "A è stato scritturato in un ruolo ricorrente"
// as "A has been cast in a recurring role".
var hiredPhrases = map[string][]foreignPhrase{
	"è": {{"è stato scritturato", "has been cast", false}, {"è stata scritturata", "has been cast", false},
		{"è stato infatti scritturato", "has been cast", false}, {"è stata infatti scritturata", "has been cast", false}},
	"sono": {{"sono stati scritturati", "have been cast", false}, {"sono state scritturate", "have been cast", false}},
}

// teamPhrases are French phrases of a cast list read as English ones
// (foreignPhrases): "A, B ou encore C font déjà partie de l’équipe" as "A,
// B and C join the cast".
var teamPhrases = map[string][]foreignPhrase{
	"font": {{"font déjà partie de la distribution", "join the cast", false}, {"font déjà partie du casting", "join the cast", false},
		{"font déjà partie de l’équipe", "join the cast", false}, {"font déjà partie de l'équipe", "join the cast", false},
		{"font partie de l’équipe", "join the cast", false}, {"font partie de l'équipe", "join the cast", false}},
	"fait": {{"fait déjà partie de la distribution", "joins the cast", false}, {"fait déjà partie du casting", "joins the cast", false},
		{"fait déjà partie de l’équipe", "joins the cast", false}, {"fait déjà partie de l'équipe", "joins the cast", false},
		{"fait partie de l’équipe", "joins the cast", false}, {"fait partie de l'équipe", "joins the cast", false}},
	"ou": {{"ou encore", "and", true}},
}
