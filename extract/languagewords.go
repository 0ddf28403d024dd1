package extract

// The wider vocabulary of credits in Spanish, Portuguese, French, German,
// Italian and Dutch that languages.go reads as English: verbs of playing,
// participles before "by", nouns of people, jobs, parts and seasons (read
// in capitals too: German writes every noun so), ordinals before a season
// word, and the function words that open a sentence ("Elle joue ...", "Con
// A y B ..."), which must not be taken for a name's first word.

import (
	"fmt"
	"slices"
	"strings"
)

// moreForeignCues are read as foreignCues' (in lower case only).
var moreForeignCues = map[string]string{
	// "X encarna a C", "X interprète C", "X verkörpert C", "X speelt C"
	"encarna": "plays", "encarnará": "plays", "encarnó": "played", "interpretó": "played", "interpretaba": "played",
	"interprète": "plays", "interprétera": "plays", "incarnera": "plays", "jouera": "plays", "incarnait": "played", "interprétait": "played", "incarna": "played", "interpréta": "played", "joua": "played",
	"interpreterà": "plays", "interpretava": "played", "interpretò": "played", "interpretou": "played",
	"verkörpert": "plays", "verkörperte": "played", "spielte": "played", "speelt": "plays", "vertolkt": "plays", "mimt": "plays", "mimte": "played",
	// "A protagoniza la serie T", "A protagonizza T": "A headlines the series T"
	"protagoniza": "headlines", "protagonizan": "headline", "protagonizará": "headlines", "protagonizarán": "headline",
	"protagonizó": "headlined", "protagonizaron": "headlined", "protagonizza": "headlines", "protagonizzerà": "headlines",
	// "A spielte bereits in Serien wie T", "ya ha trabajado en": "already"
	"récemment": "recently", "recientemente": "recently", "recentemente": "recently",
	"bereits": "already", "schon": "already", "déjà": "already", "già": "already", "já": "already",
	// "A, B et C rejoignent", "A aux côtés de B": the list's "and" stays as it is; "naast": alongside
	"naast": "alongside",
	// "le nouveau film «T»", "la nueva serie": "the new film"
	"nouveau": "new", "nouvelle": "new", "nuevo": "new", "nueva": "new", "novo": "new", "nova": "new", "nuovo": "new", "nuova": "new",
	"neue": "new", "neuen": "new", "neuer": "new", "neues": "new", "nieuwe": "new",
	// "C wird von X dargestellt", "la série est réalisée par X": the verb "to be"
	"wird": "is", "wurde": "was", "ist": "is", "est": "is", "è": "is", "es": "is", "é": "is", "sont": "are", "sind": "are", "wordt": "is",
}

// moreForeignByCues are read as foreignByCues' before "por", "par", "da",
// "von", "door", "av" or "af" ("by").
var moreForeignByCues = map[string]string{
	"encarnado": "played", "encarnada": "played", "vivida": "played", "vivido": "played", "vividas": "played", "vividos": "played", "interpretato": "played", "interpretata": "played", "interpretati": "played",
	"dargestellt": "played", "gespielt": "played", "gespeeld": "played", "interprétés": "played", "interprétées": "played",
	"diretto": "directed", "diretta": "directed", "diretti": "directed", "dirigé": "directed", "dirigée": "directed", "réalisés": "directed",
	"inszeniert": "directed", "geregisseerd": "directed", "dirigidas": "directed", "dirigidos": "directed",
	"scritto": "written", "scritta": "written", "scritti": "written", "geschrieben": "written", "geschreven": "written", "escritas": "written", "escritos": "written",
	"prodotto": "produced", "prodotta": "produced", "produziert": "produced", "geproduceerd": "produced", "producidas": "produced",
	"creato": "created", "creata": "created", "ideato": "created", "ideata": "created", "bedacht": "created", "entwickelt": "created", "criada": "created", "criado": "created",
}

// foreignBy are the words for "by" after a participle of foreignByCues.
var foreignBy = map[string]bool{"por": true, "pela": true, "pelo": true, "par": true, "da": true, "dal": true, "dalla": true, "dallo": true, "von": true, "door": true, "av": true, "af": true, "oleh": true}

