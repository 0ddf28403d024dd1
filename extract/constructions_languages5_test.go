package extract

// languageProbeConstructions are TestConstructions' cases for casting and
// film news in Spanish, Portuguese, French, German, Italian, Dutch and
// Swedish as their outlets write it: a headline, then two to five
// sentences, titles in sentence case after a genre noun or in the quotes
// of the language, cast lists of "Actor: Character", "Actor (Character)",
// "Actor als Character" lines.
var languageProbeConstructions = []construction{
	{
		name: `es: "Este es el reparto:" then "Actor como Character" lines; la serie T in sentence case`,
		text: "Este es el elenco de la serie Los hijos del viento\n\nLa serie Los hijos del viento llega a Netflix el 12 de abril. Este es el reparto:\n\nRocío Andrade como Elena Ferrandis\nTomás Villalba como Julián Ferrandis\nInés Carmona como Marisela",
		want: []string{"cast|Rocío Andrade|Los hijos del viento|Elena Ferrandis|", "cast|Tomás Villalba|Los hijos del viento|Julián Ferrandis|", "cast|Inés Carmona|Los hijos del viento|Marisela|"},
	},
	{
		name: `es: "A interpreta a C en la película T, dirigida por X"`,
		text: "Gael Ibarrola será el protagonista de El último verano de Sara\n\nGael Ibarrola interpreta a Mateo Lizarra en la película El último verano de Sara, dirigida por Paula Ezquerra. El rodaje comienza en junio.",
		want: []string{"cast|Gael Ibarrola|El último verano de Sara|Mateo Lizarra|", "crew|Paula Ezquerra|El último verano de Sara||director"},
	},
	{
		name: `es: "Personajes:" then "Character – Actor" lines`,
		text: "Personajes y actores de Amor en tiempos de sal\n\nLa telenovela Amor en tiempos de sal se estrena el lunes. Estos son sus personajes:\n\nRenata Villaseñor – Camila Orduña\nDiego Alcázar – Julián Treviño",
		want: []string{"cast|Camila Orduña|Amor en tiempos de sal|Renata Villaseñor|", "cast|Julián Treviño|Amor en tiempos de sal|Diego Alcázar|"},
	},
	{
		name: `pt: "A atriz A foi escalada para a novela T"; "Ela dá vida a C"; "A novela é escrita por X"`,
		text: "Vivian Macedo é escalada para a novela Vento de outono\n\nA atriz Vivian Macedo foi escalada para a novela Vento de outono, próxima das nove. Ela dá vida a Dalva, uma médica que volta à cidade natal. A novela é escrita por Jussara Albuquerque.",
		want: []string{"cast|Vivian Macedo|Vento de outono|Dalva|", "crew|Jussara Albuquerque|Vento de outono||writer"},
	},
	{
		name: `fr: "Le feuilleton T accueille ..."; "A prête ses traits à C"`,
		text: "Un nouveau personnage dans Sous le ciel d'Arles\n\nLe feuilleton Sous le ciel d'Arles accueille un nouveau personnage. Mathis Delorme prête ses traits à Hugo Ferran, un médecin.",
		want: []string{"cast|Mathis Delorme|Sous le ciel d'Arles|Hugo Ferran|"},
	},
	{
		name: `it: "Il film T, diretto da X, racconta ..."; "Nel cast A, che interpreta C"`,
		text: "La ragazza del faro arriva al cinema\n\nIl film La ragazza del faro, diretto da Lorenzo Bassani, racconta la storia di una guardiana. Nel cast Chiara Monteleone, che interpreta Rosalba.",
		want: []string{"crew|Lorenzo Bassani|La ragazza del faro||director", "cast|Chiara Monteleone|La ragazza del faro|Rosalba|"},
	},
	{
		name: `nl: "A speelt C in de film T"`,
		text: "Lotte Brinkhorst in Zomer aan zee\n\nLotte Brinkhorst speelt Roosje in de film Zomer aan zee, die in augustus in première gaat.",
		want: []string{"cast|Lotte Brinkhorst|Zomer aan zee|Roosje|"},
	},
	{
		name: `pt: "Veja quem é quem:" then "Actor: Character" lines`,
		text: "Conheça o elenco de Mar de rosas\n\nA novela Mar de rosas estreia segunda-feira. Veja quem é quem:\n\nLeandro Quintela: Otávio\nMarina Coutinho: Isadora\nCélia Brandão: Zuleica",
		want: []string{"cast|Leandro Quintela|Mar de rosas|Otávio|", "cast|Marina Coutinho|Mar de rosas|Isadora|", "cast|Célia Brandão|Mar de rosas|Zuleica|"},
	},
	{
		name: `de: credits lines "Regie: X", "Drehbuch: Y"`,
		text: "Tödliche Brandung im Ersten\n\nDer Fernsehfilm „Tödliche Brandung“ läuft am Samstag.\n\nRegie: Ulrike Brandstätter\nDrehbuch: Heiko Wendland",
		want: []string{"crew|Ulrike Brandstätter|Tödliche Brandung||director", "crew|Heiko Wendland|Tödliche Brandung||writer"},
	},
	{
		name: `de: headline "Neue Krimiserie „T“"; "In der Krimiserie T spielt A die Kommissarin C"; "B als D"; "Regie führt X"`,
		text: "Neue ZDF-Krimiserie „Tödliche Brandung“: Die Dreharbeiten haben begonnen\n\nIn der Krimiserie Tödliche Brandung spielt Katrin Oberholzer die Kommissarin Mara Wendt. An ihrer Seite ist Jonas Hellwig als Ben Kröger zu sehen. Regie führt Ulrike Brandstätter.",
		want: []string{"cast|Katrin Oberholzer|Tödliche Brandung|Mara Wendt|", "cast|Jonas Hellwig|Tödliche Brandung|Ben Kröger|", "crew|Ulrike Brandstätter|Tödliche Brandung||director"},
	},
	{
		name: `nl: "In 'T' speelt A de rol van C"`,
		text: "De laatste ronde krijgt vervolg\n\nIn 'De laatste ronde' speelt Sem Kuijpers de rol van Kees. De serie wordt geregisseerd door Maarten Sleeuwijk.",
		want: []string{"cast|Sem Kuijpers|De laatste ronde|Kees|", "crew|Maarten Sleeuwijk|De laatste ronde||director"},
	},
	{
		name: `sv: "I den nya dramaserien T spelar A och B huvudrollerna"; "Serien är regisserad av X"`,
		text: "Ny dramaserie på SVT: Under isen\n\nI den nya dramaserien Under isen spelar Elin Strandqvist och Johan Lindeborg huvudrollerna. Serien är regisserad av Karin Edholm.",
		want: []string{"cast|Elin Strandqvist|Under isen||", "cast|Johan Lindeborg|Under isen||", "crew|Karin Edholm|Under isen||director"},
	},
	{
		name: `es: headline "A y B protagonizarán la telenovela T"; "serán los protagonistas de la telenovela T, que"; "escrita por X"`,
		text: "Valeria Montoya y Ernesto Salcedo protagonizarán la telenovela Cuando el río suena\n\nLa cadena anunció que Valeria Montoya y Ernesto Salcedo serán los protagonistas de la telenovela Cuando el río suena, que se estrenará en marzo. La historia, escrita por Marina Ocaranza, sigue a una familia de pescadores.",
		want: []string{"cast|Valeria Montoya|Cuando el río suena||", "cast|Ernesto Salcedo|Cuando el río suena||", "crew|Marina Ocaranza|Cuando el río suena||writer"},
	},
	{
		name: `es: "El filme T, dirigido por X, cuenta con las actuaciones de A y B"`,
		text: "Tierra de nadie llega a los cines\n\nEl filme Tierra de nadie, dirigido por Óscar Lendínez, cuenta con las actuaciones de Carla Mondragón y Fermín Arroyo. Se estrena el viernes.",
		want: []string{"crew|Óscar Lendínez|Tierra de nadie||director", "cast|Carla Mondragón|Tierra de nadie||", "cast|Fermín Arroyo|Tierra de nadie||"},
	},
	{
		name: `pt: "A e B estrelam a série T, que"; "A interpreta C"`,
		text: "Cidade sem dono ganha data de estreia\n\nRodrigo Falcão e Bianca Tavares estrelam a série Cidade sem dono, que estreia em maio. Rodrigo Falcão interpreta Mauro Vilela, um delegado.",
		want: []string{"cast|Rodrigo Falcão|Cidade sem dono|Mauro Vilela|", "cast|Bianca Tavares|Cidade sem dono||"},
	},
	{
		name: `pt: "A dá vida a C na série T"`,
		text: "Gabriel Tenório é o protagonista de Herdeiros do sertão\n\nGabriel Tenório dá vida a Caio na série Herdeiros do sertão, que estreia no streaming em julho. A direção é de Lúcia Arantes.",
		want: []string{"cast|Gabriel Tenório|Herdeiros do sertão|Caio|", "crew|Lúcia Arantes|Herdeiros do sertão||director"},
	},
	{
		name: `fr: "Le film T, réalisé par X, ..."; "On y retrouve A et B"`,
		text: "Une saison à Brest en salles le 4 juin\n\nLe film Une saison à Brest, réalisé par Yannick Le Goff, sort en salles le 4 juin. On y retrouve Chloé Vasseur et Bastien Rocheteau.",
		want: []string{"crew|Yannick Le Goff|Une saison à Brest||director", "cast|Chloé Vasseur|Une saison à Brest||", "cast|Bastien Rocheteau|Une saison à Brest||"},
	},
	{
		name: `fr: "Dans la série T, on retrouve A (C), B (D) et E (F)"`,
		text: "Les murs ont des yeux : le casting dévoilé\n\nDans la série Les murs ont des yeux, on retrouve Clémence Aubertin (Maëlys), Thibault Ravanel (Gaspard) et Sofiane Belkadi (Nassim).",
		want: []string{"cast|Clémence Aubertin|Les murs ont des yeux|Maëlys|", "cast|Thibault Ravanel|Les murs ont des yeux|Gaspard|", "cast|Sofiane Belkadi|Les murs ont des yeux|Nassim|"},
	},
	{
		name: `it: "le riprese della fiction T, con A e B"; "La regia è di X"`,
		text: "Al via le riprese della fiction Il segreto di Villa Aurora\n\nSono iniziate le riprese della fiction Il segreto di Villa Aurora, con Ornella Ferracuti e Matteo Lanzillotta. La regia è di Stefano Cordaro.",
		want: []string{"cast|Ornella Ferracuti|Il segreto di Villa Aurora||", "cast|Matteo Lanzillotta|Il segreto di Villa Aurora||", "crew|Stefano Cordaro|Il segreto di Villa Aurora||director"},
	},
	{
		name: `it: "Il cast della serie T comprende A (C), B (D) e E (F)"`,
		text: "Tra le onde, il cast\n\nIl cast della serie Tra le onde comprende Sara Pellegatti (Ornella), Davide Orsomando (Ettore) e Irene Scapolan (Ludovica).",
		want: []string{"cast|Sara Pellegatti|Tra le onde|Ornella|", "cast|Davide Orsomando|Tra le onde|Ettore|", "cast|Irene Scapolan|Tra le onde|Ludovica|"},
	},
	{
		name: `nl: "komt met de serie T"; "In de hoofdrollen zijn A en B te zien"; "De regie is in handen van X"`,
		text: "Nieuwe serie De stille haven op Videoland\n\nVideoland komt met de serie De stille haven. In de hoofdrollen zijn Femke Verbrugge en Daan Hoogendoorn te zien. De regie is in handen van Maarten Sleeuwijk.",
		want: []string{"cast|Femke Verbrugge|De stille haven||", "cast|Daan Hoogendoorn|De stille haven||", "crew|Maarten Sleeuwijk|De stille haven||director"},
	},
	{
		name: `de (Swiss): "Der Film «T» mit A und B läuft"`,
		text: "Schneeblind läuft im Kino\n\nDer Schweizer Film «Schneeblind» mit Anja Rüegsegger und Beat Imboden läuft ab Donnerstag im Kino.",
		want: []string{"cast|Anja Rüegsegger|Schneeblind||", "cast|Beat Imboden|Schneeblind||"},
	},
	{
		name: `it: "Nella serie tv T, A è C"`,
		text: "Cuori di vetro, la nuova serie di Canale 5\n\nNella serie tv Cuori di vetro, Federico Arcangeli è Tommaso Rinaldi, un avvocato. La serie debutta a settembre.",
		want: []string{"cast|Federico Arcangeli|Cuori di vetro|Tommaso Rinaldi|"},
	},
	{
		name: `sv: headline "A klar för ”T”"; "har fått en av huvudrollerna i SVT:s nya thrillerserie ”T”"`,
		text: "Anders Wikström klar för ”Mörkret faller”\n\nAnders Wikström har fått en av huvudrollerna i SVT:s nya thrillerserie ”Mörkret faller”. Han spelar polisen Erik Sand.",
		want: []string{"cast|Anders Wikström|Mörkret faller|Erik Sand|"},
	},
	{
		name: `sv: "Filmen T har premiär"; "A spelar C"`,
		text: "Sista sommaren har premiär i höst\n\nFilmen Sista sommaren har premiär i höst. Maja Sundqvist spelar Stina och Olof Hedström spelar hennes pappa.",
		want: []string{"cast|Maja Sundqvist|Sista sommaren|Stina|", "cast|Olof Hedström|Sista sommaren||"},
	},
	{
		name: `es: "el elenco de la serie T: A, B y C encabezan el reparto"`,
		text: "Netflix confirma el elenco de Bajo la misma luna\n\nNetflix confirmó el elenco de la serie Bajo la misma luna. Lucía Benavides, Andrés Quiroga y Sofía Arriaga encabezan el reparto.",
		want: []string{"cast|Lucía Benavides|Bajo la misma luna||", "cast|Andrés Quiroga|Bajo la misma luna||", "cast|Sofía Arriaga|Bajo la misma luna||"},
	},
	{
		name: `pt: "A minissérie T, dirigida por X, estreia"; "No elenco estão A e B"`,
		text: "Filhos da maré estreia no streaming\n\nA minissérie Filhos da maré, dirigida por Rafaela Cunha, estreia no Globoplay. No elenco estão Diogo Portela e Luana Mesquita.",
		want: []string{"crew|Rafaela Cunha|Filhos da maré||director", "cast|Diogo Portela|Filhos da maré||", "cast|Luana Mesquita|Filhos da maré||"},
	},
	{
		name: `fr: "Le téléfilm T, réalisé par X, sera diffusé"; "Avec A et B."`,
		text: "Un été à Collioure sur France 3\n\nLe téléfilm Un été à Collioure, réalisé par Hervé Morvan, sera diffusé samedi. Avec Capucine Lemaire et Julien Castagné.",
		want: []string{"crew|Hervé Morvan|Un été à Collioure||director", "cast|Capucine Lemaire|Un été à Collioure||", "cast|Julien Castagné|Un été à Collioure||"},
	},
	{
		name: `de: "Die neue Netflix-Serie „T“ startet"; "Die Hauptrollen spielen A und B"`,
		text: "Netflix kündigt „Schattenjahre“ an\n\nDie neue Netflix-Serie „Schattenjahre“ startet im März. Die Hauptrollen spielen Nele Hartwig und Moritz Kempe.",
		want: []string{"cast|Nele Hartwig|Schattenjahre||", "cast|Moritz Kempe|Schattenjahre||"},
	},
	{
		name: `it: "Nel film T, A interpreta C, una giovane insegnante"`,
		text: "Il tempo delle ciliegie al cinema\n\nNel film Il tempo delle ciliegie, Alessandra Finotti interpreta Ottavia, una giovane insegnante.",
		want: []string{"cast|Alessandra Finotti|Il tempo delle ciliegie|Ottavia|"},
	},
	{
		name: `nl: "In de nieuwe dramaserie T spelen A en B de hoofdrollen"`,
		text: "Nieuwe dramaserie Het verloren dorp\n\nIn de nieuwe dramaserie Het verloren dorp spelen Ilse Vermeer en Bram Ophof de hoofdrollen.",
		want: []string{"cast|Ilse Vermeer|Het verloren dorp||", "cast|Bram Ophof|Het verloren dorp||"},
	},
	{
		name: `sv: "Serien T har premiär"; "I huvudrollerna syns A och B"`,
		text: "Kall höst har premiär i januari\n\nSerien Kall höst har premiär på SVT i januari. I huvudrollerna syns Lisa Bergkvist och Aron Sjöholm.",
		want: []string{"cast|Lisa Bergkvist|Kall höst||", "cast|Aron Sjöholm|Kall höst||"},
	},
	{
		name: `es: headline "«T»: A será la villana"; "A será C en la telenovela «T», producida por X"`,
		text: "«Corazón de piedra»: Fernanda Robles será la villana\n\nFernanda Robles será Regina Santillán en la telenovela «Corazón de piedra», producida por Mauricio Ledezma.",
		want: []string{"cast|Fernanda Robles|Corazón de piedra|Regina Santillán|", "crew|Mauricio Ledezma|Corazón de piedra||producer"},
	},
	{
		name: `fr: headline "A rejoint le casting de la série T"; "Elle incarnera C"`,
		text: "Éloïse Marchetti rejoint le casting de la série Les veilleurs du port\n\nLa comédienne Éloïse Marchetti rejoint la série Les veilleurs du port, diffusée sur France 3. Elle incarnera Margaux Lestrade, une commissaire.",
		want: []string{"cast|Éloïse Marchetti|Les veilleurs du port|Margaux Lestrade|"},
	},
	{
		name: `de: "Die Besetzung:" then "Actor als Character" lines`,
		text: "Tödliche Brandung: Das ist die Besetzung\n\nDie Krimiserie „Tödliche Brandung“ startet im Herbst. Die Besetzung:\n\nMarta Kellermann als Ines Vogt\nFlorian Baumeister als Kommissar Stefan Rothweil",
		want: []string{"cast|Marta Kellermann|Tödliche Brandung|Ines Vogt|", "cast|Florian Baumeister|Tödliche Brandung|Kommissar Stefan Rothweil|"},
	},
	{
		name: `es: «T» in guillemets; "la serie «T», con A y B"`,
		text: "Netflix renueva «Los años de plomo»\n\nNetflix renovó la serie «Los años de plomo», con Rocío Andrade y Tomás Villalba, por una segunda temporada. La creadora Marina Ocaranza vuelve como guionista.",
		want: []string{"cast|Rocío Andrade|Los años de plomo||", "cast|Tomás Villalba|Los años de plomo||", "crew|Marina Ocaranza|Los años de plomo||creator", "crew|Marina Ocaranza|Los años de plomo||writer"},
	},
	{
		name: `es: "La película mexicana T, de la directora X, reúne a A y B"`,
		text: "Siete lunas abre el festival\n\nLa película mexicana Siete lunas, de la directora Ximena Urquidi, reúne a Paloma Ledesma y Héctor Villaverde. La cinta compite por la Concha de Oro.",
		want: []string{"crew|Ximena Urquidi|Siete lunas||director", "cast|Paloma Ledesma|Siete lunas||", "cast|Héctor Villaverde|Siete lunas||"},
	},
	{
		name: `es (fresh): "la serie colombiana T, protagonizada por A y B"`,
		text: "Netflix estrena el tráiler de Sangre de mi tierra\n\nNetflix presentó el tráiler de la serie colombiana Sangre de mi tierra, protagonizada por Valentina Arbeláez y Julián Restrepo.",
		want: []string{"cast|Valentina Arbeláez|Sangre de mi tierra||", "cast|Julián Restrepo|Sangre de mi tierra||"},
	},
	{
		name: `de (fresh): "Im ARD-Drama „T“ spielt A eine Bäuerin"`,
		text: "Der lange Winter im Ersten\n\nIm ARD-Drama „Der lange Winter“ spielt Sophie Brandauer eine Bäuerin.",
		want: []string{"cast|Sophie Brandauer|Der lange Winter||"},
	},
	{
		name: `nl (fresh): "A speelt de hoofdrol in de film T"`,
		text: "Jeroen Smeets in Wind over het water\n\nJeroen Smeets speelt de hoofdrol in de film Wind over het water.",
		want: []string{"cast|Jeroen Smeets|Wind over het water||"},
	},
	{
		name: `it (fresh): "A sarà la protagonista della serie T, diretta da X"`,
		text: "Francesca Liguori protagonista de Il paese delle lucciole\n\nFrancesca Liguori sarà la protagonista della serie Il paese delle lucciole, diretta da Marco Venturelli.",
		want: []string{"cast|Francesca Liguori|Il paese delle lucciole||", "crew|Marco Venturelli|Il paese delle lucciole||director"},
	},
}

