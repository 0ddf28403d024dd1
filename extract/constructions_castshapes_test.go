package extract

// castShapeConstructions are TestConstructions' cases for cast and
// character credits in the shapes news copy of any country writes them:
// an age's bracket before the bracket of a person's work, a character
// named before its description.
var castShapeConstructions = []construction{
	{
		name: "says X, a Lark Theatre actor who plays C: the capitals after a describe the actor, X plays C; no credit for the company",
		text: "Long Shore adds a band\n\nThe soap Long Shore has added a band to its cast.\n\n“It is a sad time,” says Mina Vostrel, a Lark Theatre actor who plays bass player Edie. Pell Arkin, an Owl Lane actress who plays Rona, agrees.",
		want: []string{"cast|Mina Vostrel|Long Shore|Edie|", "cast|Pell Arkin|Long Shore|Rona|"},
	},
	{
		name: "T from Y Studios starring A and B: the title before the company's from is the cast's, not the sentence's show",
		text: "New originals coming to StreamMax\n\nStreamMax has announced a slate of new originals. Rose Lane, a series directed by Ona Stell, is coming.\n\nNext is Copper Bay from Night Owl Studios starring Mina Vostrel and Pell Arkin. Then there is Salt Road from Lark Entertainment starring Rick Lanvey.",
		want: []string{"crew|Ona Stell|Rose Lane||director", "cast|Mina Vostrel|Copper Bay||", "cast|Pell Arkin|Copper Bay||", "cast|Rick Lanvey|Salt Road||"},
	},
	{
		name: "a title with From inside it keeps it before starring: one title",
		text: "Sequel news\n\nThe film Letters From Salt Bay starring Mina Vostrel and Pell Arkin opens today.",
		want: []string{"cast|Mina Vostrel|Letters From Salt Bay||", "cast|Pell Arkin|Letters From Salt Bay||"},
	},
	{
		name: "Maker’s T starring A, B, and C in a slate: the maker's title is the cast's, not the article's show",
		text: "New originals coming to StreamMax\n\nStreamMax has announced a slate of new originals, led by the series Rose Lane.\n\nFirst up, we have Dara Velen’s The Gull Point starring Mina Vostrel, Pell Arkin, TJ Brann, and Desh Morrow. Next is Ona Stell's new film Copper Bay starring Rick Lanvey and Tally Quince.",
		want: []string{"crew|Dara Velen|The Gull Point||", "cast|Mina Vostrel|The Gull Point||", "cast|Pell Arkin|The Gull Point||", "cast|TJ Brann|The Gull Point||", "cast|Desh Morrow|The Gull Point||",
			"crew|Ona Stell|Copper Bay||", "cast|Rick Lanvey|Copper Bay||", "cast|Tally Quince|Copper Bay||"},
	},
	{
		name: "X (39) (T): the age's bracket stands between a name and the bracket of the person's work",
		text: "Paper Crane casts its heroine\n\nRina Aoki will star in the morning drama Paper Crane.\n\nPast heroines include Mari Sato (39) (Blue Lantern), Emi Kudo (26) (Salt Road), and Yui Mori (27) (Fox Bride), all seasoned actresses.",
		want: []string{"cast|Rina Aoki|Paper Crane||", "cast|Mari Sato|Blue Lantern||", "cast|Emi Kudo|Salt Road||", "cast|Yui Mori|Fox Bride||"},
	},
	{
		name: "X is C: a description of C after the colon, in a telenovela's cast guide",
		text: "'Gilded Cage' telenovela cast\n\nThe telenovela Gilded Cage stars Marta Quiroga and Lucas Ferrer.\n\nMarta Quiroga is Elena: a generous, kind and modest girl.\n\nLucas Ferrer is Tomas: an enthusiastic sportsman.",
		want: []string{"cast|Marta Quiroga|Gilded Cage|Elena|", "cast|Lucas Ferrer|Gilded Cage|Tomas|"},
	},
	{
		name: "a word in capitals for emphasis before a full name (ultimately HATE X) is no part of the name, and X's given name alone is X",
		text: "The Orchard Wives: first impressions\n\nThe Orchard Wives stars Tessa Villaluz.\n\n1. You will ultimately HATE Lina Del Marquez! Lina will play the role of Carla Reyes, the ambitious wife of Nestor.",
		want: []string{"cast|Tessa Villaluz|The Orchard Wives||", "cast|Lina Del Marquez|The Orchard Wives|Carla Reyes|"},
	},
	{
		name: "C1 or C2 (X): the character's name, then what she is called, and X plays the first",
		text: "The Orchard Wives: first impressions\n\nThe Orchard Wives stars Tessa Villaluz.\n\nCarla is the mother of Isadora or Dora (Tessa Villaluz).",
		want: []string{"cast|Tessa Villaluz|The Orchard Wives|Isadora|"},
	},
	{
		name: "C (X) in a synopsis after the article credited X: the bracket holds the actor, not a title",
		text: "Paper Moon – Live Action Coverage\n\nKenji Arai takes the directorial seat for the LA of Paper Moon. Hoshikawa Yua headlines the LA.\n\nWhat it is about: Mizuki Nanase (Hoshikawa Yua) is a high school student.",
		want: []string{"crew|Kenji Arai|Paper Moon||director", "cast|Hoshikawa Yua|Paper Moon|Mizuki Nanase|"},
	},
	{
		name: "the new suitor C, an aside, will be played by X: describing words before the character that opens the sentence",
		text: "Gilded Cage renewed\n\nThe drama Gilded Cage has been renewed. The new suitor Darius Hale, a football star, will be played by Tom Brack.",
		want: []string{"cast|Tom Brack|Gilded Cage|Darius Hale|"},
	},
	{
		name: "“T’s” new suitor C, an aside, will be played by X: a show's possessive before the character",
		text: "Gilded Cage renewed\n\nThe drama Gilded Cage has been renewed. “Lovebirds’s” new suitor Darius Hale, a football star, will be played by Tom Brack — one of ten stars to watch.",
		want: []string{"cast|Tom Brack|Gilded Cage|Darius Hale|"},
	},
	{
		name: "C, the widowed keeper played with flinty reserve by X: an aside that ends at the verb, and a manner of two words before 'by'",
		text: "Gilded Cage review\n\nGilded Cage is a moving film. Ruth, the widowed lighthouse keeper played with flinty reserve by Mara Quist, is the heart of it.",
		want: []string{"cast|Mara Quist|Gilded Cage|Ruth|"},
	},
	{
		name: "T actor X, who played C in the soap, joins the cast: the soap is T, the title before the performer's noun",
		text: "Gilded Cage casting\n\nThe drama Gilded Cage is shooting in Paris. Harbour Lane actor Tom Brack, who played Abel Stone in the soap, joins the cast.",
		want: []string{"cast|Tom Brack|Harbour Lane|Abel Stone|", "cast|Tom Brack|Gilded Cage||"},
	},
	{
		name: "French actress X, who starred in last year's winner, “T,” joins the cast: the title's appositive inside the relative clause",
		text: "Gilded Cage casting\n\nThe drama Gilded Cage is shooting in Paris. French actress Mara Quist, who starred in last year's winner, “Red Sky,” joins the cast.",
		want: []string{"cast|Mara Quist|Gilded Cage||", "cast|Mara Quist|Red Sky||"},
	},
	{
		name: "a reality line-up: the line-up includes reality star A (“T1”), footballer B (“T2”) and singer C: each in the show, and A and B in their brackets' shows",
		text: "Island Heat cast revealed\n\nThe reality show Island Heat is back. The line-up includes reality star Mara Quist (\"Love Nest\"), footballer Tom Brack (\"Goal Rush\") and singer Ana Vale.",
		want: []string{"cast|Mara Quist|Island Heat||", "cast|Tom Brack|Island Heat||", "cast|Ana Vale|Island Heat||", "cast|Mara Quist|Love Nest||", "cast|Tom Brack|Goal Rush||"},
	},
	{
		name: "X left last year to join the cast of T: the cast X joined, not the show X left",
		text: "Gilded Cage casting\n\nThe drama Gilded Cage is shooting. Mara Quist left last year to join the cast of Red Sky.",
		want: []string{"cast|Mara Quist|Red Sky||"},
	},
	{
		name: "Former T1 and T2 star X (two one-word halves) is one title, no person named T1, and “he” of the next paragraph is X",
		text: "Harbour Lane's new mystery man\n\nFormer Salt and Pepper star Tom Brack has joined the regular cast of Harbour Lane as the series' new mystery man.\n\nHe was later cast as Abel Stone on Blue Moon, attracting fans worldwide.",
		want: []string{"cast|Tom Brack|Harbour Lane||", "cast|Tom Brack|Salt and Pepper||", "cast|Tom Brack|Blue Moon|Abel Stone|"},
	},
	{
		name: "Former T1, T2 and T3 actor X: a list of three titles stays three",
		text: "Harbour Lane adds a face\n\nFormer Tides, Ember and Gravel actor Tom Brack has joined the cast of Harbour Lane.",
		want: []string{"cast|Tom Brack|Harbour Lane||", "cast|Tom Brack|Tides||", "cast|Tom Brack|Ember||", "cast|Tom Brack|Gravel||"},
	},
	{
		name: "X, the protagonist of T (its other name), and X (28), the current lead of T: a lead's noun in an appositive casts X in T",
		text: "Paper Crane casts its hero\n\nTom Brack, the protagonist of Red Sky (Kizil Gok), is coming back.\n\nNewcomers are rare. Mari Sato (28), the current lead of Blue Lantern, has headlined many dramas.",
		want: []string{"cast|Tom Brack|Red Sky||", "cast|Mari Sato|Blue Lantern||"},
	},
	{
		name: "a review's C (X) from a place: where the bracket's name starts as people's names do and the outer one does not, the bracket holds the actor, and the place is no title",
		text: "Movie Review: Paper Crane\n\nPaper Crane is the story of a family. Zorvan Kethar (Rahul Mehra) from Green Park marries Aditi Kethar (Priya Nair), his childhood love.",
		want: []string{"cast|Rahul Mehra|Paper Crane|Zorvan Kethar|", "cast|Priya Nair|Paper Crane|Aditi Kethar|"},
	},
	{
		name: "a verb that opens the sentence before 'the' (Witness the rise of ... as C (X) builds) is no person of a later 'as C', and the bracket after C holds its actor",
		text: "Cartel Days trailer\n\nNetflix released the trailer of Cartel Days. Witness the rise of the cartel in the 1980s as Felix Ortega (Dario Luna) builds an empire.",
		want: []string{"cast|Dario Luna|Cartel Days|Felix Ortega|"},
	},
}
