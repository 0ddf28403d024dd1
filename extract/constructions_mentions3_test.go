package extract

// mentions3Constructions are TestConstructions' cases for which side of a
// possessive is the person and which the show: "T's A B", a show's
// possessive before a full name the article has not named before, and the
// possessives of networks, places, outlets and headings in capitals that
// are no show.
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
}
