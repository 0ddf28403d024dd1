package extract

// careerLineConstructions are TestConstructions' cases for a career told in
// prose: an actor's earlier shows listed after "starred in shows like", a
// soap exit spoken of as "X's exit from T", an obituary's titles.
var careerLineConstructions = []construction{
	{
		name: "X, who is tagged as C, has starred before in several shows like T1 in 2014, T2 in 2015, and T3 in 2017",
		text: "Network unveils drama \"Paper Moons\"\n\nDario Velez and Lina Soto star in \"Paper Moons\".\n\nVelez, who is tagged as the Drama King, has starred before in several network shows like \"The Glass Wife\" in 2014, \"Rivers of Salt\" in 2015, and \"Kahit Saan\" in 2017.",
		want: []string{"cast|Dario Velez|Paper Moons||", "cast|Lina Soto|Paper Moons||", "cast|Dario Velez|The Glass Wife||", "cast|Dario Velez|Rivers of Salt||", "cast|Dario Velez|Kahit Saan||"},
	},
	{
		name: "A, B and C to star in a story that will tackle marriage: the headline's drama, whose title the story does not repeat",
		text: "Network unveils newest drama “Paper Moons”, coming soon\n\nDario Velez, Lina Soto and Mara Cruz to star in a story that will tackle marriage, family and love\n\nVelez has starred before in “The Glass Wife”.",
		want: []string{"cast|Dario Velez|Paper Moons||", "cast|Lina Soto|Paper Moons||", "cast|Mara Cruz|Paper Moons||", "cast|Dario Velez|The Glass Wife||"},
	},
	{
		name: "X's exit from long-running soapie T which he joined in 2021 as the character of C",
		text: "Seasoned actor Tomas Ndlovu is set to join the cast of 'Iron Kin' as Sipho Dube.\n\nEarlier in the week, Ndlovu's exit from long-running soapie 'Harbour Lights: The Return' which he joined in 2021 as the character of Lwazi Khumalo, was in the news.",
		want: []string{"cast|Tomas Ndlovu|Iron Kin|Sipho Dube|", "cast|Tomas Ndlovu|Harbour Lights: The Return|Lwazi Khumalo|"},
	},
	{
		name: "Aside from T1 in 2007, X has also previously starred in other series like T2 in 2013, and T3 in 2015",
		text: "Network unveils drama \"Paper Moons\"\n\nDario Velez and Lina Soto star in \"Paper Moons\".\n\nAside from \"Sino Man\" in 2007, Soto has also previously starred in other network series like \"Huwag Na\" in 2013, and \"Twin Face\" in 2015.",
		want: []string{"cast|Dario Velez|Paper Moons||", "cast|Lina Soto|Paper Moons||", "cast|Lina Soto|Sino Man||", "cast|Lina Soto|Huwag Na||", "cast|Lina Soto|Twin Face||"},
	},
	{
		name: "X returned to the screen with the TV series “T” two years after T2: a comeback in T",
		text: "Casting news\n\nKerem Aslan has accelerated his work. Aslan returned to the screen with the TV series “Derin Su” in 2020.",
		want: []string{"cast|Kerem Aslan|Derin Su||"},
	},
	{
		name: "X returns to the small screen with the drama T",
		text: "Casting news\n\nMara Quist returns to the small screen with the drama Tin Roof.",
		want: []string{"cast|Mara Quist|Tin Roof||"},
	},
	{
		name: "an obituary: seen as C in the BBC's adaptation of Y's novel Rise and Fall (one title at the sentence's end)",
		text: "Actor Hal Brennick dies at 70\n\nThe actor Hal Brennick has died at the age of 70.\n\nHe has been seen on TV recently as Mr Pode in the BBC's adaptation of Ada Marsh's novel Rise and Fall.",
		want: []string{"cast|Hal Brennick|Rise and Fall|Mr Pode|", "crew|Ada Marsh|Rise and Fall||original author"},
	},
}
