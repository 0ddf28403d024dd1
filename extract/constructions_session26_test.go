package extract

// session26Constructions are TestConstructions' cases for constructions
// that the corpus' articles use and the rules before them missed.
var session26Constructions = []construction{
	{
		name: "Character (Actor) with one word of the actor's name: two brothers, Daniel (Dingdong) and Miguel (Dennis), in an article that names both in full; Seiichi (Taiga) after a pair read the same way",
		text: "Rival Tides premieres\n\n'Rival Tides' is a drama about two brothers, Pablo (Rigo) and Tomas (Vito), who grew up apart. Rigo Salcedo and Vito Lacson lead the series.\n\nThe story follows Mirai (Aoi Kanda), Shun (Renji) and Hiro (Daiki Mori). Actors Aoi Kanda, Renji and Daiki Mori said it was fun.",
		want: []string{"cast|Rigo Salcedo|Rival Tides|Pablo|", "cast|Vito Lacson|Rival Tides|Tomas|", "cast|Aoi Kanda|Rival Tides|Mirai|", "cast|Renji|Rival Tides|Shun|", "cast|Daiki Mori|Rival Tides|Hiro|"},
	},
	{
		name: "a streaming service is no show (Globoplay, Showmax, Viaplay): X (Showmax) joins the cast",
		text: "Harbour Lights adds two\n\nDaniel Ramos (Showmax) and Ana Lobo (Viaplay) join the cast of Harbour Lights, a Globoplay drama.",
		want: []string{"cast|Daniel Ramos|Harbour Lights||", "cast|Ana Lobo|Harbour Lights||"},
	},
}
