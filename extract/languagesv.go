package extract

// Credit cues in Swedish (and the Danish and Norwegian words spelt the
// same or nearly), read as English ones by readForeignCues: "A spelar C i
// serien ”T”" as "A plays C in the series “T”", "regisserad av X" as
// "directed by X", "sin roll som C i filmen ”T”" as "his role as C in the
// film “T”", "Han har haft roller i ”A”, ”B” och ”C”" as "He has had
// roles in “A”, “B” and “C”". The words that are English words too ("i",
// "den", "sin", "som", "med") are read only in a sentence with a function
// word of these languages.

// swedishCues are read as foreignCues' (in lower case only): none is an
// English word.
var swedishCues = withCues(map[string]string{
	"och": "and", "og": "and",
	"spelar": "plays", "spelade": "played", "spelat": "played", "gestaltar": "plays", "gestaltade": "played", "spiller": "plays", "spilte": "played",
	"medverkar": "appears", "medverkade": "appeared", "medverkat": "appeared",
	"medvirker": "appears", "medvirkede": "appeared", "medvirket": "appeared",
	"har": "has", "hade": "had", "haft": "had", "känd": "known", "kända": "known", "kendt": "known", "kjent": "known", "för": "for",
	"regissör": "director", "regissören": "director", "manusförfattare": "writer", "manusförfattaren": "writer",
	"producent": "producer", "producenten": "producer", "producenter": "producers",
	"skådespelare": "actors", "huvudrollerna": "leads", "roller": "roles", "rollen": "role", "rolle": "role", "rollerna": "roles",
}, nordicCues) // languagenordic.go

// swedishByCues are read as foreignByCues' before "av" ("by").
var swedishByCues = map[string]string{
	"regisserad": "directed", "regisserade": "directed", "regissert": "directed", "instruerad": "directed",
	"skriven": "written", "skrivna": "written", "skrevet": "written", "producerad": "produced", "producerade": "produced", "produsert": "produced",
	"instrueret": "directed", "instruert": "directed", "produceret": "produced",
	"skapad": "created", "skapade": "created", "skabt": "created", "skapt": "created", "spelad": "played", "spillet": "played", "gestaltad": "played",
}

// swedishNouns are read as foreignNouns' (in capitals too): the definite
// form ends the noun, so no article goes before it.
var swedishNouns = map[string]string{
	"skådespelaren": "actor", "skådespelerskan": "actress", "skuespilleren": "actor",
	"filmen": "film", "filmer": "films", "serien": "series", "serier": "series", "tv-serien": "series", "tv-serier": "series",
	"säsong": "season", "säsongen": "season", "säsonger": "seasons", "sæson": "season", "sesong": "season",
}

// swedishPhrases are read as foreignPhrases'.
var swedishPhrases = withPhrases(map[string][]foreignPhrase{
	"roll":        {{"roll som", "role as", false}},
	"rollen":      {{"rollen som", "role as", false}},
	"rollerna":    {{"rollerna som", "roles as", false}},
	"huvudrollen": {{"huvudrollen som", "lead as", false}},
	"i": {{"i rollen som", "as", false}, {"i rollen", "as", false}, {"i huvudrollerna syns", "starring", false}, {"i huvudrollerna", "starring", false}, {"i hovedrollerna", "starring", false},
		{"i hovedrollene", "starring", false}, {"i regi av", "directed by", false}, {"i regi af", "directed by", false}},
	// "manus av X", "baserad på romanen av X": "written by X", "based on the novel by X"
	"manus":         {{"manus av", "written by", true}, {"manus af", "written by", true}},
	"baserad":       {{"baserad på romanen av", "based on novel by", false}, {"baserad på boken av", "based on book by", false}},
	"baseret":       {{"baseret på romanen af", "based on novel by", false}, {"baseret på bogen af", "based on book by", false}},
	"basert":        {{"basert på romanen av", "based on novel by", false}, {"basert på boken av", "based on book by", false}},
	"huvudrollerna": {{"huvudrollerna spelas av", "starring", false}},
	// Portuguese: "A foi confirmado no elenco da novela T" as "A joined the cast of the novela T"
	"foi": {{"foi confirmado no elenco da", "joined the cast of", false}, {"foi confirmada no elenco da", "joined the cast of", false},
		{"foi confirmado no elenco de", "joined the cast of", false}, {"foi confirmada no elenco de", "joined the cast of", false},
		{"foi escalado para o elenco da", "joined the cast of", false}, {"foi escalada para o elenco da", "joined the cast of", false},
		{"foi escalado para o elenco de", "joined the cast of", false}, {"foi escalada para o elenco de", "joined the cast of", false}},
	// "A teve um papel importante na série T", "A tuvo un papel en T": "A had a role in (the)"
	"teve": {{"teve um papel importante na", "had a role in the", false}, {"teve um papel importante em", "had a role in", false}, {"teve um papel na", "had role in the", false}, {"teve um papel em", "had a role in", false}},
	"tuvo": {{"tuvo un papel importante en", "had a role in", false}, {"tuvo un papel en", "had a role in", false}},
	// Spanish: "A formó parte del elenco de T" as "A joined the cast of T"
	"formó":   {{"formó parte del elenco de", "joined the cast of", false}, {"formó parte del reparto de", "joined the cast of", false}},
	"formará": {{"formará parte del elenco de", "will join cast of", false}, {"formará parte del reparto de", "will join cast of", false}},
	"entra":   {{"entra para o elenco da", "joins the cast of", false}, {"entra para o elenco de", "joins the cast of", false}},
	"entrou":  {{"entrou para o elenco da", "joined the cast of", false}, {"entrou para o elenco de", "joined the cast of", false}},
}, nordicPhrases) // languagenordic.go

