package extract

// titleSpanConstructions are TestConstructions' cases for where a title
// in sentence case ends: the lower-case words the article writes after its
// first words every time, or before a bracket after "titled".
var titleSpanConstructions = []construction{
	{
		name: `French "Le tournage de Nous sommes seuls a démarré", "Nous sommes seuls devrait arriver": the lower-case words after the title every time it is named are the title's`,
		text: "Le tournage de Nous sommes seuls en cours\n\nLe tournage de Nous sommes seuls a démarré dans le Gard. Au casting, on retrouvera Ana Selo, Bo Rinta et Cara Vell.\n\nNous sommes seuls devrait arriver à la rentrée.",
		want: []string{"cast|Ana Selo|Nous sommes seuls||", "cast|Bo Rinta|Nous sommes seuls||", "cast|Cara Vell|Nous sommes seuls||"},
	},
	{
		name: `"Harbor cast revealed", "The Harbor cast includes": a cast noun after the title every time is no part of it`,
		text: "Harbor cast revealed\n\nThe Harbor cast includes Ana Selo and Bo Rinta. The Harbor cast will begin filming in May.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinta|Harbor||"},
	},
	{
		name: `Italian "la serie intitolata Velkaro no Hoshi kara kite (tradotto ...)": lower-case words before the bracket end the title after "titled"`,
		text: "Il sito ufficiale ha annunciato il cast della serie live action intitolata Velkaro no Hoshi kara kite (tradotto in inglese come A star far away), la cui trasmissione inizierà a gennaio.\n\nIl cast\n\nTra gli attori troviamo:\n\n- Odila Marrent nel ruolo di Nives Calandri\n\n- Teodoro Vasquel nel ruolo di Gaspard Lemarchal",
		want: []string{"cast|Odila Marrent|Velkaro no Hoshi kara kite|Nives Calandri|", "cast|Teodoro Vasquel|Velkaro no Hoshi kara kite|Gaspard Lemarchal|"},
	},
}
