package extract

// languageTitledConstructions are TestConstructions' cases for how news in
// other languages names its show: "intitolato T", "intitulada T" ("titled
// T") and a heading "Il cast" ("The cast") that names no show.
var languageTitledConstructions = []construction{
	{
		name: `Italian: "la serie live action intitolato T", a heading "Il cast", "- A nel ruolo di C": the show is T, not "Il"`,
		text: "Il sito ufficiale ha annunciato il cast della serie live action intitolato Velkaro wa Mizutsu Doko, tratta dall'opera di Sorune Hazabiki.\n\nIl cast\n\nTra gli attori troviamo:\n\n- Odila Marrent nel ruolo di Nives Calandri\n\n- Teodoro Vasquel nel ruolo di Gaspard Lemarchal",
		want: []string{"cast|Odila Marrent|Velkaro wa Mizutsu Doko|Nives Calandri|", "cast|Teodoro Vasquel|Velkaro wa Mizutsu Doko|Gaspard Lemarchal|"},
	},
	{
		name: `Portuguese: "a novela, intitulada T, com A no papel de C"`,
		text: "Globo prepara nova novela\n\nA nova novela das seis, intitulada Maré Funda, estreia em maio.\n\nO elenco\n\n- Ilvana Prusset como Marta\n\n- Teodoro Vasquel como Rui",
		want: []string{"cast|Ilvana Prusset|Maré Funda|Marta|", "cast|Teodoro Vasquel|Maré Funda|Rui|"},
	},
	{
		name: `Spanish and French: "El cast" and "Le casting" headings name no show`,
		text: "La serie Brasa Lenta llega en mayo\n\nEl cast\n\n- Odila Marrent como Marta\n\nLe casting\n\n- Gaspard Lemarchal comme Rui",
		want: []string{"cast|Odila Marrent|Brasa Lenta|Marta|", "cast|Gaspard Lemarchal|Brasa Lenta|Rui|"},
	},
}

func init() {
	languageCrewChargeConstructions = append(languageCrewChargeConstructions, languageTitledConstructions...)
}
