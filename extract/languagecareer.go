package extract

// A person's other credits, and casting predicates, in Spanish,
// Portuguese, French, Italian and German, read as the English phrases the
// filmography and cast rules know: "A, recordada por su papel en T2",
// "lembrada por sua atuação em T2", "connue pour son interprétation dans
// T2", "nota per il suo ruolo in T2" ("remembered for her role in T2");
// "A, que participó en T1 y T2" ("who appeared in"); "remarquée dans T2"
// ("seen in"); "B, à l’origine de T" ("the creator of T"); "A et B
// tiennent les rôles principaux", "A und B spielen die Hauptrollen" ("play
// the leads"); "A y B fueron confirmados en el elenco", "A et B sont au
// casting" ("were confirmed in the cast", "join the cast"); "é de
// autoria de X" ("is written by X"); "X, creador de T" ("creator of");
// "X assina o roteiro" ("writes the script"); "A reprend son rôle de C"
// ("reprises role as"); "A è la protagonista di T" ("stars in"); "A ha
// recitato in T1 e T2" ("starred in").

import "strings"

// knownForPhrases are "known (remembered) for her role in" in each
// language: a participle, "for", a possessive (or an article) and a noun
// of a part, and "in", each spelling of each word.
var knownForPhrases = func() map[string][]foreignPhrase {
	m := map[string][]foreignPhrase{}
	add := func(parts, fors, nouns, ins string) { addKnownFor(m, "role", parts, fors, nouns, ins) }
	add("recordada recordado conocida conocido", "por su", "papel actuación participación interpretación trabajo", "en")
	add("lembrada lembrado conhecida conhecido", "por sua, por seu, pela sua, pelo seu, pela, pelo", "atuação papel participação interpretação trabalho", "em")
	add("connue connu", "pour son, pour sa", "rôle interprétation participation", "dans")
	add("nota noto ricordata ricordato conosciuta conosciuto", "per il suo, per il, per la sua, per la", "ruolo interpretazione partecipazione", "in")
	return m
}()

// addKnownFor adds to m, under each participle of parts, the phrases
// participle, one of fors (comma-separated), one of nouns and one of ins,
// each read as "known (remembered) for her ROLE in", ROLE being role or
// "roles"; a phrase of four words reads without "her" ("lembrada pela
// atuação em": "remembered for role in"), since it reads as no more words
// than it has.
func addKnownFor(m map[string][]foreignPhrase, role, parts, fors, nouns, ins string) {
	for _, p := range strings.Fields(parts) {
		english := "known"
		if strings.HasPrefix(p, "recordad") || strings.HasPrefix(p, "lembrad") || strings.HasPrefix(p, "ricordat") {
			english = "remembered"
		}
		for _, f := range strings.Split(fors, ",") {
			for _, n := range strings.Fields(nouns) {
				for _, in := range strings.Fields(ins) {
					words := p + " " + strings.TrimSpace(f) + " " + n + " " + in
					e := english + " for her " + role + " in"
					if strings.Count(words, " ") < 4 {
						e = english + " for " + role + " in"
					}
					m[p] = append(m[p], foreignPhrase{words, e, false})
				}
			}
		}
	}
}

