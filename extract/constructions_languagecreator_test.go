package extract

// languageCreatorConstructions are TestConstructions' cases for a show's
// creator named after an article and the noun in Italian, French and
// Spanish.
var languageCreatorConstructions = []construction{
	{
		name: `Italian: "Il creatore A ha presentato la serie": "The creator A"`,
		text: "Harbor, il cast\n\nLa nuova serie Harbor arriva su Rai 1. Il creatore Rita Valeno ha presentato la serie.",
		want: []string{"crew|Rita Valeno|Harbor||creator"},
	},
	{
		name: `French: "le co-créateur A avait quitté le projet": "the co-creator A"`,
		text: "Harbor : la série\n\nLa série Harbor arrive sur ABC. Un mois plus tard, le co-créateur Cy Dar avait quitté le projet.",
		want: []string{"crew|Cy Dar|Harbor||creator"},
	},
	{
		name: `Spanish: "El creador A presentó la serie": "The creator A"`,
		text: "Harbor: la serie\n\nLa serie Harbor llega a Netflix. El creador Cy Dar presentó la serie.",
		want: []string{"crew|Cy Dar|Harbor||creator"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageCreatorConstructions...)
}

// languageWithConstructions are TestConstructions' cases for "with" of
// another language after a genre noun's unquoted title.
var languageWithConstructions = []construction{
	{
		name: `French: "ABC laisse tomber le drama T avec A et B": "the drama T starring A and B"`,
		text: "Séries : les nouvelles\n\nABC laisse tomber le drama Tidewater avec Rita Valeno et Tomas Brenn.",
		want: []string{"cast|Rita Valeno|Tidewater||", "cast|Tomas Brenn|Tidewater||"},
	},
	{
		name: `Spanish, Italian, German: "la serie T con A y B", "la serie T con A e B", "die Serie T mit A und B": "starring"`,
		text: "Series: novedades\n\nNetflix renueva la serie Tidewater con Rita Valeno y Tomas Brenn. Das ZDF verlängert die Serie Stonebridge mit Cora Linde und Ivo Marek.",
		want: []string{"cast|Rita Valeno|Tidewater||", "cast|Tomas Brenn|Tidewater||", "cast|Cora Linde|Stonebridge||", "cast|Ivo Marek|Stonebridge||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageWithConstructions...)
}
