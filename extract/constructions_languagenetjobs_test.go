package extract

// languageNetJobConstructions are TestConstructions' cases for German crew
// nouns joined by a hyphen to a network's or a company's name.
var languageNetJobConstructions = []construction{
	{
		name: `German: "Die RBB-Produzentin X", "Netflix-Regisseur Y": the job noun after the hyphen names the crew job, the name no part of the word`,
		text: "Harbor: Die neue Serie\n\nDie Krimiserie „Harbor“ startet im Mai. Die RBB-Produzentin Ana Selo ist zufrieden. Netflix-Regisseur Tom Vark dreht in Berlin.",
		want: []string{"crew|Ana Selo|Harbor||producer", "crew|Tom Vark|Harbor||director"},
	},
	{
		name: `German: "ZDF-Autorin X" before a name: a writer`,
		text: "Harbor: Die neue Serie\n\nDie Krimiserie „Harbor“ startet im Mai. Die Bücher schreibt ZDF-Autorin Lia Dorne.",
		want: []string{"crew|Lia Dorne|Harbor||writer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageNetJobConstructions...)
}