// foreignNouns are nouns read as the English noun in capitals as in lower
// case ("Die Schauspielerin A", "la actriz A", "l'actrice A": "the actress
// A"); a definite or indefinite article before one reads as "the" or "a".
var foreignNouns = withCues(map[string]string{
	"actriz": "actress", "atriz": "actress", "actrice": "actress", "l'actrice": "actress", "l’actrice": "actress",
	"attrice": "actress", "l'attrice": "actress", "l’attrice": "actress", "schauspielerin": "actress", "darstellerin": "actress", "schauspielerinnen": "actresses", "darstellerinnen": "actresses", "actrices": "actresses", "attrici": "actresses",
	"ator": "actor", "acteur": "actor", "l'acteur": "actor", "l’acteur": "actor", "attore": "actor", "l'attore": "actor", "l’attore": "actor",
	"schauspieler": "actor", "darsteller": "actor", "actores": "actors", "atores": "actors", "acteurs": "actors", "attori": "actors",
	"regisseur": "director", "regisseurin": "director", "regista": "director", "cineasta": "filmmaker", "cinéaste": "filmmaker",
	"drehbuchautor": "writer", "drehbuchautorin": "writer", "sceneggiatore": "writer", "sceneggiatrice": "writer", "roteirista": "writer",
	"produzent": "producer", "produzentin": "producer", "produttore": "producer", "produttrice": "producer",
	"cantante": "singer", "chanteuse": "singer", "chanteur": "singer", "sängerin": "singer", "sänger": "singer", "zangeres": "singer",
	"documentaire": "documentary", "documental": "documentary", "documentario": "documentary", "speelfilm": "film", "openingsfilm": "film", "reeks": "series", "hoofdrol": "lead", "rol": "role",
	"películas": "films", "filmes": "films", "teleseries": "series", "programas": "shows", "feuilletons": "series",
	"serie": "series", "série": "series", "séries": "series", "fernsehserie": "series", "formats": "series", "formates": "series", "feuilleton": "series", "miniserie": "miniseries", "película": "film", "filme": "film",
	"papel": "role", "rôle": "role", "ruolo": "role", "rolle": "role", "hauptrolle": "lead", "hauptrollen": "leads", "personaje": "character", "figur": "character", "personnage": "character", "personaggio": "character",
	"temporada": "season", "temporadas": "seasons", "saison": "season", "saisons": "seasons", "stagione": "season", "stagioni": "seasons",
	"staffel": "season", "staffeln": "seasons", "seizoen": "season", "seizoenen": "seasons",
}, swedishNouns, indonesianNouns, comedyNouns, foreignSourceNouns, germanKinNouns, productionNouns, moreCrewNouns)

// foreignArticles are the articles that read as "the" (or "a") before a
// noun of foreignNouns.
var foreignArticles = map[string]string{
	"el": "the", "la": "the", "los": "the", "las": "the", "le": "the", "les": "the", "die": "the", "der": "the", "das": "the", "den": "the",
	"il": "the", "lo": "the", "gli": "the", "o": "the", "os": "the", "de": "the", "het": "the",
	"un": "a", "una": "a", "une": "a", "ein": "a", "eine": "a", "einer": "a", "uno": "a", "um": "a", "uma": "a", "een": "a",
}

// foreignOrdinals are the ordinals read as English ones before a season
// word of foreignNouns: "la segunda temporada", "die zweite Staffel".
var foreignOrdinals = map[string]string{
	"primera": "first", "primer": "first", "première": "first", "premier": "first", "erste": "first", "ersten": "first", "prima": "first", "primeira": "first", "eerste": "first",
	"segunda": "second", "deuxième": "second", "seconde": "second", "zweite": "second", "zweiten": "second", "seconda": "second", "tweede": "second",
	"tercera": "third", "troisième": "third", "dritte": "third", "dritten": "third", "terza": "third", "terceira": "third", "derde": "third",
	"cuarta": "fourth", "quatrième": "fourth", "vierte": "fourth", "vierten": "fourth", "quarta": "fourth", "vierde": "fourth",
	"quinta": "fifth", "cinquième": "fifth", "fünfte": "fifth", "fünften": "fifth", "vijfde": "fifth",
	"första": "first", "andra": "second", "tredje": "third", "fjärde": "fourth", "femte": "fifth", "sista": "final", "første": "first", "anden": "second", "andre": "second", "fjerde": "fourth",
	"última": "final", "dernière": "final", "letzte": "final", "letzten": "final", "ultima": "final", "laatste": "final",
}

