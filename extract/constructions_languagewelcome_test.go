package extract

// languageWelcomeConstructions are TestConstructions' cases for Italian and
// French casting roundups: a show that takes a person on, a person who
// joins others in a cast, a role that made a person known.
var languageWelcomeConstructions = []construction{
	{
		name: `Italian: "la terza stagione di T accoglie l’attore A": "welcomes actor A", the verb no part of the title`,
		text: "Harbor, le novità\n\nNews di casting: la terza stagione di Tidewater accoglie l’attore Ana Selo.",
		want: []string{"cast|Ana Selo|Tidewater||"},
	},
	{
		name: `Italian: "A si aggiunge al cast di T", "B entra nel cast di T2": "joins the cast of"`,
		text: "Harbor, le novità\n\nAna Selo si aggiunge al cast di Tidewater. Bo Rint entra nel cast di Stonebridge, la serie di Netflix.",
		want: []string{"cast|Ana Selo|Tidewater||", "cast|Bo Rint|Stonebridge||"},
	},
	{
		name: `French: "A, révélée par son rôle de C dans T2, rejoint B et D au casting de T": "known for her role as C in T2, joins B and D in cast of T"`,
		text: "Castings en séries\n\nAna Selo, révélée par son rôle de Mira dans Tidewater, rejoint Bo Rint et Cy Dar au casting de Stonebridge, un pilote de série policière.",
		want: []string{"cast|Ana Selo|Tidewater|Mira|", "cast|Ana Selo|Stonebridge||", "cast|Bo Rint|Stonebridge||", "cast|Cy Dar|Stonebridge||"},
	},
	{
		name: `French: "A, qui incarne le rôle de C, va quitter la distribution principale de T": "who plays C, will leave the main cast of T"`,
		text: "Harbor, les nouvelles\n\nAna Selo, qui incarne le rôle de Mira Dost, va quitter la distribution principale de Tidewater.",
		want: []string{"cast|Ana Selo|Tidewater|Mira Dost|"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageWelcomeConstructions...)
}

// languageLeadRoleConstructions are TestConstructions' cases for "will
// have one of the lead roles in T" in Portuguese and Spanish.
var languageLeadRoleConstructions = []construction{
	{
		name: `Portuguese: "A terá um dos principais papéis de “T”": "A stars in “T”"`,
		text: "Rita Valeno volta às novelas\n\nRita Valeno terá um dos principais papéis de “Tidewater”, a nova novela das sete.",
		want: []string{"cast|Rita Valeno|Tidewater||"},
	},
	{
		name: `Spanish: "A tendrá uno de los papeles principales de “T”": "A stars in “T”"`,
		text: "Rita Valeno vuelve\n\nRita Valeno tendrá uno de los papeles principales de “Tidewater”, la nueva telenovela.",
		want: []string{"cast|Rita Valeno|Tidewater||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, languageLeadRoleConstructions...)
}
