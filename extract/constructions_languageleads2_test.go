package extract

// languageLeadPredicateConstructions are TestConstructions' cases for the
// predicates of the leads after a list of names in other languages, and
// German "vor der Kamera".
var languageLeadPredicateConstructions = []construction{
	{
		name: `Spanish "A y B fueron anunciados como los grandes antagonistas de la historia", "C y D serán los protagonistas de la historia": cast in the sentence's show`,
		text: "La nueva serie 'Río Velado' llega en mayo. Odila Marrent y Teodoro Vasquel fueron anunciados como los grandes antagonistas de la historia. Ana Selo y Bruno Vatek serán los protagonistas de la historia.",
		want: []string{"cast|Odila Marrent|Río Velado||", "cast|Teodoro Vasquel|Río Velado||", "cast|Ana Selo|Río Velado||", "cast|Bruno Vatek|Río Velado||"},
	},
	{
		name: `Portuguese "A e B assumem os papéis de protagonistas", "C e D são os protagonistas da trama", "E foi confirmada como a vilã": cast in the sentence's show`,
		text: "Globo prepara nova novela\n\nA nova novela das seis, Maré Funda, estreia em maio. Ilvana Prusset e Teodoro Vasquel assumem os papéis de protagonistas. Ana Selo e Bruno Vatek são os protagonistas da trama. Carla Mento foi confirmada como a vilã.",
		want: []string{"cast|Ilvana Prusset|Maré Funda||", "cast|Teodoro Vasquel|Maré Funda||", "cast|Ana Selo|Maré Funda||", "cast|Bruno Vatek|Maré Funda||", "cast|Carla Mento|Maré Funda||"},
	},
	{
		name: `German "A und B übernehmen die Hauptrollen", Dutch "C en D vertolken de hoofdrollen": cast in the sentence's show`,
		text: "Die neue Serie „Nordlicht“ startet im Mai. Ana Selo und Bruno Vatek übernehmen die Hauptrollen.\n\nDe nieuwe serie 'Zeewind' start in mei. Carla Mento en Teodoro Vasquel vertolken de hoofdrollen.",
		want: []string{"cast|Ana Selo|Nordlicht||", "cast|Bruno Vatek|Nordlicht||", "cast|Carla Mento|Zeewind||", "cast|Teodoro Vasquel|Zeewind||"},
	},
	{
		name: `German "A steht für „T“ vor der Kamera", "B stand als C in „T2“ vor der Kamera", "D stand in „T3“ vor der Kamera": cast in T, C in T2, cast in T3`,
		text: "Die neue Serie „Nordlicht“ startet im Mai. Ana Selo steht für „Nordlicht“ vor der Kamera. Bruno Vatek stand als Tavrio Mell in „Eisfeld“ vor der Kamera. Carla Mento stand in „Sturmhof“ vor der Kamera.",
		want: []string{"cast|Ana Selo|Nordlicht||", "cast|Bruno Vatek|Eisfeld|Tavrio Mell|", "cast|Carla Mento|Sturmhof||"},
	},
	{
		name: `French "Mais aussi A (T2), B et C" after a sentence of the cast, Italian "Ma anche D e E": "Also starring A (T2), B and C", cast in the sentence's show (and A in T2)`,
		text: "La nouvelle série « Marée basse » arrive en mai. Au casting, on retrouvera Ana Selo et Bruno Vatek.\n\nMais aussi Carla Mento (Nuit blanche), Teodoro Vasquel et Ilvana Prusset.\n\nLa nuova serie 'Porto Scuro' arriva a maggio. Nel cast ci sono Gaspard Lemarchal e Tavro Kessel. Ma anche Nives Calandri e Odila Marrent.",
		want: []string{"cast|Ana Selo|Marée basse||", "cast|Bruno Vatek|Marée basse||", "cast|Carla Mento|Marée basse||", "cast|Carla Mento|Nuit blanche||", "cast|Teodoro Vasquel|Marée basse||", "cast|Ilvana Prusset|Marée basse||", "cast|Gaspard Lemarchal|Porto Scuro||", "cast|Tavro Kessel|Porto Scuro||", "cast|Nives Calandri|Porto Scuro||", "cast|Odila Marrent|Porto Scuro||"},
	},
	{
		name: `a roundup's line "T (Network) : A et B rejoignent la saison 2" (French), "T2 : C arriva nel cast" (Italian): cast in the line's show`,
		text: "Les infos séries du jour\n\nMarée basse (HBO) : Ana Selo et Bruno Vatek rejoignent la saison 2.\n\nPorto Scuro (Rai) : Gaspard Lemarchal arriva nel cast.",
		want: []string{"cast|Ana Selo|Marée basse||", "cast|Bruno Vatek|Marée basse||", "cast|Gaspard Lemarchal|Porto Scuro||"},
	},
	{
		name: `French "A, qui incarne depuis 2005 C dans T2, ..." and "B incarne D dans T3" (a title after "dans" unquoted), Spanish "E interpreta desde 2019 a F en «T4»": the year after "since" dropped, the part played in the title`,
		text: "La nouvelle série « Marée basse » arrive en mai. Ana Selo, qui incarne depuis 2005 Tavrio Mell dans Engrenages, rejoint le casting. Bruno Vatek incarne Luc Ferrand dans Sentinelles.\n\nLa nueva serie 'Río Velado' llega en mayo. Carla Mento interpreta desde 2019 a Nives Calandri en «Puerto Frío».",
		want: []string{"cast|Ana Selo|Marée basse||", "cast|Ana Selo|Engrenages|Tavrio Mell|", "cast|Bruno Vatek|Sentinelles|Luc Ferrand|", "cast|Carla Mento|Puerto Frío|Nives Calandri|"},
	},
	{
		name: `Dutch with the verb last: "Zo hebben onder meer A, B en C een rol bemachtigd", "Daarnaast hebben D en E een rol gekregen": cast in the sentence's show`,
		text: "De nieuwe serie 'Zeewind' start in mei.\n\nIn Zeewind verschijnen ook tal van bekende namen. Zo hebben onder meer Ana Selo, Bruno Vatek en Carla Mento een rol bemachtigd. Daarnaast hebben Teodoro Vasquel en Ilvana Prusset een rol gekregen.",
		want: []string{"cast|Ana Selo|Zeewind||", "cast|Bruno Vatek|Zeewind||", "cast|Carla Mento|Zeewind||", "cast|Teodoro Vasquel|Zeewind||", "cast|Ilvana Prusset|Zeewind||"},
	},
	{
		name: `Portuguese "A foi escalada para viver a vilã", "B também foi escalado, assim como C": cast in the sentence's show`,
		text: "Globo prepara nova novela\n\nA nova novela das seis, Maré Funda, estreia em maio. Ilvana Prusset foi escalada para viver a vilã. Teodoro Vasquel também foi escalado, assim como Carla Mento.",
		want: []string{"cast|Ilvana Prusset|Maré Funda||", "cast|Teodoro Vasquel|Maré Funda||", "cast|Carla Mento|Maré Funda||"},
	},
}

func init() {
	languageTitledConstructions = append(languageTitledConstructions, languageLeadPredicateConstructions...)
}
