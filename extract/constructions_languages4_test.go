package extract

// languageOrderConstructions are TestConstructions' cases for the word
// order of other languages that a word for word reading misses
// (languagede.go).
var languageOrderConstructions = []construction{
	{
		name: `German: "die Krimiserie „T“ mit A", "den Fernsehfilm „T2“, mit B und C in den Hauptrollen", "„T3“ ist ein Film mit D": a noun of works in capitals after an article is the noun in lower case; „T“ closed by “`,
		text: "Neue Serie „Nordwind“\n\nSat.1 zeigt die Krimiserie „Grauer Hafen“ mit Tilo Varnhorst. Das Erste zeigt den Fernsehfilm „Kaltes Land“, mit Oda Brenn und Rafa Quintel in den Hauptrollen. „Weißer Sand“ ist ein Film mit Sven Kallo.",
		want: []string{"cast|Tilo Varnhorst|Grauer Hafen||", "cast|Oda Brenn|Kaltes Land||", "cast|Rafa Quintel|Kaltes Land||", "cast|Sven Kallo|Weißer Sand||"},
	},
	{
		name: `German passive, the participle last: "Die Hauptrollen werden von den Schauspielerinnen A und B dargestellt", "C wird von D gespielt", "In „T“ wird C2 von E verkörpert", "Die Serie wird von X inszeniert": "played by", "directed by"`,
		text: "Neue Serie „Nordwind“\n\nDie Hauptrollen werden von den Schauspielerinnen Ilse Marow und Oda Brenn dargestellt. Lene wird von Sven Kallo gespielt. In „Kaltes Land“ wird Tamo von Rafa Quintel verkörpert. Die Serie „Grauer Hafen“ wird von Tilo Varnhorst inszeniert.",
		want: []string{"cast|Ilse Marow|Nordwind||", "cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind|Lene|", "cast|Rafa Quintel|Kaltes Land|Tamo|", "crew|Tilo Varnhorst|Grauer Hafen||director"},
	},
}