// foreignOf are the words for "of" read as "of" after a season word ("la
// segunda temporada de T", "die zweite Staffel von T").
var foreignOf = map[string]bool{"de": true, "del": true, "di": true, "della": true, "von": true, "van": true, "do": true, "da": true, "du": true, "des": true, "av": true, "af": true}

// moreForeignPhrases are read as foreignPhrases'.
var moreForeignPhrases = map[string][]foreignPhrase{
	"aux":           {{"aux côtés de", "alongside", false}, {"aux côtés d '", "alongside", false}, {"aux côtés d ’", "alongside", false}},
	"al":            {{"al lado de", "alongside", false}},
	"ao":            {{"ao lado de", "alongside", false}},
	"accanto":       {{"accanto a", "alongside", false}, {"accanto ad", "alongside", false}},
	"insieme":       {{"insieme a", "alongside", false}},
	"an":            {{"an der seite von", "alongside", false}},
	"zusammen":      {{"zusammen mit", "alongside", false}},
	"no":            {{"no papel de", "as", false}},
	"unter":         {{"unter der regie von", "directed by", false}},
	"regie":         {{"regie führt", "directed by", true}, {"regie führte", "directed by", true}},
	"nach":          {{"nach dem gleichnamigen roman von", "based on the novel by", false}, {"nach dem roman von", "based on novel by", false}, {"nach dem buch von", "based on book by", false}},
	"basierend":     {{"basierend auf dem roman von", "based on the novel by", false}},
	"d'après":       {{"d'après le roman de", "based on novel by", false}, {"d'après le livre de", "based on book by", false}},
	"d’après":       {{"d’après le roman de", "based on novel by", false}, {"d’après le livre de", "based on book by", false}},
	"tirée":         {{"tirée du roman de", "based on novel by", false}},
	"tiré":          {{"tiré du roman de", "based on novel by", false}},
	"basée":         {{"basée sur le roman de", "based on the novel by", false}},
	"basé":          {{"basé sur le roman de", "based on the novel by", false}},
	"tratto":        {{"tratto dal romanzo di", "based on novel by", false}, {"tratto dal libro di", "based on book by", false}},
	"tratta":        {{"tratta dal romanzo di", "based on novel by", false}, {"tratta dal libro di", "based on book by", false}},
	"basata":        {{"basata sul romanzo di", "based on novel by", false}},
	"basato":        {{"basato sul romanzo di", "based on novel by", false}},
	"baseada":       {{"baseada no romance de", "based on novel by", false}, {"baseada no livro de", "based on book by", false}},
	"baseado":       {{"baseado no romance de", "based on novel by", false}, {"baseado no livro de", "based on book by", false}},
	"regia":         {{"regia di", "directed by", true}},
	"con":           {{"con la regia di", "directed by", true}, {"con protagonisti", "starring", false}},
	"sceneggiatura": {{"sceneggiatura di", "written by", true}},
	"bajo":          {{"bajo la dirección de", "directed by", true}},
	"sous":          {{"sous la direction de", "directed by", true}},
	"dirección":     {{"dirección de", "directed by", true}},
	"guion":         {{"guion de", "written by", true}},
	"guión":         {{"guión de", "written by", true}},
	"mise":          {{"mise en scène de", "directed by", true}},
	"mis":           {{"mis en scène par", "directed by", false}},
	"scénario":      {{"scénario de", "written by", true}},
	"met":           {{"met in de hoofdrollen", "starring", false}},
	// "tiene en los papeles principales a A y B": "starring A and B"
	"en": {{"en los papeles principales a", "starring", false}, {"en los roles principales a", "starring", false}, {"en los papeles principales", "starring", false},
		{"en los roles principales", "starring", false}, {"en el papel de", "as", false}, {"en la piel de", "as", false},
		{"en el elenco están", "in the cast are", false}, {"en el reparto están", "in the cast are", false}},
	"dans": {{"dans les rôles principaux", "starring", false}, {"dans la distribution on retrouve", "starring are", false}, {"dans le rôle de", "as", false}, {"dans la peau de", "as", false}},
	"nei":  {{"nei ruoli principali", "starring", false}, {"nei panni di", "as", false}},
	"nos":  {{"nos papéis principais", "starring", false}},
	// "El productor ejecutivo X": "The executive producer X"
	"productor":   {{"productor ejecutivo", "executive producer", false}},
	"productora":  {{"productora ejecutiva", "executive producer", false}},
	"productores": {{"productores ejecutivos", "executive producers", false}},
	"producteur":  {{"producteur exécutif", "executive producer", false}},
	"productrice": {{"productrice exécutive", "executive producer", false}},
	"produttore":  {{"produttore esecutivo", "executive producer", false}},
	"produtor":    {{"produtor executivo", "executive producer", false}},
	"produtora":   {{"produtora executiva", "executive producer", false}},
	// "X (vu dans T)", "conocida por su papel en T": a credit in another work
	"vu": {{"vu dans", "seen in", false}}, "vue": {{"vue dans", "seen in", false}}, "vus": {{"vus dans", "seen in", false}},
	"visto":   {{"visto en", "seen in", false}, {"visto in", "seen in", false}, {"visto em", "seen in", false}},
	"vista":   {{"vista en", "seen in", false}, {"vista in", "seen in", false}, {"vista em", "seen in", false}},
	"révélée": {{"révélée dans", "seen in", false}}, "révélé": {{"révélé dans", "seen in", false}},
	"conocida": {{"conocida por su papel en", "known for her role in", false}}, "conocido": {{"conocido por su papel en", "known for his role in", false}},
	"connue": {{"connue pour son rôle dans", "known for her role in", false}}, "connu": {{"connu pour son rôle dans", "known for his role in", false}},
	"conhecida": {{"conhecida por seu papel em", "known for her role in", false}}, "conhecido": {{"conhecido por seu papel em", "known for his role in", false}},
	"nota": {{"nota per il ruolo in", "known for the role in", false}}, "noto": {{"noto per il ruolo in", "known for the role in", false}},
	"bekannt": {{"bekannt aus", "known for", false}, {"bekannt durch", "known for", false}},
	// "A übernimmt die Rolle der C", "A tient le rôle principal": "A plays C", "A plays the lead"
	"übernimmt": {{"übernimmt die rolle der", "plays", false}, {"übernimmt die rolle des", "plays", false}, {"übernimmt die rolle von", "plays", false},
		{"übernimmt die hauptrolle", "plays the lead", false}},
	// "A est (également) apparue dans T", "aparece en T", "ha aparecido en T", "è apparso in T": "A (also) appeared in T"
	"est": {{"est apparue dans", "appeared in", false}, {"est apparu dans", "appeared in", false}, {"est également apparue dans", "also appeared in", false},
		{"est également apparu dans", "also appeared in", false}, {"est aussi apparue dans", "also appeared in", false}, {"est aussi apparu dans", "also appeared in", false}},
	"apparaîtra": {{"apparaîtra dans", "appears in", false}}, "apparaitra": {{"apparaitra dans", "appears in", false}},
	"apparaît": {{"apparaît dans", "appears in", false}}, "apparait": {{"apparait dans", "appears in", false}},
	"aparece": {{"aparece en", "appears in", false}, {"aparece em", "appears in", false}}, "apareció": {{"apareció en", "appeared in", false}},
	"aparecerá": {{"aparecerá en", "appears in", false}}, "apareceu": {{"apareceu em", "appeared in", false}},
	"ha": {{"ha aparecido en", "has appeared in", false}}, "è": {{"è apparso in", "appeared in", false}, {"è apparsa in", "appeared in", false}},
	// "Die Hauptrollen spielen A und B": "Starring are A and B"
	"die": {{"die hauptrollen spielen", "starring are", false}},
	// "A, B und C sind die Zugpferde (Hauptdarsteller) der Serie": "are stars of the series"
	"sind": {{"sind die zugpferde der serie", "are stars of the series", false}, {"sind die hauptdarsteller der serie", "are stars of the series", false},
		{"sind die hauptdarstellerinnen der serie", "are stars of the series", false}, {"sind die hauptdarsteller des films", "are stars of the film", false}},
	// "A spielte bereits in T", "B war schon in T zu sehen": the verb second, read in English order
	"spielte":    {{"spielte bereits", "already played", false}, {"spielte schon", "already played", false}},
	"war":        {{"war bereits in", "already appeared in", false}, {"war schon in", "already appeared in", false}},
	"spielt":     {{"spielt die rolle der", "plays", false}, {"spielt die rolle des", "plays", false}, {"spielt die rolle von", "plays", false}},
	"tient":      {{"tient le rôle principal", "plays the lead", false}, {"tient le rôle de", "plays", false}},
	"joue":       {{"joue le rôle principal", "plays the lead", false}, {"joue le rôle de", "plays", false}},
	"tiene":      {{"tiene el papel principal", "plays the lead", false}, {"tiene el papel de", "plays", false}},
	"interpreta": {{"interpreta il ruolo di", "plays", false}, {"interpreta el papel de", "plays", false}, {"interpreta o papel de", "plays", false}},
	// "Nel cast anche A e B", "Mit dabei sind A und B": "Also starring A and B"
	"nel":     {{"nel cast anche", "also starring", false}, {"nel cast ci sono", "starring are", false}, {"nel ruolo di", "as", false}},
	"mit":     {{"mit dabei sind", "also starring are", false}},
	"dá":      {{"dá vida a", "plays", false}},
	"dà":      {{"dà vita a", "plays", false}},
	"darà":    {{"darà vita a", "will play", false}},
	"veste":   {{"veste i panni di", "plays", false}},
	"vestirà": {{"vestirà i panni di", "will play", false}},
	"prête":   {{"prête sa voix à", "voices", false}},
	"presta":  {{"presta su voz a", "voices", false}},
	"los":     {{"los protagonistas son", "starring are", false}},
	"i":       {{"i protagonisti sono", "starring are", false}},
}

