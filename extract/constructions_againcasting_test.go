package extract

// againCastingConstructions are TestConstructions' cases for "again"
// between an auxiliary and "star", one's own casting confirmed, a
// pronoun before "T co-star X", "C, the lead of T, will be played by X"
// "Joining A as C are B" and "her sister is played by B".
var againCastingConstructions = []construction{
	{
		name: "T will once again star A and B; it will again star C: each is cast in T",
		text: "Harbor renewed\n\nNetflix has renewed the drama Harbor. Harbor will once again star Ana Selo and Bo Rinn. It will again star Cy Tessel.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||"},
	},
	{
		name: "X confirmed her casting in T; Y announced his casting in the series: cast in T, in the article's show",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. Ana Selo confirmed her casting in Low Tide on Monday. Bo Rinn announced his casting in the series.",
		want: []string{"cast|Ana Selo|Low Tide||", "cast|Bo Rinn|Harbor||"},
	},
	{
		name: "His T co-star A joins; Her T castmate B also joins: cast in T and in the article's show, the sentence's opening pronoun no part of the title",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. His Low Tide co-star Bo Rinn joins. Her Low Tide castmate Cy Tessel also joins.",
		want: []string{"cast|Bo Rinn|Harbor||", "cast|Bo Rinn|Low Tide||", "cast|Cy Tessel|Harbor||", "cast|Cy Tessel|Low Tide||"},
	},
	{
		name: "C, the lead of T, will be played by X: X plays C in T; T is no character",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. Dana Vell, the lead of Low Tide, will be played by Rosa Kint.",
		want: []string{"cast|Rosa Kint|Low Tide|Dana Vell|"},
	},
	{
		name: "Joining A as C are B and D: A plays C; B and D are cast",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. Joining Ana Selo as Dana Vell are Bo Rinn and Cy Tessel.",
		want: []string{"cast|Ana Selo|Harbor|Dana Vell|", "cast|Bo Rinn|Harbor||", "cast|Cy Tessel|Harbor||"},
	},
	{
		name: "A plays C, and her sister is played by B: B is cast, with no character named",
		text: "Harbor adds cast\n\nThe drama Harbor is filming. Ida Venn plays Mara Quell, and her sister is played by Jessa Lark.",
		want: []string{"cast|Ida Venn|Harbor|Mara Quell|", "cast|Jessa Lark|Harbor||"},
	},
}
