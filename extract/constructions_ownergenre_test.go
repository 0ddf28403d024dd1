package extract

// ownerGenreConstructions are TestConstructions' cases for an owner's
// possessive before describing words, a genre noun and a title: the title
// is the show; a network, platform or company owner gives no fact, a
// person owner a crew credit (possessives.go, ownergenre.go).
var ownerGenreConstructions = []construction{
	{
		name: `"A stars in NET's latest thriller T": the cast credit in T, none for the company`,
		text: "Blue Gate Sets Date\n\nAna Selo stars in Kestrel Vision's latest thriller Blue Gate, out in May.",
		want: []string{"cast|Ana Selo|Blue Gate||"},
	},
	{
		name: `"NET TV's hit telenovela T": no crew credit for the network`,
		text: "Casa Vela Returns\n\nVelora TV's hit telenovela Casa Vela returns for a second season. Ana Selo plays Mia Tell.",
		want: []string{"cast|Ana Selo|Casa Vela|Mia Tell|"},
	},
	{
		name: `"Orlo Studios' new drama T": a company's words, no fact for it`,
		text: "Harbor Lights\n\nOrlo Studios' new drama Harbor Lights stars Ana Selo.",
		want: []string{"cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: `"Jane Doe's new film T": a person owner keeps the crew credit`,
		text: "Harbor Lights\n\nBram Vunk joins Jane Doe's new film Harbor Lights.",
		want: []string{"cast|Bram Vunk|Harbor Lights||", "crew|Jane Doe|Harbor Lights||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, ownerGenreConstructions...)
}
