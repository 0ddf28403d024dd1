package extract

// languageFormConstructions are TestConstructions' cases for the general
// shapes of credits in other languages: a cast named as a place with any
// verb (languagecastplace.go), a verb of arriving before a cast or a
// season (languagecastplace.go), the credit verbs in their tenses
// (languageverbs.go), a part named after a title in sentence case
// (roleafter.go), a companion fronted before the cast's verb
// (languagealongside.go), a career's verbs (languagecareerverbs.go) and
// the German part after the show (languageplayin.go), and what a person
// is awarded for (languageforrole.go).
var languageFormConstructions = []construction{
	{
		name: `a cast named as a place, whatever its verb: "En el reparto repiten A y B", "Nel cast ci saranno C e D", "I rollerna syns E och F"`,
		text: "Mar Salgado vuelve en mayo\n\nLa serie “Mar Salgado” vuelve en mayo. En el reparto repiten Odila Marrent y Teodoro Vasquel. " +
			"Nel cast ci saranno Nives Calandri e Ettore Spadafosca. I rollerna syns Linnea Holmqvar och Arvid Sjöberget.",
		want: []string{
			"cast|Odila Marrent|Mar Salgado||", "cast|Teodoro Vasquel|Mar Salgado||",
			"cast|Nives Calandri|Mar Salgado||", "cast|Ettore Spadafosca|Mar Salgado||",
			"cast|Linnea Holmqvar|Mar Salgado||", "cast|Arvid Sjöberget|Mar Salgado||",
		},
	},
	{
		name: `German and Dutch: "Im Cast sind außerdem A und B", "In de cast zitten C en D"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Im Cast sind außerdem Wiebke Sandrup und Tjark Hollmer. In de cast zitten Femke Doornwaard en Jelle Brakkenveld.",
		want: []string{
			"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||",
			"cast|Femke Doornwaard|Nordlicht||", "cast|Jelle Brakkenveld|Nordlicht||",
		},
	},
	{
		name: `a verb of arriving before a cast or a season: "A entra no elenco de T", "B arriva nella seconda stagione di T2", "C llega a la segunda temporada de T3"`,
		text: "Novidades da semana\n\nIlvana Prusset entra no elenco de “Vento Sul”. Nives Calandri arriva nella seconda stagione di «Il faro». Odila Marrent llega a la segunda temporada de “Mar Salgado”.",
		want: []string{"cast|Ilvana Prusset|Vento Sul||", "cast|Nives Calandri|Il faro||", "cast|Odila Marrent|Mar Salgado||"},
	},
	{
		name: `the credit verbs in their tenses: "A dirigiu", "B escribe", "C réalise", "D protagonizou", "E interpretarán a F"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. Cosme Taberner dirigiu a novela. Odila Marrent escribe la serie. " +
			"Lucien Marvaux réalise la série. Ilvana Prusset protagonizou a novela.",
		want: []string{
			"crew|Cosme Taberner|Vento Sul||director", "crew|Odila Marrent|Vento Sul||writer",
			"crew|Lucien Marvaux|Vento Sul||director", "cast|Ilvana Prusset|Vento Sul||",
		},
	},
	{
		name: `a part named after a title in sentence case: "A spielt in der Serie T die Rolle der C", "B ist in der Serie T als D zu sehen"`,
		text: "Neue Krimiserie\n\nWiebke Sandrup spielt in der Serie Der stille Hafen die Rolle der Marit. Tjark Hollmer ist in der Serie Der stille Hafen als Bent zu sehen.",
		want: []string{"cast|Wiebke Sandrup|Der stille Hafen|Marit|", "cast|Tjark Hollmer|Der stille Hafen|Bent|"},
	},
	{
		name: `a companion fronted before the cast's verb: "Neben A spielen B und C", "Accanto a D recitano E e F"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Neben Wiebke Sandrup spielen Tjark Hollmer und Jelle Brakkenveld. " +
			"Accanto a Nives Calandri recitano Ettore Spadafosca e Livia Marangotti.",
		want: []string{
			"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||", "cast|Jelle Brakkenveld|Nordlicht||",
			"cast|Nives Calandri|Nordlicht||", "cast|Ettore Spadafosca|Nordlicht||", "cast|Livia Marangotti|Nordlicht||",
		},
	},
	{
		name: `a career's verbs and "known for": "A trabalhou em “T”", "B, conocida por 'T2', protagoniza T3", "C (T4) vive D"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. Cosme Taberner trabalhou em “Maré Alta” (2021). " +
			"Odila Marrent, conocida por 'Luna de Sal', protagoniza la serie. Ilvana Prusset (Terra Fria) vive Bernarda.",
		want: []string{
			"cast|Cosme Taberner|Maré Alta||", "cast|Odila Marrent|Luna de Sal||", "cast|Odila Marrent|Vento Sul||",
			"cast|Ilvana Prusset|Terra Fria||", "cast|Ilvana Prusset|Vento Sul|Bernarda|",
		},
	},
	{
		name: `German, the part after the show: "A spielt in „T“ die Kommissarin C", "B spielt in der Serie die Hauptfigur der D"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Wiebke Sandrup spielt in „Nordlicht“ die Kommissarin Marit Olsen. Tjark Hollmer spielt in der Serie die Hauptfigur der Bent Larsen.",
		want: []string{"cast|Wiebke Sandrup|Nordlicht|Marit Olsen|", "cast|Tjark Hollmer|Nordlicht|Bent Larsen|"},
	},
	{
		name: `what a person is awarded for: "pour sa prestation dans T", "por su papel en “T2”", "per la sua interpretazione in T3"`,
		text: "Les prix de la semaine\n\nLucien Marvaux a reçu un prix pour sa prestation dans Port Salant, la série de Canal+. Odila Marrent ganó el premio por su papel en “Luna de Sal”. " +
			"Nives Calandri ha vinto il premio per la sua interpretazione in Il faro.",
		want: []string{"cast|Lucien Marvaux|Port Salant||", "cast|Odila Marrent|Luna de Sal||", "cast|Nives Calandri|Il faro||"},
	},
	{
		name: `a time inside a credit phrase: "A apparaîtra pour la deuxième fois dans T", "B rejoint à nouveau le casting de T", "C aparece pela segunda vez em T2"`,
		text: "Port Salant revient\n\nLa série Port Salant revient sur France 2. Lucien Marvaux apparaîtra pour la deuxième fois dans Port Salant. " +
			"Odila Marrent rejoint à nouveau le casting de Port Salant. Ilvana Prusset aparece pela segunda vez em “Vento Sul”.",
		want: []string{"cast|Lucien Marvaux|Port Salant||", "cast|Odila Marrent|Port Salant||", "cast|Ilvana Prusset|Vento Sul||"},
	},
	{
		name: `a describing word after "by": "C interprété par l’énergique A", "D interprétée par la talentueuse B", "E interpretato dal bravissimo F", "G interpretado pelo talentoso H"`,
		text: "Port Salant revient\n\nLa série Port Salant revient sur France 2. Marin Gaudet sera interprété par l’énergique Lucien Marvaux. " +
			"Anouk Ferrand sera interprétée par la talentueuse Odila Marrent. Bruno Lasco sarà interpretato dal bravissimo Ettore Spadafosca. " +
			"Rui Paz será interpretado pelo talentoso Cosme Taberner.",
		want: []string{
			"cast|Lucien Marvaux|Port Salant|Marin Gaudet|", "cast|Odila Marrent|Port Salant|Anouk Ferrand|",
			"cast|Ettore Spadafosca|Port Salant|Bruno Lasco|", "cast|Cosme Taberner|Port Salant|Rui Paz|",
		},
	},
	{
		name: `"to be" after a name's aside: "A, vue dans T2, sera C", "B, vista in T3, sarà D", "E, vista em T4, será F"`,
		text: "Port Salant revient\n\nLa série Port Salant revient sur France 2. Lucien Marvaux, vu dans Colline Noire, sera Marin. " +
			"Nives Calandri, vista in Il faro, sarà Anouk. Ilvana Prusset, vista em Vento Sul, será Bruna.",
		want: []string{
			"cast|Lucien Marvaux|Port Salant|Marin|", "cast|Lucien Marvaux|Colline Noire||",
			"cast|Nives Calandri|Port Salant|Anouk|", "cast|Nives Calandri|Il faro||",
			"cast|Ilvana Prusset|Port Salant|Bruna|", "cast|Ilvana Prusset|Vento Sul||",
		},
	},
	{
		name: `the future of joining and playing: "A fera partie du casting", "B farà parte del cast", "C fará parte do elenco", "D y incarnera E", "F dá vida à vilã G"`,
		text: "Port Salant revient\n\nLa série Port Salant revient sur France 2. Lucien Marvaux fera partie du casting. Nives Calandri farà parte del cast. " +
			"Ilvana Prusset fará parte do elenco. Odila Marrent y incarnera Anouk. Cosme Taberner dá vida à vilã Bruna.",
		want: []string{
			"cast|Lucien Marvaux|Port Salant||", "cast|Nives Calandri|Port Salant||", "cast|Ilvana Prusset|Port Salant||",
			"cast|Odila Marrent|Port Salant|Anouk|", "cast|Cosme Taberner|Port Salant|Bruna|",
		},
	},
	{
		name: `a fronted companion before two words: "Aux côtés de A, on retrouve B et C", "Accanto ad D ci saranno E e F"`,
		text: "Port Salant revient\n\nLa série Port Salant revient sur France 2. Aux côtés de Lucien Marvaux, on retrouve Odila Marrent et Cosme Taberner. " +
			"Accanto ad Ilvana Prusset ci saranno Nives Calandri e Ettore Spadafosca.",
		want: []string{
			"cast|Lucien Marvaux|Port Salant||", "cast|Odila Marrent|Port Salant||", "cast|Cosme Taberner|Port Salant||",
			"cast|Ilvana Prusset|Port Salant||", "cast|Nives Calandri|Port Salant||", "cast|Ettore Spadafosca|Port Salant||",
		},
	},
}
