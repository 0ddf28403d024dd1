package extract

// languageBracketConstructions are TestConstructions' cases for brackets
// after names in a cast list of another language.
var languageBracketConstructions = []construction{
	{
		name: `French: "Mais aussi A (Les T1), B (T2), C (T3 9) et D (T4)": a bracket that opens with an article or holds a number says the brackets hold the names' shows, not characters`,
		text: "La série Harbor : le casting\n\nLa série Harbor arrive sur TF1. Au casting, on retrouvera Ana Selo et Eli Gor. Mais aussi Rita Valeno (Les Tidewater), Bo Rint (Stonebridge), Tomas Brenn (Danse avec les stars 9) et Cy Dar (Riverbend).",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Eli Gor|Harbor||", "cast|Rita Valeno|Harbor||", "cast|Rita Valeno|Les Tidewater||", "cast|Bo Rint|Harbor||", "cast|Bo Rint|Stonebridge||",
			"cast|Tomas Brenn|Harbor||", "cast|Tomas Brenn|Danse avec les stars 9||", "cast|Cy Dar|Harbor||", "cast|Cy Dar|Riverbend||"},
	},
	{
		name: `French: "on retrouve A (C), B (D) et E (F)": one word each, characters`,
		text: "La série Harbor : le casting\n\nDans la série Harbor, on retrouve Ana Selo (Mira), Bo Rint (Lena) et Cy Dar (Tomas).",
		want: []string{"cast|Ana Selo|Harbor|Mira|", "cast|Bo Rint|Harbor|Lena|", "cast|Cy Dar|Harbor|Tomas|"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageBracketConstructions...)
}
