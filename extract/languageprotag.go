package extract

// More predicates after a list of names (languagesubjects.go): the leads
// in the future tense, Spanish "A y B serán los protagonistas",
// Portuguese "serão as protagonistas", Italian "saranno le protagoniste"
// (the masculine forms are careerPhrases'),
// French "seront les héros" read as "A and B are the leads"; an
// announcement of the parts, "A y B fueron anunciados como los
// antagonistas", "A e B foram confirmados como" as "A and B were cast
// as"; a verb of taking the lead parts, Portuguese "A e B assumem os
// papéis de protagonistas" as "A and B take the lead roles", German "A
// und B übernehmen die Hauptrollen" and Dutch "A en B vertolken de
// hoofdrollen" as "A and B play the leads". "de la historia", "da trama"
// after them are dropped.
var protagonistPhrases = map[string][]foreignPhrase{
	// Spanish
	"serán": {{"serán los protagonistas", "are the leads", false}, {"serán las protagonistas", "are the leads", false},
		{"serán los protagonistas de la historia", "are the leads", false}, {"serán los protagonistas de la trama", "are the leads", false}},
	"fueron": {{"fueron anunciados como", "were cast as", false}, {"fueron anunciadas como", "were cast as", false}, {"fueron confirmados como", "were cast as", false}, {"fueron confirmadas como", "were cast as", false}},
	"fue":    {{"fue anunciado como", "was cast as", false}, {"fue anunciada como", "was cast as", false}, {"fue confirmado como", "was cast as", false}, {"fue confirmada como", "was cast as", false}},
	// Portuguese
	"serão":   {{"serão as protagonistas", "are the leads", false}},
	"foram":   {{"foram anunciados como", "were cast as", false}, {"foram anunciadas como", "were cast as", false}, {"foram confirmados como", "were cast as", false}, {"foram confirmadas como", "were cast as", false}},
	"foi":     {{"foi anunciado como", "was cast as", false}, {"foi anunciada como", "was cast as", false}, {"foi confirmado como", "was cast as", false}, {"foi confirmada como", "was cast as", false}},
	"assumem": {{"assumem os papéis de protagonistas", "take the lead roles", false}, {"assumem os papéis principais", "take the lead roles", false}, {"assumem os papeis principais", "take the lead roles", false}},
	"assume":  {{"assume o papel de protagonista", "takes the lead role", false}, {"assume o papel principal", "takes the lead role", false}},
	// Italian
	"saranno": {{"saranno le protagoniste", "are the leads", false}},
	// French
	"seront": {{"seront les protagonistes", "are the leads", false}, {"seront les héros", "are the leads", false}},
	"sont":   {{"sont les protagonistes", "are the leads", false}},
	// German
	"übernehmen": {{"übernehmen die hauptrollen", "play the leads", false}},
	// Dutch
	"vertolken": {{"vertolken de hoofdrollen", "play the leads", false}},
	// "son los protagonistas de la historia", "são os protagonistas da
	// trama": the story whose leads they are, dropped
	"son":   {{"son los protagonistas de la historia", "are the leads", false}, {"son los protagonistas de la trama", "are the leads", false}},
	"de":    {{"de la historia", "", false}, {"de la trama", "", false}},
	"da":    {{"da trama", "", false}, {"da história", "", false}},
	"della": {{"della storia", "", false}},
}
