package extract

// languageRolesConstructions are TestConstructions' cases for earlier
// roles named in the plural in other languages ("conocida por sus papeles
// en T1 y T2") and for a character held or lived ("Le rôle de C est tenu
// par A", "A vive a personagem C").
var languageRolesConstructions = []construction{
	{
		name: `Spanish: "A, conocida por sus papeles en T1 y T2, interpreta a C": cast in T1 and T2, and C in the article's show`,
		text: "La serie «Velkaro» llega a Netflix\n\nLa serie «Velkaro» llega a Netflix. Odila Marrent, conocida por sus papeles en Mar de fondo y La casa roja, interpreta a Nives.",
		want: []string{"cast|Odila Marrent|La casa roja||", "cast|Odila Marrent|Mar de fondo||", "cast|Odila Marrent|Velkaro|Nives|"},
	},
	{
		name: `Italian and Portuguese: "nota per i ruoli in «T1» e «T2»", "conhecido pelos papéis em “T3”"`,
		text: "La serie «Velkaro» arriva su Rai 1\n\nLa serie «Velkaro» arriva su Rai 1. Odila Marrent, nota per i ruoli in «Brasa» e «Sole alto», interpreta Nives.\n\nTeodoro Vasquel, conhecido pelos papéis em “Maré Funda”, também está no elenco.",
		want: []string{"cast|Odila Marrent|Brasa||", "cast|Odila Marrent|Sole alto||", "cast|Odila Marrent|Velkaro|Nives|", "cast|Teodoro Vasquel|Maré Funda||"},
	},
	{
		name: `Portuguese: "A vive a personagem C", "B vive o personagem D na trama"; French: "Le rôle d'C est tenu par E", "Celui de F est tenu par G"`,
		text: "A novela Velkaro estreia na Globo\n\nA novela Velkaro estreia na Globo. Odila Marrent vive a personagem Nives. Teodoro Vasquel vive o personagem Tavrio Lemarchal na trama. Le rôle d'Emeline est tenu par Ilvana Prusset. Celui de Gaspard est tenu par Sorune Hazabiki.",
		want: []string{"cast|Ilvana Prusset|Velkaro|Emeline|", "cast|Odila Marrent|Velkaro|Nives|", "cast|Sorune Hazabiki|Velkaro|Gaspard|", "cast|Teodoro Vasquel|Velkaro|Tavrio Lemarchal|"},
	},
	{
		name: `French: "C, sous les traits d'A", "D, incarné par B"; Portuguese: "E, que viveu F em “T2”": played by, and a past role in T2`,
		text: "La série «Velkaro» arrive sur TF1\n\nLa série «Velkaro» arrive sur TF1. Emeline, sous les traits d'Odila Marrent, revient. Gaspard, incarné par Teodoro Vasquel, aussi.\n\nIlvana Prusset, que viveu Nives em “Maré Funda”, está de volta.",
		want: []string{"cast|Ilvana Prusset|Maré Funda|Nives|", "cast|Odila Marrent|Velkaro|Emeline|", "cast|Teodoro Vasquel|Velkaro|Gaspard|"},
	},
	{
		name: `not a role: "tenu par" before no name, "vive" with no "personagem"`,
		text: "A novela Velkaro estreia na Globo\n\nO evento foi tenu par la chaîne. Odila Marrent vive em Lisboa.",
		want: nil,
	},
}

// languageSeenInConstructions are TestConstructions' cases for German and
// Dutch "to be seen in" a work: "A war zuvor in „T1“ und „T2“ zu sehen",
// "B was eerder te zien in T3 en T4", and Dutch "onder regie van X".
var languageSeenInConstructions = []construction{
	{
		name: `German: "A war zuvor in „T1“ und „T2“ zu sehen", "B ist in der Serie „T3“ zu sehen", "C wird in „T4“ zu sehen sein": cast in each`,
		text: "Die Serie „Velkaro“ startet im ZDF\n\nDie Serie „Velkaro“ startet im ZDF.\n\nOdila Marrent war zuvor in „Brasa“ und „Sole alto 110“ zu sehen.\n\nTeodoro Vasquel ist in der Serie „Maré“ zu sehen.\n\nIlvana Prusset wird in „Velkaro“ zu sehen sein.",
		want: []string{"cast|Ilvana Prusset|Velkaro||", "cast|Odila Marrent|Brasa||", "cast|Odila Marrent|Sole alto 110||", "cast|Teodoro Vasquel|Maré||"},
	},
	{
		name: `Dutch: "De serie is onder regie van X", "A was eerder te zien in T1 en T2"`,
		text: "De serie Velkaro komt naar NPO\n\nDe serie Velkaro komt naar NPO. De serie is onder regie van Ilvana Prusset.\n\nOdila Marrent was eerder te zien in Brasa Hoog en Maré.",
		want: []string{"cast|Odila Marrent|Brasa Hoog||", "cast|Odila Marrent|Maré||", "crew|Ilvana Prusset|Velkaro||director"},
	},
	{
		name: `German: "als C in „T“ zu sehen" keeps C, and "zu sehen" after no title gives no credit`,
		text: "Die Serie „Velkaro“ startet im ZDF\n\nDie Serie „Velkaro“ startet im ZDF.\n\nOdila Marrent war zuvor als Kommissarin Nives in „Brasa“ zu sehen.\n\nTeodoro Vasquel war in Berlin zu sehen.",
		want: []string{"cast|Odila Marrent|Brasa|Kommissarin Nives|"},
	},
}

