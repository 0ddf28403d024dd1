package extract

// sentenceCaseTitleConstructions are TestConstructions' cases for titles
// printed in sentence case in Swedish, Italian and Portuguese roundups: a
// run-in title opening each entry's paragraph, a title as the subject of
// "è la nuova fiction", the cast lines "I rollerna syns", "På rollistan
// finns även", "também estão entre o elenco", and "sceneggiato da",
// "scritta e diretta da".
var sentenceCaseTitleConstructions = []construction{
	{
		name: `Swedish: "Mörka vatten. Serien ... är skriven av manusförfattaren X. I rollerna syns bland annat A och B.": each paragraph's run-in title is its show`,
		text: "Årets premiärer\n\nMörka vatten. Serien utspelar sig i en fiktiv stad och är skriven av manusförfattaren Lina Varg. I rollerna syns bland annat Ana Selo och Bren Talvik.\n\nKalla dagar 2021. Filmen har premiär i vår. Tove Lind gör debut i rollen som Mira. På rollistan finns även Olle Brink.",
		want: []string{"crew|Lina Varg|Mörka vatten||writer", "cast|Ana Selo|Mörka vatten||", "cast|Bren Talvik|Mörka vatten||",
			"cast|Tove Lind|Kalla dagar 2021|Mira|", "cast|Olle Brink|Kalla dagar 2021||"},
	},
	{
		name: `Italian: "Un porto sicuro è la nuova fiction con protagonista A nei panni di C": the title in sentence case before "è" is the show of its sentence and paragraph`,
		text: "Fiction Rai\n\nUn porto sicuro è la nuova fiction con protagonista Ana Selo nei panni di Mira. La fiction, diretta da Bren Talvik, arriva in autunno.",
		want: []string{"cast|Ana Selo|Un porto sicuro|Mira|", "crew|Bren Talvik|Un porto sicuro||director"},
	},
	{
		name: `Portuguese: "A, B e C também estão entre o elenco original": cast credits in the article's show`,
		text: "Harbor ganha dublagem\n\nO anime Harbor estreia em outubro. Ana Selo, Bren Talvik e Cora Mint também estão entre o elenco original japonês.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bren Talvik|Harbor||", "cast|Cora Mint|Harbor||"},
	},
	{
		name: `Italian: "Il film è stato sceneggiato da A e B": writers of the article's show`,
		text: "Harbor arriva in autunno\n\nHarbor arriva in autunno su Rai 1. Il film è stato sceneggiato da Ana Selo e Bren Talvik.",
		want: []string{"crew|Ana Selo|Harbor||writer", "crew|Bren Talvik|Harbor||writer"},
	},
	{
		name: `Italian: "La serie T sarà scritta e diretta da C": two participles joined by "e" before "da", a writer and a director`,
		text: "Novità Rai\n\nLa serie Nightfall sarà scritta e diretta da Cora Mint.",
		want: []string{"crew|Cora Mint|Nightfall||writer", "crew|Cora Mint|Nightfall||director"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, sentenceCaseTitleConstructions...)
}