// foreignBetweenNames are read as the English word only between two
// capitalized words: "Ana Ruiz será Mira" as "Ana Ruiz plays Mira"; "come"
// (Italian "as") is an English verb elsewhere.
var foreignBetweenNames = map[string]string{
	"será": "plays", "sera": "plays", "sarà": "plays", "vive": "plays", "viverá": "plays", "viveu": "played", "come": "as",
	"è": "plays", "es": "plays", "é": "plays", // "Nella serie T, A è C", "A es C", "A é C": a role named
	"pour": "for", "per": "for", "para": "for", "für": "for", // "le pilote T pour ABC": "the pilot T for ABC", the network no part of the title
}

// foreignWith are the words for "with", read as "starring" before a name
// after a comma, a genre noun or a title's closing quote: "T, con A y B,
// llega en mayo" as "T, starring A and B, arrives in May".
var foreignWith = map[string]bool{"con": true, "avec": true, "mit": true, "com": true, "met": true, "med": true}

// foreignIn are the words for "in", read as "in" after a capitalized word
// and before a word in lower case: "A será C en la serie", "A viverá C na
// novela" as "A plays C in the series".
var foreignIn = map[string]bool{"en": true, "na": true, "nella": true, "nel": true, "dans": true, "im": true, "em": true}

// foreignMakerBy are the words for "of" read as "by" after a title's
// closing quote and before a name, in a sentence of another language: "la
// película “T” de A", "'T' van A" as "“T” by A".
var foreignMakerBy = map[string]bool{"de": true, "di": true, "van": true, "von": true}

