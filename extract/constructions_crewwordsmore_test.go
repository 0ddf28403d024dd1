package extract

// moreCrewConstructions are the cases for the crew verbs and job nouns of
// other languages that crewwordsmore.go reads.
var moreCrewConstructions = []construction{
	{
		name: `Danish perfect "X har instrueret serien", "Y (T1, T2) har instrueret.": directors of the sentence's show, the brackets Y's earlier work (crew), not parts`,
		text: "Efterårets serier\n\nDen nye serie “Stille Vand” har premiere i oktober. Bram Kettel har instrueret serien. Serien “Mørkt Hav” kommer også, og Ana Selo (“Ulvetid”, “Kold Jord”) har instrueret.",
		want: []string{"crew|Bram Kettel|Stille Vand||director", "crew|Ana Selo|Mørkt Hav||director", "crew|Ana Selo|Ulvetid||", "crew|Ana Selo|Kold Jord||"},
	},
	{
		name: `Swedish "X har regisserat filmen", "regisseras av Y", Danish "regisseret af Z", "har produceret": crew with the job`,
		text: "Höstens premiärer\n\nPiet Varga har regisserat den nya serien ”Stilla Vatten”, som har premiär i höst. Den nya serien ”Kallt Ljus” regisseras av Cora Imbert och har premiär i höst.\n\nDen nye serie “Stille Vand” er regisseret af Teodoro Vasquel. Ilvana Prusset har produceret den nye serie “Mørkt Hav”, som har premiere i november.",
		want: []string{"crew|Piet Varga|Stilla Vatten||director", "crew|Cora Imbert|Kallt Ljus||director", "crew|Teodoro Vasquel|Stille Vand||director", "crew|Ilvana Prusset|Mørkt Hav||producer"},
	},
	{
		name: `Italian "La regia è stata affidata a X (T1)", Portuguese "A direção é assinada por Y", "O roteiro é assinado por Z", French "La réalisation est signée W": crew of the sentence's show, X's bracket crew`,
		text: "Le novità dell'autunno\n\nLa nuova serie “Acqua Ferma” debutterà in autunno. La regia è stata affidata a Bram Kettel (“Notti Blu”).\n\nA nova série “Água Parada” estreia no outono. A direção é assinada por Cora Imbert. O roteiro é assinado por Piet Varga.\n\nLa nouvelle série « Eau Dormante » sera diffusée à l’automne. La réalisation est signée Ana Selo.",
		want: []string{"crew|Bram Kettel|Acqua Ferma||director", "crew|Bram Kettel|Notti Blu||", "crew|Cora Imbert|Água Parada||director", "crew|Piet Varga|Água Parada||writer", "crew|Ana Selo|Eau Dormante||director"},
	},
	{
		name: `"es una creación de X", "est une création de Y": creators of the show`,
		text: "Estrenos\n\nLa nueva serie “Agua Quieta” es una creación de Teodoro Vasquel.\n\nLa nouvelle série « Eau Dormante » est une création de Ilvana Prusset.",
		want: []string{"crew|Teodoro Vasquel|Agua Quieta||creator", "crew|Ilvana Prusset|Eau Dormante||creator"},
	},
	{
		name: `job nouns in capitals: Danish "Regissøren X optager", Polish "Reżyser Y kręci": directors of the show, the noun no part of the name`,
		text: "Nyheder\n\nRegissøren Bram Kettel optager den nye serie “Stille Vand”, som har premiere i efteråret.\n\nReżyser Piet Varga kręci nowy serial „Cicha Woda”, który zadebiutuje jesienią.",
		want: []string{"crew|Bram Kettel|Stille Vand||director", "crew|Piet Varga|Cicha Woda||director"},
	},
	{
		name: `a job noun closed into a compound before a name, German "Der Kultregisseur X (T1)", Danish "Gyserinstruktøren Y", Dutch "De topregisseur Z", "Erfolgsproduzentin W": the job, no part of the name; the bracket the maker's work (crew), not a part`,
		text: "Neue Serien\n\nDie neue Serie „Stilles Wasser“ startet im Herbst. Der Kultregisseur Bram Kettel („Dunkle Tage“) ist zufrieden. Erfolgsproduzentin Cora Imbert auch.\n\nEfterårets serier\n\nGyserinstruktøren Ana Selo (“Mørke Dage”) er klar med den nye serie “Stille Vand”.\n\nNieuwe series\n\nDe topregisseur Piet Varga (‘Donkere Dagen’) maakt de nieuwe serie ‘Stil Water’.",
		want: []string{"crew|Bram Kettel|Stilles Wasser||director", "crew|Bram Kettel|Dunkle Tage||", "crew|Cora Imbert|Stilles Wasser||producer",
			"crew|Ana Selo|Stille Vand||director", "crew|Ana Selo|Mørke Dage||", "crew|Piet Varga|Stil Water||director", "crew|Piet Varga|Donkere Dagen||"},
	},
	{
		name: `not a compound job noun before no name: "Der Kultregisseur ist zufrieden, sagt X" gives X no crew credit`,
		text: "Neue Serien\n\nDie neue Serie „Stilles Wasser“ startet im Herbst. Der Kultregisseur ist zufrieden, sagt Bram Kettel.",
		want: []string{},
	},
	{
		name: `not "har skrevet" alone: "X har skrevet en roman" gives no crew credit in the sentence's show`,
		text: "Efterårets serier\n\nDen nye serie “Stille Vand” har premiere i oktober. Bram Kettel har skrevet en roman om sin barndom.",
		want: []string{},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, moreCrewConstructions...)
}
