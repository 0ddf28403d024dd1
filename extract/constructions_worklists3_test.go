package extract

// workLists3Constructions are TestConstructions' cases for a person's other
// works named in a list that a counted noun of works opens.
var workLists3Constructions = []construction{
	{
		name: "X has many films due soon, including T1, T2 and T3; Y has three projects lined up, including T4 and T5: the list's titles are the subject's",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Bo Rinn has three projects lined up, including Salt Hollow and Pale Orchard. Meanwhile, Selo has many films that are expected to release soon, including 'Red Mile,' 'Grey Lantern' and 'Low Tide.'",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Ana Selo|Low Tide||", "cast|Bo Rinn|Salt Hollow||", "cast|Bo Rinn|Pale Orchard||"},
	},
	{
		name: "X has several films in the pipeline, including “T1” and “T2”: quoted titles; Y has played many parts, including C: no works noun, no title",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo has several films in the pipeline, including “Red Mile” and “Grey Lantern”. Rinn has met many people, including Cy Tessel and Ida Venn.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||"},
	},
	{
		name: "X starred in T1 after appearing in T2 and T3; Y, who took a role in T4 after starring in T5, joins: the gerund's titles are the first verb's subject's; not after leaving T",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo starred in Red Mile after appearing in Low Tide and Salt Hollow. Rinn, who took a pivotal role in Grey Lantern after starring in Pale Orchard, joins. Rinn starred in Iron Wick after leaving Dust Arbor.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Low Tide||", "cast|Ana Selo|Salt Hollow||", "cast|Bo Rinn|Grey Lantern||", "cast|Bo Rinn|Pale Orchard||", "cast|Bo Rinn|Iron Wick||"},
	},
	{
		name: "featuring the stars from the first “T,” including A, B and C; the stars of T2, including E: the names are cast in T too; not fans of T3, including F",
		text: "Harbor adds cast\n\nThe drama Harbor premieres soon. Harbor is a gripping drama featuring the stars from the first “Red Mile,” including Ana Selo, Bo Rinn and Cy Tessel. Iron Wick, a comedy, features the stars of Low Tide, including Jessa Lark. The show has fans of Salt Hollow, including Tavo Brisk.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Bo Rinn|Red Mile||", "cast|Cy Tessel|Red Mile||", "cast|Jessa Lark|Low Tide||", "cast|Jessa Lark|Iron Wick||"},
	},
	{
		name: "A (last three dramas- 'T1', 'T2', 'T3'); B (previous dramas: T4, T5); C (credits include T6): a label of works opens the bracket's first title",
		text: "Harbor adds cast\n\nThe drama Harbor is produced by Cy Tessel, Ida Venn and Jessa Lark. Cy Tessel (last three telenovelas- 'Red Mile', 'Grey Lantern', 'Low Tide') produces Harbor. Ida Venn (previous dramas: Salt Hollow, Pale Orchard) produces it too. Jessa Lark (credits include Iron Wick) produces it as well.",
		want: []string{"crew|Cy Tessel|Harbor||producer", "crew|Ida Venn|Harbor||producer", "crew|Jessa Lark|Harbor||producer", "crew|Cy Tessel|Red Mile||", "crew|Cy Tessel|Grey Lantern||", "crew|Cy Tessel|Low Tide||", "crew|Ida Venn|Salt Hollow||", "crew|Ida Venn|Pale Orchard||", "crew|Jessa Lark|Iron Wick||"},
	},
	{
		name: "X continues the themes that he's addressed in films like T1 and T2; Y brings the energy that she showed in hits like T3: a relative clause whose subject is \"he\" or \"she\" is the subject's own",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Director Bo Rinn continues his exploration of intimate relationships that he’s addressed in prior critically-acclaimed films like Red Mile and Grey Lantern. Selo brings the energy that she showed in hits like Low Tide.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "crew|Bo Rinn|Harbor||director", "crew|Bo Rinn|Red Mile||", "crew|Bo Rinn|Grey Lantern||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: "featuring A and B, C, and D: a comma-joined item after the bare \"and\" lets \", and\" go on; starring A and B, and O's film T: a new clause",
		text: "Harbor adds cast\n\nThe drama Harbor premieres soon. Harbor is a drama featuring Ana Selo and Bo Rinn, Cy Tessel, and Ida Venn. Harbor stars Jessa Lark and Tavo Brisk, and Pale Orchard's film Red Mile opens.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||", "cast|Ida Venn|Harbor||", "cast|Jessa Lark|Harbor||", "cast|Tavo Brisk|Harbor||", "crew|Pale Orchard|Red Mile||"},
	},
	{
		name: "director X, who is known for his 'T1' franchise; Y is known for her T2 series; Z is best known for his 'T3' and 'T4' films: the owner's works; not his Hollywood debut",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. The film is made by director Cy Tessel, who is known for his 'Red Mile' franchise. Selo is known for her Grey Lantern series. Rinn is best known for his 'Low Tide' and 'Salt Hollow' films. Selo is known for her Hollywood debut.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||director", "crew|Cy Tessel|Red Mile||director", "cast|Ana Selo|Grey Lantern||", "cast|Bo Rinn|Low Tide||", "cast|Bo Rinn|Salt Hollow||"},
	},
}

// roleListConstructions are TestConstructions' cases for an actor's other
// roles listed after one "role as C in T".
var roleListConstructions = []construction{
	{
		name: "her work as C from The T1 and C2 in T2; his starring role as C3 in T3, C4 in T4 and C5 in T5: each pair is the actor's role",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo is known for her work as Oriel from The Red Mile Years and Quenna in Grey Lantern, while Rinn is known for his starring role as Tom Vey in Low Tide, Jessa Lark in Salt Hollow and Pellam in Pale Orchard.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|The Red Mile Years|Oriel|", "cast|Ana Selo|Grey Lantern|Quenna|", "cast|Bo Rinn|Low Tide|Tom Vey|", "cast|Bo Rinn|Salt Hollow|Jessa Lark|", "cast|Bo Rinn|Pale Orchard|Pellam|"},
	},
	{
		name: "her role as C in T1 and C2 in T2; not C3 in a title cut at a possessive; not Oriel from The Bronx, a place",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo is best known for her role as Oriel in Red Mile and Quenna in Grey Lantern. Rinn is known for his role as Tavo in Low Tide, Yorra in Vey's Hollow. Selo also played Pellam from The Bronx.",
		want: []string{"cast|Ana Selo|Harbor|Pellam|", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile|Oriel|", "cast|Ana Selo|Grey Lantern|Quenna|", "cast|Bo Rinn|Low Tide|Tavo|"},
	},
}
