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

// languageCareerConstructions are TestConstructions' cases for a person's
// other credits and casting predicates in other languages
// (languagecareer.go).
var languageCareerConstructions = []construction{
	{
		name: `Spanish: "Está protagonizada por A y B": a verb opening the sentence is no title`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Está protagonizada por Odila Marrent y Teodoro Vasquel.",
		want: []string{"cast|Odila Marrent|Brasa Lenta||", "cast|Teodoro Vasquel|Brasa Lenta||"},
	},
	{
		name: `"recordada por su papel en T2", "lembrada ainda por sua atuação em T3", "connu pour son interprétation dans T4", "nota per il suo ruolo in T5": "remembered (known) for her role in"`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Odila Marrent, recordada por su papel en “Sol de Arena”, interpreta a Marta. " +
			"Ilvana Prusset, lembrada ainda por sua atuação em “Maré Funda”, também é um nome forte. Gaspard Lemarchal, connu pour son interprétation dans « Les Brisants », est là. " +
			"Nives Calandri, nota per il suo ruolo in «Il Vetraio», è tornata.",
		want: []string{
			"cast|Odila Marrent|Brasa Lenta|Marta|", "cast|Odila Marrent|Sol de Arena||", "cast|Ilvana Prusset|Maré Funda||",
			"cast|Gaspard Lemarchal|Les Brisants||", "cast|Nives Calandri|Il Vetraio||",
		},
	},
	{
		name: `"A, que participó en T1 y T2, encabeza el reparto": "who appeared in"; "B, remarquée dans T3, joue C": "seen in"`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. La actriz Odila Marrent, que participó en “Sol de Arena” y “Mar Quieto”, encabeza el reparto. " +
			"Solène Prévotel, remarquée dans « Les Brisants », joue Marthe.",
		want: []string{
			"cast|Odila Marrent|Brasa Lenta||", "cast|Odila Marrent|Sol de Arena||", "cast|Odila Marrent|Mar Quieto||",
			"cast|Solène Prévotel|Brasa Lenta|Marthe|", "cast|Solène Prévotel|Les Brisants||",
		},
	},
	{
		name: `French: "B, à l’origine de la série": "the creator of"; "A et C tiennent les rôles principaux": "play the leads"; "D et E sont au casting": "join the cast"`,
		text: "« Les Brumes » arrive sur TF1\n\nLa série « Les Brumes » arrive en mai. Aurélie Castanet, à l’origine de la série, est ravie. " +
			"Gaspard Lemarchal et Maëlle Fourquet tiennent les rôles principaux. Solène Prévotel et Odila Marrent sont au casting.",
		want: []string{
			"crew|Aurélie Castanet|Les Brumes||creator", "cast|Gaspard Lemarchal|Les Brumes||", "cast|Maëlle Fourquet|Les Brumes||",
			"cast|Solène Prévotel|Les Brumes||", "cast|Odila Marrent|Les Brumes||",
		},
	},
	{
		name: `German "A und B spielen die Hauptrollen", Italian "C e D interpretano i ruoli principali": "play the leads"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Wiebke Sandrup und Tjark Hollmer spielen die Hauptrollen.",
		want: []string{"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||"},
	},
	{
		name: `Italian "C e D interpretano i ruoli principali"; "E vestirà i panni di F"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Nives Calandri e Ettore Spadafosca interpretano i ruoli principali. Ortensia Gallavresi vestirà i panni di Livia.",
		want: []string{"cast|Nives Calandri|Il faro||", "cast|Ettore Spadafosca|Il faro||", "cast|Ortensia Gallavresi|Il faro|Livia|"},
	},
	{
		name: `Spanish "A y B fueron confirmados en el elenco"; Portuguese "A novela é de autoria de X": "is written by"`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Además, Odila Marrent y Teodoro Vasquel fueron confirmados en el elenco.\n\nA novela “Vento Sul” estreia em maio. A novela é de autoria de Cosme Taberner.",
		want: []string{"cast|Odila Marrent|Brasa Lenta||", "cast|Teodoro Vasquel|Brasa Lenta||", "crew|Cosme Taberner|Vento Sul||writer"},
	},
	{
		name: `"Completan el elenco figuras de trayectoria como A y B": "figuras" a noun of people before "como"; not after a name ("des copains de Niro comme A": no title "Niro")`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Completan el elenco figuras de trayectoria como Odila Marrent y Teodoro Vasquel, quienes aportan peso dramático.\n\n" +
			"Le premier épisode montre le potentiel d’une série avec les apparitions des copains de Brusset comme Gaspard Lemarchal et Solène Prévotel.",
		want: []string{"cast|Odila Marrent|Brasa Lenta||", "cast|Teodoro Vasquel|Brasa Lenta||"},
	},
	{
		name: `not a credit: "recordada por su papel en la televisión" names no work`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Odila Marrent, recordada por su papel en la televisión de los noventa, vive en Madrid.",
		want: nil,
	},
}

