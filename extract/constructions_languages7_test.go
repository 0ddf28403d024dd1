package extract

// languageCrewChargeConstructions are TestConstructions' cases for news in
// Spanish, Portuguese, French, German and Italian: second pass.
var languageCrewChargeConstructions = []construction{
	{
		name: `es: "Completando el elenco, encontramos actores como A, B o C"`,
		text: "La serie Quorvel Days tendrá segunda temporada\n\nLa serie 'Quorvel Days' vuelve en abril. Completando el elenco, encontramos actores como Ana Brisel, Tomo Vardel o Lia Quent, entre otros.",
		want: []string{"cast|Ana Brisel|Quorvel Days||", "cast|Tomo Vardel|Quorvel Days||", "cast|Lia Quent|Quorvel Days||"},
	},
	{
		name: `es: "A, B y C son los encargados del guion, mientras que la dirección ha corrido a cargo de D y E"`,
		text: "La serie Quorvel Days tendrá segunda temporada\n\nLa serie 'Quorvel Days' vuelve en abril. Ana Brisel, Tomo Vardel y Lia Quent son los encargados del guion, mientras que la dirección ha corrido a cargo de Paco Ostrelo y Rita Galvarde en un rodaje de tres meses.",
		want: []string{"crew|Ana Brisel|Quorvel Days||writer", "crew|Tomo Vardel|Quorvel Days||writer", "crew|Lia Quent|Quorvel Days||writer", "crew|Paco Ostrelo|Quorvel Days||director", "crew|Rita Galvarde|Quorvel Days||director"},
	},
	{
		name: `es: "el guion corre a cargo de A, B o C" (the list's "o")`,
		text: "La serie Quorvel Days tendrá segunda temporada\n\nLa serie 'Quorvel Days' vuelve en abril. El guion corre a cargo de Ana Brisel, Tomo Vardel o Lia Quent.",
		want: []string{"crew|Ana Brisel|Quorvel Days||writer", "crew|Tomo Vardel|Quorvel Days||writer", "crew|Lia Quent|Quorvel Days||writer"},
	},
	{
		name: `it: "la regia è affidata a A, mentre la sceneggiatura è di B e C"`,
		text: "Pellucci: il cast\n\nLa serie Pellucci arriva ad aprile su Rai 1. La regia è affidata a Marco Zanotta, mentre la sceneggiatura è di Sara Ventrillo e Paola Zanotta.",
		want: []string{"crew|Marco Zanotta|Pellucci||director", "crew|Sara Ventrillo|Pellucci||writer", "crew|Paola Zanotta|Pellucci||writer"},
	},
	{
		name: `fr: "la réalisation est assurée par A et le scénario est signé par B"`,
		text: "Tessaro : le casting dévoilé\n\nLa série Tessaro revient en avril sur France 2. La réalisation est assurée par Paul Morlaix et Inès Joubertin.",
		want: []string{"crew|Paul Morlaix|Tessaro||director", "crew|Inès Joubertin|Tessaro||director"},
	},
	{
		name: `pt: "a direção fica a cargo de A e B"`,
		text: "Maravel estreia na segunda-feira\n\nA série Maravel estreia na segunda-feira na RTP1. A direção fica a cargo de Rui Falvo e Marta Quinel.",
		want: []string{"crew|Rui Falvo|Maravel||director", "crew|Marta Quinel|Maravel||director"},
	},
	{
		name: `de: "die "T"-Autorin A gemeinsam mit "T"-Hauptdarsteller B"`,
		text: "Neue Serien bei Kanal Neun\n\nSo wird die \"Grunwald\"-Autorin Lena Rieckmann gemeinsam mit \"Grunwald\"-Hauptdarsteller Jonas Lautenbach eine neue Serie entwickeln.",
		want: []string{"crew|Lena Rieckmann|Grunwald||writer", "cast|Jonas Lautenbach|Grunwald||"},
	},
	{
		name: `de: "der „T“-Star A", "„T“-Regisseurin B"`,
		text: "Neue Serien bei Kanal Neun\n\nDer „Grunwald“-Star Jonas Lautenbach dreht eine neue Serie. Die „Oststrand“-Regisseurin Eva Quendt ist wieder dabei.",
		want: []string{"cast|Jonas Lautenbach|Grunwald||", "crew|Eva Quendt|Oststrand||director"},
	},
	{
		name: `en: "A, seen in T2, will join T as C"; "B, last seen in T2, joins the cast of T"`,
		text: "Quorvel Days adds two\n\nAna Brisel, seen in Velmora Lane, will join Quorvel Days as Mira. Tomo Vardel, last seen in Oststrand, joins the cast of Quorvel Days.",
		want: []string{"cast|Ana Brisel|Quorvel Days|Mira|", "cast|Ana Brisel|Velmora Lane||", "cast|Tomo Vardel|Quorvel Days||", "cast|Tomo Vardel|Oststrand||"},
	},
	{
		name: `fr: "A, vue dans T2, jouera dans T"; "B, vu dans « T2 », rejoint le casting"`,
		text: "Tessaro : le casting dévoilé\n\nLa série Tessaro revient. Claire Durandeau, vue dans Velmora Lane, jouera dans Tessaro. Paul Morlaix, vu dans « Oststrand », rejoint le casting.",
		want: []string{"cast|Claire Durandeau|Tessaro||", "cast|Claire Durandeau|Velmora Lane||", "cast|Paul Morlaix|Tessaro||", "cast|Paul Morlaix|Oststrand||"},
	},
	{
		name: `es: "A, vista en 'T2', se une al elenco"`,
		text: "La serie Quorvel Days tendrá segunda temporada\n\nLa serie 'Quorvel Days' vuelve en abril. Ana Brisel, vista en 'Velmora Lane', se une al elenco.",
		want: []string{"cast|Ana Brisel|Quorvel Days||", "cast|Ana Brisel|Velmora Lane||"},
	},
	{
		name: `en: "A, the star of T2, joins the cast of T"`,
		text: "Quorvel Days adds two\n\nAna Brisel, the star of Velmora Lane, joins the cast of Quorvel Days.",
		want: []string{"cast|Ana Brisel|Quorvel Days||", "cast|Ana Brisel|Velmora Lane||"},
	},
	{
		name: `es: "A, la protagonista de 'T2', se une al elenco"`,
		text: "La serie Quorvel Days tendrá segunda temporada\n\nLa serie 'Quorvel Days' vuelve en abril. Ana Brisel, la protagonista de 'Velmora Lane', se une al elenco.",
		want: []string{"cast|Ana Brisel|Quorvel Days||", "cast|Ana Brisel|Velmora Lane||"},
	},
	{
		name: `it: "A, il protagonista di T2, entra nel cast"`,
		text: "Pellucci: il cast\n\nLa serie Pellucci arriva ad aprile. Marco Zanotta, il protagonista di Velmora Lane, entra nel cast.",
		want: []string{"cast|Marco Zanotta|Pellucci||", "cast|Marco Zanotta|Velmora Lane||"},
	},
	{
		name: `de: "A (41) wird in „T“ eine Ärztin spielen"; "B und C werden in „T2“ ein Ehepaar spielen"`,
		text: "Neue Serien bei Kanal Neun\n\nEva Quendt (41) wird in „Oststrand“ eine Ärztin spielen. Lena Rieckmann und Jonas Lautenbach werden in „Velmora Lane“ ein Ehepaar spielen.",
		want: []string{"cast|Eva Quendt|Oststrand||", "cast|Lena Rieckmann|Velmora Lane||", "cast|Jonas Lautenbach|Velmora Lane||"},
	},
	{
		name: `de: "A (41) wird in der Crime-Serie „T“ eine Wissenschaftlerin spielen"`,
		text: "Neue Serien bei Kanal Neun\n\nEva Quendt (41) wird in der Crime-Serie „Oststrand“ eine Wissenschaftlerin spielen.",
		want: []string{"cast|Eva Quendt|Oststrand||"},
	},
}
