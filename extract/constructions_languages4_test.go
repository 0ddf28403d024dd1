package extract

// languageOrderConstructions are TestConstructions' cases for the word
// order of other languages that a word for word reading misses
// (languagede.go).
var languageOrderConstructions = []construction{
	{
		name: `German: "die Krimiserie „T“ mit A", "den Fernsehfilm „T2“, mit B und C in den Hauptrollen", "„T3“ ist ein Film mit D": a noun of works in capitals after an article is the noun in lower case; „T“ closed by “`,
		text: "Neue Serie „Nordwind“\n\nSat.1 zeigt die Krimiserie „Grauer Hafen“ mit Tilo Varnhorst. Das Erste zeigt den Fernsehfilm „Kaltes Land“, mit Oda Brenn und Rafa Quintel in den Hauptrollen. „Weißer Sand“ ist ein Film mit Sven Kallo.",
		want: []string{"cast|Tilo Varnhorst|Grauer Hafen||", "cast|Oda Brenn|Kaltes Land||", "cast|Rafa Quintel|Kaltes Land||", "cast|Sven Kallo|Weißer Sand||"},
	},
	{
		name: `German passive, the participle last: "Die Hauptrollen werden von den Schauspielerinnen A und B dargestellt", "C wird von D gespielt", "In „T“ wird C2 von E verkörpert", "Die Serie wird von X inszeniert": "played by", "directed by"`,
		text: "Neue Serie „Nordwind“\n\nDie Hauptrollen werden von den Schauspielerinnen Ilse Marow und Oda Brenn dargestellt. Lene wird von Sven Kallo gespielt. In „Kaltes Land“ wird Tamo von Rafa Quintel verkörpert. Die Serie „Grauer Hafen“ wird von Tilo Varnhorst inszeniert.",
		want: []string{"cast|Ilse Marow|Nordwind||", "cast|Oda Brenn|Nordwind||", "cast|Sven Kallo|Nordwind|Lene|", "cast|Rafa Quintel|Kaltes Land|Tamo|", "crew|Tilo Varnhorst|Grauer Hafen||director"},
	},
	{
		name: `German verb second: "In der Serie spielt A die Rolle von C", "Daneben übernimmt B die Rolle des C2", "Seit 2020 verkörpert D die Kommissarin C3", "Im Film spielt E die Hauptrolle": the name after the verb its subject, no part of the adverb before; "die Kommissarin", "die Ärztin", "den Vater" before a name no part of it`,
		text: "Neue Serie „Nordwind“\n\nIn der Serie spielt Sven Kallo die Rolle von Lene. Daneben übernimmt Rafa Quintel die Rolle des Tamo. Seit 2020 verkörpert Ilse Marow die Kommissarin Lene Falk. Im Film spielt Oda Brenn die Hauptrolle. Tilo Varnhorst spielt die Ärztin Mira Sand. Iker Duvall spielt den Vater Tamo Falk.",
		want: []string{"cast|Sven Kallo|Nordwind|Lene|", "cast|Rafa Quintel|Nordwind|Tamo|", "cast|Ilse Marow|Nordwind|Lene Falk|", "cast|Oda Brenn|Nordwind||",
			"cast|Tilo Varnhorst|Nordwind|Mira Sand|", "cast|Iker Duvall|Nordwind|Tamo Falk|"},
	},
}