// languageCareerMoreConstructions are TestConstructions' further cases
// for languagecareer.go: makers' nouns, verbs of signing, reprising and
// acting, and "also".
var languageCareerMoreConstructions = []construction{
	{
		name: `"X, creador de “T”", "Y, créatrice de « T »": "creator of"; "Z assina o roteiro", "W firma la regia": "writes the script", "directs"`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Teodoro Vasquel, creador de “Brasa Lenta”, habló con la prensa.\n\n" +
			"A novela “Vento Sul” estreia em maio. Cosme Taberner assina o roteiro da novela.",
		want: []string{"crew|Teodoro Vasquel|Brasa Lenta||creator", "crew|Cosme Taberner|Vento Sul||writer"},
	},
	{
		name: `Italian "W firma la regia": "directs"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Ettore Spadafosca firma la regia.",
		want: []string{"crew|Ettore Spadafosca|Il faro||director"},
	},
	{
		name: `"A, que deu vida a C em T2": "who played C in T2"; "B reprend son rôle de D": "reprises role as D"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. Ilvana Prusset, que deu vida a Lola em “Maré Funda”, volta à TV.\n\n" +
			"La série « Les Brumes » arrive en mai. Solène Prévotel reprend son rôle de Marthe.",
		want: []string{"cast|Ilvana Prusset|Maré Funda|Lola|", "cast|Solène Prévotel|Les Brumes|Marthe|"},
	},
	{
		name: `"A è la protagonista di «T»", "B es el protagonista de T": "stars in"; "C ha recitato in «T1» e «T2»": "starred in", "e" between quoted titles "and"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Nives Calandri è la protagonista di «Il faro». Ettore Spadafosca ha recitato in «Il Vetraio» e «Mare Lento».",
		want: []string{"cast|Nives Calandri|Il faro||", "cast|Ettore Spadafosca|Il Vetraio||", "cast|Ettore Spadafosca|Mare Lento||"},
	},
	{
		name: `"O ator A também está confirmado no elenco": "also joins the cast"; German "B und C sind in den Hauptrollen zu sehen": "star"; "D, E und F sind die Zugpferde dieses Projekts"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. O ator Cosme Taberner também está confirmado no elenco.\n\n" +
			"Das ZDF dreht die Krimiserie „Nordlicht“. Wiebke Sandrup und Tjark Hollmer sind in den Hauptrollen zu sehen.\n\n" +
			"„Sturmzeit“: Gesa Brunnhuber, Ole Tiedjen und Janne Wohlgast sind die Zugpferde dieses Projekts.",
		want: []string{
			"cast|Cosme Taberner|Vento Sul||", "cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||",
			"cast|Gesa Brunnhuber|Sturmzeit||", "cast|Ole Tiedjen|Sturmzeit||", "cast|Janne Wohlgast|Sturmzeit||",
		},
	},
	{
		name: `Spanish "A también protagonizará el anime": "also headlines"`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Odila Marrent también protagonizará la serie.",
		want: []string{"cast|Odila Marrent|Brasa Lenta||"},
	},
	{
		name: `not a credit: "e" between a closing quote and a word ("«T» e poi")`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Il pubblico ama «Il faro» e poi anche la musica.",
		want: nil,
	},
}

