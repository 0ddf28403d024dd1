package extract

// articleShowConstructions are TestConstructions' cases for the show an
// article is about where its opening also names a person's earlier show or
// the work a remake is made from.
var articleShowConstructions = []construction{
	{
		name: "X, an ex-contestant of the T1 reality TV show, is set to star in 'T2,' a forthcoming movie: the aside with \"of\" describes a person (a contestant of T1, cast in it), and T2 is the article's show",
		text: "Mara Quist, an ex-contestant of the Big House reality TV show, is set to star in a lead role alongside Tobi Okafor in ‘Night Market,’ a forthcoming movie.\n\nThe movie follows two sisters who run a food stall.\n\nOther movie stars that featured in the forthcoming project include Ada Penn and Chidi Nwosu.",
		want: []string{"cast|Ada Penn|Night Market||", "cast|Chidi Nwosu|Night Market||", "cast|Mara Quist|Night Market||", "cast|Tobi Okafor|Night Market||", "cast|Mara Quist|Big House||"},
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
	{
		name: "a headline quoting two titles, the first sentence taking up the first: that title is the article's show, not the country before 'Box Office'",
		text: "Korea Box Office: Action-Comedy ‘Rivals’ Debuts at No. 1, ‘Paper Moon’ Moves to Second\n\nRivals” opened at the top of the Korean box office with $4.5 million over the weekend.\n\nDirected by Kim Do-yun, the action-comedy stars Lee Min-su as Dong-ho and Park Se-ri as Mi-ja.",
		want: []string{"cast|Lee Min-su|Rivals|Dong-ho|", "cast|Park Se-ri|Rivals|Mi-ja|", "crew|Kim Do-yun|Rivals||director"},
	},
	{
		name: "a language the article repeats (Afrikaans) is no show; 'T: U', later written 'T', is the article's show",
		text: "Horizons: The Return announced on Friday that two new actors will be joining their cast.\n\nSipho Dube will play the role of Tumi Ndlovu, a rogue journalist.\n\nDespite not speaking Afrikaans, Sipho Dube learnt his Afrikaans lines well.\n\nHe said a part in an Afrikaans show was hard.\n\nOn his new role as Tumi Ndlovu on Horizons: The Return, Dube said he was thrilled.\n\n“Horizons is one of those shows I grew up with,” he said.",
		want: []string{"cast|Sipho Dube|Horizons: The Return|Tumi Ndlovu|"},
	},
	{
		name: "soapie is a genre noun: \"the soapie T\" names the article's show, though its title is shaped like a name",
		text: "Moja Pula is welcoming new actors to star opposite Tumi Dlamini\n\nSix new actors have secured roles in SABC2's soapie Moja Pula.\n\nPopular actor Sizwe Nkosi will play the role of a prison guard, Ta Vusi.",
		want: []string{"cast|Sizwe Nkosi|Moja Pula|Ta Vusi|"},
	},
	{
		name: "a cast which has the likes of A, B and C: a cast list of the article's show, with no comma before the clause that follows",
		text: "Jujuland is a new movie.\n\nJujuland is a movie about girls in show business. With a celebrated cast which has the likes of Ada Obi, Funke ‘Jenny’ Ade and Ruth Kalu the movie will surely get attention.",
		want: []string{"cast|Ada Obi|Jujuland||", "cast|Funke ‘Jenny’ Ade|Jujuland||", "cast|Ruth Kalu|Jujuland||"},
	},
	{
		name: "a soap named 'A and B' again and again is the article's show, not its first word, a quoted character ('X as ‘C’') or a given name the article repeats",
		text: "date 2021-10-21\n\nFarm and Sea has today announced the casting of Tom Van Dyk as ‘Xavi’, a new character who arrives in town.\n\nTom is the cousin of Ben Hollis, who starred in Farm and Sea as Kit Hyde from 2004 to 2007. Tom asked Ben for advice.\n\nSam Hale is his uncle.\n\nNow it is Tom's turn, and his Farm and Sea role is his breakthrough.",
		want: []string{"cast|Ben Hollis|Farm and Sea|Kit Hyde|", "cast|Tom Van Dyk|Farm and Sea|Xavi|"},
	},
	{
		name: "T has today announced the casting of X as ‘C’: T opens the article as its show, and X plays C in it",
		text: "Casting news\n\nHarbour Lane has today announced the casting of Tom Van Dyk as ‘Xavi’, a new character who arrives in town.\n\nNetwork Nine has announced the casting of Ada Mills as Nurse Joy.",
		want: []string{"cast|Tom Van Dyk|Harbour Lane|Xavi|", "cast|Ada Mills|Harbour Lane|Nurse Joy|"},
	},
	{
		name: "a headline 'X Filming T with Y' over an article about T: X and Y are cast in T",
		text: " date 2015-08-12\n\nMei Lan Filming Crimson with Wu Jin\n\nMei Lan is busy. This republican drama called Crimson will be filming from now until the end of the year. Crimson is a spy drama.",
		want: []string{"cast|Mei Lan|Crimson||", "cast|Wu Jin|Crimson||"},
	},
	{
		name: "X (C), where the article elsewhere speaks of the C character: C is X's part in the article's show, no title",
		text: "Ali Kaya joins Deniz Yolu cast!\n\nSuccessful TV drama Deniz Yolu gets ready for the new season.\n\nWe hear that Ali Kaya (Mete) is getting ready to take part in the upcoming season.\n\nThat is all we can say about the Mete character Kaya is going to play.",
		want: []string{"cast|Ali Kaya|Deniz Yolu|Mete|"},
	},
}
