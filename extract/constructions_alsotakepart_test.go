package extract

// alsoTakePartConstructions are TestConstructions' cases for names that
// also take part in a work, in Portuguese and Spanish.
var alsoTakePartConstructions = []construction{
	{
		name: "A e B também irão participar, porém ...: cast in the article's show",
		text: "Elenco de Harbor\n\nO filme Harbor revelou o elenco. Bo Rinn e Cy Dora também irão participar, porém não tiveram seus papéis anunciados ainda.",
		want: []string{"cast|Bo Rinn|Harbor||", "cast|Cy Dora|Harbor||"},
	},
	{
		name: "A y B también participarán en la serie: cast in the article's show",
		text: "Reparto de Harbor\n\nLa serie Harbor presenta su reparto. Bo Rinn y Cy Dora también participarán en la serie.",
		want: []string{"cast|Bo Rinn|Harbor||", "cast|Cy Dora|Harbor||"},
	},
}
