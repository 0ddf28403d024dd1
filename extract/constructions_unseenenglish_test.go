package extract

// unseenEnglishConstructions are TestConstructions' cases for casting
// directors named with a show.
var unseenEnglishConstructions = []construction{
	{
		name: "casting directors A and B are attached; casting is by C: crew with no job in the sentence's show",
		text: "Harbor begins shooting\n\nThe BBC has ordered the drama Harbor. Shooting begins in 2021 and casting directors Ana Selo and Bo Rinn are attached. Filming begins in May and casting is by Cy Tessel.",
		want: []string{"crew|Ana Selo|Harbor||", "crew|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||"},
	},
	{
		name: "The daughter of legendary casting director A, B spoke: a trade, no credit",
		text: "Harbor director speaks\n\nThe drama Harbor premieres soon. The daughter of legendary casting director Ana Selo, Bo Rinn spoke about Harbor.",
		want: []string{},
	},
}