// careerPhrases are the other phrases of this file.
var careerPhrases = map[string][]foreignPhrase{
	// "A, que participó en T1 y T2": "A, who appeared in T1 and T2"
	"que":   {{"que participó en", "who appeared in", false}, {"que participou de", "who appeared in", false}, {"que participou em", "who appeared in", false}},
	"quien": {{"quien participó en", "who appeared in", false}},
	"qui":   {{"qui a participé à", "who appeared in", false}},
	"che":   {{"che ha partecipato a", "who appeared in", false}},
	// "A, remarquée dans T2": "seen in"
	"remarquée": {{"remarquée dans", "seen in", false}}, "remarqué": {{"remarqué dans", "seen in", false}},
	"aperçue": {{"aperçue dans", "seen in", false}}, "aperçu": {{"aperçu dans", "seen in", false}},
	// "B, à l’origine de « T »": "B, the creator of T"
	"à": {{"à l’origine de", "the creator of", false}, {"à l'origine de", "the creator of", false}},
	// "A et B tiennent les rôles principaux": "A and B play the leads"
	"tiennent":     {{"tiennent les rôles principaux", "play the leads", false}},
	"jouent":       {{"jouent les rôles principaux", "play the leads", false}},
	"interpretan":  {{"interpretan los papeles principales", "play the leads", false}},
	"interpretano": {{"interpretano i ruoli principali", "play the leads", false}},
	"vivem":        {{"vivem os papéis principais", "play the leads", false}},
	"spielen":      {{"spielen die hauptrollen", "play the leads", false}},
	"übernehmen":   {{"übernehmen die hauptrollen", "play the leads", false}},
	// "A y B fueron confirmados en el elenco": "were confirmed in the cast"
	"fueron": {{"fueron confirmados en el elenco", "were confirmed in the cast", false}, {"fueron confirmadas en el elenco", "were confirmed in the cast", false},
		{"fueron confirmados en el reparto", "were confirmed in the cast", false}},
	"fue": {{"fue confirmada en el elenco", "was confirmed in the cast", false}, {"fue confirmado en el elenco", "was confirmed in the cast", false},
		{"fue confirmado en el reparto", "was confirmed in the cast", false}, {"fue confirmada en el reparto", "was confirmed in the cast", false}},
	"sont":    {{"sont au casting", "join the cast", false}},
	"seront":  {{"seront au casting", "join the cast", false}},
	"est":     {{"est au casting", "joins the cast", false}, {"est le héros de", "stars in", false}, {"est l’héroïne de", "stars in", false}, {"est l'héroïne de", "stars in", false}},
	"vestirà": {{"vestirà i panni di", "will play", false}},
	// "A novela é de autoria de X": "is written by X"
	"é": {{"é de autoria de", "is written by", true}, {"é a protagonista de", "stars in", false}, {"é o protagonista de", "stars in", false}},
	"está": {{"está confirmado no elenco", "joins the cast", false}, {"está confirmada no elenco", "joins the cast", false},
		{"está confirmada en el elenco", "joins the cast", false}, {"está confirmado en el elenco", "joins the cast", false}},
	// "X, creador de “T”": "creator of"
	"creador": {{"creador de", "creator of", false}}, "creadora": {{"creadora de", "creator of", false}},
	"criador": {{"criador de", "creator of", false}}, "criadora": {{"criadora de", "creator of", false}},
	"créateur": {{"créateur de", "creator of", false}}, "créatrice": {{"créatrice de", "creator of", false}},
	"creatore": {{"creatore di", "creator of", false}}, "creatrice": {{"creatrice di", "creator of", false}},
	// "X assina o roteiro", "firma la regia": "writes the script", "directs"
	"assina": {{"assina o roteiro", "writes the script", false}, {"assina a direção", "directs", false}},
	"firma":  {{"firma la regia", "directs", false}, {"firma la sceneggiatura", "writes the script", false}, {"firma la dirección", "directs", false}},
	// "A, que deu vida a C em T2": "who played C in T2"
	"deu":  {{"deu vida a", "played", false}, {"deu vida à", "played", false}},
	"dá":   {{"dá vida à", "plays", false}}, // "A dá vida à vilã C": "A plays (the villain) C"
	"dava": {{"dava vida a", "played", false}},
	// "A reprend son rôle de C": "A reprises role as C"
	"reprend":   {{"reprend son rôle de", "reprises role as", false}},
	"reprendra": {{"reprendra son rôle de", "reprises role as", false}},
	"retoma":    {{"retoma su papel de", "reprises role as", false}, {"retoma o papel de", "reprises role as", false}, {"retoma seu papel de", "reprises role as", false}},
	"riprende":  {{"riprende il ruolo di", "reprises role as", false}, {"riprende il suo ruolo di", "reprises role as", false}},
	// French "A y reprend son rôle de C", "B y campe C", "D y prête sa voix
	// à C": "y" ("there") before a verb is no Spanish "and"
	"y": {{"y reprend son rôle de", "reprises role as", false}, {"y reprendra son rôle de", "reprises role as", false}, {"y retrouve son rôle de", "reprises role as", false},
		{"y reprend le rôle de", "plays", false}, {"y campe", "plays", false}, {"y campera", "will play", false}, {"y endosse le rôle de", "plays", false},
		{"y prête sa voix à", "voices", false}, {"y prêtera sa voix à", "will voice", false}},
	// "A è la protagonista di «T»", "B es el protagonista de T", "C est l’héroïne de T": "stars in"
	"è":    {{"è la protagonista di", "stars in", false}, {"è il protagonista di", "stars in", false}},
	"es":   {{"es la protagonista de", "stars in", false}, {"es el protagonista de", "stars in", false}},
	"sera": {{"sera au casting", "joins the cast", false}, {"sera le héros de", "will star in", false}, {"sera l’héroïne de", "will star in", false}, {"sera l'héroïne de", "will star in", false}},
	// "A ha recitato in T1 e T2", "actuó en", "a joué dans": "starred in"
	"ha":      {{"ha recitato in", "starred in", false}, {"ha trabajado en", "has worked on", false}},
	"actuó":   {{"actuó en", "starred in", false}},
	"saranno": {{"saranno i protagonisti", "are the leads", false}},
	"serão":   {{"serão os protagonistas", "are the leads", false}},
	"estão":   {{"estão confirmados no elenco", "join the cast", false}},
	"também":  {{"também está confirmado no elenco", "also joins the cast", false}, {"também está confirmada no elenco", "also joins the cast", false}},
	// "A también protagonizará el anime como C": "also headlines"
	"también": {{"también protagonizará", "also headlines", false}, {"también protagoniza", "also headlines", false}},
	"tambien": {{"tambien protagonizará", "also headlines", false}, {"tambien protagoniza", "also headlines", false}},
	// German: "A und B sind in den Hauptrollen zu sehen": "star"; "A kehrt als C zurück": "returns as C"
	"kehrt": {{"kehrt als", "returns as", false}},
	"sind": {{"sind in den hauptrollen zu sehen", "star", false}, {"sind die zugpferde des projekts", "are stars of the series", false},
		{"sind die zugpferde dieses projekts", "are stars of the series", false}},
	"ist": {{"ist in der hauptrolle zu sehen", "stars", false}},
}

