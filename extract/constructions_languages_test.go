package extract

// languageConstructions are TestConstructions' cases for credits written
// in Spanish, Portuguese, French and German: cue words of those languages
// read as the English ones (languages.go).
var languageConstructions = []construction{
	{
		name: `one credit a line in Spanish: "- A como C" reads as "- A as C"`,
		text: "El anime Brisa Norte presenta su reparto\n\nSe unen así al reparto anteriormente anunciado:\n\n- Tomo Rikawa como Sela Okumi\n- Lina Farez como Iker Duvall",
		want: []string{"cast|Tomo Rikawa|Brisa Norte|Sela Okumi|", "cast|Lina Farez|Brisa Norte|Iker Duvall|"},
	},
	{
		name: `"serie protagonizada por A, B y C" reads as "series starring A, B and C"`,
		text: "Mar Salado llega pronto\n\nLa nueva serie “Mar Salado” está protagonizada por Noa Brisco, Vera Lunde y Mira Olvat.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Mira Olvat|Mar Salado||"},
	},
}
