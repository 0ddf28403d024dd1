package extract

// languageSourceDeConstructions are TestConstructions' cases for German
// crew copy: the source work's compound noun before "von", "Regie
// übernimmt", a compound trade noun before a name, a company's place after
// a producer's name.
var languageSourceDeConstructions = []construction{
	{
		name: `German: "nach den Bestseller-Erzählungen von X", "nach dem Kriminalroman von Y": the original author`,
		text: "Harbor: Die zweite Staffel kommt\n\nDas ZDF dreht die zweite Staffel der Krimiserie „Harbor“. Die Folgen entstehen nach den Bestseller-Erzählungen von Bo Rint.",
		want: []string{"crew|Bo Rint|Harbor||original author"},
	},
	{
		name: `German: "Regie übernimmt erneut der Krimi-Routinier X": a director, the compound noun no part of the name`,
		text: "Harbor: Die zweite Staffel kommt\n\nDas ZDF dreht die zweite Staffel der Krimiserie „Harbor“. Regie übernimmt erneut der Krimi-Routinier Ana Selo.",
		want: []string{"crew|Ana Selo|Harbor||director"},
	},
	{
		name: `German: "Produzent X von der Berliner TV-Firma T2": the name stops before "von der" and a place's adjective`,
		text: "Harbor: Die zweite Staffel kommt\n\nDas ZDF dreht die zweite Staffel der Krimiserie „Harbor“. Produzent Cy Dar von der Berliner TV-Firma Lindfilm freut sich.",
		want: []string{"crew|Cy Dar|Harbor||producer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageSourceDeConstructions...)
}
