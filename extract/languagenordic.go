package extract

// Swedish, Danish and Norwegian credit copy: the cast after a fronted
// "in the roles" ("I huvudrollerna ses A och B", "I hovedrollerne ses A og
// B", "I rollene ser vi A, B og C" as "starring A and B"); the cast label
// ("Medvirkende: A, B og C" as "Cast: A, B and C"); a relative clause of
// playing ("A, der spiller C,", "A, som spelar C," as "A, who plays C,");
// the future ("A ska spela C", "A skal spille C" as "A will play C"); a role
// given ("A får rollen som C" as "A plays C"); the lead held ("A har
// hovedrollen i ’T’", "A har huvudrollen i ”T”" as "A stars in “T”"); the
// cast after its names ("A och B syns i rollerna", "A og B ses i
// hovedrollerne" as "A and B star"); the script's writer ("X har
// skrivit manus", "Manus är skrivet av X" as "X wrote the script",
// "written by X"); and the crew nouns in their definite and Danish or
// Norwegian forms ("instruktøren X", "manusforfatteren X" as "director
// X", "writer X").

// nordicCues are read as swedishCues'.
var nordicCues = map[string]string{
	"instruktør": "director", "instruktøren": "director", "regissør": "director", "regissøren": "director",
	"manuskriptforfatter": "writer", "manuskriptforfatteren": "writer", "manusforfatter": "writer", "manusforfatteren": "writer",
	"serieskaber": "creator", "serieskaberen": "creator", "serieskaper": "creator", "serieskaperen": "creator", "skaparen": "creator",
	"produsent": "producer", "produsenten": "producer", "skrivit": "written",
}

// nordicPhrases are read as swedishPhrases'.
var nordicPhrases = map[string][]foreignPhrase{
	"i": {{"i huvudrollerna ses", "starring", false}, {"i hovedrollerne ses", "starring", false}, {"i hovedrollerne", "starring", false},
		{"i hovedrollene ser vi", "starring", false}, {"i hovedrollene ses", "starring", false},
		{"i rollerna ses", "starring", false}, {"i rollerne ses", "starring", false}, {"i rollene ser vi", "starring", false}, {"i rollene ses", "starring", false}},
	"medvirkende": {{"medvirkende :", "cast :", true}},
	"der":         {{"der spiller", "who plays", false}, {"der spillede", "who played", false}},
	"som":         {{"som spelar", "who plays", false}, {"som spelade", "who played", false}, {"som spiller", "who plays", false}, {"som spilte", "who played", false}},
	"ska":         {{"ska spela", "will play", false}},
	"skal":        {{"skal spille", "will play", false}},
	"får":         {{"får rollen som", "plays", false}, {"får en rolle som", "plays", false}, {"får huvudrollen som", "plays", false}, {"får hovedrollen som", "plays", false}},
	"fick":        {{"fick rollen som", "played", false}, {"fick huvudrollen som", "played", false}},
	"fik":         {{"fik rollen som", "played", false}, {"fik hovedrollen som", "played", false}},
	"fikk":        {{"fikk rollen som", "played", false}, {"fikk hovedrollen som", "played", false}},
	"har": {{"har skrivit manus", "wrote the script", false}, {"har skrevet manuskriptet", "wrote the script", false},
		{"har skrevet manus", "wrote the script", false}, {"har skrevet manuset", "wrote the script", false},
		{"har hovedrollen i", "stars in", false}, {"har huvudrollen i", "stars in", false},
		{"har hovedrollerne i", "star in", false}, {"har huvudrollerna i", "star in", false}, {"har hovedrollene i", "star in", false}},
	// "A och B syns i rollerna", "A og B ses i hovedrollerne": "A and B star"
	"syns":  {{"syns i rollerna", "star", false}, {"syns i huvudrollerna", "star", false}},
	"ses":   {{"ses i rollerne", "star", false}, {"ses i hovedrollerne", "star", false}, {"ses i rollene", "star", false}, {"ses i hovedrollene", "star", false}},
	"skrev": {{"skrev manus", "wrote script", false}, {"skrev manuskriptet", "wrote script", false}, {"skrev manuset", "wrote script", false}},
	"manus": {{"manus är skrivet av", "written by", true}, {"manus er skrevet av", "written by", true}},
	"manuset": {{"manuset är skrivet av", "written by", true}, {"manuset er skrevet av", "written by", true},
		{"manuset är skrivet av", "written by", true}},
	// "med bland andra A och B": "among others" before the names, dropped
	"bland": {{"bland andra", "", true}}, "blandt": {{"blandt andre", "", true}}, "blant": {{"blant andre", "", true}},
}