// dutchWords are function words of Dutch (and of no language that writes
// "en" for "in"): a sentence with one reads "A en B" as "A and B".
var dutchWords = set(`het een zijn met wordt door ook naar bij voor uit niet worden werd heeft hebben tot mee reeks spelen speelt vertolkt vertolken zien eerder`)

// dutchBits are dutchWords' word bits.
var dutchBits = setMask(dutchWords)

// soundsDutch reports whether the tokens have a function word of Dutch in
// lower case.
func soundsDutch(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && !t.cap && dutchWordsIDs.has(t.id) {
			return true
		}
	}
	return false
}

// foreignWho are the relative pronouns read as "who" after a comma: "A,
// quien interpreta a C" as "A, who plays C".
var foreignWho = map[string]bool{"quien": true, "quienes": true, "que": true, "qui": true, "che": true, "quem": true}

// foreignOpeners are the capitalized function words that open a sentence
// of another language, read as the English word where the sentence has a
// function word of that language ("Elle joue aux côtés de A": "She plays
// alongside A"; "Con A y B" as "With A and B"): no part of a name.
var foreignOpeners = map[string]string{
	"el": "the", "la": "the", "los": "the", "las": "the", "le": "the", "les": "the", "der": "the", "die": "the", "das": "the",
	"il": "the", "lo": "the", "gli": "the", "o": "the", "os": "the", "het": "the", "de": "the",
	"con": "with", "avec": "with", "mit": "with", "com": "with", "met": "with",
	"ella": "she", "elle": "she", "lei": "she", "sie": "she", "ela": "she", "zij": "she", "hon": "she", "hun": "she",
	"él": "he", "er": "he", "lui": "he", "ele": "he", "hij": "he", "han": "he", "ils": "they", "elles": "they", "ellos": "they", "ellas": "they",
	"en": "in", "dans": "in", "nel": "in", "nella": "in", "im": "in",
	"hoofdrolspelers": "starring", // "Hoofdrolspelers A, B en C doen mee": the leads' names after it
	"para":            "for", "pour": "for", "per": "for", "für": "for",
	"según": "according", "selon": "according", "laut": "according", "secondo": "according",
	"además": "also", "también": "also", "aussi": "also", "auch": "also", "anche": "also", "também": "also", "ook": "also",
	"récemment": "recently", "recientemente": "recently", "recentemente": "recently", "kürzlich": "recently", "actuellement": "currently", "actualmente": "currently", "attualmente": "currently",
	"tras": "after", "après": "after", "dopo": "after", "após": "after",
	// "Está protagonizada por A": a verb opening the sentence, no title
	"neben": "alongside", "está": "is", "fue": "was", "foi": "was", "será": "will", "sera": "will", "sarà": "will", "était": "was",
	"su": "his", "sus": "his", "son": "his", "sa": "his", "ses": "his", "sein": "his", "seine": "his", "ihr": "her", "ihre": "her", "suo": "his", "sua": "his",
	"un": "a", "una": "a", "une": "a", "ein": "a", "eine": "a", "uno": "a", "um": "a", "uma": "a", "een": "a",
	"esta": "this", "este": "this", "cette": "this", "ce": "this", "diese": "this", "dieser": "this", "questa": "this", "questo": "this", "deze": "this",
	"del": "of", "du": "of", "des": "of", "della": "of", "al": "to", "au": "to", "aux": "to",
	// "¿Quiénes protagonizan “T”?", "Quem está no elenco?": a question's pronoun, no name
	"quiénes": "who", "quién": "who", "quem": "who", "wer": "who",
}

