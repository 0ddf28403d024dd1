package extract

// languageSourceConstructions are TestConstructions' cases for news in
// other languages that names a source work's author (languagesource.go)
// and for the shapes read with it.
var languageSourceConstructions = []construction{
	{
		name: `Italian: "T, il manga di X": "the manga by X", X the original author`,
		text: "Velkaro Days, il film\n\nIl film live action tratto da Velkaro Days, il manga di Sorune Hazabiki, continua a prendere forma.",
		want: []string{"crew|Sorune Hazabiki|Velkaro Days||original author"},
	},
	{
		name: `Spanish: "del manga T, de X": "the manga T, by X"`,
		text: "Velkaro no Mizutsu tendrá anime\n\nLa página web oficial de la adaptación animada del manga Velkaro no Mizutsu, de Sorune Hazabiki, ha anunciado los artistas de los temas.",
		want: []string{"crew|Sorune Hazabiki|Velkaro no Mizutsu||original author"},
	},
	{
		name: `Spanish: "del Manga de X, T": "Manga" in capitals after "del" is the noun, "de" "by"`,
		text: "Velkaro Friends suma elenco\n\nLa página web oficial de la adaptación al Anime del Manga de Sorune Hazabiki, Velkaro Friends anunció dos miembros del elenco.",
		want: []string{"crew|Sorune Hazabiki|Velkaro Friends||original author"},
	},
	{
		name: `Italian: "T, la nuova serie tv realizzata a partire dai volumi di X": "volumi" read as "books", "serie tv" as "tv series", "la nuova" as "the new"`,
		text: "Rai, nuova fiction\n\nStiamo parlando di Vellutina, la nuova serie tv della Rai realizzata a partire dai volumi di Ortensia Gallavresi.",
		want: []string{"crew|Ortensia Gallavresi|Vellutina||original author"},
	},
	{
		name: `Portuguese: "a série T, baseada no livro de X" and French "le roman de X": the source's author`,
		text: "Maré Alta estreia em maio\n\nA série “Maré Alta” estreia em maio. A história adapta o livro de Ilvana Prusset.",
		want: []string{"crew|Ilvana Prusset|Maré Alta||original author"},
	},
	{
		name: `not after a noun of works that is no source ("la serie di Rai Uno") nor before one capitalized word ("il manga di Kodanra")`,
		text: "Velkaro Days, il film\n\nIl film tratto da Velkaro Days, il manga di Kodanra, continua. Il libro di ricette esce domani.",
		want: nil,
	},
}

func init() {
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageSourceConstructions...)
}
