package extract

// Crew verbs and job nouns of other languages that the tables beside
// languages.go lacked, read as English ones:
//
//   - the Danish, Swedish and Norwegian perfect of making a show, "har" and
//     a participle: "X har instrueret serien", "X (T1, T2) har
//     instrueret.", "X har regisserat filmen", "har produceret", "har
//     skabt" as "X has directed the series", "X (T1, T2) has directed."
//     (so that the brackets after the maker are the maker's earlier work,
//     not parts played);
//   - their passives before "af"/"av" that the tables lacked: Danish
//     "regisseret af X", Swedish present "regisseras av X", "skrivs av",
//     "produceras av", "skapas av" as "directed by X";
//   - the directing or the script given to someone in Italian, Portuguese
//     and French past or future: "la regia è stata affidata a X", "la regia
//     sarà affidata a X", "a direção é assinada por X", "o roteiro é
//     assinado por X", "la réalisation est signée X" as "the directors are
//     X", "the writers are X"; and "una creación de X", "une création de
//     X", "uma criação de X", "una creazione di X" as "created by X";
//   - job nouns read in capitals too: Danish and Norwegian "Instruktøren
//     X", "Regissøren X", Swedish "Regissören X" at a sentence's start, and
//     Polish "Reżyser X", "reżyserka X", "scenarzysta X", "producentka X"
//     ("the director X").
//
// Not read: "har skrevet" alone (a book or a song as often as a show),
// Polish after "przez" or "w reżyserii" (the name is inflected there, not
// the name as the credit gives it).

// moreCrewByCues are read as foreignByCues' before "af" or "av" ("by").
var moreCrewByCues = map[string]string{
	"regisseret": "directed", "regisseras": "directed", "instrueras": "directed",
	"skrivs": "written", "produceras": "produced", "skapas": "created",
}

// moreCrewPhrases are read as foreignPhrases'.
var moreCrewPhrases = map[string][]foreignPhrase{
	"har": {
		{"har instrueret", "has directed", false}, {"har regisseret", "has directed", false}, {"har regisserat", "has directed", false},
		{"har regissert", "has directed", false}, {"har instruert", "has directed", false},
		{"har produceret", "has produced", false}, {"har producerat", "has produced", false}, {"har produsert", "has produced", false},
		{"har skabt", "has created", false}, {"har skapat", "has created", false}, {"har skapt", "has created", false},
		{"har også instrueret", "has also directed", false}, {"har också regisserat", "has also directed", false}, {"har også regissert", "has also directed", false},
	},
	"havde": {{"havde instrueret", "had directed", false}},
	"hade":  {{"hade regisserat", "had directed", false}},
	"la": {
		{"la regia è stata affidata a", "the directors are", false}, {"la regia sarà affidata a", "the directors are", false},
		{"la regia è stata firmata da", "the directors are", false}, {"la regia sarà firmata da", "the directors are", false},
		{"la sceneggiatura è stata affidata a", "the writers are", false}, {"la sceneggiatura sarà affidata a", "the writers are", false},
		{"la sceneggiatura è stata firmata da", "the writers are", false},
		{"la réalisation est signée", "the directors are", true}, {"la réalisation sera signée", "the directors are", true},
	},
	"a": {
		{"a direção é assinada por", "the directors are", false}, {"a direção será assinada por", "the directors are", false},
		{"a direção geral é de", "the directors are", true}, {"a direção-geral é de", "the directors are", true},
	},
	"o": {
		{"o roteiro é assinado por", "the writers are", false}, {"o roteiro será assinado por", "the writers are", false},
	},
	"le":   {{"le scénario est signé", "the writers are", true}},
	"una":  {{"una creación de", "created by", true}, {"una creazione di", "created by", true}},
	"une":  {{"une création de", "created by", true}},
	"uma":  {{"uma criação de", "created by", true}},
	"alla": {{"alla regia c'è", "directed by", true}, {"alla regia c’è", "directed by", true}},
}

// moreCrewNouns are read as foreignNouns' (in capitals too).
var moreCrewNouns = map[string]string{
	"instruktøren": "director", "regissøren": "director", "regissören": "director",
	"reżyser": "director", "reżyserka": "director", "scenarzysta": "writer", "scenarzystka": "writer",
	"producentka": "producer",
}
