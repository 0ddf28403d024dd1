package extract

// More ways other languages name who is in a cast or wrote a show, read
// by languages.go as the English words: an adverb inside a casting phrase
// or right after it, "En el reparto también figuran A y B", "O elenco
// conta ainda com A", "Nel cast ci sono anche A e B", "Zum Cast gehören
// auch A", "De cast bestaat verder uit A", is passed over, so the phrase
// reads as it does without it; and the phrases of casting copy below:
// "Les acompañan A y B", "El reparto se completa con A", "Ils seront
// entourés de A et B", "Mit von der Partie sind A und B", "Tra gli
// interpreti figurano A e B", "De hoofdrollen worden vertolkt door A en
// B", "Das Drehbuch stammt von X", "El guion está firmado por X".

// phraseFiller reports whether w is an adverb of another language that a
// casting phrase may hold without changing what it says ("también",
// "ainda", "anche", "auch", "aussi", "ook", ...), or the word for
// "same-named" before "de", "von", "van" of a source work's phrase.
func phraseFiller(w string) bool {
	switch w {
	case "también", "tambien", "además", "ainda", "também", "aussi", "également", "auch", "ebenfalls", "zudem",
		"anche", "inoltre", "pure", "ook", "verder", "nog", "eveneens",
		// "same-named": "basada en la novela homónima de X", "basiert auf dem gleichnamigen Roman von X"
		"homónima", "homónimo", "homônima", "homônimo", "omonima", "omonimo", "gleichnamigen", "gleichnamige", "gelijknamige", "éponyme":
		return true
	}
	return false
}

// fillerAfter is 1 where an adverb of phraseFiller at k stands between a
// phrase and the capitalized word after it ("Zum Cast gehören auch A"),
// else 0.
func fillerAfter(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].kind == tWord && !toks[k].cap && toks[k+1].cap && phraseFiller(toks[k].low) {
		return 1
	}
	return 0
}

// nameAfterWith reports whether a name follows the word for "with" at k,
// past "among others" ("med bland andra A", "mit unter anderem B": the
// phrase itself is dropped as nordicPhrases and germanPhrases read it).
func nameAfterWith(toks []token, k int) bool {
	m := k + 1
	if m+1 < len(toks) && !toks[m].cap {
		switch n := toks[m+1].low; toks[m].low {
		case "bland":
			m += 2 * boolInt(n == "andra")
		case "blandt", "blant":
			m += 2 * boolInt(n == "andre")
		case "unter":
			m += 2 * boolInt(n == "anderem")
		}
	}
	return m < len(toks) && isName(&toks[m])
}

// widerByCues are read as foreignByCues' before "par" ("by"): "La série,
// portée par A et B," and "une série emmenée par A et B" as "starring A
// and B".
var widerByCues = map[string]string{"porté": "starring", "portée": "starring", "portés": "starring", "portées": "starring",
	"emmené": "starring", "emmenée": "starring", "emmenés": "starring", "emmenées": "starring"}

