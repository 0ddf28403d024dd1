package extract

// crewLabelConstructions are TestConstructions' cases for a crew job's
// word of German, Dutch, Swedish, Danish or Norwegian as a label or in
// brackets after a name (languagecrewlabels.go).
var crewLabelConstructions = []construction{
	{
		name: `de: "Regie: A; Drehbuch: B": the crew labels`,
		text: "Neue Staffel von „Harbor“\n\nDie Dreharbeiten für die zweite Staffel der Krimiserie „Harbor“ laufen. Regie: Cor Tels; Drehbuch: Ana Selo.",
		want: []string{"crew|Cor Tels|Harbor||director", "crew|Ana Selo|Harbor||writer"},
	},
	{
		name: `de: "A (Regie) und B (Drehbuch)": the jobs in brackets, no titles`,
		text: "Neue Staffel von „Harbor“\n\nDie Dreharbeiten für die zweite Staffel der Krimiserie „Harbor“ laufen. Ana Selo (Regie) und Bram Vunk (Drehbuch) drehen in Berlin.",
		want: []string{"crew|Ana Selo|Harbor||director", "crew|Bram Vunk|Harbor||writer"},
	},
	{
		name: `sv: "Regi: A. Manus: B."`,
		text: "Ny säsong av ”Harbor”\n\nSerien ”Harbor” är tillbaka i höst. Regi: Cor Tels. Manus: Ana Selo.",
		want: []string{"crew|Cor Tels|Harbor||director", "crew|Ana Selo|Harbor||writer"},
	},
	{
		name: `sv: "A (regi) och B (manus)"`,
		text: "Ny säsong av ”Harbor”\n\nSerien ”Harbor” är tillbaka i höst. Ana Selo (regi) och Bram Vunk (manus) är klara.",
		want: []string{"crew|Ana Selo|Harbor||director", "crew|Bram Vunk|Harbor||writer"},
	},
	{
		name: `da: "Instruktion: A. Manuskript: B."`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. Instruktion: Cor Tels. Manuskript: Ana Selo.",
		want: []string{"crew|Cor Tels|Harbor||director", "crew|Ana Selo|Harbor||writer"},
	},
	{
		name: `nl: "Regie: A. Scenario: B."`,
		text: "Nieuw seizoen van 'Harbor'\n\nDe serie keert terug. Regie: Cor Tels. Scenario: Ana Selo.",
		want: []string{"crew|Cor Tels|Harbor||director", "crew|Ana Selo|Harbor||writer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, crewLabelConstructions...)
}
