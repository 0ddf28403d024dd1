package extract

// unquotedConstructions are TestConstructions' cases for unquoted titles
// that are not known shows, read in a list of earlier work because of the
// kind of work written before them.
var unquotedConstructions = []construction{
	{
		name: "starred in the sitcom T1, the thriller T2 and the documentary T3: each item opens with \"the\" and its kind, with or without a year",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo. Ana Selo and Bo Rinn previously starred in the sitcom Red Mile, the thriller Grey Lantern and the documentary Low Tide. Ida Venn appeared in the comedy Salt Hollow, the 2011 drama Pale Orchard and the series Ember Coast.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Ana Selo|Low Tide||",
			"cast|Bo Rinn|Red Mile||", "cast|Bo Rinn|Grey Lantern||", "cast|Bo Rinn|Low Tide||",
			"cast|Ida Venn|Salt Hollow||", "cast|Ida Venn|Pale Orchard||", "cast|Ida Venn|Ember Coast||"},
	},
	{
		name: "starred in the sitcom T, the network's ...: a clause after the comma, no second item",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo. Bo Rinn starred in the sitcom Red Mile, the network said on Monday.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Red Mile||"},
	},
	{
		name: "has starred in the hit feature films, T1 and T2; appeared in the two dramas, T1, T2 and T3: a plural kind set off by a comma before two or more titles",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Rinn has starred in the hit feature films, Red Mile and Grey Lantern. Selo appeared in the two dramas, Salt Hollow, Pale Orchard and Low Tide, before joining.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Bo Rinn|Red Mile||", "cast|Bo Rinn|Grey Lantern||",
			"cast|Ana Selo|Salt Hollow||", "cast|Ana Selo|Pale Orchard||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: "starred in the films, A and B said; in the films, P1 and P2 were the settings: names or a clause's subject after the comma are no titles",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Rinn starred in the films, Cy Tessel and Ida Venn said. Selo starred in the films, Port Ember and Kessling Bay were the settings.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||"},
	},
	{
		name: "appeared in episodes of T1, T2 and T3; an episode of T1 and two episodes of T2; several episodes of T: each title a credit",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Rinn appeared in episodes of Red Mile, Grey Lantern and Low Tide. Selo appeared in an episode of Salt Hollow and two episodes of Pale Orchard. Ida Venn has appeared in several episodes of Ember Coast.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Bo Rinn|Red Mile||", "cast|Bo Rinn|Grey Lantern||", "cast|Bo Rinn|Low Tide||",
			"cast|Ana Selo|Salt Hollow||", "cast|Ana Selo|Pale Orchard||", "cast|Ida Venn|Ember Coast||"},
	},
	{
		name: "appeared in episodes of N1 and N2 shows; in episodes of the network's dramas: a network or a lower-case phrase after \"of\" is no title",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo appeared in episodes of Netflix and Hulu shows. Rinn appeared in episodes of the channel's dramas.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||"},
	},
	{
		name: "X, of pop group G and dramas T1 and T2, stars as C; Y, of the sitcom T3, joins; a single name opening the sentence too: the aside's genre noun opens X's works",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo. Bo Rinn, of pop group Lumen Nine and dramas Red Mile and Grey Lantern, stars as a nurse. Cy Tessel, of the sitcom Low Tide, joins the cast as a pilot. Vessa, of girl group Lumen Nine and dramas Salt Hollow and Pale Orchard, stars as a chef.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Bo Rinn|Red Mile||", "cast|Bo Rinn|Grey Lantern||",
			"cast|Cy Tessel|Harbor||", "cast|Cy Tessel|Low Tide||", "cast|Vessa|Harbor||", "cast|Vessa|Salt Hollow||", "cast|Vessa|Pale Orchard||"},
	},
	{
		name: "X, of production company P, joins; Y, of the network N, joins; Z, of P2, joins: no genre noun in the aside, no title",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo. Bo Rinn, of production company Lumen Nine, joins the cast as a nurse. Cy Tessel, of the network Corvane, joins the cast too. Ida Venn, of Port Ember, joins the cast as a pilot.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Ida Venn|Harbor||"},
	},
}