// widerCastPhrases are read as foreignPhrases': more phrases of casting
// copy, each read as no more English words than it has.
var widerCastPhrases = map[string][]foreignPhrase{
	// Spanish
	"les": {{"les acompañan", "also starring", true}, {"les acompañarán", "also starring", true}},
	"los": {{"los acompañan", "also starring", true}, {"los acompañarán", "also starring", true}},
	"las": {{"las acompañan", "also starring", true}, {"las acompañarán", "also starring", true}},
	"le":  {{"le acompañan", "also starring", true}, {"le acompañarán", "also starring", true}, {"le casting réunit", "the cast includes", true}, {"le scénario est signé", "written by", true}},
	"la":  {{"la acompañan", "also starring", true}, {"la acompañarán", "also starring", true}},
	"el": {
		{"el reparto se completa con", "the cast includes", false}, {"el elenco se completa con", "the cast includes", false},
		{"el reparto incluye a", "the cast includes", false}, {"el elenco incluye a", "the cast includes", false},
		{"el reparto lo completan", "the cast includes", false}, {"el elenco lo completan", "the cast includes", false},
		{"el reparto lo encabezan", "the cast includes", false}, {"el elenco lo encabezan", "the cast includes", false},
		{"el guion está firmado por", "written by", false}, {"el guión está firmado por", "written by", false},
		{"el guion es de", "written by", true}, {"el guión es de", "written by", true},
	},
	"basada": {{"basada en la novela homónima de", "based on the novel by", false}, {"basada en el libro homónimo de", "based on the book by", false}},
	"basado": {{"basado en la novela homónima de", "based on the novel by", false}, {"basado en el libro homónimo de", "based on the book by", false}},
	// Portuguese: "A vai interpretar C", "vai viver C", "vai dar vida a C"
	"vai": {{"vai interpretar", "will play", false}, {"vai viver", "will play", false}, {"vai dar vida a", "will play", false}},
	"irá": {{"irá interpretar", "will play", false}, {"irá viver", "will play", false}},
	// French
	"ils":      {{"ils seront entourés de", "also starring", true}, {"ils sont entourés de", "also starring", true}},
	"elles":    {{"elles seront entourées de", "also starring", true}, {"elles sont entourées de", "also starring", true}},
	"il":       {{"il sera entouré de", "also starring", true}, {"il est entouré de", "also starring", true}},
	"elle":     {{"elle sera entourée de", "also starring", true}, {"elle est entourée de", "also starring", true}},
	"on":       {{"on retrouvera", "starring", true}, {"on retrouve aussi", "starring", true}},
	"au":       {{"au casting , on retrouve", "the cast includes", true}, {"au casting , on retrouvera", "the cast includes", true}, {"au casting ,", "the cast includes", true}, {"au casting :", "the cast includes", true}},
	"à":        {{"à leurs côtés , on retrouve", "also starring", true}, {"à ses côtés , on retrouve", "also starring", true}, {"à leurs côtés ,", "also starring", true}, {"à ses côtés ,", "also starring", true}},
	"entourés": {{"entourés de", "alongside", true}},
	"entourée": {{"entourée de", "alongside", true}},
	"entouré":  {{"entouré de", "alongside", true}},
	// German
	"mit":       {{"mit von der partie sind", "also starring are", true}, {"mit von der partie ist", "also starring is", true}},
	"weitere":   {{"weitere rollen übernehmen", "also starring are", true}, {"weitere rollen spielen", "also starring are", true}},
	"ebenfalls": {{"ebenfalls dabei sind", "also starring are", true}, {"ebenfalls dabei ist", "also starring is", true}},
	"auch":      {{"auch dabei sind", "also starring are", true}, {"auch dabei ist", "also starring is", true}},
	"vor":       {{"vor der kamera stehen", "starring are", true}, {"vor der kamera steht", "starring is", true}},
	"das": {{"das drehbuch stammt von", "written by", true}, {"das drehbuch schrieb", "written by", true}, {"das drehbuch schreibt", "written by", true},
		{"das drehbuch schrieben", "written by", true}, {"das drehbuch dazu schrieb", "written by", true}, {"das drehbuch dazu stammt von", "written by", true}},
	"nach":       {{"nach einem drehbuch von", "written by", true}, {"nach dem drehbuch von", "written by", true}},
	"produziert": {{"produziert wird die serie von", "produced by", true}, {"produziert wird der film von", "produced by", true}, {"produziert wird von", "produced by", true}},
	// Italian
	"tra": {{"tra gli interpreti figurano", "in the cast are", true}, {"tra gli interpreti ci sono", "in the cast are", true}, {"tra gli interpreti", "the cast includes", true}},
	"fra": {{"fra gli interpreti figurano", "in the cast are", true}, {"fra gli interpreti ci sono", "in the cast are", true}, {"fra gli interpreti", "the cast includes", true}},
	// Dutch
	"verder":  {{"verder zijn", "also starring", true}, {"verder spelen", "also starring", true}},
	"ook":     {{"ook zijn", "also starring", true}},
	"de":      {{"de hoofdrollen worden vertolkt door", "starring", true}, {"de hoofdrollen worden gespeeld door", "starring", true}},
	"bestaat": {{"bestaat uit", "consists of", false}},
}

