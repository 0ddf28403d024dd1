package extract

// articleShowConstructions are TestConstructions' cases for the show an
// article is about where its opening also names a person's earlier show or
// the work a remake is made from.
var articleShowConstructions = []construction{
	{
		name: "X, an ex-contestant of the T1 reality TV show, is set to star in 'T2,' a forthcoming movie: the aside with \"of\" describes a person, and T2 is the article's show",
		text: "Mara Quist, an ex-contestant of the Big House reality TV show, is set to star in a lead role alongside Tobi Okafor in ‘Night Market,’ a forthcoming movie.\n\nThe movie follows two sisters who run a food stall.\n\nOther movie stars that featured in the forthcoming project include Ada Penn and Chidi Nwosu.",
		want: []string{"cast|Ada Penn|Night Market||", "cast|Chidi Nwosu|Night Market||", "cast|Mara Quist|Night Market||", "cast|Tobi Okafor|Night Market||"},
	},
	{
		name: "X is set to star in a lead role alongside Y in T: the part's words are no title, and X and Y are cast in T",
		text: "Casting news\n\nMara Quist is set to star in a lead role alongside Tobi Okafor in ‘Night Market’.",
		want: []string{"cast|Mara Quist|Night Market||", "cast|Tobi Okafor|Night Market||"},
	},
	{
		name: "a country's own version or remake of the hit series 'T1' is another show: the remake's own title, named below, is the article's show",
		text: "Norway to have its own version of hit series ‘Silver Lanterns’\n\nNorway will have its own remake of the classic hit “Silver Lanterns,” and it will star two young actors.\n\nOle Berg will star alongside actress Kari Lund and actor Jon Dahl.\n\nThe series titled Nordic Lanterns is set to air in 2027.",
		want: []string{"cast|Jon Dahl|Nordic Lanterns||", "cast|Kari Lund|Nordic Lanterns||", "cast|Ole Berg|Nordic Lanterns||"},
	},
}
