package extract

// genitiveMakerConstructions are TestConstructions' cases for a maker's
// work in the genitive of Danish, Norwegian, Swedish and German
// (genitivemakers.go).
var genitiveMakerConstructions = []construction{
	{
		name: `da: "Siden bragede A's stjernespækkede ‘T’ ud": the name's "s" with no apostrophe, the maker's work`,
		text: "Efterårets serier\n\n‘Harbor’ er den næste store dramasatsning. Siden bragede Ana Selos stjernespækkede ‘Kessel’ ud over stepperne.",
		want: []string{"crew|Ana Selo|Kessel||"},
	},
	{
		name: `sv, no, de: "A's hyllade ”T”", "B's nye komiserie «T2»", "C's neuer Film „T3“"`,
		text: "Höstens serier\n\nBram Vunks hyllade ”Harbor” får en andra säsong. Cor Tels nye komiserie «Kessel» kommer også i høst. Ana Selos neuer Film „Moorfield“ kommt im Mai.",
		want: []string{"crew|Bram Vunk|Harbor||", "crew|Cor Tel|Kessel||", "crew|Ana Selo|Moorfield||"},
	},
	{
		name: `sv: "A's populära boksserie ”T”": a book, no maker's work`,
		text: "Höstens serier\n\n”Harbor” är klar. Han har läst in Bram Vunks populära boksserie ”Moorfield”.",
		want: []string{},
	},
	{
		name: `en: "Tom Hanks ‘Big’": a name ending in "s" in English, no genitive`,
		text: "New films\n\nCritics loved Cor Hanks ‘Kessel’ when it opened.",
		want: []string{},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, genitiveMakerConstructions...)
}
