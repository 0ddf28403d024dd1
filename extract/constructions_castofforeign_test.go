package extract

// castOfForeignConstructions are TestConstructions' cases for the English
// noun "cast" in Dutch copy, followed by the language's "of" and a quoted
// title: "de cast van ‘T’".
var castOfForeignConstructions = []construction{
	{
		name: "Nieuwe cast (heading); De cast van ‘T’ bestaat uit talenten als A, B en C: cast in T, not in the heading's word",
		text: "Netflix kondigt de nieuwe cast aan.\n\nNieuwe cast\n\nDe cast van ‘Harbor Vale’ bestaat uit talenten als Ana Selo, Bruno Kest en Carla Dimo.",
		want: []string{"cast|Ana Selo|Harbor Vale||", "cast|Bruno Kest|Harbor Vale||", "cast|Carla Dimo|Harbor Vale||"},
	},
	{
		name: "Nieuwe cast (heading); De cast van 'T' bestaat uit talenten als A, B en C: cast in T, the title in straight quotes",
		text: "Videoland kondigt de nieuwe serie aan.\n\nNieuwe cast\n\nDe cast van 'Harbor Vale' bestaat uit talenten als Ana Selo, Bruno Kest en Carla Dimo.",
		want: []string{"cast|Ana Selo|Harbor Vale||", "cast|Bruno Kest|Harbor Vale||", "cast|Carla Dimo|Harbor Vale||"},
	},
}