// languageQuestionConstructions are TestConstructions' cases for a
// question's pronoun opening a sentence of another language.
var languageQuestionConstructions = []construction{
	{
		name: `Spanish and Portuguese: "¿Quiénes protagonizan “T”?", "Quem está no elenco de “T”?": the pronoun is no person`,
		text: "La telenovela «Velkaro» llega a Televisa\n\nLa telenovela «Velkaro» llega a Televisa.\n\n¿Quiénes protagonizan \"Velkaro\"?\n\nLa historia está protagonizada por Odila Marrent y Teodoro Vasquel.\n\nQuem está no elenco de “Velkaro”?",
		want: []string{"cast|Odila Marrent|Velkaro||", "cast|Teodoro Vasquel|Velkaro||"},
	},
}

// languageKnownForConstructions are TestConstructions' cases for "known
// for" and a lead named with its verb in other languages, and for an
// article of another language read as a title by itself.
var languageKnownForConstructions = []construction{
	{
		name: `Italian: "B ha recitato in Un posto al mare": no title "Un", no credit`,
		text: "La serie «Velkaro» arriva su Rai 1\n\nLa serie «Velkaro» arriva su Rai 1. Odila Marrent è Nives. Teodoro Vasquel ha recitato in Un posto al mare.",
		want: []string{"cast|Odila Marrent|Velkaro|Nives|"},
	},
	{
		name: `Portuguese and Spanish: "A estreou em “T2”", "B fez uma participação em “T3”", "C hizo una participación en «T4»": appeared in, cast there`,
		text: "A novela Velkaro estreia na Globo\n\nA novela Velkaro estreia na Globo. Odila Marrent estreou em “Maré”. Teodoro Vasquel fez uma participação em “Sol Posto”.\n\nIlvana Prusset hizo una participación en «Brasa».",
		want: []string{"cast|Ilvana Prusset|Brasa||", "cast|Odila Marrent|Maré||", "cast|Teodoro Vasquel|Sol Posto||"},
	},
	{
		name: `Dutch "A speelt in de serie de rol van C", German "B spielt in der Serie die Rolle der D": the character in the sentence's show`,
		text: "De serie Velkaro komt naar NPO\n\nDe serie Velkaro komt naar NPO. Odila Marrent speelt in de serie de rol van Nives.\n\nTeodoro Vasquel spielt in der Serie die Rolle der Emilia.",
		want: []string{"cast|Odila Marrent|Velkaro|Nives|", "cast|Teodoro Vasquel|Velkaro|Emilia|"},
	},
	{
		name: `"A sarà nel cast della serie", "B está no elenco de “T”", "C estará en el elenco de T", "D sera au casting du film": cast in the show`,
		text: "La serie «Velkaro» arriva su Rai 1\n\nLa serie «Velkaro» arriva su Rai 1. Odila Marrent sarà nel cast della serie. Teodoro Vasquel está no elenco de “Velkaro”. Ilvana Prusset estará en el elenco de Velkaro. Sorune Hazabiki sera au casting du film.",
		want: []string{"cast|Ilvana Prusset|Velkaro||", "cast|Odila Marrent|Velkaro||", "cast|Sorune Hazabiki|Velkaro||", "cast|Teodoro Vasquel|Velkaro||"},
	},
	{
		name: `Dutch "A, bekend van T2, speelt C"; Spanish "B, famoso por «T3»"; German "In der Hauptrolle ist D zu sehen"`,
		text: "De serie Velkaro komt naar NPO\n\nDe nieuwe serie Velkaro komt naar NPO. Odila Marrent, bekend van Brasa, speelt Nives.\n\nIn der Hauptrolle ist Teodoro Vasquel zu sehen.\n\nIlvana Prusset, famosa por «Maré», también.",
		want: []string{"cast|Ilvana Prusset|Maré||", "cast|Odila Marrent|Brasa||", "cast|Odila Marrent|Velkaro|Nives|", "cast|Teodoro Vasquel|Velkaro||"},
	},
}

// languageNamedConstructions are TestConstructions' cases for a show's
// title named by a verb phrase of another language.
var languageNamedConstructions = []construction{
	{
		name: `Spanish: "Esta historia llevará por nombre T y el canal presentó ...": T in sentence case is the article's show`,
		text: "RCN prepara nueva novela\n\nEstudios RCN ya confirmó que está desarrollando una de las novelas más esperadas. Esta historia llevará por nombre Las de ayer y el canal presentó oficialmente a los actores.\n\nEl reparto lo encabezan Odila Marrent y Teodoro Vasquel.",
		want: []string{"cast|Odila Marrent|Las de ayer||", "cast|Teodoro Vasquel|Las de ayer||"},
	},
	{
		name: `French and Italian: "la série s'intitule T", "la fiction si intitola T,"`,
		text: "TF1 prépare une nouvelle série\n\nLa nouvelle série de TF1 s'intitule Sous le ciel bas. Odila Marrent joue Emeline.",
		want: []string{"cast|Odila Marrent|Sous le ciel bas|Emeline|"},
	},
	{
		name: `French: "A, vu dans l'Agence Bleue, joue C": the title keeps its elided article, and "Agence Bleue" is no person`,
		text: "La série «Velkaro» revient\n\nLa série «Velkaro» revient sur France 2. Teodoro Vasquel, vu dans l'Agence Bleue, joue Gaspard.",
		want: []string{"cast|Teodoro Vasquel|Velkaro|Gaspard|", "cast|Teodoro Vasquel|l'Agence Bleue||"},
	},
	{
		name: `not a title: "su personaje se llama Rosa" names a character`,
		text: "La telenovela «Velkaro» llega a Televisa\n\nLa telenovela «Velkaro» llega a Televisa. Odila Marrent es Rosa. Su personaje se llama Rosa Vidal.",
		want: []string{"cast|Odila Marrent|Velkaro|Rosa|"},
	},
}