// languageCastConstructions are TestConstructions' cases for who makes up
// a cast, in other languages (languagecast.go).
var languageCastConstructions = []construction{
	{
		name: `Spanish, Portuguese, Italian: "El elenco está encabezado por A y B", "C y D encabezan el reparto", "E encabeça o elenco", "Il cast, guidato da F": "led by", "lead the cast"`,
		text: "La serie “Mar Salado” llega en mayo\n\nEl elenco está encabezado por Noa Brisco y Tavo Ruelas. Vera Lunde e Iker Duvall encabezan el reparto. Rafa Quintel encabeça o elenco. Il cast, guidato da Lia Ferrandi, arriva a maggio.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Iker Duvall|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Lia Ferrandi|Mar Salado||"},
	},
	{
		name: `"El reparto está compuesto por A, B y C", "Il cast è composto da D e E", "O elenco é formado por F", "Le casting est composé de G", "Die Besetzung besteht aus H": "consists of"`,
		text: "La serie “Mar Salado” llega en mayo\n\nEl reparto está compuesto por Noa Brisco, Tavo Ruelas y Vera Lunde. Il cast è composto da Lia Ferrandi e Iker Duvall. O elenco é formado por Rafa Quintel. Le casting est composé de Luc Parrell. Die Besetzung besteht aus Sven Kallo.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Lia Ferrandi|Mar Salado||", "cast|Iker Duvall|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Luc Parrell|Mar Salado||", "cast|Sven Kallo|Mar Salado||"},
	},
	{
		name: `"En el elenco figuran A y B", "Nel cast troviamo C e D", "No elenco estão E", "O elenco conta com F", "Zur Besetzung gehören G und H": "in the cast are", "the cast includes"`,
		text: "La serie “Mar Salado” llega en mayo\n\nEn el elenco figuran Noa Brisco y Tavo Ruelas. Nel cast troviamo Lia Ferrandi e Iker Duvall. No elenco estão Vera Lunde. O elenco conta com Rafa Quintel. Zur Besetzung gehören Sven Kallo und Ilse Marow.",
		want: []string{"cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||", "cast|Lia Ferrandi|Mar Salado||", "cast|Iker Duvall|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Sven Kallo|Mar Salado||", "cast|Ilse Marow|Mar Salado||"},
	},
}

// languageLeadConstructions are TestConstructions' cases for "the leads
// are" in Italian and Spanish (languagecast.go).
var languageLeadConstructions = []construction{
	{
		name: `"Protagonisti sono A e B", "I protagonisti sono C", "Los protagonistas son D y E": "Starring are"`,
		text: "La serie “Mar Salado” llega en mayo\n\nProtagonisti sono Lia Ferrandi e Iker Duvall. I protagonisti sono Rafa Quintel. Los protagonistas son Noa Brisco y Tavo Ruelas.",
		want: []string{"cast|Lia Ferrandi|Mar Salado||", "cast|Iker Duvall|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Noa Brisco|Mar Salado||", "cast|Tavo Ruelas|Mar Salado||"},
	},
}

// languageIdiomConstructions are TestConstructions' cases for idioms of
// playing a part and of acting opposite someone (languageidioms.go).
var languageIdiomConstructions = []construction{
	{
		name: `French: "A prête ses traits au personnage de C", "B prêtera ses traits à C2", "D dans la peau du commissaire C3", "E donnera la réplique à F": "plays", "as the", "will star opposite"`,
		text: "«Vent du Nord» arrive sur France 2\n\nLuc Parrell prête ses traits au personnage de Paul Vidal. Anne Sivet prêtera ses traits à Lise Orvain. On y retrouve Omar Sylvan dans la peau du commissaire Marc Tellier. Odile Verran donnera la réplique à Iker Duvall.",
		want: []string{"cast|Luc Parrell|Vent du Nord|Paul Vidal|", "cast|Anne Sivet|Vent du Nord|Lise Orvain|", "cast|Omar Sylvan|Vent du Nord|Marc Tellier|", "cast|Odile Verran|Vent du Nord||", "cast|Iker Duvall|Vent du Nord||"},
	},
	{
		name: `Spanish, Portuguese, Italian, German: "A se pone en la piel de C", "B comparte créditos con D", "E contracena com F", "G estará na novela na pele de C2", "H presta il volto a C3", "I schlüpft in die Rolle der C4"`,
		text: "La serie “Mar Salado” llega en mayo\n\nNoa Brisco se pone en la piel de Estela. Tavo Ruelas comparte créditos con Vera Lunde. Rafa Quintel contracena com Iker Duvall. Odile Verran estará na novela na pele de Ismenia. Lia Ferrandi presta il volto a Giulia Sarti. Ilse Marow schlüpft in die Rolle der Lene Falk.",
		want: []string{"cast|Noa Brisco|Mar Salado|Estela|", "cast|Tavo Ruelas|Mar Salado||", "cast|Vera Lunde|Mar Salado||", "cast|Rafa Quintel|Mar Salado||", "cast|Iker Duvall|Mar Salado||",
			"cast|Odile Verran|Mar Salado|Ismenia|", "cast|Lia Ferrandi|Mar Salado|Giulia Sarti|", "cast|Ilse Marow|Mar Salado|Lene Falk|"},
	},
	{
		name: `"A será la encargada de dar vida a C", "será quien dé vida a", "B hará el papel de C2", "D fará o papel de C3", "E aura le rôle de C4", "F avrà il ruolo di C5", "farà la parte di": "will play"`,
		text: "La serie “Mar Salado” llega en mayo\n\nNoa Brisco será la encargada de dar vida a Estela. Tavo Ruelas hará el papel de Bruno Sáenz. Rafa Quintel fará o papel de Ismenia. Anne Sivet aura le rôle de Lise Orvain. Lia Ferrandi avrà il ruolo di Giulia Sarti. Vera Lunde será quien dé vida a Irmela.",
		want: []string{"cast|Noa Brisco|Mar Salado|Estela|", "cast|Tavo Ruelas|Mar Salado|Bruno Sáenz|", "cast|Rafa Quintel|Mar Salado|Ismenia|", "cast|Anne Sivet|Mar Salado|Lise Orvain|",
			"cast|Lia Ferrandi|Mar Salado|Giulia Sarti|", "cast|Vera Lunde|Mar Salado|Irmela|"},
	},
}

