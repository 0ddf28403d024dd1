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
	{
		name: `"También son parte del elenco A, B, entre otros" reads as "Also in the cast are A, B"`,
		text: "Mar Salado llega pronto\n\nLa nueva serie “Mar Salado” está protagonizada por Noa Brisco. También son parte del elenco Rafa Quintel, Vera Lunde, entre otros.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Vera Lunde|Mar Salado||"},
	},
	{
		name: `a roundup entry in German: "„T“: ... Hauptdarsteller sind A und B" reads as "“T”: ... Starring are A and B"`,
		text: "Neue Serien\n\n„Nordwind“: Das Projekt sorgte bereits für Gesprächsstoff. Hauptdarsteller sind Oda Brenn und Sven Kallo.",
		want: []string{"cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind||"},
	},
	{
		name: `German cast sentences: "In weiteren Rollen sind A und B zu sehen" as "Also starring are A and B"; "A, B und C sind auch dabei" as "A, B and C also star"`,
		text: "Neue Serien\n\n„Nordwind“: Die Serie handelt von zwei Schwestern. In weiteren Rollen sind Oda Brenn und Sven Kallo zu sehen. Ilse Marow, Rafa Quintel und Vera Lunde sind auch dabei.",
		want: []string{"cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind||", "cast|Ilse Marow|Nordwind||", "cast|Rafa Quintel|Nordwind||", "cast|Vera Lunde|Nordwind||"},
	},
	{
		name: `"con Y (T2) como productor": as "with Y (T2) as producer", "como" before a job noun`,
		text: "Brisa Norte presenta su equipo\n\nEl anime “Brisa Norte” se estrena en octubre, con Iker Duvall (Nordwind) como productor.",
		want: []string{"crew|Iker Duvall|Brisa Norte||producer", "crew|Iker Duvall|Nordwind||"},
	},
	{
		name: `"la novela, titulada T" as "titled T"; "Entre los nombres más destacados están A" as "the cast includes A"; "Al grupo se suman otras figuras como B, C y D" as "Joining them are B, C and D"`,
		text: "Los actores de la nueva novela\n\nLa próxima novela de RCN, titulada Mar Salado, promete drama. Entre los nombres más destacados están Noa Brisco. Al grupo se suman otras figuras como Vera Lunde, Ilse Marow y Sven Kallo.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Ilse Marow|Mar Salado||", "cast|Sven Kallo|Mar Salado||"},
	},
	{
		name: `"“T”, producción de X, llegará pronto" as "produced by X"; not "la producción de la serie"`,
		text: "Mar Salado llega pronto\n\n“Mar Salado”, producción de Ilse Marow, llegará muy pronto al canal. La producción de la serie empezó en mayo.",
		want: []string{"crew|Ilse Marow|Mar Salado||producer"},
	},
	{
		name: `"X (T) se encarga de dirigir el anime" as "X (T) directs the anime"; "A y B se unirán al reparto de la serie" as "A and B will join the cast of the series"`,
		text: "Brisa Norte presenta su equipo\n\nEl anime “Brisa Norte” se estrena en octubre. Iker Duvall (Nordwind) se encarga de dirigir el anime. Noa Brisco y Vera Lunde se unirán al reparto de la serie.",
		want: []string{"cast|Noa Brisco|Brisa Norte||", "cast|Vera Lunde|Brisa Norte||", "crew|Iker Duvall|Brisa Norte||director", "crew|Iker Duvall|Nordwind||"},
	},
	{
		name: `"protagonizada por A y B, junto con C como la antagonista principal" as "starring A and B, alongside C as the main antagonist": C in the cast, with no character`,
		text: "Mar Salado llega pronto\n\nLa nueva serie “Mar Salado” está protagonizada por Noa Brisco y Vera Lunde, junto con Tala Verdi como la antagonista principal.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Tala Verdi|Mar Salado||"},
	},
	{
		name: `"Die Hauptrollen übernehmen A, B und C" as "Starring are A, B and C" (the capitalized "Die" read as a cue word, no part of a name)`,
		text: "Neue Serien\n\n„Nordwind“: Die Serie handelt von zwei Schwestern. Die Hauptrollen übernehmen Oda Brenn, Sven Kallo und Ilse Marow.",
		want: []string{"cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind||", "cast|Ilse Marow|Nordwind||"},
	},
}
