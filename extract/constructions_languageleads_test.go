package extract

// languageLeadsConstructions are TestConstructions' cases for the leads
// named in other languages: German "Die Hauptdarsteller A und B",
// "die Hauptdarstellerin C", Spanish "A y B fueron anunciados como los
// protagonistas", Portuguese "foram anunciados como os protagonistas"; and
// earlier work in an aside, "A, após se destacar em “T1”,".
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
		name: `Portuguese: "A, após se destacar em “T1” e fazer participação em “T2”, está no elenco da série": cast in T1, T2 and the article's show`,
		text: "A série “Velkaro” estreia na Globo\n\nA série “Velkaro” estreia na Globo. Ilvana Prusset, após se destacar em “Brasa” e fazer participação em “Maré Funda”, está no elenco da série.",
		want: []string{"cast|Ilvana Prusset|Brasa||", "cast|Ilvana Prusset|Maré Funda||", "cast|Ilvana Prusset|Velkaro||"},
	},
	{
		name: `Spanish and French: "A, tras participar en «T1», se une al elenco", "B, après avoir joué dans «T2», rejoint le casting"`,
		text: "La serie «Velkaro» llega a Netflix\n\nLa serie «Velkaro» llega a Netflix. Ilvana Prusset, tras participar en «Brasa», se une al elenco.\n\nLa série «Sel Gris» arrive sur TF1. Sorune Hazabiki, après avoir joué dans «Mer Close», rejoint le casting.",
		want: []string{"cast|Ilvana Prusset|Brasa||", "cast|Ilvana Prusset|Velkaro||", "cast|Sorune Hazabiki|Mer Close||", "cast|Sorune Hazabiki|Sel Gris||"},
	},
	{
		name: `Portuguese: "Quem entra é A, que se destacou em “T1” (2021)": A cast in T1`,
		text: "A novela “Velkaro” estreia na Globo\n\nA novela “Velkaro” estreia na Globo. Quem entra é Ilvana Prusset, que se destacou em “Brasa” (2021).",
		want: []string{"cast|Ilvana Prusset|Brasa||"},
	},
	{
		name: `not an earlier work: "A série, após estrear em “T”, chega à TV aberta" names no person`,
		text: "A série “Velkaro” estreia na Globo\n\nA série “Velkaro” estreia na Globo. A série, após estrear em “Globoplay”, chega à TV aberta.",
		want: nil,
	},
	{
		name: `not a lead: "Hauptdarsteller" before no name, "fueron anunciados" with no "protagonistas"`,
		text: "La serie «Velkaro» llega a Netflix\n\nLa serie «Velkaro» llega a Netflix. Los detalles fueron anunciados como una sorpresa. Die Hauptdarsteller waren begeistert.",
		want: nil,
	},
}