// languageAndConstructions are TestConstructions' cases for "and" in a
// list of names in German (languages.go).
var languageAndConstructions = []construction{
	{
		name: `German: "In den Hauptrollen sind A („T1“), B („T2“) sowie C („T3“, „T4“) und D zu sehen": "sowie" ("as well as") is "and" in the list`,
		text: "Neue Serie „Nordwind“\n\nIn den Hauptrollen sind Sven Kallo („Grauer Hafen“), Ilse Marow („Kaltes Land“) sowie Oda Brenn („Weißer Sand“, „Roter Mond“) und Tilo Varnhorst zu sehen.",
		want: []string{"cast|Sven Kallo|Nordwind||", "cast|Ilse Marow|Nordwind||", "cast|Oda Brenn|Nordwind||", "cast|Tilo Varnhorst|Nordwind||",
			"cast|Sven Kallo|Grauer Hafen||", "cast|Ilse Marow|Kaltes Land||", "cast|Oda Brenn|Weißer Sand||", "cast|Oda Brenn|Roter Mond||"},
	},
}

// languagePassiveConstructions are TestConstructions' cases for "played
// by" in Portuguese (languages.go, languagewords.go).
var languagePassiveConstructions = []construction{
	{
		name: `Portuguese: "A protagonista C é vivida pela atriz A", "O personagem C2 é vivido pelo ator B", "os personagens serão vividos por D e E": "is played by (the) actress A", "will be played by D and E"`,
		text: "A nova novela “Mar Salado”, da rede Globo, estreia nesta segunda-feira.\n\nA protagonista Lena é vivida pela atriz Vera Lunde, uma vendedora. O personagem Tavo é vivido pelo ator Rafa Quintel. Amores antigos também voltarão, e os personagens serão vividos por Noa Brisco e Iker Duvall.",
		want: []string{"cast|Vera Lunde|Mar Salado|Lena|", "cast|Rafa Quintel|Mar Salado|Tavo|", "cast|Noa Brisco|Mar Salado||", "cast|Iker Duvall|Mar Salado||"},
	},
}

// languageJobConstructions are TestConstructions' cases for a job noun
// after a name in French (languages.go).
var languageJobConstructions = []construction{
	{
		name: `French: "se réjouit A, le producteur", "B, la réalisatrice, est là": "A, the producer", "B, the director"`,
		text: "La série « Vent du Nord » arrive sur France 2\n\n« C’est un beau cadeau », se réjouit Luc Parrell, le producteur. Anne Sivet, la réalisatrice, est là.",
		want: []string{"crew|Luc Parrell|Vent du Nord||producer", "crew|Anne Sivet|Vent du Nord||director"},
	},
}

