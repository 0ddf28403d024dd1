package extract

// languageRoundupConstructions are TestConstructions' cases for casting
// news in German, French, Italian and Spanish: an adverb between a German
// verb and its subject, a character's trade in the genitive before the
// name.
var languageRoundupConstructions = []construction{
	{
		name: `German: "Darin übernimmt wieder A die Rolle des Anwalts C", "Außerdem spielt auch B die Rolle des Arztes C2": the adverb after the verb dropped, the noun in the genitive no part of the character`,
		text: "Die Serie „Harbor“ geht weiter\n\nDas ZDF dreht neue Folgen der Serie „Harbor“. Darin übernimmt wieder Ana Selo die Rolle des Rechtsbeistands Tomas Brenn. Außerdem spielt auch Ina Mollet die Rolle des Arztes Ben Kahlo.",
		want: []string{"cast|Ana Selo|Harbor|Tomas Brenn|", "cast|Ina Mollet|Harbor|Ben Kahlo|"},
	},
	{
		name: `German: "spielt die Rolle des Thomas B": a first name ending in s stays part of the character`,
		text: "Die Serie „Harbor“ geht weiter\n\nDas ZDF dreht neue Folgen der Serie „Harbor“. Ole Sandvik spielt die Rolle des Thomas Bergen.",
		want: []string{"cast|Ole Sandvik|Harbor|Thomas Bergen|"},
	},
	{
		name: `German: "Unter anderem wirken in den neuen Folgen seine Mutter A, B, C und D mit": "mitwirken", its particle closing the clause, a cast credit for each name`,
		text: "Die Serie „Harbor“ geht weiter\n\nDas ZDF dreht neue Folgen der Serie „Harbor“. Unter anderem wirken in den vier neuen Folgen seine Mutter Ana Selo, Ben Kahlo, Rita Valeno und Tim Berkov mit.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ben Kahlo|Harbor||", "cast|Rita Valeno|Harbor||", "cast|Tim Berkov|Harbor||"},
	},
	{
		name: `German: "In der zweiten Staffel wirkt auch A mit": a cast credit with the season`,
		text: "Die Serie „Harbor“ geht weiter\n\nDas ZDF dreht neue Folgen der Serie „Harbor“. In der zweiten Staffel wirkt auch Ana Selo mit.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: `French: "jouera un médecin dans le pilote de sitcom T pour ABC": the network after "pour" no part of the title`,
		text: "Castings en séries\n\nAna Selo jouera un médecin dans le pilote de sitcom Harbor Lights pour ABC.",
		want: []string{"cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: `Italian: "Per la quarta stagione di T, A è stato infatti scritturato in un ruolo ricorrente": "A has been cast", with the season`,
		text: "Novità per Harbor\n\nPer la quarta stagione di Harbor, Tomas Brenno è stato infatti scritturato in un ruolo ricorrente.",
		want: []string{"cast|Tomas Brenno|Harbor||"},
	},
	{
		name: `Spanish: "A será C, la hermana de D y compañera de instituto de E y F": the names after "la hermana de" are whom the character is kin to, no more characters`,
		text: "‘Harbor’ vuelve\n\nComienza el rodaje de la tercera temporada de ‘Harbor’: Nora Vidales será Mirela, la hermana de Tamo y compañera de instituto de Lupe y Olmo.",
		want: []string{"cast|Nora Vidales|Harbor|Mirela|"},
	},
	{
		name: `French: "A, B ou encore C font déjà partie de l’équipe", "D fait déjà partie de la distribution": cast credits in the sentence's show`,
		text: "Castings : «Harbor»\n\nLa série «Harbor» arrive. Kiel Sanor, Lucy Lawen ou encore Jamo Vandel font déjà partie de l’équipe ! Rita Valeno fait déjà partie de la distribution.",
		want: []string{"cast|Kiel Sanor|Harbor||", "cast|Lucy Lawen|Harbor||", "cast|Jamo Vandel|Harbor||", "cast|Rita Valeno|Harbor||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageRoundupConstructions...)
}
