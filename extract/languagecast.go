package extract

// Who makes up a cast, in Spanish, Portuguese, Italian, French and German:
// "El elenco está encabezado por A y B" ("The cast is led by A and B"),
// "A y B encabezan el reparto" ("A and B lead the cast"), "Il cast è
// composto da A e B" ("The cast consists of A and B"), "Zur Besetzung
// gehören A und B" ("In the cast are A and B"), read as the English
// words by languages.go.

// castLeadCues are read as foreignCues' (in lower case only): the verbs of
// leading a cast, "A y B encabezan el reparto", "A encabeça o elenco".
var castLeadCues = map[string]string{
	"encabeza": "leads", "encabezan": "lead", "encabezará": "leads", "encabezarán": "lead", "encabezó": "led", "encabezaron": "led",
	"lidera": "leads", "lideran": "lead", "liderará": "leads", "liderarán": "lead",
	"encabeça": "leads", "encabeçam": "lead", "encabeçará": "leads", "encabeçarão": "lead", "lideram": "lead",
}

// castLeadByCues are read as foreignByCues' before "por", "da", "par"
// ("by"): "el elenco está encabezado por A", "guidato da A", "mené par A":
// "led by A".
var castLeadByCues = map[string]string{
	"encabezado": "led", "encabezada": "led", "encabezados": "led", "encabezadas": "led",
	"liderado": "led", "liderada": "led", "encabeçado": "led", "encabeçada": "led",
	"guidato": "led", "guidata": "led", "mené": "led", "menée": "led", "angeführt": "led",
}

// castMadeOfPhrases are read as foreignPhrases': "è composto da", "está
// compuesto por", "é formado por", "le casting est composé de", "besteht
// aus": "consists of"; "en el elenco figuran": "in the cast are"; "nel
// cast troviamo", "no elenco estão", "zur Besetzung gehören": "cast
// includes" (a phrase reads as no more words than it has); "o elenco conta
// com": "the cast includes".
var castMadeOfPhrases = map[string][]foreignPhrase{
	"está": {{"está compuesto por", "consists of", false}, {"está compuesta por", "consists of", false}, {"está formado por", "consists of", false},
		{"está conformado por", "consists of", false}, {"está integrado por", "consists of", false}},
	"è":       {{"è composto da", "consists of", false}, {"è composta da", "consists of", false}, {"è formato da", "consists of", false}},
	"é":       {{"é composto por", "consists of", false}, {"é composta por", "consists of", false}, {"é formado por", "consists of", false}},
	"est":     {{"est composé de", "consists of", false}, {"est composée de", "consists of", false}, {"est formé de", "consists of", false}},
	"besteht": {{"besteht aus", "consists of", false}},
	"nel": {{"nel cast troviamo", "cast includes", false}, {"nel cast ritroviamo", "cast includes", false},
		{"nel cast figurano", "cast includes", false}, {"nel cast spiccano", "cast includes", false}},
	"en": {{"en el elenco figuran", "in the cast are", false}, {"en el reparto figuran", "in the cast are", false},
		{"en el elenco destacan", "in the cast are", false}, {"en el reparto destacan", "in the cast are", false}},
	"no":      {{"no elenco estão", "cast includes", false}, {"no elenco estao", "cast includes", false}},
	"zur":     {{"zur besetzung gehören", "cast includes", false}, {"zur besetzung gehört", "cast includes", false}},
	"zum":     {{"zum cast gehören", "cast includes", false}, {"zum ensemble gehören", "cast includes", false}, {"zum cast gehört", "cast includes", false}},
	"casting": {{"casting est composé de", "cast consists of", false}, {"casting se compose de", "cast consists of", false}},
	"elenco": {{"elenco conta com", "cast includes", false}, {"elenco contará com", "cast includes", false},
		{"elenco cuenta con", "cast includes", false}, {"elenco contará con", "cast includes", false}},
	"reparto": {{"reparto cuenta con", "cast includes", false}},
	// "Protagonisti sono A e B", "Los protagonistas son A y B": "Starring are A and B"
	"protagonisti":  {{"protagonisti sono", "starring are", false}, {"protagonisti saranno", "starring are", false}},
	"protagonistas": {{"protagonistas son", "starring are", false}, {"protagonistas serán", "starring are", false}, {"protagonistas são", "starring are", false}},
}
