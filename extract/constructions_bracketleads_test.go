package extract

// bracketLeadConstructions are TestConstructions' cases for the words that
// open a bracket's part before its title (bracketleads.go).
var bracketLeadConstructions = []construction{
	{
		name: `"A (T1, season 3 of T2)" and "B (recently seen in T3)": a credit in each title`,
		text: "The new drama “Salt Road” arrives soon\n\nThe cast includes Ana Reyes (Blue Gate, season 3 of Iron Pass) and Tom Hale (recently seen in Star Mill).",
		want: []string{"cast|Ana Reyes|Salt Road||", "cast|Ana Reyes|Blue Gate||", "cast|Ana Reyes|Iron Pass||", "cast|Tom Hale|Salt Road||", "cast|Tom Hale|Star Mill||"},
	},
	{
		name: `French: "A (T1, la saison 3 de T2)", "B (vu dans T3)" as "the season 3 of T2", "seen in T3"`,
		text: "Le tournage de «Vent du Nord» a commencé\n\nLa série réunit Odile Verran (Brisa Norte, la saison 3 de Mar Salado) et Luc Parrell (vu dans Nordwind).",
		want: []string{"cast|Odile Verran|Brisa Norte||", "cast|Odile Verran|Mar Salado||", "cast|Luc Parrell|Nordwind||"},
	},
}
