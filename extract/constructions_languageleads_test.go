package extract

// languageLeadsConstructions are TestConstructions' cases for the leads
// named in other languages: German "Die Hauptdarsteller A und B",
// "die Hauptdarstellerin C", Spanish "A y B fueron anunciados como los
// protagonistas", Portuguese "foram anunciados como os protagonistas".
var languageLeadsConstructions = []construction{
	{
		name: `German: "Die Hauptdarsteller A und B sind neu dabei", "Auch die Hauptdarstellerin C ist dabei": cast in the article's show`,
		text: "Die Serie „Velkaro“ startet im ZDF\n\nDie Serie „Velkaro“ startet im ZDF. Die Hauptdarsteller Odila Marrent und Teodoro Vasquel sind neu dabei. Auch die Hauptdarstellerin Ilvana Prusset ist dabei.",
		want: []string{"cast|Ilvana Prusset|Velkaro||", "cast|Odila Marrent|Velkaro||", "cast|Teodoro Vasquel|Velkaro||"},
	},
	{
		name: `German: "die „T“-Hauptdarstellerin A" stays a compound: cast in T`,
		text: "Die Serie „Velkaro“ startet im ZDF\n\nDie Serie „Velkaro“ startet im ZDF. Die „Brasa“-Hauptdarstellerin Nives Kolar ist neu dabei.",
		want: []string{"cast|Nives Kolar|Brasa||"},
	},
	{
		name: `Spanish and Portuguese: "A y B fueron anunciados como los protagonistas", "C e D foram confirmados como os protagonistas"`,
		text: "La serie «Velkaro» llega a Netflix\n\nLa serie «Velkaro» llega a Netflix. Odila Marrent y Teodoro Vasquel fueron anunciados como los protagonistas.\n\nA série “Sal Grosso” estreia na Globo. Ilvana Prusset e Sorune Hazabiki foram confirmados como os protagonistas da série.",
		want: []string{"cast|Ilvana Prusset|Sal Grosso||", "cast|Odila Marrent|Velkaro||", "cast|Sorune Hazabiki|Sal Grosso||", "cast|Teodoro Vasquel|Velkaro||"},
	},
	{
		name: `not a lead: "Hauptdarsteller" before no name, "fueron anunciados" with no "protagonistas"`,
		text: "La serie «Velkaro» llega a Netflix\n\nLa serie «Velkaro» llega a Netflix. Los detalles fueron anunciados como una sorpresa. Die Hauptdarsteller waren begeistert.",
		want: nil,
	},
}
