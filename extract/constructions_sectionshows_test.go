package extract

// sectionShowConstructions are TestConstructions' cases for the show of a
// paragraph in an article about several shows (sentenceshow.go and the
// files it names).
var sectionShowConstructions = []construction{
	{
		name: "a film slate: 'A will star alongside B in T2, airing Sunday. A plays C': the sentence after is a part in T2, not in the slate's first film",
		text: "Harbor announces its holiday films\n\nAna Selo and Tomas Vry will star in the film Salt Line, airing Friday. Selo plays Dana, a baker.\n\nMira Quon will star alongside Pell Marrow in Blue Kettle, also airing Sunday. Quon plays Lina, a nurse.",
		want: []string{"cast|Ana Selo|Salt Line|Dana|", "cast|Tomas Vry|Salt Line||", "cast|Mira Quon|Blue Kettle|Lina|", "cast|Pell Marrow|Blue Kettle||"},
	},
	{
		name: "'A is set to star in T' moves the show of what follows to T; 'A starred in T2 last year' does not: 'A plays C' after it is a part in T",
		text: "Ana Selo joins Salt Line\n\nAna Selo is set to star in Salt Line, the new drama from Harbor. Selo starred in Blue Kettle last year. Selo plays Dana, a baker.",
		want: []string{"cast|Ana Selo|Salt Line|Dana|", "cast|Ana Selo|Blue Kettle||"},
	},
}
