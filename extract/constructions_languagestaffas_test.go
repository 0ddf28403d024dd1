package extract

// languageStaffAsConstructions are TestConstructions' cases for a job noun
// after the word for "as" in staff copy of other languages ("A come
// direttore della serie", "B como diretor da novela") and for a title in
// sentence case after "intitolato", "intitulada" ("titled").
var languageStaffAsConstructions = []construction{
	{
		name: `Italian: "ci sono: A come direttore della serie, B (T1 e T2) come scrittrice dei copioni, C e D come produttori": crew with the job in the sentence's show`,
		text: "Annunciato lo staff di Velkaro\n\nIl sito ufficiale ha annunciato lo staff della serie intitolata Velkaro.\n\nTra gli altri membri del cast, ci sono: Teodoro Vasquel come direttore della serie, Ilvana Prusset (che ha partecipato ad opere come Brasa Lenta e Tavrio) come scrittrice dei copioni, Odila Marrent e Sorune Hazabiki come produttori.",
		want: []string{"crew|Ilvana Prusset|Velkaro||writer", "crew|Odila Marrent|Velkaro||producer", "crew|Sorune Hazabiki|Velkaro||producer", "crew|Teodoro Vasquel|Velkaro||director"},
	},
	{
		name: `Portuguese: "A como diretor da novela e B como roteirista" after a name`,
		text: "Maré Funda ganha equipe\n\nA novela Maré Funda estreia em maio, com Teodoro Vasquel como diretor da novela e Ilvana Prusset como roteirista.",
		want: []string{"crew|Ilvana Prusset|Maré Funda||writer", "crew|Teodoro Vasquel|Maré Funda||director"},
	},
	{
		name: `Italian: "la serie di live action intitolato T wa U yo V made mo (tradotto ...)": the title runs over the words in lower case to the bracket`,
		text: "Il cast del live action\n\nIl sito ufficiale ha annunciato i membri del cast della serie di live action intitolato Velkaro wa Mizutsu yo Doran made mo (tradotto in inglese come A long way), serie tratta dall'opera di Sorune Hazabiki.\n\n- Odila Marrent nel ruolo di Nives Calandri",
		want: []string{"cast|Odila Marrent|Velkaro wa Mizutsu yo Doran made mo|Nives Calandri|", "crew|Sorune Hazabiki|Velkaro wa Mizutsu yo Doran made mo||original author"},
	},
	{
		name: `Spanish: "A (Director de episodios en T2) será el director del anime", "B (Directora de T3)": crew in T2 and T3, not a show "Director de ..."`,
		text: "Anunciado el anime Velkaro\n\nEl anime Velkaro fue anunciado. Teodoro Vasquel (Director de episodios en Brasa Lenta) será el director del Anime.\n\nIlvana Prusset (Directora de Maré Funda) escribirá los guiones.",
		want: []string{"crew|Ilvana Prusset|Maré Funda||director", "crew|Ilvana Prusset|Velkaro||writer", "crew|Teodoro Vasquel|Brasa Lenta||director", "crew|Teodoro Vasquel|Velkaro||director"},
	},
	{
		name: `a verb of news copy ends a title before the full stop: "La serie intitolata T arriva.", "The series titled T arrives."`,
		text: "Il cast di Velkaro\n\nLa serie intitolata Velkaro arriva. Teodoro Vasquel è Emilio.\n\nThe series titled Brasa arrives. Odila Marrent plays Nives in Brasa.",
		want: []string{"cast|Odila Marrent|Brasa|Nives|", "cast|Teodoro Vasquel|Velkaro|Emilio|"},
	},
	{
		name: `not a job: "come" between two names of an English sentence, and "direttore" with no "come" before it`,
		text: "Velkaro renewed\n\nThe series Velkaro was renewed. Teodoro Vasquel said fans come Friday. Il direttore Ilvana Prusset ha parlato.",
		want: nil,
	},
}

// languageFilmingConstructions are TestConstructions' cases for a show's
// filming named in another language: "Le tournage d'T", "El rodaje de T",
// "As gravações de T".
var languageFilmingConstructions = []construction{
	{
		name: `French: "Le tournage d'T en cours", "Le tournage d'T a démarré": T in sentence case is the show, "en cours" no part of it`,
		text: "Le tournage d'Ici tout brille en cours\n\nLe tournage d'Ici tout brille a démarré dans le département du Gard. Au casting, on retrouvera Odila Marrent, Teodoro Vasquel et Ilvana Prusset.",
		want: []string{"cast|Ilvana Prusset|Ici tout brille||", "cast|Odila Marrent|Ici tout brille||", "cast|Teodoro Vasquel|Ici tout brille||"},
	},
	{
		name: `Spanish and Portuguese: "El rodaje de T comienza", "As gravações de T começaram": T the show`,
		text: "El rodaje de Todo lo claro comienza en mayo\n\nEl rodaje de Todo lo claro comienza en mayo en Madrid. El reparto lo encabezan Odila Marrent y Teodoro Vasquel.\n\nAs gravações de Mar sem fim começaram nesta segunda.",
		want: []string{"cast|Odila Marrent|Todo lo claro||", "cast|Teodoro Vasquel|Todo lo claro||"},
	},
	{
		name: `French: "Meurtre en Auvergne" keeps its "en" after "le tournage de"`,
		text: "Le tournage de Meurtre en Velkaro a démarré\n\nLe tournage de Meurtre en Velkaro a démarré à Besse. Odila Marrent joue Nives.",
		want: []string{"cast|Odila Marrent|Meurtre en Velkaro|Nives|"},
	},
}