// foreignFunctionWords are frequent function words of those languages, in
// lower case: a sentence with one is read as one of that language.
var foreignFunctionWords = set(`de la el que los las del y en una le les des du et est une qui der das und ist mit von il che di della
	do com em uma het een por para sur dans avec pour auf nel per con sus su se al au aux ne pas sie wird nicht ook niet zijn voor door naar
	och är har av på att för också inte ett og ikke også`)

// foreignFunctionBits are foreignFunctionWords' word bits.
var foreignFunctionBits = setMask(foreignFunctionWords)

// foreignOpenerBits are foreignOpeners' word bits.
var foreignOpenerBits = setMask(foreignOpeners)

// soundsForeign reports whether the tokens have a function word of another
// language than English in lower case.
func soundsForeign(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && !t.cap && (foreignFunctionWordsIDs.has(t.id) || t.flags&fForeign != 0 && len(t.low) > 3 && foreignCuesIDs.get(t.id) != "") {
			return true // a function word, or a cue word of another language: "Han spelar C"
		}
	}
	return false
}

// withCues is base with the entries of each of more added.
func withCues[V any](base map[string]V, more ...map[string]V) map[string]V {
	for _, m := range more {
		for k, v := range m {
			base[k] = v
		}
	}
	return base
}

// withPhrases is base with the phrases of each of more added after its
// own, each key's phrases in order of their words, most first (in the
// order written where as many): the longest phrase that the words spell is
// read ("son los protagonistas de la historia" before "son los
// protagonistas de").
func withPhrases(base map[string][]foreignPhrase, more ...map[string][]foreignPhrase) map[string][]foreignPhrase {
	for _, m := range more {
		for k, v := range m {
			base[k] = append(base[k], v...)
		}
	}
	for k, ps := range base {
		slices.SortStableFunc(ps, func(a, b foreignPhrase) int {
			return strings.Count(b.words, " ") - strings.Count(a.words, " ")
		})
		for _, p := range ps {
			if err := p.check(k); err != nil {
				panic(err) // a table written wrong: every test and every start says which
			}
		}
	}
	return base
}

