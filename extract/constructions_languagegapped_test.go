package extract

// languageGappedConstructions are TestConstructions' cases for a title in
// sentence case that the article's show spells, and a cast list between
// semicolons whose last item leaves out its verb.
var languageGappedConstructions = []construction{
	{
		name: `Spanish: "La serie T inicia el rodaje de su tercera temporada, con A y B": the article's show T, the words after it no part of the title`,
		text: "Harbor: la tercera temporada\n\nLa serie Harbor inicia el rodaje de su tercera temporada, con Rita Valeno y Tomas Brenn.",
		want: []string{"cast|Rita Valeno|Harbor||", "cast|Tomas Brenn|Harbor||"},
	},
	{
		name: `Spanish: "A será C; B interpretará a D; y E, F, una mujer misteriosa": the last item without its verb, "and E as F"`,
		text: "Harbor: la tercera temporada\n\nLa serie Harbor inicia el rodaje de su tercera temporada, a la que se unen tres personajes: Rita Valeno será Julia, la nueva directora; Tomas Brenn interpretará a Martín, un personaje enigmático; y Cora Linde, Dorita, una mujer misteriosa.",
		want: []string{"cast|Rita Valeno|Harbor|Julia|", "cast|Tomas Brenn|Harbor|Martín|", "cast|Cora Linde|Harbor|Dorita|"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageGappedConstructions...)
}