// languageCastMoreConstructions are TestConstructions' cases for the
// casting phrases of castMorePhrases and careerCues (languagecareer.go).
var languageCastMoreConstructions = []construction{
	{
		name: `Dutch: "De hoofdrol is voor A" ("starring"), "B, C en D zijn te zien in de serie" ("appear in"), "E regisseert de serie" ("directs")`,
		text: "Rode Haven in mei\n\nDe serie Rode Haven start in mei. De hoofdrol is voor Wiebke Sandrup. Gesa Brunnhuber, Ole Tiedjen en Janne Wohlgast zijn te zien in de serie. Tjark Hollmer regisseert de serie.",
		want: []string{
			"cast|Wiebke Sandrup|Rode Haven||", "cast|Gesa Brunnhuber|Rode Haven||", "cast|Ole Tiedjen|Rode Haven||", "cast|Janne Wohlgast|Rode Haven||",
			"crew|Tjark Hollmer|Rode Haven||director",
		},
	},
	{
		name: `Swedish "I rollerna syns A och B": "starring"`,
		text: "Serien ”Röd hamn” har premiär i maj\n\nSerien ”Röd hamn” har premiär i maj. I rollerna syns Gesa Brunnhuber och Ole Tiedjen.",
		want: []string{"cast|Gesa Brunnhuber|Röd hamn||", "cast|Ole Tiedjen|Röd hamn||"},
	},
	{
		name: `Spanish "A y B son los encargados de dar vida a C y D" ("play"), "E estará acompañada por F y G" ("stars alongside")`,
		text: "Brasa Lenta llega en mayo\n\nLa serie “Brasa Lenta” llega en mayo. Odila Marrent y Teodoro Vasquel son los encargados de dar vida a Marta y Pedro. " +
			"Nuria Alcobendil estará acompañada por Ramona Esquivela y Fidel Marrascos.",
		want: []string{
			"cast|Odila Marrent|Brasa Lenta|Marta|", "cast|Teodoro Vasquel|Brasa Lenta|Pedro|",
			"cast|Nuria Alcobendil|Brasa Lenta||", "cast|Ramona Esquivela|Brasa Lenta||", "cast|Fidel Marrascos|Brasa Lenta||",
		},
	},
	{
		name: `Portuguese "Além de A, o elenco tem B" ("the cast includes"), "C e D formam o casal protagonista" ("star")`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. Além de Ilvana Prusset, o elenco tem Cosme Taberner. Gesa Brunnhuber e Ole Tiedjen formam o casal protagonista.",
		want: []string{"cast|Cosme Taberner|Vento Sul||", "cast|Gesa Brunnhuber|Vento Sul||", "cast|Ole Tiedjen|Vento Sul||"},
	},
	{
		name: `French "A y tient le rôle de C" ("plays"; "y" is no "and"), "Le casting compte aussi B et D" ("the cast includes"); German "An ihrer Seite spielen E und F"`,
		text: "« Les Brumes » arrive sur TF1\n\nLa série « Les Brumes » arrive en mai. Aurélie Castanet y tient le rôle de Marthe. Le casting compte aussi Gaspard Lemarchal et Maëlle Fourquet.\n\n" +
			"Das ZDF dreht die Krimiserie „Nordlicht“. An ihrer Seite spielen Wiebke Sandrup und Tjark Hollmer.",
		want: []string{
			"cast|Aurélie Castanet|Les Brumes|Marthe|", "cast|Gaspard Lemarchal|Les Brumes||", "cast|Maëlle Fourquet|Les Brumes||",
			"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||",
		},
	},
	{
		name: `Swedish "som" after a plural noun of works, before a title: "like" ("Han har haft roller i tv-serier som ”T1” och ”T2”", "filmer som T3 och T4"); "i rollen som C" stays "as"`,
		text: "Serien Nordhav\n\nSerien ”Nordhav” har premiär i maj. Ole Tiedjen medverkar i rollen som Tjalve i serien. Han har haft roller i tv-serier som ”Rymdhamn” och ”Ängelvakt”. Gesa Brunnhuber har spelat i filmer som Kallskär och Bleka vägen.",
		want: []string{
			"cast|Ole Tiedjen|Nordhav|Tjalve|", "cast|Ole Tiedjen|Rymdhamn||", "cast|Ole Tiedjen|Ängelvakt||",
			"cast|Gesa Brunnhuber|Kallskär||", "cast|Gesa Brunnhuber|Bleka vägen||",
		},
	},
	{
		name: `Spanish "ha" read as "has" ends a list of titles before the next clause's subject: "A ha aparecido en series como T1 (Netflix) y B ha trabajado en programas como T2" ("has worked on")`,
		text: "Brasa Lenta llega en mayo\n\nLa telenovela “Brasa Lenta” se estrena hoy con Odila Marrent y Teodoro Vasquel. Odila Marrent ha aparecido en series como Control Norte (Netflix) y Teodoro Vasquel ha trabajado en programas como Los ricos no lloran.",
		want: []string{"cast|Odila Marrent|Control Norte||", "cast|Teodoro Vasquel|Los ricos no lloran||"},
	},
	{
		name: `not a credit: "De film is te zien in de bioscoop" names no one`,
		text: "Rode Haven in mei\n\nDe film Rode Haven is te zien in de bioscoop. De hoofdrol is voor een hond.",
		want: nil,
	},
}

func init() {
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageSourceConstructions...)
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageCareerConstructions...)
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageCareerMoreConstructions...)
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageCastMoreConstructions...)
}