// check reports what is wrong with p as a phrase of foreignPhrases under
// key: readForeignCues rewrites the phrase's tokens in place, so p must
// have two words or more, the first of them key, and read as no more
// English words than it has (none drops it: "te zien").
func (p foreignPhrase) check(key string) error {
	words, english := strings.Fields(p.words), strings.Fields(p.english)
	switch {
	case len(words) < 2 || words[0] != key:
		return fmt.Errorf("extract: foreign phrase %q under %q: it needs two words or more, the first %q", p.words, key, key)
	case len(english) > len(words):
		return fmt.Errorf("extract: foreign phrase %q reads as %q: it must read as %d English words or fewer, no more than it has", p.words, p.english, len(words))
	}
	return nil
}

// isForeignSeason reports whether w is a season word of foreignNouns.
func isForeignSeason(w string) bool {
	e := foreignNouns[w]
	return e == "season" || e == "seasons"
}

// readForeignNoun reads t, at k, as the English noun e, and an article
// before it (the n tokens of toks from first kept so far) as "the" or "a":
// "la segunda temporada de T" as "the second season of T".
func readForeignNoun(toks []token, first, n, k int, t *token, e string) {
	definite := swedishNounsIDs.get(t.id) != "" && (e == "series" || e == "film") // "Serien T har premiär": "the series T"
	setLow(t, e)
	t.flags &^= fName | fChar
	t.cap = t.cap && k == first && !definite // "in Serien wie T": a German noun, no name
	a := n - 1
	if a > first && (foreignOrdinalRead(toks[a].low) || toks[a].low == "new" && !toks[a].cap) {
		a-- // "la segunda temporada", "la nuova serie": the article before the ordinal or "new"
	}
	if a >= first && toks[a].kind == tWord {
		if art, ok := foreignArticlesIDs.lookup(toks[a].id); ok {
			setLow(&toks[a], art)
			toks[a].flags &^= fName | fChar
		}
	}
	if e == "season" || e == "seasons" || e == "filming" {
		j := k + 1
		if j < len(toks) && toks[j].kind == tNum {
			j++ // "temporada 2 de T"
		}
		if j < len(toks) && foreignOfIDs.has(toks[j].id) {
			setLow(&toks[j], "of")
		}
	}
}

// foreignOrdinalRead reports whether w is an ordinal foreignOrdinals
// reads as.
func foreignOrdinalRead(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "final":
		return true
	}
	return false
}