// castMorePhrases are casting phrases of Dutch, Swedish, Spanish,
// Portuguese, French, Italian and German read as English ones: "De
// hoofdrol is voor A" ("starring A"), "A, B en C zijn te zien in de serie"
// ("appear in"), "I rollerna syns A och B" ("starring"), "A y B son los
// encargados de dar vida a C y D" ("play"), "A estará acompañada por B"
// ("stars alongside"), "o elenco tem A" ("the cast includes"), "A e B
// formam o casal protagonista" ("star"), "A y tient le rôle de C" ("plays";
// "y" no "and"), "Le casting compte aussi A" ("the cast includes"),
// "An ihrer Seite spielen A und B" ("also starring are").
var castMorePhrases = map[string][]foreignPhrase{
	"de":      {{"de hoofdrol is voor", "starring", false}, {"de hoofdrollen zijn voor", "starring", false}},
	"zijn":    {{"zijn te zien in", "appear in", false}},
	"is":      {{"is te zien in", "appears in", false}},
	"i":       {{"i rollerna syns", "starring", false}, {"i rollerna", "starring", false}},
	"son":     {{"son los encargados de dar vida a", "play", false}, {"son las encargadas de dar vida a", "play", false}},
	"estará":  {{"estará acompañada por", "stars alongside", false}, {"estará acompañado por", "stars alongside", false}},
	"está":    {{"está acompañada por", "stars alongside", false}, {"está acompañado por", "stars alongside", false}},
	"estarán": {{"estarán acompañados por", "star alongside", false}, {"estarán acompañadas por", "star alongside", false}},
	"o":       {{"o elenco tem", "the cast includes", false}},
	"formam":  {{"formam o casal protagonista", "star", false}},
	"forman":  {{"forman la pareja protagonista", "star", false}},
	"formano": {{"formano la coppia protagonista", "star", false}},
	"y": {{"y tient le rôle de", "plays", false}, {"y incarne", "plays", false}, {"y joue", "plays", false}, {"y interprète", "plays", false},
		{"y incarnera", "will play", false}, {"y jouera", "will play", false}, {"y interprétera", "will play", false}, {"y tiendra le rôle de", "will play", false}},
	"le": {{"le casting compte", "the cast includes", false}},
	"la": {{"la distribution compte", "the cast includes", false}},
	"an": {{"an ihrer seite spielen", "also starring are", false}, {"an seiner seite spielen", "also starring are", false}},
}

// careerCues are single verbs read as the English one: Dutch "A
// regisseert de serie" ("directs"), "ha", "heeft" ("has").
var careerCues = map[string]string{"regisseert": "directs", "regisseerde": "directed",
	// "A ha aparecido en series como T1 (Netflix) y B ha trabajado en": the
	// auxiliary of Spanish and Italian, which ends a list as "has" does
	"ha": "has", "heeft": "has"}