// languageProbesMissed are probes of the same kind still missed: not run
// by TestConstructions. What each misses: the last name of an "A (C), B
// (D) y E" list, with no bracket; a verb whose subject is dropped
// ("interpretará a C" after a sentence about A); a maker after a comma
// with no job ("O filme T, de X,"); an aside between the subject and its
// verb ("A, vue dans «T2», jouera dans «T»", "A, bekannt aus «T2»,
// übernimmt im Film «T» die Hauptrolle"); a German relative clause with
// its verb last ("A, die die Ärztin C spielt"); "vai viver a vilã C" and
// "de autoria de X"; a director's aside read as the subject's list ("T,
// réalisé par X, A incarne").
var languageProbesMissed = []construction{
	{
		name: `es: "En el reparto de la serie T figuran A (C), B (D) y E"`,
		text: "Arranca el rodaje de La casa de los espejos\n\nEn el reparto de la serie La casa de los espejos figuran Nerea Solano (Marisela), Iván Mendieta (Rubén) y Maite Urquiza. La ficción se estrena en otoño.",
		want: []string{"cast|Nerea Solano|La casa de los espejos|Marisela|", "cast|Iván Mendieta|La casa de los espejos|Rubén|", "cast|Maite Urquiza|La casa de los espejos||"},
	},
	{
		name: `es: headline "A se une al elenco de la serie T"; "interpretará a C"`,
		text: "Paloma Ledesma se une al elenco de la serie Hijos del silencio\n\nLa actriz Paloma Ledesma se suma al elenco de la serie Hijos del silencio. En la ficción interpretará a Soledad Brizuela, una periodista.",
		want: []string{"cast|Paloma Ledesma|Hijos del silencio|Soledad Brizuela|"},
	},
	{
		name: `pt: "O filme T, de X, tem no elenco A e B"`,
		text: "Noites de Lisboa chega aos cinemas\n\nO filme Noites de Lisboa, de Tiago Morais, tem no elenco Joana Bettencourt e Rui Valadares. A estreia está marcada para março.",
		want: []string{"crew|Tiago Morais|Noites de Lisboa||", "cast|Joana Bettencourt|Noites de Lisboa||", "cast|Rui Valadares|Noites de Lisboa||"},
	},
	{
		name: `fr: «T» guillemets; "vue dans «T2», jouera dans «T» aux côtés de B"`,
		text: "Gaëlle Perrotin au casting de «Rien ne presse»\n\nGaëlle Perrotin, vue dans «Les oubliés de Vernon», jouera dans «Rien ne presse» aux côtés d'Arnaud Séverac.",
		want: []string{"cast|Gaëlle Perrotin|Rien ne presse||", "cast|Gaëlle Perrotin|Les oubliés de Vernon||", "cast|Arnaud Séverac|Rien ne presse||"},
	},
	{
		name: `de: "Die Serie T geht in die zweite Staffel"; "Neu dabei ist A"`,
		text: "Das Haus am Fluss: Zweite Staffel kommt\n\nDie Serie Das Haus am Fluss geht in die zweite Staffel. Neu dabei ist Lena Fürstenau, die die Ärztin Greta Bohm spielt.",
		want: []string{"cast|Lena Fürstenau|Das Haus am Fluss|Greta Bohm|"},
	},
	{
		name: `de (Swiss): «T»; "bekannt aus «T2», übernimmt im Film «T» die Hauptrolle"`,
		text: "Urs Lüthold spielt im Film «Der stille Gast»\n\nUrs Lüthold, bekannt aus «Alpenglühen», übernimmt im Film «Der stille Gast» die Hauptrolle. Regie führt Heiko Wendland.",
		want: []string{"cast|Urs Lüthold|Der stille Gast||", "cast|Urs Lüthold|Alpenglühen||", "crew|Heiko Wendland|Der stille Gast||director"},
	},
	{
		name: `pt (fresh): "A vai viver a vilã C na novela T, de autoria de X"`,
		text: "Bruna Sampaio será vilã em Terra prometida\n\nBruna Sampaio vai viver a vilã Clotilde na novela Terra prometida, de autoria de Renato Pacheco.",
		want: []string{"cast|Bruna Sampaio|Terra prometida|Clotilde|", "crew|Renato Pacheco|Terra prometida||writer"},
	},
	{
		name: `fr (fresh): "Dans le film T, réalisé par X, A incarne un pianiste"`,
		text: "Les nuits blanches en tournage\n\nDans le film Les nuits blanches, réalisé par Mathilde Garnier, Lucas Perrin incarne un pianiste.",
		want: []string{"crew|Mathilde Garnier|Les nuits blanches||director", "cast|Lucas Perrin|Les nuits blanches||"},
	},
}
