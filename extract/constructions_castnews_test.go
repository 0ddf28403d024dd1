package extract

// castNewsConstructions are TestConstructions' cases for cast and role
// credits in news shapes: trailer stories, cast lists in reviews, dub
// stories and casting roundups.
var castNewsConstructions = []construction{
	{
		name: "the trailer of X's ‘T’ is out; the film stars A and B; a later \"The trailer ...\" names no show",
		text: "The trailer of Mira Sen’s ‘Chandni Raat’ is out and it is a family drama. The film stars Tara Bose and Vikram Rao in pivotal roles.\n\nThe trailer introduces the viewers to a loud family.",
		want: []string{"crew|Mira Sen|Chandni Raat||", "cast|Tara Bose|Chandni Raat||", "cast|Vikram Rao|Chandni Raat||"},
	},
	{
		name: "a headline \"Live-Action T Drama Series Info\" names T, the show of \"The series stars A and B\"",
		text: "Live-Action Kurogane Drama Series Info, Trailers Revealed\n\nThe series stars Rei Tanabe and Sora Kimura.",
		want: []string{"cast|Rei Tanabe|Kurogane||", "cast|Sora Kimura|Kurogane||"},
	},
	{
		name: "a sentence opening \"Backed by A as the producers and B as the creative head, X ...\" credits no person named Backed",
		text: "'Iron Verdict' finds itself a new coat of paint.\n\nBacked by her parents as the producers and her grandfather as the creative head, Leela Arun makes some changes to the script.",
		want: nil,
	},
	{
		name: "X, who has voiced the character of C in the Hindi version of Hollywood animated film ‘T’, ...: X plays C in T",
		text: "Dubbing news\n\nActor Ravi Kadam, who has voiced the character of Bobo in the Hindi version of Hollywood animated film ‘Jungle Drums’, says that dubbing has improved.",
		want: []string{"cast|Ravi Kadam|Jungle Drums|Bobo|"},
	},
	{
		name: "A (from T1) and B (from T2): a bracket opening with \"from\" holds the person's earlier work, never the actor of a character",
		text: "Drama updates\n\nLiu Feng (from Les Voisins) and Chen Yu (from Pretty Mei Lan) were seen on a date.\n\nSu Min and Gao Jie have joined the cast of Ten Years Back.",
		want: []string{"cast|Liu Feng|Les Voisins||", "cast|Chen Yu|Pretty Mei Lan||", "cast|Su Min|Ten Years Back||", "cast|Gao Jie|Ten Years Back||"},
	},
	{
		name: "A and B have been casted for T: the casting verb, in either form, before \"for\" and a title",
		text: "Drama updates\n\nMei Lin and Kai Zhou have been casted for Silver Lantern. It will start filming in March.",
		want: []string{"cast|Mei Lin|Silver Lantern||", "cast|Kai Zhou|Silver Lantern||"},
	},
	{
		name: "a title with one word on both sides of \"by\" (Side by Side with You) runs on past it",
		text: "Drama updates\n\nMei Lin and Kai Zhou have been cast for Step by Step with Me. It will start filming in March.",
		want: []string{"cast|Mei Lin|Step by Step with Me||", "cast|Kai Zhou|Step by Step with Me||"},
	},
	{
		name: "A and B are the leads for T: both are cast in T",
		text: "Drama updates\n\nMei Lin and Kai Zhou are the leads for The Jade Court. It will be 40 episodes long.",
		want: []string{"cast|Mei Lin|The Jade Court||", "cast|Kai Zhou|The Jade Court||"},
	},
}
