package extract

// More phrases of casting copy in Spanish, Portuguese, French, Italian,
// German, Dutch and Swedish, read by languages.go as the English words:
// "cuenta con las actuaciones de A y B" ("stars A and B"), "tem no elenco
// A e B", "On y retrouve A et B" ("starring A and B"), "se une al elenco
// de T" ("joins the cast of T"), "serán los protagonistas de T" ("will star
// in T"), "La regia è di X", "De regie is in handen van X" ("directed by
// X"), "Neu dabei ist A" ("also starring is A").

// castPhrases are read as foreignPhrases'.
var castPhrases = map[string][]foreignPhrase{
	"cuenta": {{"cuenta con las actuaciones de", "stars", false}, {"cuenta con la participación de", "stars", false}},
	"con":    {{"con las actuaciones de", "starring", false}, {"con la participación de", "starring", false}},
	"reúne":  {{"reúne a", "stars", true}},
	"se": {{"se une al elenco de", "joins the cast of", false}, {"se suma al elenco de", "joins the cast of", false},
		{"se une al reparto de", "joins the cast of", false}, {"se suma al reparto de", "joins the cast of", false},
		{"se unirá al elenco de", "will join cast of", false}, {"se sumará al elenco de", "will join cast of", false}},
	"serán": {{"serán los protagonistas de", "will star in", false}},
	"será": {{"será la protagonista de", "will star in", false}, {"será el protagonista de", "will star in", false},
		{"será a protagonista da", "will star in the", false}, {"será o protagonista da", "will star in the", false},
		{"será a protagonista de", "will star in", false}, {"será o protagonista de", "will star in", false}},
	"sarà": {{"sarà la protagonista della", "will star in the", false}, {"sarà il protagonista della", "will star in the", false},
		{"sarà la protagonista del", "will star in the", false}, {"sarà il protagonista del", "will star in the", false},
		{"sarà la protagonista di", "will star in", false}, {"sarà il protagonista di", "will star in", false}},
	"son": {{"son los protagonistas de", "star in", false}},
	"tem": {{"tem no elenco", "stars", true}},
	"on":  {{"on y retrouve", "starring", true}, {"on retrouve", "starring", true}},
	"la": {{"la regia è di", "directed by", true}, {"la regia è firmata da", "directed by", true},
		{"la dirección es de", "directed by", true}, {"la dirección corre a cargo de", "directed by", true}},
	"a":   {{"a direção é de", "directed by", true}, {"a direção fica a cargo de", "directed by", true}},
	"de":  {{"de regie is in handen van", "directed by", true}, {"de regie is van", "directed by", true}},
	"te":  {{"te zien", "", false}}, // "In de hoofdrollen zijn A en B te zien": "to be seen", dropped
	"neu": {{"neu dabei ist", "also starring is", false}, {"neu dabei sind", "also starring are", false}},
	"i":   {{"i övriga roller syns", "also starring", false}, {"i övriga roller", "also starring", false}},
}

// castPhraseCues are read as foreignCues' (in lower case only): "A e B
// estrelam a série T", "La creadora X vuelve como guionista" ("returns as
// writer").
var castPhraseCues = map[string]string{
	"vuelve": "returns", "volverá": "returns", "regresa": "returns", "regresará": "returns", // "La creadora X vuelve como guionista"
	"retorna": "returns", "revient": "returns", "reviendra": "returns", "ritorna": "returns",
	"spelen": "play", "speelden": "played", "spelade": "played",
	"estrelam": "star", "estrelará": "stars", "estrelarão": "star", "estrelou": "starred", "estrelaram": "starred",
}