// languageStaffConstructions are TestConstructions' cases for staff
// credits in Spanish, Portuguese, French and German: staff lines
// (stafflines.go) and "X (T) se encarga de la dirección" (languages.go).
var languageStaffConstructions = []construction{
	{
		name: `Spanish staff lines with full stops: "- Dirección: A.", "- Guion: B.", "- Arte: C, D.", "- Dirección de sonido: E.", "- Edición: F.": crew on the article's show, a job where the noun alone names one`,
		text: "La serie “Mar Salado” llega en mayo\n\nEl resto del staff es el siguiente:\n\n- Dirección: Noa Brisco.\n- Guion: Tavo Ruelas.\n- Arte: Ilse Marow, Oda Brenn.\n- Dirección de sonido: Lia Ferrandi.\n- Edición: Tilo Varnhorst.",
		want: []string{"crew|Noa Brisco|Mar Salado||director", "crew|Tavo Ruelas|Mar Salado||writer", "crew|Ilse Marow|Mar Salado||", "crew|Oda Brenn|Mar Salado||", "crew|Lia Ferrandi|Mar Salado||", "crew|Tilo Varnhorst|Mar Salado||"},
	},
	{
		name: `French, German, Portuguese staff lines: "- Réalisation : A.", "- Scénario : B et C.", "- Drehbuch: D und E.", "- Roteiro: F e G.", "- Música: H."`,
		text: "La serie “Mar Salado” llega en mayo\n\nÉquipe :\n\n- Réalisation : Luc Parrell.\n- Scénario : Anne Sivet et Omar Sylvan.\n- Drehbuch: Sven Kallo und Ilse Marow.\n- Roteiro: Rafa Quintel e Vera Lunde.\n- Música: Iker Duvall.",
		want: []string{"crew|Luc Parrell|Mar Salado||director", "crew|Anne Sivet|Mar Salado||writer", "crew|Omar Sylvan|Mar Salado||writer", "crew|Sven Kallo|Mar Salado||writer", "crew|Ilse Marow|Mar Salado||writer",
			"crew|Rafa Quintel|Mar Salado||writer", "crew|Vera Lunde|Mar Salado||writer", "crew|Iker Duvall|Mar Salado||"},
	},
	{
		name: `Spanish staff duties: "A (T1, T2) se encarga de la dirección", "B (T3) se encarga de la composición", "C (T4) realiza los diseños de personajes", "D (T1, T3) compone la música", "E se encarga de la producción", "F se encargará del guion": "is directing", "is handling series composition", ...; the works in brackets the person's, no cast`,
		text: "La serie “Mar Salado” llega en mayo\n\nTavo Ruelas (Luna Roja, Cielo Gris) se encarga de la dirección del anime bajo el estudio Nubeluz. Noa Brisco (Campo Verde) se encarga de la composición del anime, y Vera Lunde (Río Frío) realiza los diseños de personajes. Iker Duvall (Cielo Gris, Campo Verde) compone la música. Rafa Quintel se encarga de la producción. Sven Kallo se encargará del guion.",
		want: []string{"crew|Tavo Ruelas|Luna Roja||", "crew|Tavo Ruelas|Cielo Gris||", "crew|Tavo Ruelas|Mar Salado||director", "crew|Noa Brisco|Campo Verde||", "crew|Noa Brisco|Mar Salado||writer",
			"crew|Vera Lunde|Río Frío||", "crew|Vera Lunde|Mar Salado||", "crew|Iker Duvall|Cielo Gris||", "crew|Iker Duvall|Campo Verde||", "crew|Iker Duvall|Mar Salado||",
			"crew|Rafa Quintel|Mar Salado||producer", "crew|Sven Kallo|Mar Salado||writer"},
	},
}