// swedishInContext are the words read as English only in a sentence of
// these languages (soundsSwedish): "i" is Italian "the", "den", "sin" and
// "som" are English words.
var swedishInContext = map[string]string{"i": "in", "den": "the", "sin": "his", "sina": "his", "hans": "his", "hennes": "her", "på": "on"}

// swedishAs is "as" in Swedish, Danish and Norwegian, read as "as" only
// between two capitalized words in a sentence of these languages ("Ana
// Selo som Mira"): elsewhere it is "who", "which" or "that".
var swedishAs = map[string]bool{"som": true}

// swedishWords are function words of Swedish, Danish and Norwegian, and of
// no language that writes "i" for "the".
var swedishWords = set(`och og är er har av på att för också inte ett även blev blir hade ikke også`)

// swedishBits are swedishWords' word bits.
var swedishBits = setMask(swedishWords)

// soundsSwedish reports whether the tokens have a function word of
// Swedish, Danish or Norwegian in lower case.
func soundsSwedish(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && !t.cap && swedishWordsIDs.has(t.id) {
			return true
		}
	}
	return false
}

// openingQuote reports whether the closing mark ” at k opens a title, as
// Swedish and Finnish print it (”T”): at the sentence's start (n, the
// tokens kept before it, is first) or after a space, with a word or number
// right after it.
func openingQuote(toks []token, first, n, k int) bool {
	if k+1 >= len(toks) || toks[k+1].start != toks[k].end || toks[k+1].kind != tWord && toks[k+1].kind != tNum {
		return false
	}
	return n == first || toks[n-1].end < toks[k].start
}

// swedishSentence reports whether a sentence, the tokens kept before a
// word and those after it, is one of Swedish, Danish or Norwegian, and
// keeps the answer in *sv for the sentence's other words.
func swedishSentence(sv *int, before, after []token) bool {
	if *sv == 0 {
		*sv = 2
		if soundsSwedish(before) || soundsSwedish(after) {
			*sv = 1
		}
	}
	return *sv == 1
}

// foreignCharacterOf are the words for "character" that, after a
// character's name and a comma and before "de" and a name, say who plays
// the character: "Estela, personagem de A", "Mira, personaje de A" as
// "Estela, played by A".
var foreignCharacterOf = map[string]bool{"personagem": true, "personaje": true, "personnage": true}

// characterOfAt reports whether the token at k is a word of
// foreignCharacterOf after a capitalized word and a comma (the last two of
// the n tokens kept from first) and before "de" and a capitalized word.
func characterOfAt(toks []token, first, n, k int) bool {
	t := &toks[k]
	return t.kind == tWord && !t.cap && foreignCharacterOfIDs.has(t.id) && n > first+1 && toks[n-1].text == "," && toks[n-2].cap && toks[n-2].kind == tWord &&
		k+2 < len(toks) && toks[k+1].low == "de" && toks[k+2].cap && toks[k+2].kind == tWord
}

// titleOpenQuote reports whether s is a quotation mark that opens a title
// in English, German, French or Swedish print: “T”, „T“, «T», ”T”.
func titleOpenQuote(s string) bool {
	return s == "“" || s == "„" || s == "«" || s == "”" || s == "\""
}
