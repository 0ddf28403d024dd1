package extract

// languageDescribedPartConstructions are TestConstructions' cases for a part
// described with no name before "played by" and its future passive in
// other languages, and for characters paired in order with the names
// after "played by".
var languageDescribedPartConstructions = []construction{
	{
		name: `Portuguese: "Já a mãe do rapaz vai ser interpretada por ninguém menos que A", "O papel será interpretado por B": cast in the sentence's show, no character`,
		text: "Globo prepara nova novela\n\nA nova novela das seis, Maré Funda, estreia em maio. Já a mãe do rapaz vai ser interpretada por ninguém menos que Ilvana Prusset. O papel será interpretado por Teodoro Vasquel.",
		want: []string{"cast|Ilvana Prusset|Maré Funda||", "cast|Teodoro Vasquel|Maré Funda||"},
	},
	{
		name: `Spanish "La madre del chico va a ser interpretada por A", Italian "Il padre verrà interpretato da B": cast, no character`,
		text: "La nueva serie 'Río Velado' llega en mayo. La madre del chico va a ser interpretada por Odila Marrent.\n\nLa nuova serie 'Porto Scuro' arriva a maggio. Il padre del ragazzo verrà interpretato da Gaspard Lemarchal.",
		want: []string{"cast|Odila Marrent|Río Velado||", "cast|Gaspard Lemarchal|Porto Scuro||"},
	},
	{
		name: `English "The hero's mother will be played by A": cast, no character; not "The theme song will be played by B"`,
		text: "‘Silver Harbor’ adds two\n\nThe new drama Silver Harbor arrives in May. The hero's mother will be played by Nives Calandri. The theme song will be played by Tavro Kessel.",
		want: []string{"cast|Nives Calandri|Silver Harbor||"},
	},
	{
		name: `"its main characters, C1 and C2, played by A and B" (Spanish "sus personajes principales, C1 y C2, interpretados por A y B"): A plays C1 and B plays C2, "respectively" unsaid`,
		text: "La nueva serie 'Río Velado' llega en mayo. Cuenta los sueños de sus personajes principales, Velmira y Tavrio, interpretados por Odila Marrent y Teodoro Vasquel.\n\n‘Silver Harbor’ arrives\n\nThe new drama Silver Harbor arrives in May. It follows its heroes, Anse and Mirel, played by Nives Calandri and Tavro Kessel.",
		want: []string{"cast|Odila Marrent|Río Velado|Velmira|", "cast|Teodoro Vasquel|Río Velado|Tavrio|", "cast|Nives Calandri|Silver Harbor|Anse|", "cast|Tavro Kessel|Silver Harbor|Mirel|"},
	},
	{
		name: `Portuguese "o par romântico da personagem de A, C", "filho da personagem de B", Spanish "el hijo del personaje de D", Italian "il figlio del personaggio di E": the person's character ("A's character"), A cast in the sentence's show with C`,
		text: "A nova novela das seis, Maré Funda, estreia em maio. No folhetim, o ator interpretará o par romântico da personagem de Ilvana Prusset, Velmira. Teodoro Vasquel viveu Tavrio, filho da personagem de Carla Mento.\n\nLa nueva serie 'Río Velado' llega en mayo. Gaspard Lemarchal será Anse, el hijo del personaje de Ana Selo.\n\nLa nuova serie 'Porto Scuro' arriva a maggio. Tavro Kessel sarà Mirel, il figlio del personaggio di Bruno Vatek.",
		want: []string{"cast|Ilvana Prusset|Maré Funda|Velmira|", "cast|Teodoro Vasquel|Maré Funda|Tavrio|", "cast|Carla Mento|Maré Funda||", "cast|Gaspard Lemarchal|Río Velado|Anse|", "cast|Ana Selo|Río Velado||", "cast|Tavro Kessel|Porto Scuro|Mirel|", "cast|Bruno Vatek|Porto Scuro||"},
	},
}

func init() {
	languageTitledConstructions = append(languageTitledConstructions, languageDescribedPartConstructions...)
}