// widerCrewPhrases are read as foreignPhrases': the source work and who
// writes, directs or produces, in more words of casting copy.
var widerCrewPhrases = map[string][]foreignPhrase{
	// the source work: "tratta dall’omonimo romanzo di X", "basiert auf dem
	// Roman von X", "gebaseerd op de roman van X", "bygger på romanen av X"
	"tratta": {{"tratta dall’omonimo romanzo di", "based on novel by", false}, {"tratta dall'omonimo romanzo di", "based on novel by", false},
		{"tratta dall’omonimo libro di", "based on book by", false}, {"tratta dall'omonimo libro di", "based on book by", false}},
	"tratto": {{"tratto dall’omonimo romanzo di", "based on novel by", false}, {"tratto dall'omonimo romanzo di", "based on novel by", false},
		{"tratto dal romanzo di", "based on novel by", false}, {"tratto dal libro di", "based on book by", false}},
	"basata":     {{"basata sul romanzo di", "based on novel by", false}, {"basata sul libro di", "based on book by", false}},
	"basato":     {{"basato sul romanzo di", "based on novel by", false}, {"basato sul libro di", "based on book by", false}},
	"ispirata":   {{"ispirata al romanzo di", "based on novel by", false}},
	"basiert":    {{"basiert auf dem roman von", "based on the novel by", false}, {"basiert auf dem buch von", "based on the book by", false}, {"basiert auf den romanen von", "based on the novels by", false}},
	"beruht":     {{"beruht auf dem roman von", "based on the novel by", false}, {"beruht auf dem buch von", "based on the book by", false}},
	"die":        {{"die vorlage lieferte der roman von", "based on the novel by", false}, {"die regie übernimmt", "directed by", true}, {"die regie führt", "directed by", true}},
	"gebaseerd":  {{"gebaseerd op de roman van", "based on the novel by", false}, {"gebaseerd op het boek van", "based on the book by", false}, {"gebaseerd op de boeken van", "based on the books by", false}},
	"bygger":     {{"bygger på romanen med samma namn av", "based on novel by", false}, {"bygger på romanen av", "based on novel by", false}, {"bygger på boken av", "based on book by", false}, {"bygger på reportageboken med samma namn av", "based on book by", false}, {"bygger på reportageboken av", "based on book by", false}},
	"baseada":    {{"baseada no livro de", "based on book by", false}},
	"baseado":    {{"baseado no livro de", "based on book by", false}, {"baseado no romance de", "based on novel by", false}},
	"inspirada":  {{"inspirada no romance de", "based on novel by", false}},
	"inspirée":   {{"inspirée du roman de", "based on novel by", false}},
	"adaptation": {{"adaptation du roman de", "adaptation of novel by", false}},
	// who directs, writes or produces
	"regie":        {{"regie führte", "directed by", true}},
	"produzentin":  {{"produzentin ist", "produced by", true}},
	"produzent":    {{"produzent ist", "produced by", true}},
	"el":           {{"el guion es obra de", "written by", true}, {"el guión es obra de", "written by", true}},
	"firma":        {{"firma el guion", "writes the script", false}, {"firma el guión", "writes the script", false}, {"firma la dirección", "is directing", false}},
	"signe":        {{"signe la réalisation", "is directing", false}, {"signe le scénario", "writes the script", false}, {"signe la mise en scène", "is directing", false}},
	"ont":          {{"ont participé à l’écriture", "co-wrote the series", false}, {"ont participé à l'écriture", "co-wrote the series", false}},
	"a":            {{"a participé à l’écriture", "co-wrote the series", false}, {"a participé à l'écriture", "co-wrote the series", false}, {"a trama é de", "written by", true}, {"a novela é de", "written by", true}},
	"derrière":     {{"derrière la caméra , on retrouve", "directed by", true}},
	"la":           {{"la regia e la sceneggiatura sono affidate a", "written and directed by", true}, {"la regia e la sceneggiatura sono di", "written and directed by", true}},
	"regia":        {{"regia e sceneggiatura di", "written and directed by", true}},
	"tem":          {{"tem direção de", "directed by", true}, {"tem roteiro de", "written by", true}},
	"com":          {{"com direção de", "directed by", true}, {"com roteiro de", "written by", true}},
	"desempenhará": {{"desempenhará um papel", "plays a role", false}},
	"desempenha":   {{"desempenha um papel", "plays a role", false}},
	"het":          {{"het scenario is van", "written by", true}, {"het scenario werd geschreven door", "written by", true}},
	"de":           {{"de regie van", "directed by", true}},
}

// futureWillBe are the words for "will be" that, after a name and before
// an article and a noun of a part, read as "plays".
var futureWillBe = map[string]bool{"sarà": true, "será": true, "sera": true}

// roleArticles are the articles before the noun of a part: "sarà la
// madre", "será una detective", "sera une policière", "será um médico".
var roleArticles = map[string]string{"il": "the", "lo": "the", "la": "the", "el": "the", "o": "the", "le": "the",
	"un": "a", "uno": "a", "una": "a", "um": "a", "uma": "a", "une": "a"}

// futureRoleAt is, for the word at k, 1 where it is a word for "will be"
// after a full name (the last two of the n tokens kept from first) and before an
// article and a noun in lower case that names no job off screen: "Nives
// Calandri sarà la madre di Anna", "Odila Marrent será una detective"
// ("plays the mother", "plays a detective"); 2 where an adverb stands
// between ("sarà invece un medico"); else 0. The article reads as the
// English one.
func futureRoleAt(toks []token, first, n, k int) int {
	if !futureWillBeIDs.has(toks[k].id) || n < first+2 || !toks[n-1].cap || toks[n-1].kind != tWord || !toks[n-2].cap || toks[n-2].kind != tWord {
		return 0 // a full name before: not "¿Quién será el villano?"
	}
	j, r := k+1, 1
	if j < len(toks) && (phraseFiller(toks[j].low) || toks[j].low == "invece" || toks[j].low == "ahora") {
		j, r = j+1, 2
	}
	if j+1 >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return 0
	}
	a := roleArticlesIDs.get(toks[j].id)
	w := &toks[j+1]
	if a == "" || w.kind != tWord || w.cap || w.has(cJobNoun|cCrewCues) || jobNounsIDs.get(w.id) != "" || foreignJobsIDs.has(w.id) {
		return 0 // "será la productora", "sarà il regista": a job off screen
	}
	if e := foreignNounsIDs.get(w.id); e != "" && e != "protagonist" && e != "lead" {
		return 0 // "será la serie", "sarà il film": no part
	}
	setLow(&toks[j], a)
	if j+3 < len(toks) && toks[j+3].cap && roleOfIDs.has(toks[j+2].id) {
		setLow(&toks[j+2], "of") // "il figlio di Kathy B": "the son of Kathy B", no character "Kathy B"
	}
	return r
}

// roleOf are the words for "of" between the noun of a part and a name.
var roleOf = map[string]bool{"di": true, "de": true, "du": true, "do": true, "da": true}
