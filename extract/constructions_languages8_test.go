package extract

// languageWiderConstructions are TestConstructions' cases for more ways
// news in Spanish, Portuguese, French, German, Italian and Dutch names a
// cast or a writer (languagefill.go): an adverb inside a casting phrase,
// and phrases of casting copy read as the English ones.
var languageWiderConstructions = []construction{
	{
		name: `an adverb inside a casting phrase is passed over: "En el reparto también figuran A y B" as "En el reparto figuran A y B"`,
		text: "Mar Salgado llega en marzo\n\nLa serie “Mar Salgado” llega en marzo. En el reparto también figuran Odila Marrent y Teodoro Vasquel.",
		want: []string{"cast|Odila Marrent|Mar Salgado||", "cast|Teodoro Vasquel|Mar Salgado||"},
	},
	{
		name: `an adverb inside a casting phrase is passed over: "O elenco conta ainda com A e B"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. O elenco conta ainda com Ilvana Prusset e Cosme Taberner.",
		want: []string{"cast|Ilvana Prusset|Vento Sul||", "cast|Cosme Taberner|Vento Sul||"},
	},
	{
		name: `an adverb right after a casting phrase, before a name, is passed over: "Nel cast ci sono anche A e B"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Nel cast ci sono anche Nives Calandri e Ettore Spadafosca.",
		want: []string{"cast|Nives Calandri|Il faro||", "cast|Ettore Spadafosca|Il faro||"},
	},
	{
		name: `an adverb right after a casting phrase, before a name, is passed over: "Zum Cast gehören auch A und B"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Zum Cast gehören auch Wiebke Sandrup und Tjark Hollmer.",
		want: []string{"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||"},
	},
	{
		name: `Spanish: "Les acompañan A, B y C", "El reparto se completa con D", "El elenco incluye a E", "El reparto lo encabezan F y G": the cast of the sentence's show`,
		text: "Mar Salgado llega en marzo\n\nLa serie “Mar Salgado” llega en marzo. Les acompañan Odila Marrent, Teodoro Vasquel y Nuria Alcobendil. " +
			"El reparto se completa con Ramona Esquivela. El elenco también incluye a Brisa Olmedal. El reparto lo encabezan Quirino Sotavento y Fidel Marrascos.",
		want: []string{
			"cast|Odila Marrent|Mar Salgado||", "cast|Teodoro Vasquel|Mar Salgado||", "cast|Nuria Alcobendil|Mar Salgado||",
			"cast|Ramona Esquivela|Mar Salgado||", "cast|Brisa Olmedal|Mar Salgado||",
			"cast|Quirino Sotavento|Mar Salgado||", "cast|Fidel Marrascos|Mar Salgado||",
		},
	},
	{
		name: `Spanish crew: "El guion está firmado por A y B", "Está basada en la novela homónima de C"`,
		text: "Mar Salgado llega en marzo\n\nLa serie “Mar Salgado” llega en marzo. El guion está firmado por Odila Marrent y Teodoro Vasquel. Está basada en la novela homónima de Lidia Cervantel.",
		want: []string{"crew|Odila Marrent|Mar Salgado||writer", "crew|Teodoro Vasquel|Mar Salgado||writer", "crew|Lidia Cervantel|Mar Salgado||original author"},
	},
	{
		name: `Portuguese: "A vai interpretar C", "B vai viver D": "will play"`,
		text: "Vento Sul estreia em maio\n\nA novela “Vento Sul” estreia em maio. Ilvana Prusset vai interpretar Lívia, uma pescadora, e Cosme Taberner vai viver Rodrigo.",
		want: []string{"cast|Ilvana Prusset|Vento Sul|Lívia|", "cast|Cosme Taberner|Vento Sul|Rodrigo|"},
	},
	{
		name: `French: "Au casting, on retrouve A et B" (no title "Au casting"), "Ils seront entourés de C et D", "On retrouvera également E", "Le casting réunit F", "La série est portée par G"`,
		text: "« Les Brumes » arrive sur TF1\n\nLa série « Les Brumes » arrive en mai. Au casting, on retrouve Aurélie Castanet et Gaspard Lemarchal. " +
			"Ils seront entourés de Solène Prévotel et Maëlle Fourquet. On retrouvera également Odila Marrent. Le casting réunit Teodoro Vasquel. La série est portée par Ilvana Prusset.",
		want: []string{
			"cast|Aurélie Castanet|Les Brumes||", "cast|Gaspard Lemarchal|Les Brumes||",
			"cast|Solène Prévotel|Les Brumes||", "cast|Maëlle Fourquet|Les Brumes||",
			"cast|Odila Marrent|Les Brumes||", "cast|Teodoro Vasquel|Les Brumes||", "cast|Ilvana Prusset|Les Brumes||",
		},
	},
	{
		name: `French: "À leurs côtés, on retrouve A et B" (no title "À leurs côtés"); "Le scénario est signé C"`,
		text: "« Les Brumes » arrive sur TF1\n\nLa série « Les Brumes » arrive en mai. À leurs côtés, on retrouve Aurélie Castanet et Gaspard Lemarchal. Le scénario est signé Solène Prévotel.",
		want: []string{"cast|Aurélie Castanet|Les Brumes||", "cast|Gaspard Lemarchal|Les Brumes||", "crew|Solène Prévotel|Les Brumes||writer"},
	},
	{
		name: `German: "Außerdem gehören A, B und C zum Ensemble" (verb second), "Mit von der Partie sind D und E", "Weitere Rollen übernehmen F", "Ebenfalls dabei ist G", "Vor der Kamera stehen H"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Außerdem gehören Wiebke Sandrup, Tjark Hollmer und Jorinde Kalvelage zum Ensemble. " +
			"Mit von der Partie sind Odila Marrent und Teodoro Vasquel. Weitere Rollen übernehmen Ilvana Prusset. Ebenfalls dabei ist Cosme Taberner. Vor der Kamera stehen Nuria Alcobendil.",
		want: []string{
			"cast|Wiebke Sandrup|Nordlicht||", "cast|Tjark Hollmer|Nordlicht||", "cast|Jorinde Kalvelage|Nordlicht||",
			"cast|Odila Marrent|Nordlicht||", "cast|Teodoro Vasquel|Nordlicht||", "cast|Ilvana Prusset|Nordlicht||",
			"cast|Cosme Taberner|Nordlicht||", "cast|Nuria Alcobendil|Nordlicht||",
		},
	},
	{
		name: `German crew: "Das Drehbuch stammt von A", "Produziert wird die Serie von B"`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Das Drehbuch stammt von Wiebke Sandrup. Produziert wird die Serie von Tjark Hollmer.",
		want: []string{"crew|Wiebke Sandrup|Nordlicht||writer", "crew|Tjark Hollmer|Nordlicht||producer"},
	},
	{
		name: `German crew: "Das Drehbuch schrieb A"`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Das Drehbuch schrieb Jorinde Kalvelage.",
		want: []string{"crew|Jorinde Kalvelage|Sturmzeit||writer"},
	},
	{
		name: `Italian: "Tra gli interpreti figurano A e B"; "ed" before a vowel as "and": "firmata da C ed D"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Tra gli interpreti figurano Nives Calandri e Mirta Bellagamba. La sceneggiatura è firmata da Ettore Spadafosca ed Enea Ruspanti.",
		want: []string{"cast|Nives Calandri|Il faro||", "cast|Mirta Bellagamba|Il faro||", "crew|Ettore Spadafosca|Il faro||writer", "crew|Enea Ruspanti|Il faro||writer"},
	},
	{
		name: `Dutch: "Verder zijn ook A, B en C te zien in de reeks", "De hoofdrollen worden vertolkt door D en E", "Ook F en G spelen mee", "De cast bestaat verder uit H"`,
		text: "Nieuwe reeks 'Het Eiland'\n\nDe opnames van de reeks 'Het Eiland' zijn begonnen. Verder zijn ook Piet Hoogmoed, Sanne Vreeswijk en Ilse Tromp te zien in de reeks. " +
			"De hoofdrollen worden vertolkt door Bertil Zanderbeek en Odila Marrent. Ook Teodoro Vasquel en Ilvana Prusset spelen mee. De cast bestaat verder uit Cosme Taberner.",
		want: []string{
			"cast|Piet Hoogmoed|Het Eiland||", "cast|Sanne Vreeswijk|Het Eiland||", "cast|Ilse Tromp|Het Eiland||",
			"cast|Bertil Zanderbeek|Het Eiland||", "cast|Odila Marrent|Het Eiland||",
			"cast|Teodoro Vasquel|Het Eiland||", "cast|Ilvana Prusset|Het Eiland||", "cast|Cosme Taberner|Het Eiland||",
		},
	},
	{
		name: `not a cast: Spanish "Las acompañan las lluvias", no name after the phrase`,
		text: "Mar Salgado llega en marzo\n\nLa serie “Mar Salgado” llega en marzo. Las acompañan las lluvias de otoño.",
		want: nil,
	},
	{
		name: `not a cast: German "Dazu gehören A und B" with no cast word`,
		text: "Neue Krimiserie „Nordlicht“\n\nDas ZDF dreht die Krimiserie „Nordlicht“. Dazu gehören Netflix und Arte.",
		want: nil,
	},
	{
		name: `not a cast: French "entouré de ses amis", no name after it`,
		text: "« Les Brumes » arrive sur TF1\n\nLa série « Les Brumes » arrive en mai. Le héros revient entouré de ses amis.",
		want: nil,
	},
	{
		name: `a cast label of another language before its colon: "Elenco: A, B y C" as "Cast: A, B and C"`,
		text: "Crítica: Mar Salgado\n\nLa serie “Mar Salgado” llega en marzo a Netflix.\n\nElenco: Solène Prévotel, Maëlle Fourquet y Odila Marrent",
		want: []string{"cast|Solène Prévotel|Mar Salgado||", "cast|Maëlle Fourquet|Mar Salgado||", "cast|Odila Marrent|Mar Salgado||"},
	},
	{
		name: `a cast label of another language before its colon: "Besetzung: A, B und C"`,
		text: "Kritik: Sturmzeit\n\nDie Serie „Sturmzeit“ startet im Mai in der ARD.\n\nBesetzung: Solène Prévotel, Maëlle Fourquet und Odila Marrent",
		want: []string{"cast|Solène Prévotel|Sturmzeit||", "cast|Maëlle Fourquet|Sturmzeit||", "cast|Odila Marrent|Sturmzeit||"},
	},
	{
		name: `a cast label of another language before its colon: "Interpreti: A, B e C"`,
		text: "Recensione: Il faro\n\nLa serie «Il faro» arriva a maggio su Rai 1.\n\nInterpreti: Solène Prévotel, Maëlle Fourquet e Odila Marrent",
		want: []string{"cast|Solène Prévotel|Il faro||", "cast|Maëlle Fourquet|Il faro||", "cast|Odila Marrent|Il faro||"},
	},
	{
		name: `a cast label "Mit: A und B" as "Starring: A and B"`,
		text: "Kritik: Sturmzeit\n\nDie Serie „Sturmzeit“ startet im Mai in der ARD.\n\nMit: Solène Prévotel und Maëlle Fourquet",
		want: []string{"cast|Solène Prévotel|Sturmzeit||", "cast|Maëlle Fourquet|Sturmzeit||"},
	},
	{
		name: `German roles as a label: "In den Hauptrollen: A und B", "In den weiteren Rollen: C, D und E", "Weitere Rollen: F"`,
		text: "Kritik: Sturmzeit\n\nDie Krimiserie „Sturmzeit“ startet im Mai. In den Hauptrollen: Solène Prévotel und Maëlle Fourquet. In den weiteren Rollen: Odila Marrent, Cosme Taberner und Ilvana Prusset. Weitere Rollen: Teodoro Vasquel.",
		want: []string{"cast|Solène Prévotel|Sturmzeit||", "cast|Maëlle Fourquet|Sturmzeit||", "cast|Odila Marrent|Sturmzeit||", "cast|Cosme Taberner|Sturmzeit||",
			"cast|Ilvana Prusset|Sturmzeit||", "cast|Teodoro Vasquel|Sturmzeit||"},
	},
	{
		name: `German "In den weiteren Rollen sind A und B zu sehen": "Also starring are A and B"`,
		text: "Kritik: Sturmzeit\n\nDie Krimiserie „Sturmzeit“ startet im Mai. In den weiteren Rollen sind Odila Marrent und Cosme Taberner zu sehen.",
		want: []string{"cast|Odila Marrent|Sturmzeit||", "cast|Cosme Taberner|Sturmzeit||"},
	},
	{
		name: `not a label: "In den Hauptrollen" with no colon before a name opens no list`,
		text: "Kritik: Sturmzeit\n\nDie Krimiserie „Sturmzeit“ startet im Mai. In den Hauptrollen überzeugt vor allem die junge Besetzung, sagt Ilvana Prusset.",
		want: nil,
	},
	{
		name: `Swedish "med bland andra A och B i rollerna": "among others" dropped before the names after "with"`,
		text: "Serien ”Sturmzeit” har premiär i maj\n\nSerien ”Sturmzeit” har premiär i maj, med bland andra Solène Prévotel och Maëlle Fourquet i rollerna.",
		want: []string{"cast|Solène Prévotel|Sturmzeit||", "cast|Maëlle Fourquet|Sturmzeit||"},
	},
	{
		name: `Dutch "Cast: A, B en C": "en" between names after a cast label is "and"`,
		text: "Recensie: Het Eiland\n\nDe reeks 'Het Eiland' is vanaf mei te zien op VTM.\n\nCast: Solène Prévotel, Maëlle Fourquet en Odila Marrent",
		want: []string{"cast|Solène Prévotel|Het Eiland||", "cast|Maëlle Fourquet|Het Eiland||", "cast|Odila Marrent|Het Eiland||"},
	},
	{
		name: `French fact sheet under "Fiche technique" (a heading, no title): "Créée par : A, B" as "Created by A, B", "Casting : C, D", "Avec : E et F"`,
		text: "Les Brumes, une réussite\n\nLes Brumes, la nouvelle série de France 2, débute samedi. C'est une belle série.\n\nFiche technique\n\nCréée par : Aurélie Castanet, Gaspard Lemarchal\n\nCasting : Solène Prévotel, Maëlle Fourquet\n\nAvec : Odila Marrent et Ilvana Prusset",
		want: []string{"crew|Aurélie Castanet|Les Brumes||creator", "crew|Gaspard Lemarchal|Les Brumes||creator", "cast|Solène Prévotel|Les Brumes||", "cast|Maëlle Fourquet|Les Brumes||",
			"cast|Odila Marrent|Les Brumes||", "cast|Ilvana Prusset|Les Brumes||"},
	},
	{
		name: `"Réalisée par : A", "Creada por: B y C": the colon after a participle of making dropped`,
		text: "Crítica: Mar Salgado\n\nLa serie “Mar Salgado” llega en marzo a Netflix.\n\nCreada por: Solène Prévotel y Maëlle Fourquet\n\nDirigida por: Odila Marrent",
		want: []string{"crew|Solène Prévotel|Mar Salgado||creator", "crew|Maëlle Fourquet|Mar Salgado||creator", "crew|Odila Marrent|Mar Salgado||director"},
	},
	{
		name: `not a cast: English "Casting: X" (the casting director, no space before the colon) and "Distribution: X" stay as they were`,
		text: "Review: The Mists\n\nThe film “The Mists” arrives in May.\n\nDistribution: Warner Bros. Pictures",
		want: nil,
	},
	{
		name: `source works: German "basiert auf dem gleichnamigen Roman von A" ("same-named" passed over)`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Die Serie basiert auf dem gleichnamigen Roman von Jorinde Kalvelage.",
		want: []string{"crew|Jorinde Kalvelage|Sturmzeit||original author"},
	},
	{
		name: `source works: Dutch "is gebaseerd op de roman van A"`,
		text: "Nieuwe reeks 'Het Eiland'\n\nDe reeks 'Het Eiland' is gebaseerd op de roman van Piet Hoogmoed.",
		want: []string{"crew|Piet Hoogmoed|Het Eiland||original author"},
	},
	{
		name: `source works: Italian "è tratta dall’omonimo romanzo di A"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. La serie è tratta dall’omonimo romanzo di Mirta Bellagamba.",
		want: []string{"crew|Mirta Bellagamba|Il faro||original author"},
	},
	{
		name: `source works: Swedish "bygger på romanen med samma namn av A"`,
		text: "Ny serie ”Nordljus”\n\nSVT visar serien ”Nordljus” i höst. Serien bygger på romanen med samma namn av Bertil Zanderbeek.",
		want: []string{"crew|Bertil Zanderbeek|Nordljus||original author"},
	},
	{
		name: `source works: French "adaptée du roman éponyme de A"`,
		text: "« Les Brumes » arrive sur France 2\n\nLa série « Les Brumes » arrive en mai. Elle est adaptée du roman éponyme de Gaspard Lemarchal.",
		want: []string{"crew|Gaspard Lemarchal|Les Brumes||original author"},
	},
	{
		name: `German crew: "Die Regie übernimmt A", "Regie führte B, das Drehbuch schrieb C", "Produzentin ist D"`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Die Regie übernimmt Tjark Hollmer. Produzentin ist Wiebke Sandrup.",
		want: []string{"crew|Tjark Hollmer|Sturmzeit||director", "crew|Wiebke Sandrup|Sturmzeit||producer"},
	},
	{
		name: `German crew: "Regie führte A, das Drehbuch schrieb B"`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Regie führte Tjark Hollmer, das Drehbuch schrieb Wiebke Sandrup.",
		want: []string{"crew|Tjark Hollmer|Sturmzeit||director", "crew|Wiebke Sandrup|Sturmzeit||writer"},
	},
	{
		name: `German "„T2“-Veteran A": a veteran of T2, cast in it`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. In den Hauptrollen sind Odila Marrent und „Nachtfalter“-Veteran Tjark Hollmer zu sehen.",
		want: []string{"cast|Odila Marrent|Sturmzeit||", "cast|Tjark Hollmer|Sturmzeit||", "cast|Tjark Hollmer|Nachtfalter||"},
	},
	{
		name: `Spanish crew: "el guion es obra de A", "B firma el guion"`,
		text: "Estreno de Mar Salgado\n\nLa serie “Mar Salgado” llega en marzo. La dirección corre a cargo de Odila Marrent y el guion es obra de Teodoro Vasquel. Ilvana Prusset firma el guion del episodio final.",
		want: []string{"crew|Odila Marrent|Mar Salgado||director", "crew|Teodoro Vasquel|Mar Salgado||writer", "crew|Ilvana Prusset|Mar Salgado||writer"},
	},
	{
		name: `French crew: "A signe la réalisation", "Derrière la caméra, on retrouve B", "C et D ont participé à l’écriture de plusieurs épisodes"`,
		text: "« Les Brumes » arrive sur France 2\n\nLa série « Les Brumes » arrive en mai. Aurélie Castanet signe la réalisation de la série. Derrière la caméra, on retrouve Gaspard Lemarchal. Solène Prévotel et Maëlle Fourquet ont participé à l’écriture de plusieurs épisodes.",
		want: []string{"crew|Aurélie Castanet|Les Brumes||director", "crew|Gaspard Lemarchal|Les Brumes||director", "crew|Solène Prévotel|Les Brumes||writer", "crew|Maëlle Fourquet|Les Brumes||writer"},
	},
	{
		name: `Italian crew: "La regia e la sceneggiatura sono affidate a A": director and writer`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. La regia e la sceneggiatura sono affidate a Ettore Spadafosca.",
		want: []string{"crew|Ettore Spadafosca|Il faro||director", "crew|Ettore Spadafosca|Il faro||writer"},
	},
	{
		name: `Portuguese: "A trama é de A e tem direção de B", "C desempenhará um papel na novela"`,
		text: "Estreia de Vento Sul\n\nA novela “Vento Sul” estreia em maio. A trama é de Cosme Taberner e tem direção de Ilvana Prusset. Odila Marrent desempenhará um papel na novela.",
		want: []string{"crew|Cosme Taberner|Vento Sul||writer", "crew|Ilvana Prusset|Vento Sul||director", "cast|Odila Marrent|Vento Sul||"},
	},
	{
		name: `Dutch crew: "Het scenario is van A, de regie van B"`,
		text: "Nieuwe reeks 'Het Eiland'\n\nDe opnames van 'Het Eiland' zijn begonnen. Het scenario is van Sanne Vreeswijk, de regie van Ilse Tromp.",
		want: []string{"crew|Sanne Vreeswijk|Het Eiland||writer", "crew|Ilse Tromp|Het Eiland||director"},
	},
	{
		name: `not a credit: "la regia e la sceneggiatura sono affidate a" with no name after it`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. La regia e la sceneggiatura sono affidate a una squadra giovane.",
		want: nil,
	},
	{
		name: `"will be" and a part after a full name: "A sarà il figlio di B" ("plays the son of B", no character B), "C sarà invece un medico"`,
		text: "Knotted, il cast\n\nLa comedy «Knotted» arriva su Netflix. Aaron Votel sarà il figlio di Kathy Benning nella comedy. Ettore Spadafosca sarà invece un medico.",
		want: []string{"cast|Aaron Votel|Knotted||", "cast|Ettore Spadafosca|Knotted||"},
	},
	{
		name: `"will be" and a part: Spanish "A será una detective retirada"`,
		text: "Estreno de Mar Salgado\n\nLa serie “Mar Salgado” llega en marzo. Odila Marrent será una detective retirada.",
		want: []string{"cast|Odila Marrent|Mar Salgado||"},
	},
	{
		name: `"will be" and a part: French "A sera une policière"`,
		text: "« Les Brumes » arrive sur France 2\n\nLa série « Les Brumes » arrive en mai. Solène Prévotel sera une policière.",
		want: []string{"cast|Solène Prévotel|Les Brumes||"},
	},
	{
		name: `not a part: "será la productora ejecutiva" (a job off screen), "¿Quién será el villano?" (no name before), "Madrid será la sede"`,
		text: "Estreno de Mar Salgado\n\nLa serie “Mar Salgado” llega en marzo. Teodoro Vasquel será la productora ejecutiva. ¿Quién será el villano? Madrid será la sede del rodaje.",
		want: nil,
	},
	{
		name: `Indonesian: "disutradarai oleh X" ("directed by"), "Film ini dibintangi oleh A, B, dan C" ("The film stars A, B and C")`,
		text: "Film Rumah Senja\n\nFilm \"Rumah Senja\" disutradarai oleh Bayu Pramudito. Film ini dibintangi oleh Anisa Kartikasari, Reza Wiranegara, dan Dimas Harjono.",
		want: []string{"crew|Bayu Pramudito|Rumah Senja||director", "cast|Anisa Kartikasari|Rumah Senja||", "cast|Reza Wiranegara|Rumah Senja||", "cast|Dimas Harjono|Rumah Senja||"},
	},
	{
		name: `Indonesian: "T yang disutradarai oleh X", "A berperan sebagai C" ("plays"), "Skenario ditulis oleh Y" ("written by")`,
		text: "Trailer Rumah Senja Dirilis\n\nFilm \"Rumah Senja\" yang disutradarai oleh Bayu Pramudito merilis trailer perdananya. Anisa Kartikasari berperan sebagai Laras, seorang guru. Skenario ditulis oleh Melati Prawiranata.",
		want: []string{"crew|Bayu Pramudito|Rumah Senja||director", "cast|Anisa Kartikasari|Rumah Senja|Laras|", "crew|Melati Prawiranata|Rumah Senja||writer"},
	},
	{
		name: `Indonesian: "dibintangi A dan B", "diadaptasi dari novel karya X" ("based on novel by"), "memerankan tokoh C"`,
		text: "Serial Rumah Senja\n\nSerial \"Rumah Senja\" dibintangi Anisa Kartikasari dan Reza Wiranegara. Film ini diadaptasi dari novel karya Melati Prawiranata.",
		want: []string{"cast|Anisa Kartikasari|Rumah Senja||", "cast|Reza Wiranegara|Rumah Senja||", "crew|Melati Prawiranata|Rumah Senja||original author"},
	},
	{
		name: `Indonesian: "A memerankan tokoh C, sementara B berperan sebagai D"`,
		text: "Film Rumah Senja\n\nFilm \"Rumah Senja\" tayang bulan depan. Reza Wiranegara memerankan tokoh Bima, sementara Anisa Kartikasari berperan sebagai Laras.",
		want: []string{"cast|Reza Wiranegara|Rumah Senja|Bima|", "cast|Anisa Kartikasari|Rumah Senja|Laras|"},
	},
	{
		name: `English "drama serial T" keeps "serial" (read as Indonesian only in "serial ini")`,
		text: "Harbor Lights teaser\n\nThe upcoming drama serial Harbor Lights has three teasers out. It stars Reza Wiranegara.",
		want: []string{"cast|Reza Wiranegara|Harbor Lights||"},
	},
	{
		name: `German "A ist als C zu sehen" as "A plays C"; "B war zuvor als D in „T2“ zu sehen" as "B also played D in “T2”"`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Wiebke Sandrup ist als Marie Brandt zu sehen. Jorinde Kalvelage war zuvor als Wendla in „Nachtfalter“ zu sehen.",
		want: []string{"cast|Wiebke Sandrup|Sturmzeit|Marie Brandt|", "cast|Jorinde Kalvelage|Nachtfalter|Wendla|"},
	},
	{
		name: `German "A wird die Ärztin C spielen" (the verb last) as "A plays the Ärztin C"`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Wiebke Sandrup wird die Ärztin Marie Brandt spielen.",
		want: []string{"cast|Wiebke Sandrup|Sturmzeit|Marie Brandt|"},
	},
	{
		name: `not a part: German "A ist als Regisseur bekannt", "als" with no "zu sehen" after it`,
		text: "Neue Serie „Sturmzeit“\n\nDie ARD dreht die Serie „Sturmzeit“. Tjark Hollmer ist als Regisseur bekannt.",
		want: nil,
	},
	{
		name: `Dutch "A is te zien als C", "B kruipt in de huid van D": "plays"`,
		text: "Nieuwe reeks 'Het Eiland'\n\nDe opnames van de reeks 'Het Eiland' zijn begonnen. Sanne Vreeswijk is te zien als Ilse Tromp. Piet Hoogmoed kruipt in de huid van Bertil Zanderbeek.",
		want: []string{"cast|Sanne Vreeswijk|Het Eiland|Ilse Tromp|", "cast|Piet Hoogmoed|Het Eiland|Bertil Zanderbeek|"},
	},
	{
		name: `French "A campe C": "plays"`,
		text: "« Les Brumes » arrive sur France 2\n\nLa série « Les Brumes » arrive en mai. Solène Prévotel campe Léa Morvan, une policière.",
		want: []string{"cast|Solène Prévotel|Les Brumes|Léa Morvan|"},
	},
	{
		name: `Italian "A presterà il volto ad C": "plays"`,
		text: "Il faro su Rai 1\n\nLa fiction «Il faro» arriva su Rai 1. Nives Calandri presterà il volto ad Anna Ferri.",
		want: []string{"cast|Nives Calandri|Il faro|Anna Ferri|"},
	},
	{
		name: `a quoted title, "is", an article and a genre noun before "by": "“T” is the new series by X" makes X T's maker`,
		text: "The Mists arrives\n\n“The Mists” is the new series by Gaspard Lemarchal.",
		want: []string{"crew|Gaspard Lemarchal|The Mists||"},
	},
	{
		name: `read from Italian: "La serie «T» è la nuova comedy di X"`,
		text: "Il faro, la serie\n\nLa serie «Il faro» è la nuova comedy di Ettore Spadafosca.",
		want: []string{"crew|Ettore Spadafosca|Il faro||"},
	},
	{
		name: `read from French: "La série « T » est la nouvelle série de X"`,
		text: "« Les Brumes » arrive sur France 2\n\nLa série « Les Brumes » est la nouvelle série de Gaspard Lemarchal.",
		want: []string{"crew|Gaspard Lemarchal|Les Brumes||"},
	},
	{
		name: `not a maker: "A is a comedian by trade", no quoted title before "is" nor genre noun before "by"`,
		text: "The Mists arrives\n\n“The Mists” is a film made for the sea. Gaspard Lemarchal is a comedian by trade.",
		want: nil,
	},
	{
		name: `read from German: "Die Serie „T“ ist die neue Serie von X" ("von" after a German noun of works read as "by", not the passive's "von")`,
		text: "Neue Serie „Sturmzeit“\n\nDie Serie „Sturmzeit“ ist die neue Serie von Tjark Hollmer.",
		want: []string{"crew|Tjark Hollmer|Sturmzeit||"},
	},
	{
		name: `read from Spanish: "“T” es una comedia de X" ("comedia": "comedy")`,
		text: "Estreno de Mar Salgado\n\nLa serie “Mar Salgado” es una comedia de Odila Marrent.",
		want: []string{"crew|Odila Marrent|Mar Salgado||"},
	},
}

func init() {
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageWiderConstructions...)
}
