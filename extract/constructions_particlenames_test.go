package extract

// particleNameConstructions are TestConstructions' cases for names with a
// particle ("von", "de", "zu") after a job noun in capitals or a source
// noun's "von" (crewcues.go, languagesourcede.go, people.go).
var particleNameConstructions = []construction{
	{
		name: `"Director A von B is filming": a name of a particle, no rank before a character`,
		text: "New season of \"Harbor\"\n\nThe series \"Harbor\" returns. Director Ana von Selo is filming in Berlin.",
		want: []string{"crew|Ana von Selo|Harbor||director"},
	},
	{
		name: `de: "Regisseurin A von B dreht", "Produzent C de D sagt"`,
		text: "Neue Staffel von „Harbor“\n\nDie Dreharbeiten für die zweite Staffel der Krimiserie „Harbor“ laufen. Regisseurin Ana von Selo dreht in Berlin. Produzent Cor de Tels sagt, es wird gut.",
		want: []string{"crew|Ana von Selo|Harbor||director", "crew|Cor de Tels|Harbor||producer"},
	},
	{
		name: `de: "basiert auf den Erzählungen von A von B": the source's author with a particle`,
		text: "Neue Staffel von „Harbor“\n\nDie Dreharbeiten für die zweite Staffel der Krimiserie „Harbor“ laufen. Die Serie basiert auf den Erzählungen von Ana von Selo.",
		want: []string{"crew|Ana von Selo|Harbor||original author"},
	},
	{
		name: `de: "A zu B": "zu" a particle inside a name`,
		text: "Neue Staffel von „Harbor“\n\nDie Dreharbeiten für die zweite Staffel der Krimiserie „Harbor“ laufen. Das Drehbuch stammt von Ana zu Selo.",
		want: []string{"crew|Ana zu Selo|Harbor||writer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, particleNameConstructions...)
}
