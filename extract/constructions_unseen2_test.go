package extract

// unseenListConstructions are TestConstructions' cases for the shapes of
// English that held-out news used where the extractor read nothing: a list
// of names before a present-tense verb of the leads ("take centre stage",
// "take the lead roles", "head the cast"), and "along with" after a list.
var unseenListConstructions = []construction{
	{
		name: "A (T1) and B (T2, T3) take centre stage; C and D take the lead roles; E and F head the cast: the sentence's show, and the brackets' titles",
		text: "Zarvo Leaps begins filming\n\nFilming of the comedy series “Zarvo Leaps” is under way.\n\nBeloved actors Tesk Brannigan (Velvet Harbour) and Ines Corvath (Salt Meridian, Kestrel Bight) take centre stage. Cato Fenwick and Rilla Marvane take the lead roles in the series. Jory Pelham and Wendel Ashgrove head the cast.",
		want: []string{
			"cast|Tesk Brannigan|Zarvo Leaps||", "cast|Tesk Brannigan|Velvet Harbour||",
			"cast|Ines Corvath|Zarvo Leaps||", "cast|Ines Corvath|Salt Meridian||", "cast|Ines Corvath|Kestrel Bight||",
			"cast|Cato Fenwick|Zarvo Leaps||", "cast|Rilla Marvane|Zarvo Leaps||",
			"cast|Jory Pelham|Zarvo Leaps||", "cast|Wendel Ashgrove|Zarvo Leaps||",
		},
	},
	{
		name: "took the stage at the premiere, head the studio: no part taken",
		text: "Zarvo Leaps begins filming\n\nFilming of the comedy series “Zarvo Leaps” is under way.\n\nTesk Brannigan and Ines Corvath took the stage at the premiere. Cato Fenwick and Rilla Marvane head the studio.",
		want: nil,
	},
	{
		name: "T stars A and B along with C; T, starring A and B along with C, opens: every name of the list",
		text: "Zarvo Leaps begins filming\n\nFilming of the comedy series “Zarvo Leaps” is under way. The series stars Cato Fenwick and Rilla Marvane along with Jory Pelham.\n\nThe studio's next film, “Drum Hollow”, starring Tesk Brannigan and Ines Corvath in the lead roles along with Wendel Ashgrove, opens in May.",
		want: []string{
			"cast|Cato Fenwick|Zarvo Leaps||", "cast|Rilla Marvane|Zarvo Leaps||", "cast|Jory Pelham|Zarvo Leaps||",
			"cast|Tesk Brannigan|Drum Hollow||", "cast|Ines Corvath|Drum Hollow||", "cast|Wendel Ashgrove|Drum Hollow||",
		},
	},
	{
		name: "X, celebrated for his versatility, is set to portray A's brother, C; Y, acclaimed for her work in T2, will play D: the subject past an aside of fame",
		text: "Zarvo Leaps adds cast\n\nThe telenovela “Zarvo Leaps” has cast its leads.\n\nTavish Orlowe, celebrated for his versatility, is set to portray Wenna's brother, Bram Hollet, while Iska Dorne, a household name, will take on the role of Ila Hollet. Quenby Sarth, acclaimed for her work in Glass Orchard, will play Ostra Hollet.",
		want: []string{
			"cast|Tavish Orlowe|Zarvo Leaps|Bram Hollet|", "cast|Iska Dorne|Zarvo Leaps|Ila Hollet|",
			"cast|Quenby Sarth|Zarvo Leaps|Ostra Hollet|", "cast|Quenby Sarth|Glass Orchard||",
		},
	},
	{
		name: "a prize to the project T by X and Y Production, the project T2 by Z and production company W, the documentary “T3” by V: the maker of each, with no job noun",
		text: "Pitch prizes handed out\n\nThe festival's pitch forum closed on Sunday. He said the jury decided to award the project Vaskira by Nikola Drevic and Rezon Lantern. The Best Pitch Award in the national competition was given to the project Selkirks by Meliska Tovar and production company Lantern Productions. The Grand Prize went to the documentary “Salt Wind” by Oren Halvik.",
		want: []string{"crew|Nikola Drevic|Vaskira||", "crew|Meliska Tovar|Selkirks||", "crew|Oren Halvik|Salt Wind||"},
	},
	{
		name: "a prize's sentence: not \"the film T by the lake\", nor \"Best Actress went to X, praised by Y\"",
		text: "Pitch prizes handed out\n\nThe festival's pitch forum closed on Sunday. The award audiences loved went to the film Vaskira by the lake. The Best Actress award went to Ines Corvath, praised by Oren Halvik.",
		want: nil,
	},
	{
		name: "a slate's X’s ‘T1’ on August 27th and ‘T2’ with A on November 5th; ‘T3’ with B and C opens in May: the names after with are the entry's cast",
		text: "Five releases dated\n\nThe studio has dated its slate. Then there are Ranvek Sorel’s ‘Jayesh Varden’ on August 27th and ‘Ashen Fields’ with Daniel Vorrin on November 5th. ‘Marrow Gate’ with Maria Quillon and Peter Parchmont opens in May.",
		want: []string{"crew|Ranvek Sorel|Jayesh Varden||", "cast|Daniel Vorrin|Ashen Fields||", "cast|Maria Quillon|Marrow Gate||", "cast|Peter Parchmont|Marrow Gate||"},
	},
	{
		name: "a slate's entry with a job noun after with: not its cast",
		text: "Five releases dated\n\nThe studio has dated its slate. Next comes ‘Ashen Fields’ with director Daniel Vorrin.",
		want: []string{"crew|Daniel Vorrin|Ashen Fields||director"},
	},
	{
		name: "X, the Japanese director known for directing T1, T2 and T3; Y, a veteran writer known for T4; Z is known for her directorial work on T5, drama T6 and Owner's T7: the job in each",
		text: "Fuji TV sets new anime\n\nThe network announced a new series on Monday.\n\nTomas Itobe, the Japanese director known for directing Sword Glass Online, Erasers and Silver Ladle, will be back. Hanna Merrow, a veteran writer known for Paper Orchard, will join the team. Vernay Oduya is also known for her directorial work on documentary Selmar Bay, historical drama Copper Lake and Disney’s A Wrinkle In Space.",
		want: []string{
			"crew|Tomas Itobe|Sword Glass Online||director", "crew|Tomas Itobe|Erasers||director", "crew|Tomas Itobe|Silver Ladle||director",
			"crew|Hanna Merrow|Paper Orchard||writer",
			"crew|Vernay Oduya|Selmar Bay||director", "crew|Vernay Oduya|Copper Lake||director", "crew|Vernay Oduya|A Wrinkle In Space||director",
		},
	},
	{
		name: "X, the actor known for T: cast, no job",
		text: "Fuji TV sets new anime\n\nThe network announced a new series on Monday.\n\nTomas Itobe, the actor known for Silver Ladle, will be back.",
		want: []string{"cast|Tomas Itobe|Silver Ladle||"},
	},
	{
		name: "the premiere of X's production, ‘T’: X produces T; Y's latest project, T2: Y's; not X's production company, C",
		text: "Stars at premiere\n\nStars gathered for the premiere of Chidera Lorn’s production, ‘The Millstones’. Kelechi Amadu's latest project, Copper Weir, begins filming. Chidera Lorn's production company, Lantern Films, made it.",
		want: []string{"crew|Chidera Lorn|The Millstones||producer", "crew|Kelechi Amadu|Copper Weir||"},
	},
	{
		name: "X's other blockbusters include ‘T1’ trilogy, ‘T2’ and ‘T3’: X's works, crew where the article names X's job",
		text: "Orrin Vasko sets next film\n\nOrrin Vasko is writing and directing the film “Tidewater” for Universal. Vasko’s other blockbusters include ‘The Dark Kite’ trilogy, ‘Inceptor’ and ‘Dunmoor’.",
		want: []string{
			"crew|Orrin Vasko|Tidewater||writer", "crew|Orrin Vasko|Tidewater||director",
			"crew|Orrin Vasko|The Dark Kite||", "crew|Orrin Vasko|Inceptor||", "crew|Orrin Vasko|Dunmoor||",
		},
	},
	{
		name: "T2 reunites A and B; “T3” reunites C and D: the title the sentence opens with, not the article's show; not a studio's name",
		text: "Zarvo Leaps renewed\n\nThe drama “Zarvo Leaps” has been renewed. Copper Weir reunites Tesk Brannigan and Ines Corvath. “Ashen Fields” reunites Cato Fenwick and Rilla Marvane. Lantern Studios reunites Jory Pelham and Wendel Ashgrove.",
		want: []string{
			"cast|Tesk Brannigan|Copper Weir||", "cast|Ines Corvath|Copper Weir||",
			"cast|Cato Fenwick|Ashen Fields||", "cast|Rilla Marvane|Ashen Fields||",
		},
	},
	{
		name: "its director X, while its scenarist Y has written T2; Scenarist Z wrote the drama: writers of the sentence's show",
		text: "Zarvo Leaps casts lead\n\nThe cable drama “Zarvo Leaps” has cast its lead. Its director Tesk Brannigan is known for thrillers, while its scenarist Ines Corvath has written the script for “Ashen Fields”. Scenarist Cato Fenwick also wrote the drama.",
		want: []string{
			"crew|Tesk Brannigan|Zarvo Leaps||director",
			"crew|Ines Corvath|Zarvo Leaps||writer", "crew|Ines Corvath|Ashen Fields||writer",
			"crew|Cato Fenwick|Zarvo Leaps||writer",
		},
	},
	{
		name: "co-created by Title mastermind A and Network star B: B is the list's second maker, not a clause of a cast verb",
		text: "Lionmere adds cast\n\nThe Paramount+ series “Lionmere” has cast Morgan Freeling. Lionmere was co-created by Copperline mastermind Harlan Wexley and Brightmoor star Marla Dentry.",
		want: []string{
			"cast|Morgan Freeling|Lionmere||",
			"crew|Harlan Wexley|Copperline||", "crew|Harlan Wexley|Lionmere||creator", "crew|Marla Dentry|Lionmere||creator", "cast|Marla Dentry|Brightmoor||",
		},
	},
	{
		name: "X, the lead actress and producer of the movie; Y, the director and producer of the film: both credits in the sentence's show; not a singer's",
		text: "Zarvo Leaps premieres\n\nThe premiere of the comedy “Zarvo Leaps” drew crowds. Kemi Varnell, the lead actress and producer of the movie, posed for photos. Tunde Okari, the director and producer of the film, spoke. Bisi Aremu, a singer and producer of the film, sang.",
		want: []string{
			"cast|Kemi Varnell|Zarvo Leaps||", "crew|Kemi Varnell|Zarvo Leaps||producer",
			"crew|Tunde Okari|Zarvo Leaps||director", "crew|Tunde Okari|Zarvo Leaps||producer",
		},
	},
	{
		name: "A (T1) and B (T2) are first-grade support; C and D will be in support: the sentence's show; not \"are tech support\", \"are in support of the strike\"",
		text: "Zarvo Leaps begins filming\n\nFilming of the comedy series “Zarvo Leaps” is under way. Cato Fenwick (Velvet Harbour) and Rilla Marvane (Salt Meridian) are first-grade support. Jory Pelham and Wendel Ashgrove will be in support. Tesk Brannigan and Ines Corvath are tech support. Harlan Wexley and Marla Dentry are in support of the strike.",
		want: []string{
			"cast|Cato Fenwick|Zarvo Leaps||", "cast|Cato Fenwick|Velvet Harbour||",
			"cast|Rilla Marvane|Zarvo Leaps||", "cast|Rilla Marvane|Salt Meridian||",
			"cast|Jory Pelham|Zarvo Leaps||", "cast|Wendel Ashgrove|Zarvo Leaps||",
		},
	},
}

func init() {
	castPredicateConstructions = append(castPredicateConstructions, unseenListConstructions...)
}
