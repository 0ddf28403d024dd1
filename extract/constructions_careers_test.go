package extract

// careerConstructions are TestConstructions' cases for careers told in
// prose (obituaries, profiles), reviews that name the actor in brackets
// after the character, and network line-ups that list each show's cast.
var careerConstructions = []construction{
	{
		name: "X has participated in productions such as 'T1' with A, 'T2' with B and 'T3' with C and D: each title with its co-stars, the subject in all",
		text: "Actor Tomas Wren dies at 90\n\nTomas Wren, an actor known for his roles in films such as 'Salt Road', has died.\n\nThroughout his career, Wren has participated in productions such as 'Harbour Lights' with Mina Vostrel, 'Gull Point' with Pell Arkin and “Copper Bay” with Desh Morrow and Tally Quince.",
		want: []string{"cast|Tomas Wren|Salt Road||", "cast|Tomas Wren|Harbour Lights||", "cast|Mina Vostrel|Harbour Lights||", "cast|Tomas Wren|Gull Point||", "cast|Pell Arkin|Gull Point||",
			"cast|Tomas Wren|Copper Bay||", "cast|Desh Morrow|Copper Bay||", "cast|Tally Quince|Copper Bay||"},
	},
	{
		name: "an obituary's career in prose: in T (1949) with A, there was T2 with B, appeared with C in T3, with D again in T4 and E in T5: the subject and each co-star in each title",
		text: "Remembering Vera Holt\n\nThe British actress Vera Holt started out as a dancer. Her film debut was in Paper Lanterns in 1950 with Nora Pell and Ida Crane. She landed a good role in Salt Meadow (1952) with Hugo Marsh. Then there was The Glass Orchard with Ralph Dunne. She appeared with Otto Brandt in Red Harbour, with Lena Voss in Winter Gate, with Hugo Marsh again in The Long Road and Ada Finch in The Last Ferry.",
		want: []string{
			"cast|Vera Holt|Paper Lanterns||", "cast|Nora Pell|Paper Lanterns||", "cast|Ida Crane|Paper Lanterns||",
			"cast|Vera Holt|Salt Meadow||", "cast|Hugo Marsh|Salt Meadow||",
			"cast|Vera Holt|The Glass Orchard||", "cast|Ralph Dunne|The Glass Orchard||",
			"cast|Vera Holt|Red Harbour||", "cast|Otto Brandt|Red Harbour||",
			"cast|Vera Holt|Winter Gate||", "cast|Lena Voss|Winter Gate||",
			"cast|Vera Holt|The Long Road||", "cast|Hugo Marsh|The Long Road||",
			"cast|Vera Holt|The Last Ferry||", "cast|Ada Finch|The Last Ferry||",
		},
	},
	{
		name: "X is known for K-drama classics such as A and B (describing words before the plural noun of works); T was her most recent work; she is next seen in the big-budget Disney+ series, T2, opposite Y (both in T2)",
		text: "Moon Tide casts Nia Rell\n\nThe drama Moon Tide will star Nia Rell.\n\nNia Rell is known for K-drama classics such as Paper Lantern and Winter Harbor. Glass River was her most recent work and she is next seen in the big-budget Disney+ series, Iron Gate, opposite Tom Vail.",
		want: []string{
			"cast|Nia Rell|Moon Tide||", "cast|Nia Rell|Paper Lantern||", "cast|Nia Rell|Winter Harbor||",
			"cast|Nia Rell|Glass River||", "cast|Nia Rell|Iron Gate||", "cast|Tom Vail|Iron Gate||",
		},
	},
	{
		name: "he has been occupied recently with A, B and C; he will appear in the Disney K-drama T (network and genre before the title); a paragraph opening 'He will be seen together with Y in the Netflix period drama T2'",
		text: "Moon Tide casts Dan Sorel\n\nThe drama Moon Tide will star Dan Sorel.\n\nAs for Dan Sorel, he has been occupied recently with Blue Lagoon, Red Mile and Gold Coast. He will also appear in the Disney K-drama The Chosen.\n\nHe will be seen together with Ana Brisk in the Netflix period drama Scandal Hour, airing next year.",
		want: []string{
			"cast|Dan Sorel|Moon Tide||", "cast|Dan Sorel|Blue Lagoon||", "cast|Dan Sorel|Red Mile||", "cast|Dan Sorel|Gold Coast||",
			"cast|Dan Sorel|The Chosen||", "cast|Dan Sorel|Scandal Hour||", "cast|Ana Brisk|Scandal Hour||",
		},
	},
	{
		name: "a role described after playing, then its title: reached stardom by playing a bad guy in T, when playing a nightclub singer in the TV series T2",
		text: "Joe Park profile\n\nJoe Park reached stardom by playing a bad guy in The Crown Jewel. He sang in clubs when playing a nightclub singer in the TV series Blue Note.",
		want: []string{"cast|Joe Park|The Crown Jewel||", "cast|Joe Park|Blue Note||"},
	},
	{
		name: "co-starred with a one-word name the article writes as part of several longer names: no person of that one word",
		text: "Cold Road recast\n\nThe thriller Cold Road has cast Cho Min-ho after Lee Tae-oh and Lee Su-ran left. Cho co-starred with Lee in the thriller Night Shift.",
		want: []string{"cast|Cho Min-ho|Cold Road||", "cast|Cho Min-ho|Night Shift||"},
	},
	{
		name: "a review names the actor in brackets after the character: his protagonist C's (X, never better), his brother C2 (the absolutely fantastic Y); C3, played again with aplomb by Z; W is dynamite as a ruthless assassin",
		text: "\"Iron Ledger 2\" is Certified Fun\n\nMara Quill ups the ante for an epic sequel, Iron Ledger 2 (A-), by maximizing the world building of his protagonist Owen Kestrel's (Dale Hemming, never better) savant status and pairing him with his lethal brother Brix (the absolutely fantastic Joel Barstow). Treasury Agent Lena Morrow, played again with aplomb by Cora Adeyemi, is a convener of the siblings, and Tia Renner is dynamite as a ruthless assassin.",
		want: []string{
			"cast|Dale Hemming|Iron Ledger 2|Owen Kestrel|", "cast|Joel Barstow|Iron Ledger 2|Brix|",
			"cast|Cora Adeyemi|Iron Ledger 2|Lena Morrow|", "cast|Tia Renner|Iron Ledger 2||",
		},
	},
	{
		name: "a network's line-up: “T” top-billed by A, B, and C; starring D, E, introducing F with G; “T3,” top-billed by H and I; a series that is “T4” where J takes on the role of C, who has three wives, played by K, L, and M",
		text: "More drama coming to the network this 2021\n\nThe network's lineup of programs for 2021 is rife with soaps.\n\nViewers welcome the return of “Sea Wind” starring Ana Ruiz and Bea Lim. Next up is the heart-tugging “Babalik Ako” top-billed by Dan Cruz, Ella Reyes, and Fe Santos.\n\nSet to launch as well is the TV adaptation of the 1988 film “Luha” starring Jan Dela Paz, Kai Ramos, introducing Lea Moreno with Mon Santos.\n\n“Anak vs. Anak,” top-billed by Nina Cruz and Ola Diaz, return to primetime.\n\nSeasoned actor Raul Tan is paired with Sara Lim in the rom-com “First Love.” It follows the story of Yaya Tess (Sara).\n\nAnother breakthrough drama series from the network this 2021 is “Legal Ties” where Tom Rey takes on the role of royalty Ismael who has three wives, played by Uma Lee, Vina Sy, and Wen Ong.",
		want: []string{
			"cast|Ana Ruiz|Sea Wind||", "cast|Bea Lim|Sea Wind||",
			"cast|Dan Cruz|Babalik Ako||", "cast|Ella Reyes|Babalik Ako||", "cast|Fe Santos|Babalik Ako||",
			"cast|Jan Dela Paz|Luha||", "cast|Kai Ramos|Luha||", "cast|Lea Moreno|Luha||", "cast|Mon Santos|Luha||",
			"cast|Nina Cruz|Anak vs. Anak||", "cast|Ola Diaz|Anak vs. Anak||",
			"cast|Raul Tan|First Love||", "cast|Sara Lim|First Love|Yaya Tess|",
			"cast|Tom Rey|Legal Ties|Ismael|", "cast|Uma Lee|Legal Ties||", "cast|Vina Sy|Legal Ties||", "cast|Wen Ong|Legal Ties||",
		},
	},
	{
		name: "a streaming roundup's show: her mother, C (SAFTA winner X from T2), the character and X's earlier work; the cast includes SAFTA winners A (T3) and B (T4), as well as T5 star D and E of T6 fame (a prize's initials before winners; the list goes on past ', as well as')",
		text: "Seven of the best hits to stream\n\nGomba\n\nLast month Gomba dethroned The King as the most-watched show. They also have to move back in with her mother, Mam’Sona (SAFTA winner Connie Chim from Black Lion), a woman whose strict standards mask her true nature.\n\nThe all-star cast also includes SAFTA winners Tom Ndaba (The Queen, Hopeville) and Zoe Xalu (Sew The Winter), as well as Blood & Water star Ama Qama and Thea Seet of Zone 14 fame.",
		want: []string{
			"cast|Connie Chim|Gomba|Mam’Sona|", "cast|Connie Chim|Black Lion||",
			"cast|Tom Ndaba|Gomba||", "cast|Tom Ndaba|The Queen||", "cast|Tom Ndaba|Hopeville||",
			"cast|Zoe Xalu|Gomba||", "cast|Zoe Xalu|Sew The Winter||",
			"cast|Ama Qama|Gomba||", "cast|Ama Qama|Blood & Water||", "cast|Thea Seet|Gomba||", "cast|Thea Seet|Zone 14||",
		},
	},
	{
		name: "a roundup's section: A and B are said to be starring in this drama (the section's show)",
		text: "Actor news\n\n1. Dating for Singles\n\nDating for Singles is based on a webtoon. Park Sung Ho and Han Ji Mi are said to be starring in this drama.",
		want: []string{
			"cast|Park Sung Ho|Dating for Singles||", "cast|Han Ji Mi|Dating for Singles||",
		},
	},
	{
		name: "a count of works before the list: he also appeared in a slew of '80s dramas including T1 and T2",
		text: "Actor Rick Holt dies at 71\n\nAmerican actor Rick Holt, best known for playing Star Fleet's Captain Apollo, has died. He also appeared in a slew of '80s dramas including Empire and The Dream Boat.",
		want: []string{"cast|Rick Holt|Star Fleet|Captain Apollo|", "cast|Rick Holt|Empire||", "cast|Rick Holt|The Dream Boat||"},
	},
	{
		name: "C, played by X in “T2”: the role in T2, not the article's show; a boxer named 'C2' (actor Y): the quoted name is Y's character",
		text: "The Paris File: casting secrets\n\nDirector Ryu Min spoke about his new film “The Paris File.” Ryu admitted that he is a fan of Gu-ram, played by Ha Jin-woo in “The Red Sea.” The new film revolves around a boxer named 'Marco' (actor Kang Tae Ju), and the chase he is subjected to.",
		want: []string{"crew|Ryu Min|The Paris File||director", "cast|Ha Jin-woo|The Red Sea|Gu-ram|", "cast|Kang Tae Ju|The Paris File|Marco|"},
	},
	{
		name: "the film will be narrated by X (C in T2): the narrator is cast; Y narrates the series",
		text: "Night Bloom casts Ana Vey\n\nAna Vey has joined the cast of the film Night Bloom. The film will be narrated by Rumi Parks (Edward Elm in Steel Alchemy). Dan Wolfe narrates the series.",
		want: []string{"cast|Ana Vey|Night Bloom||", "cast|Rumi Parks|Night Bloom||", "cast|Rumi Parks|Steel Alchemy|Edward Elm|", "cast|Dan Wolfe|Night Bloom||"},
	},
	{
		name: "dubbing news: X did the dubbing for C in T; Y lent his voice to C2 in T2: Subtitle's Revenge; Z, who dubbed for T3; W dubbed for the robot hero C4 in 'T4' (each in its own title, not the sentence's last)",
		text: "Stars voice its power\n\nSal Khanna did the dubbing for Vanar in Vanar Da' Dhamaka, Arun Varma lent his voice to Jack Spar in Pirates of the Sea: Salim's Revenge, and Tiku Shah has joined the voice cast of Web-Man: Return.\n\nActor Ali Asif, who dubbed for The Sly Me 3, shares the sentiment. Akhil Kumar dubbed for the robot hero Optimo Prime in 'Changers: Dark Moon'.",
		want: []string{
			"cast|Sal Khanna|Vanar Da' Dhamaka|Vanar|", "cast|Arun Varma|Pirates of the Sea: Salim's Revenge|Jack Spar|",
			"cast|Tiku Shah|Web-Man: Return||", "cast|Ali Asif|The Sly Me 3||", "cast|Akhil Kumar|Changers: Dark Moon|Optimo Prime|",
		},
	},
	{
		name: "more of a career in prose: starred in T1 with A and in T2 with B; acted alongside C in T3; her best-known role was in T4 opposite D; no co-star title of a place before a noun (alongside E in Cannes competition title T5)",
		text: "Remembering Vera Holt\n\nVera Holt, an actress, died on Monday aged 90. She starred in Paper Moon with Nora Pell and in Salt Meadow with Hugo Marsh. She acted alongside Lena Voss in Winter Gate. Her best-known role was in The Long Road opposite Ada Finch. Holt, appearing alongside Tom Reed in Cannes competition title Blue Hill, was praised.",
		want: []string{
			"cast|Vera Holt|Paper Moon||", "cast|Nora Pell|Paper Moon||", "cast|Vera Holt|Salt Meadow||", "cast|Hugo Marsh|Salt Meadow||",
			"cast|Vera Holt|Winter Gate||", "cast|Lena Voss|Winter Gate||", "cast|Vera Holt|The Long Road||", "cast|Ada Finch|The Long Road||",
			"cast|Tom Reed|Blue Hill||",
		},
	},
	{
		name: "C, acted by music artiste, X (a performer noun and a comma before the name); as for Y, she was in T1 and T2 and will be back too in T3",
		text: "Lagos Run premieres\n\nThe film Lagos Run premiered on Sunday. In the film, a rapper, Chike Amadi, acted by music artiste, Speedy Dare, is a youth presidential aspirant.\n\nAs for Han Mi-ra, she was in Behind Your Door and Love Hunt and will be back too in Heavenly Road.",
		want: []string{
			"cast|Speedy Dare|Lagos Run|Chike Amadi|",
			"cast|Han Mi-ra|Behind Your Door||", "cast|Han Mi-ra|Love Hunt||", "cast|Han Mi-ra|Heavenly Road||",
		},
	},
	{
		name: "how he cast A, B, C and D for his movie “T”: each cast in T",
		text: "Ryu Min on casting The Paris File\n\nDirector Ryu Min revealed how he cast Ha Jin-woo, Han Suk, Jeon Ji-ah and Ryu Sung for his movie “The Paris File.” At the press conference, he revealed the secret.",
		want: []string{"crew|Ryu Min|The Paris File||director", "cast|Ha Jin-woo|The Paris File||", "cast|Han Suk|The Paris File||", "cast|Jeon Ji-ah|The Paris File||", "cast|Ryu Sung|The Paris File||"},
	},
	{
		name: "three new officers played by A, B and a still-unconfirmed C: the list goes on past an article and a hyphenated describing word",
		text: "True Story season 2 adds cast\n\nThe second season of True Story will involve three new officers played by Colin Fair, Tay Kitt and a still-unconfirmed Rae McAdam.",
		want: []string{"cast|Colin Fair|True Story||", "cast|Tay Kitt|True Story||", "cast|Rae McAdam|True Story||"},
	},
	{
		name: "X's most recent work was T1 (the possessive names whom the next pronouns mean); her latest film was T2, opposite Y; she is best known for her role in T3; she has starred in a number of films, including T4 and T5",
		text: "Moon Tide casts Nia Rell\n\nThe drama Moon Tide will star Nia Rell.\n\nNia Rell's most recent work was Glass River. Her latest film was Iron Gate, opposite Tom Vail. She is best known for her role in Paper Lantern. She has also starred in a number of films, including Red Mile and Gold Coast.",
		want: []string{
			"cast|Nia Rell|Moon Tide||", "cast|Nia Rell|Glass River||", "cast|Nia Rell|Iron Gate||", "cast|Tom Vail|Iron Gate||",
			"cast|Nia Rell|Paper Lantern||", "cast|Nia Rell|Red Mile||", "cast|Nia Rell|Gold Coast||",
		},
	},
	{
		name: "a numbered roundup, each item its own show: A and B star in this fantasy drama (describing words before the genre noun)",
		text: "New K-dramas to watch this month\n\n1. Silver River\n\nKim Ha-na and Lee Jun star in this fantasy drama.\n\n2. Blue Harbor\n\nThis thriller stars Park Min and Choi Yu-ri.",
		want: []string{"cast|Kim Ha-na|Silver River||", "cast|Lee Jun|Silver River||", "cast|Park Min|Blue Harbor||", "cast|Choi Yu-ri|Blue Harbor||"},
	},
	{
		name: "a Filipino line-up: A and B topbill “T,” a family drama; “T2” is topbilled by C, with D in a supporting role (each the title after or before the verb, not the article's show)",
		text: "Network unveils 2021 teleseryes\n\nThe network revealed its lineup on Monday.\n\nKapamilya stars Dingo Dantes and Mara Rivera topbill “Sa Puso Mo,” a family drama set in Batangas. “Bagong Araw” is topbilled by Coco Marin, with Lorna Tolen in a supporting role.",
		want: []string{"cast|Dingo Dantes|Sa Puso Mo||", "cast|Mara Rivera|Sa Puso Mo||", "cast|Coco Marin|Bagong Araw||", "cast|Lorna Tolen|Bagong Araw||"},
	},
	{
		name: "A and B reunite in the romantic comedy “T,” which also stars C (a describing word before the genre noun)",
		text: "New teleseryes for 2021\n\nThe network revealed its lineup on Monday.\n\nKim Chu and Xian Lin reunite in the romantic comedy “Love Quest,” which also stars Paulo Avel.",
		want: []string{"cast|Kim Chu|Love Quest||", "cast|Xian Lin|Love Quest||", "cast|Paulo Avel|Love Quest||"},
	},
	{
		name: "more of a review: his sister C (a never-better X), his rival C2 (Y, in a star-making turn), Z is a delight as the villain",
		text: "\"Iron Ledger 2\" review\n\nIron Ledger 2 is a brisk thriller. His sister Mara (a never-better Lia Stone) runs the firm, while his rival Dex (Joel Barstow, in a star-making turn) plots. Ron Dale is a delight as the villain.",
		want: []string{"cast|Lia Stone|Iron Ledger 2|Mara|", "cast|Joel Barstow|Iron Ledger 2|Dex|", "cast|Ron Dale|Iron Ledger 2||"},
	},
	{
		name: "a South African line-up, a show's paragraph under its title line: it stars A, B and C, with D as her uncle (a role described); no cast for a job after as (with E as director)",
		text: "What to watch on Mzansi Magic this winter\n\nThe channel has revealed its new shows.\n\nIsithembiso\nThe drama follows a young woman who moves to Johannesburg. It stars Thuli Nkosi, Sipho Mkhize and Lerato Dube, with Musa Zulu as her uncle.\n\nDiep City\nDiep City is a gritty drama set in a township. It stars Ntando Shabalala, with Zola Ndlovu as the director.",
		want: []string{
			"cast|Thuli Nkosi|Isithembiso||", "cast|Sipho Mkhize|Isithembiso||", "cast|Lerato Dube|Isithembiso||", "cast|Musa Zulu|Isithembiso||",
			"cast|Ntando Shabalala|Diep City||", "crew|Zola Ndlovu|Diep City||director",
		},
	},
	{
		name: "X is best known for starring in T1 and T2; she is also known for appearing in T3",
		text: "Moon Tide casts Nia Rell\n\nThe drama Moon Tide will star Nia Rell.\n\nNia Rell is best known for starring in Paper Lantern and Winter Harbor. She is also known for appearing in Glass River.",
		want: []string{"cast|Nia Rell|Moon Tide||", "cast|Nia Rell|Paper Lantern||", "cast|Nia Rell|Winter Harbor||", "cast|Nia Rell|Glass River||"},
	},
	{
		name: "no co-star credit where 'with' follows a place or a year: was in Paris with A, in 2019 with B",
		text: "Vera Holt profile\n\nVera Holt was in Paris with Nora Pell last spring. She starred in 2019 with Hugo Marsh at the festival.",
		want: nil,
	},
}
