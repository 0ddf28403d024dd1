package extract

// A show that takes a person on, and a person who joins a cast, in
// Italian and French casting roundups, read as the English phrases: "la
// terza stagione di T accoglie l’attore A" as "the third season of T
// welcomes actor A"; "C si aggiunge al cast di T3", "entra nel cast di" as
// "joins the cast of"; "la comedy con protagonisti A e B" as "the comedy
// starring A and B"; "A, qui incarne le rôle de C, va quitter la
// distribution principale de T" as "A, who plays C, will leave the main
// cast of T"; "A, révélée par son rôle de C dans T2, rejoint B et D au
// casting de T" as "A, known for her role as C in T2, joins B and D in
// cast of T".

// welcomeCues are read as foreignCues' (in lower case only).
var welcomeCues = map[string]string{
	"accoglie": "welcomes", "accolgono": "welcome", "accoglierà": "welcomes",
	// "A rejoint B et C au casting de T": "A joins B and C in cast of T"
	"rejoint": "joins", "rejoignent": "join",
}

// welcomePhrases are read as foreignPhrases'.
var welcomePhrases = map[string][]foreignPhrase{
	"si": {{"si aggiunge al cast di", "joins the cast of", false}, {"si aggiungono al cast di", "join the cast of", false},
		{"si aggiunge al cast", "joins the cast", false}, {"si aggiungono al cast", "join the cast", false},
		{"si unisce al cast di", "joins the cast of", false}, {"si uniscono al cast di", "join the cast of", false}},
	"entra":      {{"entra nel cast di", "joins the cast of", false}, {"entra nel cast", "joins the cast", false}},
	"entrano":    {{"entrano nel cast di", "join the cast of", false}, {"entrano nel cast", "join the cast", false}},
	"con":        {{"con protagonisti", "starring", true}, {"con protagonista", "starring", true}, {"con protagoniste", "starring", true}},
	"va":         {{"va quitter la distribution principale de", "will leave the main cast of", false}, {"va quitter la distribution de", "will leave the cast of", false}, {"va quitter", "will leave", false}},
	"quitte":     {{"quitte la distribution principale de", "leaves the main cast of", false}, {"quitte la distribution de", "leaves the cast of", false}},
	"au":         {{"au casting de", "in cast of", false}},
	"révélée":    {{"révélée par son rôle de", "known for her role as", false}},
	"révélé":     {{"révélé par son rôle de", "known for his role as", false}},
	"incarne":    {{"incarne le rôle de", "plays", false}},
	"interprète": {{"interprète le rôle de", "plays", false}},
}

// leadRolePhrases are "will have one of the lead roles in T" in
// Portuguese, Spanish and Italian, read as "stars in T" (as many English
// words as they have or fewer): "A terá um dos principais papéis de “T”",
// "B tendrá uno de los papeles principales de “T”".
var leadRolePhrases = map[string][]foreignPhrase{
	"terá": {{"terá um dos principais papéis de", "stars in", false}, {"terá um dos papéis principais de", "stars in", false},
		{"terá um dos principais papéis em", "stars in", false}, {"terá um dos papéis principais em", "stars in", false},
		{"terá um dos principais papéis da", "stars in the", false}, {"terá um dos papéis principais da", "stars in the", false}},
	"tem": {{"tem um dos principais papéis de", "stars in", false}, {"tem um dos papéis principais de", "stars in", false}},
	"tendrá": {{"tendrá uno de los papeles principales de", "stars in", false}, {"tendrá uno de los papeles principales en", "stars in", false},
		{"tendrá uno de los papeles protagonistas de", "stars in", false}},
	"avrà": {{"avrà uno dei ruoli principali di", "stars in", false}, {"avrà uno dei ruoli principali in", "stars in", false},
		{"avrà uno dei ruoli principali nella", "stars in the", false}},
}
