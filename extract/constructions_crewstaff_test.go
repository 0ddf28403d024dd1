package extract

// crewStaffConstructions are TestConstructions' cases for staff credits:
// a drama's directors and writers named in prose, a festival line-up's
// makers and their titles.
var crewStaffConstructions = []construction{
	{
		name: "In addition, X (T1, T2) is the chief director of the series: a person with a job, no title; \"In addition\" adds no cast",
		text: "Live-Action Cold Harbour Drama Series Info, Trailers Revealed\n\nThe series stars Mara Quist (Tin Roof).\n\nIn addition, Tomas Silva (Salt Tides, Blue Hour!) is the chief director of the series and Alma Birch and Ivo Brandt are serving as directors.",
		want: []string{
			"cast|Mara Quist|Cold Harbour||", "cast|Mara Quist|Tin Roof||",
			"crew|Tomas Silva|Cold Harbour||director", "crew|Tomas Silva|Salt Tides||", "crew|Tomas Silva|Blue Hour!||",
			"crew|Alma Birch|Cold Harbour||director", "crew|Ivo Brandt|Cold Harbour||director",
		},
	},
	{
		name: "a name in z takes a bare apostrophe for its possessive: titles like A's T1 and B' T2",
		text: "Cannes line-up revealed\n\nThe main list includes titles like Ana Lee's Red Fields and Ivo Ruiz’ The Stop.",
		want: []string{"crew|Ana Lee|Red Fields||", "crew|Ivo Ruiz|The Stop||"},
	},
	{
		name: "Company Productions will oversee T.: the sentences after it speak of T, a fronted \"Written by X\" credits X there",
		text: "Ana Lee sitcom amongst BBC Three commissions\nBBC Three has announced a number of new comedy commissions today.\nCold Harbour, which Ana Lee will write, centres around Alfie, a teacher.\nMeanwhile, Pike Lane Productions will oversee Red Fields. Written by Nina Holt, who previously created 1990s hit Game On, the new comedy centres on a group of girls.",
		want: []string{"crew|Ana Lee|Cold Harbour||writer", "crew|Nina Holt|Red Fields||writer", "crew|Nina Holt|Game On||creator"},
	},
	{
		name: "writers X and Y are working on the first-ever drama series.: a new work with no title, not the show the paragraph before was about",
		text: "Amazon greenlights series\n\nWritten by Ana Lee, the new Spanish series Red Fields retells the story of a knight.\n\nItalian writers Nina Holt and Ivo Brandt are working on the first-ever Italian Prime Original drama series. The crime drama, set in Milan, tells the story of a teenager. It is being produced by Omar Vance for Amazon Studios.",
		want: []string{"crew|Ana Lee|Red Fields||writer"},
	},
	{
		name: "T, adapted from “S”, written by A and B: the source's authors, of T",
		text: "Red Case filming begins\n\nFilming has begun on the drama The Red Case, adapted from “Catching the Killer”, written by Nina Holt and Omar Vance.",
		want: []string{"crew|Nina Holt|The Red Case||original author", "crew|Omar Vance|The Red Case||original author"},
	},
	{
		name: "X previously wrote for T1 and created the comedy T2: earlier work, the sentences after it stay on the article's show",
		text: "Netflix orders Glass Harbor\n\nNetflix has ordered Glass Harbor, a new thriller series from writer Ana Lee.\n\nLee previously wrote for Blue Hour and created the comedy Tin Roof.\n\nThe series was created by Lee. Directed by Dana Roebe, the pilot was shot in Belfast. Sam Oaken is on board as co-showrunner.",
		want: []string{
			"crew|Ana Lee|Glass Harbor||writer", "crew|Ana Lee|Blue Hour||writer", "crew|Ana Lee|Tin Roof||creator",
			"crew|Ana Lee|Glass Harbor||creator", "crew|Dana Roebe|Glass Harbor||director", "crew|Sam Oaken|Glass Harbor||showrunner",
		},
	},
	{
		name: "X, whose credits include T1 and T2, will edit: an editor, crew in T and in the earlier titles",
		text: "Netflix orders Glass Harbor\n\nNetflix has ordered Glass Harbor, a new thriller series from writer Ana Lee.\n\nMia Leeke, whose credits include Cold Sun and Salt Tides, will edit. Omar Vance will edit the series.",
		want: []string{
			"crew|Ana Lee|Glass Harbor||writer", "crew|Mia Leeke|Glass Harbor||", "crew|Mia Leeke|Cold Sun||", "crew|Mia Leeke|Salt Tides||",
			"crew|Omar Vance|Glass Harbor||",
		},
	},
	{
		name: "X's first project since the film T, which she wrote and directed: the pronoun's person holds both jobs in T; not a title's possessive",
		text: "Apple sets drama Silver Coast\n\nApple TV+ has greenlit Silver Coast, an eight-part drama. Ana Lee will direct all eight episodes.\n\nIt marks Lee's first TV project since the acclaimed film Stone Garden, which she wrote and directed. Lee's breakout was “Iron Bay,” which she co-created. She danced in Blue Moon's title song and in the thriller Red Sky, which she also produced.",
		want: []string{
			"crew|Ana Lee|Silver Coast||director", "crew|Ana Lee|Stone Garden||writer", "crew|Ana Lee|Stone Garden||director",
			"crew|Ana Lee|Iron Bay||creator",
		},
	},
	{
		name: "directed by A and penned by B, the duo behind T2: each of the pair made T2; \"the team behind\" after A and B the same; a group of one credits no one",
		text: "Moon Hae-jin confirmed for new tvN drama \"Spring Letters\"\n\nActress Moon Hae-jin will star in tvN's upcoming drama \"Spring Letters.\"\n\nThe drama is directed by Choi Min-woo and penned by Jung Da-eun, the duo behind \"Moonlit Sea.\" Han Ji-ho and Park Se-ri, the team behind \"Red Door,\" will produce. The drama also stars Kim Ha-na, the duo behind \"Blue Hill.\"",
		want: []string{
			"cast|Moon Hae-jin|Spring Letters||", "crew|Choi Min-woo|Spring Letters||director", "crew|Jung Da-eun|Spring Letters||writer",
			"crew|Choi Min-woo|Moonlit Sea||", "crew|Jung Da-eun|Moonlit Sea||", "crew|Han Ji-ho|Red Door||", "crew|Park Se-ri|Red Door||",
			"crew|Han Ji-ho|Spring Letters||producer", "crew|Park Se-ri|Spring Letters||producer", "cast|Kim Ha-na|Spring Letters||",
		},
	},
	{
		name: "X is the DOP of the film: a person's job in capitals, no title the next sentence's cast belongs to; \"serve as the music director\" is the composer's work, no director's",
		text: "Ravi Teja next titled Kaala Veera\n\nRavi Teja next film has been titled Kaala Veera.\n\nDevi Sri Mohan will serve as the music director. Anil Kumar is the DOP of the film.\n\nPrakash Raj plays the antagonist.",
		want: []string{"crew|Devi Sri Mohan|Kaala Veera||", "cast|Prakash Raj|Kaala Veera||"},
	},
	{
		name: "The music director is X, The film's director is Y: a staff line with the job's modifier or the show's possessive before it",
		text: "Ravi Teja next titled Kaala Veera\n\nRavi Teja next film has been titled Kaala Veera.\n\nThe music director is Devi Sri Mohan. The film’s director is Karthik Varma.",
		want: []string{"crew|Devi Sri Mohan|Kaala Veera||", "crew|Karthik Varma|Kaala Veera||director"},
	},
	{
		name: "The music comes from X, the screenplay will come from A and B: the part's maker, crew in the show; not from a place or a company",
		text: "Ravi Teja next titled Kaala Veera\n\nRavi Teja next film has been titled Kaala Veera.\n\nThe music comes from Anirudh Ravikumar. The screenplay will come from Ana Lee and Omar Vance. The money comes from Netflix. The music comes from a Korean band.",
		want: []string{"crew|Anirudh Ravikumar|Kaala Veera||", "crew|Ana Lee|Kaala Veera||writer", "crew|Omar Vance|Kaala Veera||writer"},
	},
	{
		name: "French auteur X returns with T, director Y is back with her new film T2: the maker's new work is the sentence's show, not the title before",
		text: "Berlinale unveils competition line-up\n\nThe selection includes Ana Lee's Red Fields and Tomas Silva's new film Blue Hour.\n\nFrench auteur Pia Roe returns with The Quiet Hour. Director Nina Holt is back with her new film Grey Sea.",
		want: []string{"crew|Ana Lee|Red Fields||", "crew|Tomas Silva|Blue Hour||", "crew|Pia Roe|The Quiet Hour||director", "crew|Nina Holt|Grey Sea||director"},
	},
	{
		name: "A and B are also executive producers, X is also the director of the film: \"also\" between the verb and the job",
		text: "HBO Max orders comedy Night Shift\n\nHBO Max has given a series order to Night Shift, a half-hour comedy.\n\nIvo Brandt and Nina Holt are also executive producers. Omar Vance is also the director of the film.",
		want: []string{"crew|Ivo Brandt|Night Shift||producer", "crew|Nina Holt|Night Shift||producer", "crew|Omar Vance|Night Shift||director"},
	},
	{
		name: "The line-up features T1 by A and T2 by B, the team have selected T3 by C: a line-up verb's object, one word or more, is a title by its maker",
		text: "Berlinale unveils competition line-up\n\nThe Berlin Film Festival has unveiled its competition line-up.\n\nThe line-up also features Iron Bay by Dana Roebe and Cold Sun by Sam Oaken. The team have selected Scars by Omar Vance.",
		want: []string{"crew|Dana Roebe|Iron Bay||", "crew|Sam Oaken|Cold Sun||", "crew|Omar Vance|Scars||"},
	},
	{
		name: "The selection includes T from A: a line-up's title and its maker's name, no performer known from a show",
		text: "Berlinale unveils competition line-up\n\nThe Berlin Film Festival has unveiled its competition line-up.\n\nThe selection includes Stone Garden from Ivo Brandt.",
		want: nil,
	},
	{
		name: "X is on writing duties, Directing duties went to A and B: the duties' job, in the show",
		text: "BBC One commissions thriller The Long Shadow\n\nBBC One has commissioned The Long Shadow, a six-part thriller.\n\nNina Holt is on writing duties. Directing duties went to Ana Lee and Omar Vance.",
		want: []string{"crew|Nina Holt|The Long Shadow||writer", "crew|Ana Lee|The Long Shadow||director", "crew|Omar Vance|The Long Shadow||director"},
	},
	{
		name: "produced by famed director X: the verb's job in the show, the job noun X's trade; directed by director Y keeps the one job",
		text: "First Shot premieres\n\nThe police drama First Shot premiered on iQiyi.\n\nThe drama is produced by famed director Zhang Wei. It is written by director Li Na.",
		want: []string{"crew|Zhang Wei|First Shot||producer", "crew|Li Na|First Shot||writer"},
	},
	{
		name: "composed by A and B, the writers behind T: a plural job noun behind a title credits both with the job there",
		text: "Moon Hae-jin confirmed for new tvN drama \"Spring Letters\"\n\nActress Moon Hae-jin will star in tvN's upcoming drama \"Spring Letters.\"\n\nThe songs are composed by Han Ji-ho and Park Se-ri, the writers behind \"Red Door.\"",
		want: []string{"cast|Moon Hae-jin|Spring Letters||", "crew|Han Ji-ho|Spring Letters||", "crew|Park Se-ri|Spring Letters||", "crew|Han Ji-ho|Red Door||writer", "crew|Park Se-ri|Red Door||writer"},
	},
}
