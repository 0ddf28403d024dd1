package extract

// languageTitledConstructions are TestConstructions' cases for how news in
// other languages names its show: "intitolato T", "intitulada T" ("titled
// T") and a heading "Il cast" ("The cast") that names no show.
var languageTitledConstructions = []construction{
	{
		name: `Italian: "la serie live action intitolato T", a heading "Il cast", "- A nel ruolo di C": the show is T, not "Il"`,
		text: "Il sito ufficiale ha annunciato il cast della serie live action intitolato Velkaro wa Mizutsu Doko, tratta dall'opera di Sorune Hazabiki.\n\nIl cast\n\nTra gli attori troviamo:\n\n- Odila Marrent nel ruolo di Nives Calandri\n\n- Teodoro Vasquel nel ruolo di Gaspard Lemarchal",
		want: []string{"cast|Odila Marrent|Velkaro wa Mizutsu Doko|Nives Calandri|", "cast|Teodoro Vasquel|Velkaro wa Mizutsu Doko|Gaspard Lemarchal|", "crew|Sorune Hazabiki|Velkaro wa Mizutsu Doko||original author"},
	},
	{
		name: `Portuguese: "a novela, intitulada T, com A no papel de C"`,
		text: "Globo prepara nova novela\n\nA nova novela das seis, intitulada Maré Funda, estreia em maio.\n\nO elenco\n\n- Ilvana Prusset como Velmira\n\n- Teodoro Vasquel como Tavrio",
		want: []string{"cast|Ilvana Prusset|Maré Funda|Velmira|", "cast|Teodoro Vasquel|Maré Funda|Tavrio|"},
	},
	{
		name: `Spanish and French: "El cast" and "Le casting" headings name no show`,
		text: "La serie Brasa Lenta llega en mayo\n\nEl cast\n\n- Odila Marrent como Velmira\n\nLe casting\n\n- Gaspard Lemarchal comme Tavrio",
		want: []string{"cast|Odila Marrent|Brasa Lenta|Velmira|", "cast|Gaspard Lemarchal|Brasa Lenta|Tavrio|"},
	},
	{
		name: `Portuguese: "a próxima novela das seis, T": the slot dropped, T the show; "A também está escalado para o time, assim como B, C e D": "A also joins the cast, along with B, C and D"`,
		text: "Globo define protagonista\n\nA Globo definiu quem vai ser o mocinho da próxima novela das seis, Maré Funda, prevista para estrear em novembro.\n\nTeodoro Vasquel também está escalado para o time, assim como Odila Marrent, Sorune Hazabiki e Nives Calandri.",
		want: []string{"cast|Nives Calandri|Maré Funda||", "cast|Odila Marrent|Maré Funda||", "cast|Sorune Hazabiki|Maré Funda||", "cast|Teodoro Vasquel|Maré Funda||"},
	},
	{
		name: `Portuguese: "A está escalada para o elenco" and "B e C estão escalados para o elenco" of the novela the article is about`,
		text: "Globo define elenco\n\nA novela das nove, Maré Funda, estreia em maio. Ilvana Prusset está escalada para o elenco. Odila Marrent e Teodoro Vasquel estão escalados para o elenco.",
		want: []string{"cast|Ilvana Prusset|Maré Funda||", "cast|Odila Marrent|Maré Funda||", "cast|Teodoro Vasquel|Maré Funda||"},
	},
	{
		name: `not a cast: "assim como" before no name, and a novela's slot with no title`,
		text: "Globo define elenco\n\nA novela das seis estreia em maio, assim como a série. Ilvana Prusset, assim como o marido, gosta de novelas.",
		want: nil,
	},
	{
		name: `German: "A spielt ihren Bruder C", "B spielt die Schwester D", "E spielt seine Tochter F": the kin noun is no part of the character`,
		text: "Velkaro Serie\n\nDie Serie \"Velkaro\" ist ein Erfolg. Teodoro Vasquel spielt ihren Bruder Tavrio Lemarchal. Sorune Hazabiki spielt die Schwester Ondrasa Lemarchal. Odila Marrent spielt seine Tochter Nives Calandri.",
		want: []string{"cast|Odila Marrent|Velkaro|Nives Calandri|", "cast|Sorune Hazabiki|Velkaro|Ondrasa Lemarchal|", "cast|Teodoro Vasquel|Velkaro|Tavrio Lemarchal|"},
	},
	{
		name: `German: "in der er eine der Hauptfiguren verkörpert hat": "Hauptfiguren" ("leads") is no person`,
		text: "Velkaro Serie\n\nIhn kennt man aus der Fantasy-Serie \"Velkaro\", in der er von 2011 bis 2018 eine der Hauptfiguren verkörpert hat.",
		want: nil,
	},
	{
		name: `French: "la série T a démarré": "a" and a participle end the title in sentence case`,
		text: "Tournage en cours\n\nLa série Les Brisants a démarré. Au casting, on retrouve Odila Marrent et Teodoro Vasquel.",
		want: []string{"cast|Odila Marrent|Les Brisants||", "cast|Teodoro Vasquel|Les Brisants||"},
	},
	{
		name: `French: "la série T vient de démarrer", "le feuilleton T démarre lundi": the verb ends the title`,
		text: "Tournage en cours\n\nLa série Mer calme vient de démarrer. Au casting, on retrouve Sorune Hazabiki.\n\nEt aussi\n\nLe feuilleton Vent du nord démarre lundi. Au casting, on retrouve Nives Calandri.",
		want: []string{"cast|Nives Calandri|Vent du nord||", "cast|Sorune Hazabiki|Mer calme||"},
	},
	{
		name: `French: "Au casting, on retrouve A (T1), B (T2) et C": "The cast includes", each bracket a past show of the name before it, not a character`,
		text: "Tournage en cours\n\nLa série Les Brisants a démarré. Au casting, on retrouve Odila Marrent (Les Voisins), Teodoro Vasquel (Tavrio) et Sorune Hazabiki.",
		want: []string{"cast|Odila Marrent|Les Brisants||", "cast|Odila Marrent|Les Voisins||", "cast|Sorune Hazabiki|Les Brisants||", "cast|Teodoro Vasquel|Les Brisants||", "cast|Teodoro Vasquel|Tavrio||"},
	},
}

func init() {
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageTitledConstructions...)
}
