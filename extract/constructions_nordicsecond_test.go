package extract

// nordicSecondConstructions are TestConstructions' cases for the verb
// second of Danish, Norwegian, Swedish and German cast sentences after an
// adverb or an adverbial (languagede.go germanSubjectEnd, languagev2.go).
var nordicSecondConstructions = []construction{
	{
		name: `da: "Desuden medvirker A og B": the subject after the verb, "og" joining it`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. Desuden medvirker Ana Selo og Bram Vunk.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||"},
	},
	{
		name: `da: "A medvirker i 'T'": Danish and Norwegian "medvirker" as "appears"`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. Ana Selo medvirker i 'Harbor'.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: `da: "I serien spiller A politimanden C": the series of the sentence before, no title "I serien A"`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. I serien spiller Ana Selo politimanden Gert.",
		want: []string{"cast|Ana Selo|Harbor|Gert|"},
	},
	{
		name: `sv: "Dessutom spelar A och B": a Swedish adverb first`,
		text: "Ny säsong av ”Harbor”\n\nSerien är tillbaka. Dessutom spelar Ana Selo och Bram Vunk.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||"},
	},
	{
		name: `de: "In dieser Szene mimt A eine Busfahrerin", "An diesem Tag spielt B den Kommissar C": a noun after a determiner, no part of the name`,
		text: "Dreh für „Harbor“\n\nDer Kinofilm „Harbor“ wird in Köln gedreht. In dieser Szene mimt Ana Selo eine Busfahrerin. An diesem Tag spielt Bram Vunk den Kommissar Cor Tels.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor|Cor Tels|"},
	},
	{
		name: `de: "Das Drehbuch dazu schrieb A": "dazu" inside the phrase, no person "Drehbuch"`,
		text: "Dreh für „Harbor“\n\nDer Kinofilm „Harbor“ wird in Köln gedreht. Das Drehbuch dazu schrieb Ana Selo.",
		want: []string{"crew|Ana Selo|Harbor||writer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, nordicSecondConstructions...)
}
