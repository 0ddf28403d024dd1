package extract

// quotedInConstructions are TestConstructions' cases for "I" before a
// quoted title opening a Danish, Norwegian or Swedish sentence
// (languagequotedin.go).
var quotedInConstructions = []construction{
	{
		name: `da, sv: "I ‘T’ spiller A politimanden C", "I ”T2” medverkar B och D": the quoted title the sentence's show, not the article's`,
		text: "Efterårets serier\n\nDramaserien ‘Harbor’ har premiere i oktober. I ‘Kessel’ spiller Ana Selo politimanden Gert. I ”Moorfield” medverkar Bram Vunk och Cor Tels.",
		want: []string{"cast|Ana Selo|Kessel|Gert|", "cast|Bram Vunk|Moorfield||", "cast|Cor Tels|Moorfield||"},
	},
	{
		name: `en: "I “love” it, said A": the pronoun before a quote, no "in"`,
		text: "Harbor returns\n\nThe drama Harbor returns in May. I “love” it, said Ana Selo.",
		want: []string{},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, quotedInConstructions...)
}
