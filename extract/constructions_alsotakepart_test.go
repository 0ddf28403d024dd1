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
	{
		name: "A, B e C participam dos primeiros capítulos; D e E também participam da trama: cast in the article's show",
		text: "Elenco de Harbor\n\nA novela Harbor estreia em janeiro. Bo Rinn, Cy Dora e Ed Malvo participam dos primeiros capítulos. Fia Lund e Gil Sarro também participam da trama.",
		want: []string{"cast|Bo Rinn|Harbor||", "cast|Cy Dora|Harbor||", "cast|Ed Malvo|Harbor||", "cast|Fia Lund|Harbor||", "cast|Gil Sarro|Harbor||"},
	},
	{
		name: "not a work: A e B participam da cerimônia gives nothing",
		text: "Elenco de Harbor\n\nA novela Harbor estreia em janeiro. Bo Rinn e Cy Dora participam da cerimônia de abertura.",
		want: nil,
	},
}
