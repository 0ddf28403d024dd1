package extract

// ensembleListConstructions are TestConstructions' cases for a list of full
// names after a word that names a show's cast as a group, in a sentence no
// other rule reads (ensemblelists.go).
var ensembleListConstructions = []construction{
	{
		name: "Completando el elenco, encontramos actores como A, B, C o D, entre otros: cast of the sentence's show",
		text: "Marrowfield llega a la televisión\n\nMarrowfield es la nueva serie de Telemar. Completando el elenco, encontramos actores como Tobenna Ezeoke, Kelechi Alabi, Udoka Nwafe o Bolaji Fadeyo, entre otros.",
		want: []string{"cast|Tobenna Ezeoke|Marrowfield||", "cast|Kelechi Alabi|Marrowfield||", "cast|Udoka Nwafe|Marrowfield||", "cast|Bolaji Fadeyo|Marrowfield||"},
	},
	{
		name: "In attendance were the cast; A, B, C as well as other stars like D: A, B, C cast; a cast word before two names only: none",
		text: "Harbor premieres in Lagos\n\nHarbor is a new Nollywood drama. In attendance were the cast; Ana Selo, Tobenna Ezeoke, Kelechi Alabi as well as other stars like Udoka Nwafe and many more.\n\nThe cast thanked Bolaji Fadeyo and Ifeoma Lasode.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Tobenna Ezeoke|Harbor||", "cast|Kelechi Alabi|Harbor||"},
	},
	{
		name: "Nel cast, tra gli altri, anche A, B e C; No elenco, nomes como A, B e C: cast of the sentence's show",
		text: "Harbor, la nuova serie di Rai 1\n\nHarbor è la nuova serie di Rai 1. Nel cast, tra gli altri, anche Ana Selo, Tobenna Ezeoke e Kelechi Alabi.\n\nNo elenco de Harbor, nomes como Udoka Nwafe, Bolaji Fadeyo e Ifeoma Lasode.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Tobenna Ezeoke|Harbor||", "cast|Kelechi Alabi|Harbor||", "cast|Udoka Nwafe|Harbor||", "cast|Bolaji Fadeyo|Harbor||", "cast|Ifeoma Lasode|Harbor||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, ensembleListConstructions...)
}
