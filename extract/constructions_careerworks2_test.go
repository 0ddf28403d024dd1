package extract

// careerWorks2Constructions are TestConstructions' cases for earlier works
// named in brackets after a name and in career prose, where the article's
// punctuation is broken.
var careerWorks2Constructions = []construction{
	{
		name: "A (“T1,” “T2, “T3”): a quoted title whose closing mark is missing ends at the comma before the next opening mark",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Longtime collaborator Bo Rinn (“Red Mile,” “Grey Lantern, “Low Tide”) and Ana Selo (“Iron Gate”) have joined the project. Kit Varo (“Salt Hollow”, “Pale Orchard, “Ember Coast”) and Cy Tessel (“4 Days, 3 Weeks”) join too.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Kit Varo|Harbor||", "cast|Bo Rinn|Red Mile||", "cast|Bo Rinn|Grey Lantern||", "cast|Bo Rinn|Low Tide||", "cast|Ana Selo|Iron Gate||", "cast|Kit Varo|Salt Hollow||", "cast|Kit Varo|Pale Orchard||", "cast|Kit Varo|Ember Coast||", "cast|Cy Tessel|4 Days, 3 Weeks||"},
	},
	{
		name: "A (\"T1\", B (\"T2\"), and C (\"T3\"): a bracket left open does not stop the brackets after it, and a quoted name-shaped title after a surname is a title, no actor",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo, Bo Rinn and Cy Tessel. Selo (\"Red Mile\", Rinn (\"Grey Lantern\"), and Tessel (\"Low Tide\") are all fantastic additions to the show. Kit Varo (Salt Hollow, Pale Orchard and Cy Tessel (Ember Coast) join later.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Bo Rinn|Grey Lantern||", "cast|Cy Tessel|Low Tide||", "cast|Cy Tessel|Ember Coast||"},
	},
	{
		name: "films like T1, T2, T3, 1987, and T4; (T1, T2, 24, T3): a number alone between titles of a list is a title; a year after the first title is none",
		text: "Harbor starts shooting\n\nThe drama Harbor stars Ana Selo. Selo is known for films like The Suspect Road, V.I.P, The Fortress Gate, 1987, and The Witch Hollow. It is adapted by screenwriter Pim Varr (Homeland Road, Fearless Mile, 24, ER) and produced by his company. Ida Venn starred in Red Mile, 2004, and Low Tide.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ana Selo|The Suspect Road||", "cast|Ana Selo|V.I.P||", "cast|Ana Selo|The Fortress Gate||", "cast|Ana Selo|1987||", "cast|Ana Selo|The Witch Hollow||",
			"crew|Pim Varr|Harbor||writer", "crew|Pim Varr|Homeland Road||", "crew|Pim Varr|Fearless Mile||", "crew|Pim Varr|24||", "crew|Pim Varr|ER||", "cast|Ida Venn|Red Mile||", "cast|Ida Venn|Low Tide||"},
	},
	{
		name: "X's filmography includes T1, T2 and T3; whose filmography includes; Y's past projects include; Z's features include: credits of the owner, no cast list",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo, Bo Rinn and Cy Tessel. Selo's filmography includes Red Mile, Grey Lantern and Low Tide. Rinn, whose filmography includes Salt Hollow, plays the lead. Tessel's past projects include Pale Orchard and Ember Coast.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Ana Selo|Low Tide||",
			"cast|Bo Rinn|Salt Hollow||", "cast|Cy Tessel|Pale Orchard||", "cast|Cy Tessel|Ember Coast||"},
	},
	{
		name: "After T1, T2 and T3, X returns; After T, X returns: the fronted phrase's titles are X's works, no cast of the article's show; After A and B left the show: people",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. After Red Mile, Grey Lantern and Low Tide, Selo returns to television. After Salt Hollow, Rinn returns too. After Cy Tessel and Ida Venn left the show, Selo took over.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Ana Selo|Low Tide||", "cast|Bo Rinn|Salt Hollow||",
			"cast|Cy Tessel|Harbor||", "cast|Ida Venn|Harbor||"},
	},
	{
		name: "X is no stranger to the genre, having starred in T1 and T2; Y joins the cast, having also appeared in T3: the participle's subject is the clause's before the comma",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo is no stranger to the genre, having starred in Red Mile and Grey Lantern. Bo Rinn joins the cast of Harbor, having also appeared in Low Tide.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Bo Rinn|Low Tide||"},
	},
}
