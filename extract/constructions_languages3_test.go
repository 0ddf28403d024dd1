package extract

// languageTitleConstructions are TestConstructions' cases for titles in
// sentence case in news of other languages, and the lists of earlier work
// they stand in (languagetitles.go).
var languageTitleConstructions = []construction{
	{
		name: `Spanish: "ha trabajado en series como T1, T2 y T3": titles in sentence case, "como" as "like"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\nNoa Brisco ha trabajado en series como Mar de fondo, Sol negro y Los días contados.",
		want: []string{"cast|Noa Brisco|Mar de fondo||", "cast|Noa Brisco|Sol negro||", "cast|Noa Brisco|Los días contados||"},
	},
	{
		name: `French: "A, vu dans des séries comme T1 et T2, rejoint la distribution"`,
		text: "Le tournage de «Vent du Nord» a commencé\n\nLuc Parrell, vu dans des séries comme Nuit blanche et Le dernier été, rejoint la distribution.",
		want: []string{"cast|Luc Parrell|Nuit blanche||", "cast|Luc Parrell|Le dernier été||", "cast|Luc Parrell|Vent du Nord||"},
	},
	{
		name: `Portuguese: "já atuou em novelas como T1 e T2"; Italian: "ha recitato in film come T1 e T2"`,
		text: "Nova novela “Mar Salgado” estreia em maio\n\nNoa Brisco já atuou em novelas como Mar de fundo e Terra nossa. Lia Ferrandi ha recitato in film come La notte bianca e Il mare d'inverno.",
		want: []string{"cast|Noa Brisco|Mar de fundo||", "cast|Noa Brisco|Terra nossa||", "cast|Lia Ferrandi|La notte bianca||", "cast|Lia Ferrandi|Il mare d'inverno||"},
	},
	{
		name: `German: "A spielte bereits in Serien wie T1 und T2", "B war schon in Filmen wie T3 zu sehen" (the noun in capitals no title; "bereits", "schon": "already")`,
		text: "Neue Serie „Nordwind“\n\nSven Kallo spielte bereits in Serien wie Nordlicht und Der letzte Sommer. Ilse Marow war schon in Filmen wie Die kalte Bucht zu sehen.",
		want: []string{"cast|Sven Kallo|Nordlicht||", "cast|Sven Kallo|Der letzte Sommer||", "cast|Ilse Marow|Die kalte Bucht||"},
	},
	{
		name: `a title in sentence case ends where a verb or a function word comes first: "Sol negro y la película T2", not "Brisco también formó parte"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\nNoa Brisco ha trabajado en series como Sol negro. Noa Brisco también formó parte del elenco de la telenovela.",
		want: []string{"cast|Noa Brisco|Sol negro||"},
	},
	{
		name: `Spanish, Portuguese, Italian: "T, donde interpretó a C", "“T”, no Globoplay, onde viveu C", "“T”, dove interpreta C" (no pronoun; a network's aside between): "T, where she played C"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\nNoa Brisco formó parte del elenco de la telenovela Sol negro, donde interpretó a Lidia Marín. Tavo Ruelas teve um papel na série “Terra Nossa”, no Globoplay, onde viveu Vicente Lobo. Lia Ferrandi è nel cast della serie “Il mare d'inverno”, dove interpreta Giulia Sarti.",
		want: []string{"cast|Noa Brisco|Sol negro|Lidia Marín|", "cast|Tavo Ruelas|Terra Nossa|Vicente Lobo|", "cast|Lia Ferrandi|Il mare d'inverno|Giulia Sarti|"},
	},
	{
		name: `French: "T, où il incarne C": "T, where he plays C", the article's show too`,
		text: "«Vent du Nord» arrive sur France 2\n\nLuc Parrell a rejoint la série «Vent du Nord», où il incarne Paul Vidal. Anne Sivet a joué dans la série «Nuit Blanche», où elle incarnait Ilona Mothe.",
		want: []string{"cast|Luc Parrell|Vent du Nord|Paul Vidal|", "cast|Anne Sivet|Nuit Blanche|Ilona Mothe|"},
	},
	{
		name: `Spanish: "¿T? es la versión mexicana de ..." after a full stop (a new sentence), "la serie ¡T!, la nueva serie": a title in Spanish question or exclamation marks; "¿Quién será el villano?", a question the sentence ends with, no title`,
		text: "¿Dónde está Mara? llega en mayo\n\nLa serie se estrena en mayo. ¿Dónde está Mara? es la versión mexicana de una serie turca. La historia sigue a Pedro (Tavo Ruelas), quien se enamora de Vera (Noa Brisco). ¿Quién será el villano?",
		want: []string{"cast|Noa Brisco|¿Dónde está Mara?|Vera|"},
	},
	{
		name: `Spanish, Italian: "A protagoniza la serie ¡T!", "B protagonizó la película T2", "C protagonizza T3": "A headlines the series T"`,
		text: "Llega la serie ¡Ay, Lupita!\n\nNoa Brisco protagoniza la serie ¡Ay, Lupita!, la nueva serie de Televisa. Tavo Ruelas protagonizó la película Sol negro. Lia Ferrandi protagonizza il film “La notte bianca”.",
		want: []string{"cast|Noa Brisco|¡Ay, Lupita!||", "cast|Tavo Ruelas|Sol negro||", "cast|Lia Ferrandi|La notte bianca||"},
	},
	{
		name: `French: "aux côtés d'A", "la série d’A" (the elided article before a capitalized word a word of its own); "Il joue" (French "il" is "he", not Italian "the"); "le personnage de C"; "Récemment A est également apparu dans T"; "B apparaîtra dans T2"`,
		text: "«Vent du Nord» arrive sur France 2\n\nIl joue aux côtés d'Omar Sylvan dans la série. Anne Sivet incarne le personnage de Lise Orvain. Récemment Luc Parrell est également apparu dans la série Nuit blanche. Odile Verran apparaîtra dans Les Quais.",
		want: []string{"cast|Omar Sylvan|Vent du Nord||", "cast|Anne Sivet|Vent du Nord|Lise Orvain|", "cast|Luc Parrell|Nuit blanche||", "cast|Odile Verran|Les Quais||"},
	},
	{
		name: `Spanish, Italian: "A aparece en la serie T", "B ha aparecido en T2", "C è apparsa in T3": "appears in", "has appeared in"`,
		text: "La nueva serie “Mar Salado” llega en mayo\n\nNoa Brisco aparece en la serie Sol negro. Tavo Ruelas ha aparecido en Los días contados. Lia Ferrandi è apparsa in “La notte bianca”.",
		want: []string{"cast|Noa Brisco|Sol negro||", "cast|Tavo Ruelas|Los días contados||", "cast|Lia Ferrandi|La notte bianca||"},
	},
	{
		name: `German: "Die Hauptrollen spielen A und B": "Starring are A and B"; "C und D sind die Hauptdarstellerinnen der Serie": "are stars of the series"`,
		text: "Neue Serie „Nordwind“\n\nDie Hauptrollen spielen Sven Kallo und Rafa Quintel. Ilse Marow und Oda Brenn sind die Hauptdarstellerinnen der Serie.",
		want: []string{"cast|Sven Kallo|Nordwind||", "cast|Rafa Quintel|Nordwind||", "cast|Ilse Marow|Nordwind||", "cast|Oda Brenn|Nordwind||"},
	},
	{
		name: `Spanish: "A, B y la querida C", "D y el reconocido E": an article and a describing word before the list's last name read as "and the beloved C"`,
		text: "La nueva telenovela “Mar Salado” llega en mayo\n\nEl elenco lo integran Noa Brisco, Tavo Ruelas y la querida Vera Lunde. Al elenco se suman Iker Duvall y el reconocido Rafa Quintel.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Iker Duvall|Mar Salado||", "cast|Rafa Quintel|Mar Salado||"},
	},
	{
		name: `French: "A (récemment vu dans le Grand Bleu)": "recently seen in", the article opening the title`,
		text: "«Vent du Nord» arrive sur France 2\n\nLuc Parrell rejoint la distribution de la série, tout comme Omar Sylvan (récemment vu dans le Grand Bleu).",
		want: []string{"cast|Luc Parrell|Vent du Nord||", "cast|Omar Sylvan|le Grand Bleu||"},
	},
}
