package extract

// unseen3Constructions are TestConstructions' cases for shapes of English
// that held-out news used where the extractor read a wrong name or none:
// "A-list acts like A, B and C" (the describing word no name, and "acts" a
// performers' noun before "like"), "Joining Y were A and B", "C -- played
// by X --", "C (played by T's X)", "X starred in “T” together with Y",
// "played C in 25 episodes of the spinoff T", "X, who played C1 and C2 on
// T", "T features two-time-Oscar nominee A", and not "seen with Y in
// January".
var unseen3Constructions = []construction{
	{
		name: "T, which promises to be a hit, stars A-list acts like A, B and C among others; the film stars B-list stars like D: the names after like, not A-list",
		text: "Dorvan Peak premieres in Lagos\n\nDorvan Peak, which promises to be a box office hit, stars A-list acts like Keziah Obrandu, Yselde Welloby, and Corin Ashdale among others. The film also features B-list stars like Pell Darrow.",
		want: []string{"cast|Keziah Obrandu|Dorvan Peak||", "cast|Yselde Welloby|Dorvan Peak||", "cast|Corin Ashdale|Dorvan Peak||", "cast|Pell Darrow|Dorvan Peak||"},
	},
	{
		name: "A-lister X also stars: the name after the describing word",
		text: "“Dorvan Peak” premieres in Lagos\n\nThe movie “Dorvan Peak” opens on Friday. A-lister Corin Ashdale also stars in the film.",
		want: []string{"cast|Corin Ashdale|Dorvan Peak||"},
	},
	{
		name: "acts like A at the festival: no casting verb, no cast",
		text: "“Dorvan Peak” premieres in Lagos\n\nThe movie “Dorvan Peak” opens on Friday. The festival booked A-list acts like Keziah Obrandu for its closing night.",
		want: nil,
	},
	{
		name: "Joining Y were A, B, and C; Joining the cast was D: the past tense as the present; not his wife and a friend at the premiere",
		text: "“Mkasi” premieres on Maisha Magic\n\nThe show stars Yselde Welloby. Joining Yselde were Dara Quillfen, Ossian Brede, and Liv Marrow. Joining the cast was Pell Darrow.\n\nJoining him at the premiere were his wife Corin Ashdale and Keziah Obrandu.",
		want: []string{"cast|Yselde Welloby|Mkasi||", "cast|Dara Quillfen|Mkasi||", "cast|Ossian Brede|Mkasi||", "cast|Liv Marrow|Mkasi||", "cast|Pell Darrow|Mkasi||"},
	},
	{
		name: "an artist, C -- played by X -- who lives in a city (a dash typed as two hyphens); D (played by T's Y): the character and its actor",
		text: "Netflix orders “Quillon Sky”\n\nThe show focuses on the story of an artist, Atiye -- played by Keziah Obrandu -- who lives in a port city. It follows one Cruz Manuelos (played by Gossamer Rain's Yselde Welloby), a young marine.",
		want: []string{"cast|Keziah Obrandu|Quillon Sky|Atiye|", "cast|Yselde Welloby|Quillon Sky|Cruz Manuelos|"},
	},
	{
		name: "the word before two hyphens with no space is no character; a bracket of played by whose possessive is no title's (played by X's friend): no role",
		text: "Netflix orders “Quillon Sky”\n\nThe show is a well-made thing--played by Keziah Obrandu in a small role. It follows Cruz Manuelos (played by Yselde Welloby's friend), a young marine.",
		want: nil,
	},
	{
		name: "X starred in the 2017 series T together with Y; in “T2” together with his on-screen love team Z; alongside a young W in “T3”: the co-star is cast in the clause's title, not the article's show",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. Obrandu starred in the 2017 series Gossamer Rain together with Corin Ashdale. He also starred in “Moonfall Bay” together with his on-screen love team Yselde Welloby. He later appeared in “Dunmore Quay” alongside a young Pell Darrow.",
		want: []string{
			"cast|Keziah Obrandu|Velvet Harbor||", "cast|Keziah Obrandu|Gossamer Rain||", "cast|Corin Ashdale|Gossamer Rain||",
			"cast|Keziah Obrandu|Moonfall Bay||", "cast|Yselde Welloby|Moonfall Bay||",
			"cast|Keziah Obrandu|Dunmore Quay||", "cast|Pell Darrow|Dunmore Quay||",
		},
	},
	{
		name: "posed together with his wife Y at the premiere of T: no casting verb, no co-star",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. At the gala, Obrandu posed together with his wife Yselde Welloby at the premiere of “Moonfall Bay”.",
		want: []string{"cast|Keziah Obrandu|Velvet Harbor||"},
	},
	{
		name: "X also played C in 25 episodes of the spinoff “T” in 2007: a describing word after episodes of the, before the title",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. She also played Epiphany in 25 episodes of the spinoff “Gossamer Rain: Night Shift” in 2007 and 2008. She played Dorla in two seasons of the hit Moonfall Bay.",
		want: []string{"cast|Keziah Obrandu|Velvet Harbor||", "cast|Keziah Obrandu|Gossamer Rain: Night Shift|Epiphany|", "cast|Keziah Obrandu|Moonfall Bay|Dorla|"},
	},
	{
		name: "X, who played C1 and Dr. C2 on “T” in 1,000 episodes; Y played both C3 and C4 in T2: one actor, each character, in the title after the last",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. The death of Corin Ashdale, who played Dorla Fenn and Dr. Brisk Hallan on “Gossamer Rain” in more than 1,000 episodes, saddened fans. Pell Darrow played both Ivo Marrant and Tesk Marrant in Moonfall Bay.",
		want: []string{"cast|Keziah Obrandu|Velvet Harbor||", "cast|Corin Ashdale|Gossamer Rain|Dorla Fenn|", "cast|Corin Ashdale|Gossamer Rain|Dr. Brisk Hallan|", "cast|Pell Darrow|Moonfall Bay|Ivo Marrant|", "cast|Pell Darrow|Moonfall Bay|Tesk Marrant|"},
	},
	{
		name: "X, who played the other half of duo C1 and C2 in the show: no character of two",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. He toured with Corin Ashdale, who played the other half of duo Dorla and Hallan in the show, in June.",
		want: []string{"cast|Keziah Obrandu|Velvet Harbor||"},
	},
	{
		name: "T features two-time-Oscar nominee A, child actress B and a debut performance by C: the describing words and nominee before the first name",
		text: "The Velvet Harbor opens the festival\n\nThe festival opens with The Velvet Harbor. Lauded for its artistry, The Velvet Harbor features two-time-Oscar nominee Keziah Obrandu, child actress Yselde Welloby and a debut performance by Corin Ashdale.",
		want: []string{"cast|Keziah Obrandu|The Velvet Harbor||", "cast|Yselde Welloby|The Velvet Harbor||", "cast|Corin Ashdale|The Velvet Harbor||"},
	},
	{
		name: "three-time-Emmy nominee X attended the premiere of T: no casting verb, no cast",
		text: "The Velvet Harbor opens the festival\n\nThe festival opens with The Velvet Harbor. Three-time-Emmy nominee Pell Darrow attended the screening.",
		want: nil,
	},
	{
		name: "X was last seen with Y in T: both cast in T; seen with Y in January, in London: no title",
		text: "“Velvet Harbor” casts its new lead\n\nKeziah Obrandu joins the cast of the drama. Obrandu was last seen with Corin Ashdale in Gossamer Rain. Pell Darrow was seen with Yselde Welloby in January. Darrow was also seen with Welloby in London.",
		want: []string{"cast|Keziah Obrandu|Velvet Harbor||", "cast|Keziah Obrandu|Gossamer Rain||", "cast|Corin Ashdale|Gossamer Rain||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, unseen3Constructions...)
}