// readForeignOpener reads the first token of a sentence, a capitalized
// function word of another language, as the English word where the
// sentence has a function word of that language, and where no phrase of
// foreignPhrases starts at it.
func readForeignOpener(toks []token, first int) {
	if toks[first].kind == tPunct && toks[first].text == "¿" && first+1 < len(toks) {
		first++ // "¿Quiénes protagonizan “T”?": the word after the opening mark
	}
	t := &toks[first]
	if t.kind == tWord && t.cap && len(t.low) <= 5 && butAlsoAt(toks, first) {
		return // "Mais aussi A, B et C": "Also starring A, B and C" (languagebutalso.go)
	}
	if t.kind != tWord || !t.cap || !foreignOpenerBits.mayHold(t) {
		return
	}
	e, ok := foreignOpenersIDs.lookup(t.id)
	if !ok || !soundsForeign(toks[first+1:]) {
		return
	}
	if ps, ok := foreignPhrasesIDs.lookup(t.id); ok {
		if m, _ := foreignPhraseAt(toks, first, ps); m > 0 {
			return
		}
	}
	if art, ok := foreignArticlesIDs.lookup(t.id); ok && first+1 < len(toks) && foreignNounsIDs.get(toks[first+1].id) != "" {
		e = art // "Il regista": "The director"
	} else if t.low == "il" && soundsFrench(toks[first+1:]) {
		e = "he" // French "Il joue dans T": "He plays in T"
	} else if e == "with" && first+2 < len(toks) && isName(&toks[first+1]) && isName(&toks[first+2]) {
		e = "starring" // "Avec A et B.", "Mit A und B.": the cast of a listing
	} else if e == "starring" && !(first+1 < len(toks) && isName(&toks[first+1])) {
		return // a noun of the leads reads as "starring" only before a name
	}
	setLow(t, e)
	t.flags &^= fName | fChar
}

// personNewsHeading reports whether a heading opens with a person's full
// name and goes on in lower case, no title: "Ana Ruiz comme héroïne", "Ana
// Ruiz joins the cast" (not "Ana Ruiz season 2", "Ana Ruiz series").
func personNewsHeading(t []token) bool {
	return len(t) > 2 && t[0].has(cNameStart) && isName(&t[0]) && isName(&t[1]) && t[2].kind == tWord && !t[2].cap &&
		!t[2].has(cStopWords|cGenreNouns|cFormatWords|cCastNouns|cJobNoun)
}

// foreignPlayAt reports whether a verb of playing of another language is
// at k: "interpreta", "da vida a", "prête sa voix à".
func foreignPlayAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord {
		return false
	}
	switch foreignCuesIDs.get(toks[k].id) {
	case "plays", "played":
		return true
	}
	if ps, ok := foreignPhrasesIDs.lookup(toks[k].id); ok {
		m, e := foreignPhraseAt(toks, k, ps)
		return m > 0 && (strings.Contains(e, "play") || e == "voices")
	}
	return false
}

// isCloseQuote reports whether s is a quotation mark that closes a title.
func isCloseQuote(s string) bool {
	return s == "”" || s == "\"" || s == "»" || s == "“" || s == "’" || s == "'"
}

// dutchPhrase reports whether the tokens of a phrase read have a word of
// Dutch: "met in de hoofdrollen".
func dutchPhrase(toks []token) bool {
	for i := range toks {
		if dutchWordsIDs.has(toks[i].id) || toks[i].low == "hoofdrollen" {
			return true
		}
	}
	return false
}

// afterKindTitle reports whether toks end with a capitalized title of one
// to four words after a genre noun in lower case: "de film Trio" (then
// "van A" is "by A").
func afterKindTitle(toks []token) bool {
	i := len(toks)
	for i > 0 && len(toks)-i < 4 && toks[i-1].cap && toks[i-1].kind == tWord {
		i--
	}
	return i < len(toks) && i > 0 && !toks[i-1].cap && toks[i-1].has(cGenreNouns)
}

// dutchArticles are the articles of Dutch, read as English ones in a
// sentence of Dutch.
var dutchArticles = map[string]string{"de": "the", "het": "the", "een": "a"}
