package extract

// Who else is cast, in Portuguese and Spanish: "A também está escalado
// para o elenco, assim como B e C" ("A also joins the cast, along with B
// and C"), and the time slot of a Brazilian novela, "a próxima novela das
// seis, T" ("the next novela, T"), read as the English words by
// languages.go.

// castTeamPhrases are read as foreignPhrases'.
var castTeamPhrases = map[string][]foreignPhrase{
	// "A está escalado para o time": "A joins the cast"
	"está": {{"está escalado para o time", "joins the cast", false}, {"está escalada para o time", "joins the cast", false},
		{"está escalado para o elenco", "joins the cast", false}, {"está escalada para o elenco", "joins the cast", false},
		{"está escalado", "is cast", false}, {"está escalada", "is cast", false}},
	"estão": {{"estão escalados para o time", "join the cast", false}, {"estão escaladas para o time", "join the cast", false},
		{"estão escalados para o elenco", "join the cast", false}, {"estão escaladas para o elenco", "join the cast", false},
		{"estão escalados", "are cast", false}, {"estão escaladas", "are cast", false}},
	"também": {{"também está escalado para o time", "also joins the cast", false}, {"também está escalada para o time", "also joins the cast", false},
		{"também está escalado para o elenco", "also joins the cast", false}, {"também está escalada para o elenco", "also joins the cast", false},
		{"também está escalado", "is also cast", false}, {"também está escalada", "is also cast", false}, {"também foi escalado", "was also cast", false}, {"também foi escalada", "was also cast", false}},
	// "A está escalado", "B foi escalada para viver C": "A is cast", "B was cast to play C"
	"foi":   {{"foi escalado", "was cast", false}, {"foi escalada", "was cast", false}},
	"foram": {{"foram escalados", "were cast", false}, {"foram escaladas", "were cast", false}},
	// "assim como B e C", "así como B y C": "along with B and C"
	"assim": {{"assim como", "along with", true}},
	"así":   {{"así como", "along with", true}},
	// "a novela das seis, T": the slot of the day a novela airs in, dropped
	"das": {{"das seis", "", false}, {"das sete", "", false}, {"das oito", "", false}, {"das nove", "", false}},
}
