package extract

// mentions3Constructions are TestConstructions' cases for person and title
// mentions: which side of a possessive is the person and which the show
// ("T's A B", a show's possessive before a full name the article has not
// named before; the possessives of networks, places, outlets and headings
// in capitals are no show), and the trade and work nouns of other
// languages before a name that are no part of it ("Rundfunk-acteur A",
// "Hauptdarstellerin B", "Manga de C"), and where a title ends ("T con A
// B").
var mentions3Constructions = []construction{
	{
		name: "mentions: T's A B in a cast list: A B is cast in T and in the sentence's show",
		text: "Copper Willows adds two\n\nThe series “Copper Willows” also stars Heartbreaker's Yasmin Marchetti and Dustland's Marla Brenner.",
		want: []string{"cast|Yasmin Marchetti|Copper Willows||", "cast|Marla Brenner|Copper Willows||", "cast|Yasmin Marchetti|Heartbreaker||", "cast|Marla Brenner|Dustland||"},
	},
	{
		name: "mentions: a title of two words before a possessive and a new name: the title's person",
		text: "Copper Willows adds a lead\n\nSalt Harbour's Marla Brenner joins the cast of “Copper Willows”. She will play a nurse.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Marla Brenner|Salt Harbour||"},
	},
	{
		name: "mentions: The T's A B will star in T2 as C",
		text: "Copper Willows adds a lead\n\nThe Lantern's Yasmin Marchetti will star in “Copper Willows” as Edda.",
		want: []string{"cast|Yasmin Marchetti|Copper Willows|Edda|", "cast|Yasmin Marchetti|The Lantern||"},
	},
	{
		name: "mentions: a network's and a country's possessive before a name: no show",
		text: "Copper Willows adds a lead\n\nNetflix's Marla Brenner will star in “Copper Willows”. Korea's Yasmin Marchetti joins her.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Yasmin Marchetti|Copper Willows||"},
	},
	{
		name: "mentions: T's A B in a list after includes: A B cast in T and in the list's show",
		text: "“Copper Willows” adds three\n\nThe cast of “Copper Willows” includes Salt Harbour's Marla Brenner, The Lantern's Yasmin Marchetti and Harlan Brisk.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Marla Brenner|Salt Harbour||", "cast|Yasmin Marchetti|Copper Willows||", "cast|Yasmin Marchetti|The Lantern||", "cast|Harlan Brisk|Copper Willows||"},
	},
	{
		name: "mentions: T's A B with a crew word: A B worked on T",
		text: "Copper Willows casting\n\nMeanwhile, Lantern Fields' Marla Brenner was attached to write the script.",
		want: []string{"crew|Marla Brenner|Lantern Fields||"},
	},
	{
		name: "mentions: T's A B in a sentence with no casting or crew word: no credit",
		text: "Copper Willows premieres\n\n“Copper Willows” premiered on Sunday. Salt Harbour's Marla Brenner called it a triumph.",
		want: nil,
	},
	{
		name: "mentions: a possessive in a heading in capitals: no show nor person of it",
		text: "Copper Willows premieres\n\nThe network will kick off the year when it hosts FROST NIGHT'S EVE PARADE, live from the harbour, starring Marla Brenner.",
		want: nil,
	},
	{
		name: "mentions: a trade of another language joined by a hyphen before a name is no part of it (Dutch)",
		text: "Nieuwe serie\n\nIn de serie Koperwilgen spelen Rundfunk-acteur Harlan Brisk en Marla Brenner.",
		want: []string{"cast|Harlan Brisk|Koperwilgen||", "cast|Marla Brenner|Koperwilgen||"},
	},
	{
		name: "mentions: a German trade noun, capitalized, before a name is no part of it",
		text: "Neue Serie\n\nHauptdarstellerin Marla Brenner spielt in «Kupferweiden» eine Ärztin.",
		want: []string{"cast|Marla Brenner|Kupferweiden||"},
	},
	{
		name: "mentions: a star's compound with a hyphen, Hollywood-Star A, is no part of the name; the series by Star-Produzent X is X's",
		text: "Neue Serie\n\nDie Serie «Kupferweiden» von Star-Produzent Harlan Brisk startet im Mai. Hollywood-Star Marla Brenner spielt die Hauptrolle.",
		want: []string{"cast|Marla Brenner|Kupferweiden||", "crew|Harlan Brisk|Kupferweiden||producer"},
	},
	{
		name: "mentions: a work's noun before the particle of its maker is no part of the name (Manga de A)",
		text: "Nueva serie\n\nLa adaptación del Manga de Marla Brenner, «Copper Willows», anunció su elenco: Harlan Brisk y Yasmin Marchetti.",
		want: []string{"cast|Harlan Brisk|Copper Willows||", "cast|Yasmin Marchetti|Copper Willows||", "crew|Marla Brenner|Copper Willows||original author"},
	},
	{
		name: "mentions: particles inside names stay names (de la, von)",
		text: "Nueva serie\n\nMarla de la Brenner y Harlan von Brisk protagonizan la serie «Copper Willows».",
		want: []string{"cast|Marla de la Brenner|Copper Willows||", "cast|Harlan von Brisk|Copper Willows||"},
	},
	{
		name: "mentions: a title ends before con and a full name (Spanish)",
		text: "Nueva serie\n\nMarla Brenner protagoniza Copper Willows con Harlan Brisk.",
		want: []string{"cast|Marla Brenner|Copper Willows||"},
	},
	{
		name: "mentions: a title ends before con and a full name (Italian)",
		text: "Nuova serie\n\nMarla Brenner sarà la protagonista di Copper Willows con Harlan Brisk.",
		want: []string{"cast|Marla Brenner|Copper Willows||"},
	},
	{
		name: "mentions: con before one capitalized word stays inside the title",
		text: "Nueva serie\n\nMarla Brenner protagonizará la serie Amor con Alma, que se estrena en mayo.",
		want: []string{"cast|Marla Brenner|Amor con Alma||"},
	},
	{
		name: "mentions: T mastermind X: a maker's noun between a title and a name, neither read as the other",
		text: "Copper Willows casting\n\nCopper Willows was co-created by Dustland mastermind Harlan Brisk and Salt Harbour star Marla Brenner.",
		want: []string{"crew|Harlan Brisk|Dustland||", "crew|Harlan Brisk|Copper Willows||creator", "cast|Marla Brenner|Salt Harbour||", "crew|Marla Brenner|Copper Willows||creator"},
	},
	{
		name: "mentions: a character's trade, criminal mastermind C, is no crew credit",
		text: "Copper Willows casting\n\nMarla Brenner plays criminal mastermind Edda Vollmer in “Copper Willows”.",
		want: []string{"cast|Marla Brenner|Copper Willows|Edda Vollmer|"},
	},
	{
		name: "mentions: also stars T's A B with given names the name lists do not hold: A B is the person, T the show",
		text: "Copper Willows adds two\n\nThe series “Copper Willows” also stars Heartbreaker's Tobin Marchetti and Dustland's Odalys Brenner.",
		want: []string{"cast|Tobin Marchetti|Heartbreaker||", "cast|Tobin Marchetti|Copper Willows||", "cast|Odalys Brenner|Dustland||", "cast|Odalys Brenner|Copper Willows||"},
	},
	{
		name: "mentions: after a job noun, X's T is a maker's title, not a show's person",
		text: "Copper Willows adds two\n\nMarla Brenner and Harlan Brisk have worked together in director Quennell's Lantern Fields, which released in 2011.",
		want: []string{"crew|Quennell|Lantern Fields||director", "cast|Marla Brenner|Lantern Fields||", "cast|Harlan Brisk|Lantern Fields||"},
	},
	{
		name: "mentions: a band's possessive before a member is no show",
		text: "Copper Willows adds two\n\nGlim-Ro5's Tobin Marchetti will play Edda in “Copper Willows”.",
		want: []string{"cast|Tobin Marchetti|Copper Willows|Edda|"},
	},
	{
		name: "mentions: (X's upcoming T remake) after a name: the title after the owner and its describing words",
		text: "Copper Willows adds two\n\nMarla Brenner (Salt Harbour) and Yasmin Marchetti (Brisk’s upcoming Perdrine remake) join the cast of “Copper Willows”.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Marla Brenner|Salt Harbour||", "cast|Yasmin Marchetti|Copper Willows||", "cast|Yasmin Marchetti|Perdrine||"},
	},
	{
		name: "mentions: (Network's T) after a name: the network's possessive is no part of the title",
		text: "Copper Willows adds two\n\nMarla Brenner (Netflix’s Dustland) and Yasmin Marchetti (HBO's acclaimed Perdrine) join the cast of “Copper Willows”.",
		want: []string{"cast|Marla Brenner|Copper Willows||", "cast|Marla Brenner|Dustland||", "cast|Yasmin Marchetti|Copper Willows||", "cast|Yasmin Marchetti|Perdrine||"},
	},
}
