package extract

// blindSetConstructions are TestConstructions' cases for constructions the
// later blind sets showed (once scored and folded into the corpus).
var blindSetConstructions = []construction{
	{
		name: "former T writer A and actor B: the title stands before both",
		text: "Inside Mann is a drama.\n\nThe show marks a reunion for former Doctor Whoo writer Moffatt and actor Tennantt, while Sherlock director Paul McGuigann will helm the series.",
		want: []string{"cast|Tennantt|Doctor Whoo||", "crew|Moffatt|Doctor Whoo||writer", "crew|Paul McGuigann|Sherlock||director", "crew|Paul McGuigann|Inside Mann||director"},
	},
	{
		name: "A new film, T (also known as U), opened; It stars well-known actors A and B; co-directed by three women – A, B and C; Set in 2020, the film (no title)",
		text: "A new film, Heroo (also known as Her Storyy), opened this weekend.\n\nThe film is co-directed by three women – Li Shaohongg, Joan Chenn, and Sylvia Changg. It stars well-known actors Zhou Xunn and Jackson Yeee. Set in 2020, the film tells of the pandemic.",
		want: []string{"crew|Li Shaohongg|Heroo||director", "crew|Joan Chenn|Heroo||director", "crew|Sylvia Changg|Heroo||director", "cast|Zhou Xunn|Heroo||", "cast|Jackson Yeee|Heroo||"},
	},
	{
		name: "a maker's possessive before an unquoted title: X's T1, X's The T2, X's upcoming T3, X's series adaptation of T4",
		text: "Harbor Lights is a new drama.\n\nThe week saw the return of Nadia Rostova's Silent Meadow to a massive audience. Fans of Tomas Brecken's The Long Quiet of Winter will tune in, as will fans of Elena Marsh's upcoming Rivers of the North. Aria Venn's ambitious series adaptation of A Modest Garden is next. Mara Hale's Joan Ashby is a role, not a title. The film adapts Dana Krill's Pulitzer Prize-winning novel.",
		want: []string{"crew|Nadia Rostova|Silent Meadow||", "crew|Tomas Brecken|The Long Quiet of Winter||", "crew|Elena Marsh|Rivers of the North||", "crew|Aria Venn|A Modest Garden||", "crew|Dana Krill|Harbor Lights||original author"},
	},
	{
		name: "T director X, and a reunion with Y (T2): the job noun is X's, Y's bracket is no crew credit",
		text: "Velvet Hour is a new film.\n\nThe casting has been slow for the latest from Night Garden director Oren Falk, and a reunion with Tamsin Reeve (Paper Lanterns) may not happen. Co-directors Ana Brill (Cold Water) and Len Oakes will helm the film.",
		want: []string{"cast|Tamsin Reeve|Paper Lanterns||", "crew|Oren Falk|Night Garden||director", "crew|Oren Falk|Velvet Hour||director", "crew|Ana Brill|Cold Water||", "crew|Ana Brill|Velvet Hour||director", "crew|Len Oakes|Velvet Hour||director"},
	},
	{
		name: "X is an actor who was nominated for an Oscar for his role in T by the U; He won for his role in T2 (an award is no person, by the inside a title)",
		text: "Quiet Hills is a new film.\n\nDana Kroll is a celebrated actor who was nominated for an Oscar in 2007 for her role in The Ballad of Tom Reed by the River. She went on to win an Oscar in 2016 for her role in Harbor by the Sea, which also won her a BAFTA. Dana Kroll won praise for her performance in Blue Ice.",
		want: []string{"cast|Dana Kroll|The Ballad of Tom Reed by the River||", "cast|Dana Kroll|Harbor by the Sea||", "cast|Dana Kroll|Blue Ice||"},
	},
	{
		name: "a cast list goes on past a name with a number in it (..., Kid 3 Santos, Nora Vey, and Ivo Marek)",
		text: "Tidestone is a new drama.\n\nThe rest of the cast includes Mara Lind, Oskar Telle, Rina Boa, Kid 3 Santos, Nora Vey, and Ivo Marek.",
		want: []string{"cast|Mara Lind|Tidestone||", "cast|Oskar Telle|Tidestone||", "cast|Rina Boa|Tidestone||", "cast|Nora Vey|Tidestone||", "cast|Ivo Marek|Tidestone||"},
	},
	{
		name: "a job noun beside names: X, the executive producer, is departing; A and B, the series' executive producers, called it; X, executive producer for Company, said; One of the executive producers of the series is X",
		text: "Glass Harbor is a new drama.\n\nHowever, amidst the good news, Lorne Vasey, the executive producer, is departing the show. Nina Sholt and Rick Fane, the series' executive producers, called it a compelling series. Moffet and wife Sula Verne, executive producer for Hartwood Films, said in a statement that they are excited. One of the executive producers of the series is Avi Norr. Jan Roe, a producer at Netflix, said it was great. Mia Tal, Director, International Originals, talked about it.",
		want: []string{"crew|Lorne Vasey|Glass Harbor||producer", "crew|Nina Sholt|Glass Harbor||producer", "crew|Rick Fane|Glass Harbor||producer", "crew|Sula Verne|Glass Harbor||producer", "crew|Avi Norr|Glass Harbor||producer"},
	},
	{
		name: "X, who's also helmed adaptations of T1, T2, and T3 (who's for who has)",
		text: "Red Moon is a new film by Takeshi Mori.\n\nBut while Ito has an obvious respect for Mori, who’s also helmed live-action adaptations of Ace Lawyer, Crow Kings, and Yattaman, he might find himself wishing. Vera Lund, who's directed Blue Wells and Tin Hats, is attached.",
		want: []string{"crew|Takeshi Mori|Ace Lawyer||director", "crew|Takeshi Mori|Crow Kings||director", "crew|Takeshi Mori|Yattaman||director", "crew|Vera Lund|Blue Wells||director", "crew|Vera Lund|Tin Hats||director"},
	},
	{
		name: "X, who last directed the romance film “T”; He then went on to direct the 2015 romantic drama ‘T2’ and multiple episodes of the 2014 Italian crime drama ‘T3’",
		text: "Red Moon is a new film.\n\nThe film will be directed by Lee Yong-hoon who last directed the memorable romance film “Architecture 202.”\n\nCarlo Cupo is an Italian filmmaker. He then went on to direct the 2015 romantic drama ‘Alaskan’ and multiple episodes of the 2014 Italian crime drama ‘Gomorra.’",
		want: []string{"crew|Lee Yong-hoon|Red Moon||director", "crew|Lee Yong-hoon|Architecture 202||director", "crew|Carlo Cupo|Alaskan||director", "crew|Carlo Cupo|Gomorra||director"},
	},
	{
		name: "the new series by Company, “T.” (the sentence's show, and the show of the series after it)",
		text: "Weekly Series News\n\nThe new star of the series “Gilded Lad,” Omer Tan, at the gym.\n\nLeyla Demir has become the main character in the new series by Novapim, “Torn.” The director of the series will be Kaan Erol, and the screenplay will be written by Deniz Oral and Fuat Sen.",
		want: []string{"cast|Leyla Demir|Torn||", "cast|Omer Tan|Gilded Lad||", "crew|Kaan Erol|Torn||director", "crew|Deniz Oral|Torn||writer", "crew|Fuat Sen|Torn||writer"},
	},
	{
		name: "Prior to his T success, X was an actor. He appeared in the likes of T1, T2, and T3 (an opening phrase before the sentence's person)",
		text: "Kingstown Nights is a new drama.\n\nPrior to his Redstone success, Tyler Sheron was an actor. He appeared in the likes of Party of Six, NYPD Red, and Sons of Chaos.",
		want: []string{"cast|Tyler Sheron|Party of Six||", "cast|Tyler Sheron|NYPD Red||", "cast|Tyler Sheron|Sons of Chaos||"},
	},
	{
		name: "an office before a character: French Defense Minister C (Actor), Deputy Director C (Actor)",
		text: "Rome Has Fallen is a new series.\n\nThe series stars Tarek Jall as Vince, head of security for French Defense Minister Pierre Bardon (Nolan Wilcox). Deputy Director Paula Camp (Anna Hecht) leads the analysts.",
		want: []string{"cast|Tarek Jall|Rome Has Fallen|Vince|", "cast|Nolan Wilcox|Rome Has Fallen|Pierre Bardon|", "cast|Anna Hecht|Rome Has Fallen|Paula Camp|"},
	},
	{
		name: "The movie also features popular rappers A and B, popular singers C and D (plural performer nouns before a list)",
		text: "1. \"Queen of Girls\"\n\nThe movie also stars popular rappers Ill Bliss and Remi Sce.\n\nThe movie also features actors Tunde Kel and Ada Obi.\n\nThe movie also features popular singers Kemi Ola and Bode Ade.",
		want: []string{"cast|Ill Bliss|Queen of Girls||", "cast|Remi Sce|Queen of Girls||", "cast|Tunde Kel|Queen of Girls||", "cast|Ada Obi|Queen of Girls||", "cast|Kemi Ola|Queen of Girls||", "cast|Bode Ade|Queen of Girls||"},
	},
	{
		name: "known for his work on \"T1\" and \"T2,\" has been tapped (a quoted title before a verb ends the list, not the item); X, known for her roles in films like T1 and T2 (cast, though X also directs)",
		text: "Stranger Days is a new drama.\n\nWill Chace, who is known for his work on \"Nashvale\" and \"Smashed,\" has been tapped to play a recurring role.\n\nChen, known by US audiences for her roles in films like The Last Empress and Twin Lakes, wrote on her account. Joan Chen directed the film.",
		want: []string{"cast|Will Chace|Stranger Days||", "cast|Will Chace|Nashvale||", "cast|Will Chace|Smashed||", "cast|Joan Chen|The Last Empress||", "cast|Joan Chen|Twin Lakes||", "crew|Joan Chen|Stranger Days||director"},
	},
	{
		name: "based on the 1955 X novel; T, an adaptation of novelist X' 1962 short novel; The novel T, by X,; T, meanwhile, will be directed by X",
		text: "Mexico Dreams is a new film.\n\nNetflix has released Rodrigo Prieta’s magical realist film Pedro Paramo, based on the 1955 Juana Rulfa novel.\n\nDeadline can reveal it will again mine Mexican literature on Aurora, an adaptation of influential Mexican novelist Carla Fuentes’ 1962 short novel.\n\nMexico Dreams, meanwhile, will be directed by Gabe Ripstone.",
		want: []string{"crew|Juana Rulfa|Pedro Paramo||original author", "crew|Rodrigo Prieta|Pedro Paramo||", "crew|Carla Fuentes|Aurora||original author", "crew|Gabe Ripstone|Mexico Dreams||director"},
	},
	{
		name: "The novel T, by X, is often described (the source's author)",
		text: "Stone is a new film.\n\nThe novel Stone, by John Willem, is often described as one of the best books.",
		want: []string{"crew|John Willem|Stone||original author"},
	},
	{
		name: "X will co-star in the project, together with A star B, C (T) and D (T2); Known for his roles in films like T1, T2, and T3, X has; Best known for her role in T, X joins the cast",
		text: "Berlin Nights is a new series.\n\nLars Eid will co-star in the new project, together with Victoria star Fred Lau, Karl Mark (The Fakers) and Chris Fried (The White Rope).\n\nKnown for his roles in films like The Suspect, V.I.P, The Fort, and The Witchy, Park Hee-soo has yet to work with the director.\n\nBest known for her role in Lady Birdie, Laura Metcalfe joins the cast.",
		want: []string{"cast|Lars Eid|Berlin Nights||", "cast|Fred Lau|Berlin Nights||", "cast|Karl Mark|Berlin Nights||", "cast|Chris Fried|Berlin Nights||", "cast|Karl Mark|The Fakers||", "cast|Chris Fried|The White Rope||", "cast|Fred Lau|Victoria||",
			"cast|Park Hee-soo|The Suspect||", "cast|Park Hee-soo|V.I.P||", "cast|Park Hee-soo|The Fort||", "cast|Park Hee-soo|The Witchy||", "cast|Laura Metcalfe|Berlin Nights||", "cast|Laura Metcalfe|Lady Birdie||"},
	},
	{
		name: "actor X's upcoming film T (cast: a performer's film); X is also one of the lead actors of the film; X is one of the stars of T",
		text: "Zero is a new film.\n\nThe actor is set to make his debut with actor Sivakumar's upcoming film Zero, directed by PS Mitra. Action King Arjun Sarja is also one of the lead actors of the film. Mira Lane is one of the stars of Blue Harbor.",
		want: []string{"crew|PS Mitra|Zero||director", "cast|Sivakumar|Zero||", "cast|Arjun Sarja|Zero||", "cast|Mira Lane|Blue Harbor||"},
	},
	{
		name: "a roundup heading “T” by director X; an heiress, played by actress A, a count, played by actor B (roles described, not named)",
		text: "Korean directors set for comeback\n\nThe following is a list of upcoming films:\n\n“The Maid” by director Park Chan-soo\n\nIt centers on an heiress to a vast fortune, played by actress Kim Min-soo, a count who lusts after her wealth, played by actor Ha Jung-moo, and a maid, played by actress Kim Tae-ra.",
		want: []string{"crew|Park Chan-soo|The Maid||director", "cast|Kim Min-soo|The Maid||", "cast|Ha Jung-moo|The Maid||", "cast|Kim Tae-ra|The Maid||"},
	},
	{
		name: "Penned by “T1,” “T2,” and “T3” writer X, “T” will follow the romance of C (Actor): quoted titles before a job noun, the show after the opening phrase",
		text: "Maid is a new film.\n\nPenned by “Crash Landing,” “My Love From the Moon,” and “Producers” writer Park Ji Eunn, “Queen of Smiles” will follow the romance of Hong Hae In (Kim Ji Wonn). His “Twilight” director Kate Hard joined.",
		want: []string{"cast|Kim Ji Wonn|Queen of Smiles|Hong Hae In|", "crew|Park Ji Eunn|Producers||writer", "crew|Park Ji Eunn|My Love From the Moon||writer", "crew|Park Ji Eunn|Crash Landing||writer", "crew|Park Ji Eunn|Queen of Smiles||writer", "crew|Kate Hard|Twilight||director"},
	},
	{
		name: "Written and adapted by A (T1), B (T2) plays the lead role of C: B opens a clause of his own, no writer",
		text: "Wolfe is a new BBC drama.\n\nWritten and adapted by Megan Galla (Borderland), Ukweli Roache (The Midwich Cuckoo, Blindspots) plays the lead role of DI Jack Caff.",
		want: []string{"cast|Ukweli Roache|Wolfe|DI Jack Caff|", "crew|Megan Galla|Borderland||", "cast|Ukweli Roache|The Midwich Cuckoo||", "cast|Ukweli Roache|Blindspots||", "crew|Megan Galla|Wolfe||writer"},
	},
	{
		name: "T, directed by X of T2 fame, also stars Y: X's T2 credit is crew",
		text: "Pandey Returns is a new film.\n\nPandey Returns, directed by Farid Samji of Housefull 5 fame, also stars Jacqueline Fern.",
		want: []string{"cast|Jacqueline Fern|Pandey Returns||", "crew|Farid Samji|Pandey Returns||director", "crew|Farid Samji|Housefull 5||"},
	},
	{
		name: "Written by X of T1 and T2 and produced by Y of T3; helmed by director X of “T” (not \"Andrew Low of Element\", a company)",
		text: "Chicago Writer is a new drama.\n\nWritten by Jin Soo-wann of Moon Embracing the Star and Kill Me Heal You and produced by Kim Cheol-kyo of On the Way to the Station, the drama is already at the center of attention.\n\n“Jeong Nyeon” will be helmed by director Jung Ji Inn of “The Red Sleeves” and stars Kim Tae Rii.\n\nThe film is produced by Ed Guin and Andrew Low of Element, along with Kasia Mali.",
		want: []string{"crew|Jin Soo-wann|Moon Embracing the Star||", "crew|Jin Soo-wann|Kill Me Heal You||", "crew|Jin Soo-wann|Chicago Writer||writer", "crew|Kim Cheol-kyo|On the Way to the Station||", "crew|Kim Cheol-kyo|Chicago Writer||producer",
			"cast|Kim Tae Rii|Jeong Nyeon||", "crew|Jung Ji Inn|The Red Sleeves||director", "crew|Jung Ji Inn|Jeong Nyeon||director", "crew|Ed Guin|Jeong Nyeon||producer", "crew|Andrew Low|Jeong Nyeon||producer", "crew|Kasia Mali|Jeong Nyeon||producer"},
	},
	{
		name: "X, who was behind the recent Oscar contenders “T1” and “T2” (not behind the scenes)",
		text: "Demolished is a new film.\n\nThe movie “Demolished” is directed by Jean-Luc Vall, who was behind the recent Oscar contenders “Dallas Riders Club” and “Wilder” (“Dallas” earned three Oscars).\n\nMara Lee, who was behind the scenes of the show, said it was great.",
		want: []string{"crew|Jean-Luc Vall|Demolished||director", "crew|Jean-Luc Vall|Dallas Riders Club||", "crew|Jean-Luc Vall|Wilder||"},
	},
	{
		name: "X is attached to the project as one of its producers; X joins as its executive producer",
		text: "Paris Burns is a new series.\n\nWhile his character is not featured, Gerald Butt is attached to the project as one of its producers. Mia Holt joins as its executive producer.",
		want: []string{"crew|Gerald Butt|Paris Burns||producer", "crew|Mia Holt|Paris Burns||producer"},
	},
	{
		name: "starred as X's C (an author's character, no credit of X's); \"Movie is directed by X\" (a genre noun is no title: the section's show); Mainland Chinese actors, the Puerto Rican singer (describing words, no title)",
		text: "Harbor Nights is a new drama.\n\nShe also starred as Lewis Carrol’s Alice in NBC’s telefilm in 1982.\n\nMovie is directed by Kim Do-yong.\n\nThe drama stars Mainland Chinese actors Will Feng and Peng Xiao. It will include among its coaches the Puerto Rican singer Luis Fonse.",
		want: []string{"crew|Kim Do-yong|Harbor Nights||director", "cast|Will Feng|Harbor Nights||", "cast|Peng Xiao|Harbor Nights||"},
	},
	{
		name: "C was played by voice actress X; a voice actor X (voice is a noun there, no verb)",
		text: "The Masked Dancer is a new show.\n\nIn the Japanese version of the film, Shoko was played by voice actress Saori Haya. Vegas voice actor Chris Sabot and Justin Brine will portray Popo.",
		want: []string{"cast|Saori Haya|The Masked Dancer|Shoko|", "cast|Justin Brine|The Masked Dancer|Popo|", "cast|Chris Sabot|The Masked Dancer|Popo|"},
	},
	{
		name: "this drama will be X's comeback drama in two years since tvN's “T”; X is expected to return for the first time in 19 years since SBS's “T2” (X's earlier work)",
		text: "The Masked Dancer is a new drama.\n\nIf the two actors confirm their roles, this drama will be Jun Ji Hyo’s comeback drama in two years since tvN’s “Jirisa”.\n\nKang Dong-woo is also expected to return to the small screen for the first time in 19 years since SBS’s “Magical”.",
		want: []string{"cast|Jun Ji Hyo|Jirisa||", "cast|Kang Dong-woo|The Masked Dancer||", "cast|Kang Dong-woo|Magical||"},
	},
	{
		name: "The actor was last seen on television in MBC's 2007 drama “T”; X, last seen in the 2018 Samanta film T2,; X was last seen on HBO's T3 (not \"in London\")",
		text: "Harbor Nights is a new drama.\n\nHa Jung-wan will lead the drama. The actor was last seen on television in MBC’s 2007 drama “H.I.X.”\n\nThe actress Bhumi Chawa, last seen in the 2018 Samanta film U Turns, has been roped in for a crucial character.\n\nPaul Micha was last seen on HBO’s Boardwalk Kingdom. She was last seen in London.",
		want: []string{"cast|Ha Jung-wan|Harbor Nights||", "cast|Ha Jung-wan|H.I.X||", "cast|Bhumi Chawa|U Turns||", "cast|Paul Micha|Boardwalk Kingdom||"},
	},
	{
		name: "His last major television role was on HBO's T; His most recent role was playing a king in the period thriller T2 (2014)",
		text: "Harbor Nights is a new drama.\n\nPaul Micha joins the cast. His last major television role was on HBO’s Boardwalk Kingdom.\n\nHyun Bin stars. His most recent role was playing a Joseon Era king in the period action-thriller The Fatal Meeting (2014).",
		want: []string{"cast|Paul Micha|Harbor Nights||", "cast|Paul Micha|Boardwalk Kingdom||", "cast|Hyun Bin|Harbor Nights||", "cast|Hyun Bin|The Fatal Meeting||"},
	},
	{
		name: "A and B's characters will be C1 and C2; X's character will be C",
		text: "Happy Day 3 is a new film.\n\nSuraj Sharon and Sara Yarkov join the cast. Sharon and Yarkov’s characters will be Samar Ghosal and Dre Morgon, who are described as a geeky duo. Lena Dahl's character will be Mira Stone.",
		want: []string{"cast|Suraj Sharon|Happy Day 3|Samar Ghosal|", "cast|Sara Yarkov|Happy Day 3|Dre Morgon|", "cast|Lena Dahl|Happy Day 3|Mira Stone|"},
	},
	{
		name: "the upcoming OCN melodrama “T”, which revolves around killer C (role to be portrayed by X); detective C2 (role to be played by Y); Korea's X (a place, no show)",
		text: "News Roundup\n\nJang Ki-yoon and Nana Park are the leads of the upcoming OCN melodrama “Blue Eyed” (working title), which revolves around the story of gifted killer Kim Soo-hwan (role to be portrayed by Jang Ki-yoon) who can turn anything into a weapon. He is chased by detective Do Hyun-jon (role to be played by Nana Park).\n\nKorea’s Kim Mina joins too.",
		want: []string{"cast|Jang Ki-yoon|Blue Eyed|Kim Soo-hwan|", "cast|Nana Park|Blue Eyed|Do Hyun-jon|", "cast|Kim Mina|Blue Eyed||"},
	},
	{
		name: "C is played by T live-action actress X (X's T credit; not \"C voice actor X\": a character)",
		text: "Kaguya Love is a new film.\n\nOn the other hand, vice-president Kaguya Shino is played by Gintama live-action actress Kanna Hashi. Vegas voice actor Chris Sabot joins.",
		want: []string{"cast|Kanna Hashi|Kaguya Love|Kaguya Shino|", "cast|Kanna Hashi|Gintama||", "cast|Chris Sabot|Kaguya Love||"},
	},
	{
		name: "executive produced by A and B for Company, C and D for Company2, and E for Network; under the direction of X; T star X (cast, though X also produces)",
		text: "Us Two is a new drama.\n\nThe Night Watch star Tom Hollan and Sofie Gra are to star in the drama. Us Two is executive produced by Greg Brem and Roanna Ben for Drama Republic, Hollan and Pesca for Bandstand Productions, and Jo McClel for BBC One.\n\nThe drama is under the direction of Vikram Motwa.",
		want: []string{"cast|Tom Hollan|Us Two||", "cast|Sofie Gra|Us Two||", "cast|Tom Hollan|The Night Watch||", "crew|Greg Brem|Us Two||producer", "crew|Roanna Ben|Us Two||producer", "crew|Tom Hollan|Us Two||producer", "crew|Pesca|Us Two||producer", "crew|Jo McClel|Us Two||producer", "crew|Vikram Motwa|Us Two||director"},
	},
	{
		name: "X will also be seen in T co-starring Y; X also has T2 co-starring Z on the floors; the detective drama A and B starring X (one title after a singular genre noun)",
		text: "Bazmi is a new film.\n\nMeanwhile, Shahid Kap will also be seen in An Impossible Love Tale co-starring Kriti Sano. Rashmi Manda also has Pushpa: The Ruler co-starring Allu Arju on the floors.\n\nWhen she created the all-female detective drama Scott and Bailie starring Suranne Jone and Lesley Sharpe, she set it in Manchester.",
		want: []string{"cast|Kriti Sano|An Impossible Love Tale||", "cast|Shahid Kap|An Impossible Love Tale||", "cast|Allu Arju|Pushpa: The Ruler||", "cast|Rashmi Manda|Pushpa: The Ruler||", "cast|Suranne Jone|Scott and Bailie||", "cast|Lesley Sharpe|Scott and Bailie||"},
	},
	{
		name: "X is creating A and B, which will star C and D (one title, the relative clause's subject; the crew verb's title too)",
		text: "Three new dramas\n\nMeanwhile, Wainright, who wrote Unforgiving for ITV1, is creating Scott and Bailie, which will star Suranne Jone and Lesley Sharpe.",
		want: []string{"cast|Suranne Jone|Scott and Bailie||", "cast|Lesley Sharpe|Scott and Bailie||", "crew|Wainright|Unforgiving||writer", "crew|Wainright|Scott and Bailie||creator"},
	},
	{
		name: "X has signed on to direct Y (crew, no cast list); The film will star Y (T1; T2): Y's titles are roles though Y also produces",
		text: "Londres is a new film.\n\nA new report has revealed that Ben Stiles (Tropic Storm) has signed on to direct Oscar Isak in a mysterious new thriller, named Londres. The film will star Golden Globe-winner Oscar Isak (X-Men: Genesis; Star Wars: The Fall) in the main role. Stiles and Isak will also produce the film.",
		want: []string{"crew|Ben Stiles|Tropic Storm||", "crew|Ben Stiles|Londres||director", "cast|Oscar Isak|Londres||", "cast|Oscar Isak|X-Men: Genesis||", "cast|Oscar Isak|Star Wars: The Fall||", "crew|Ben Stiles|Londres||producer", "crew|Oscar Isak|Londres||producer"},
	},
	{
		name: "no title or name: (the auteur behind the upcoming biopic), Rookie actress X, Six half-hour episodes, Expressing his happiness",
		text: "Circle Game is a new film.\n\nJames Ponsold (the auteur behind the upcoming DFW biopic) is attached. Rookie actress Kim Tae-ra landed the part. Six half-hour episodes are planned with Stu Zich producing. Expressing his happiness over playing the lead in ‘Circle Game’, actor Srikant Rao said it is a matter of pride.",
		want: []string{"cast|Kim Tae-ra|Circle Game||", "crew|Stu Zich|Circle Game||producer"},
	},
	{
		name: "The list (cast) for this film ranges from A and B to C, D and E",
		text: "3. \"Lion Hearts\"\n\nThe list for this exciting piece of work ranges from Onyeka Onwe and Pete Edoch to Kalu Ikeag, Kanayo O Kanay, Steve Ebo and Sani Muaz.",
		want: []string{"cast|Onyeka Onwe|Lion Hearts||", "cast|Pete Edoch|Lion Hearts||", "cast|Kalu Ikeag|Lion Hearts||", "cast|Kanayo O Kanay|Lion Hearts||", "cast|Steve Ebo|Lion Hearts||", "cast|Sani Muaz|Lion Hearts||"},
	},
	{
		name: "Others include former T reality stars, A and B C. (the trigger, the performers, then their names; a one-letter last name before the full stop)",
		text: "2. \"Foreign God\"\n\nThe film stars Pete Edoch. Others include former Big Sister Naija reality stars, Bambi Lee and Teddy A.",
		want: []string{"cast|Pete Edoch|Foreign God||", "cast|Bambi Lee|Foreign God||", "cast|Teddy A|Foreign God||", "cast|Bambi Lee|Big Sister Naija||", "cast|Teddy A|Big Sister Naija||"},
	},
	{
		name: "his onscreen pairing with X in hit romance drama A and B (one title after a singular genre noun); her pairing with X for T",
		text: "Offering Fish is a new drama.\n\nArthur Chen is the lead. Arthur’s career was on the rise on the back of his onscreen pairing with Zhang Jingo (張婧儀) in hit romance drama Lighter and Prince <點燃我> when photos leaked.\n\nRosy Zhao recently confirmed her pairing with Liu Yunin (劉宇寧) for The Legend of Jewels <珠簾玉幕>.",
		want: []string{"cast|Arthur Chen|Offering Fish||", "cast|Zhang Jingo|Lighter and Prince||", "cast|Arthur Chen|Lighter and Prince||", "cast|Liu Yunin|The Legend of Jewels||", "cast|Rosy Zhao|The Legend of Jewels||"},
	},
	{
		name: "T writer/director X (the title before the first job); penned by writer and actor X; overseen by T showrunner X (not by a studio office); X has written the screenplay for the book",
		text: "Amber Coast is a new drama.\n\nGlass Pier writer/director Ivo Kessel is collaborating with co-writer Rafe Lund. The series has been penned by writer and actor Orla Benn. The drama is overseen by Night Shift showrunner Tamsin Greer. It is also overseen by Starlight VP Production Ralf Moor. Author Jana Prill has written the screenplay for the book.",
		want: []string{"crew|Ivo Kessel|Glass Pier||director", "crew|Ivo Kessel|Glass Pier||writer", "crew|Rafe Lund|Amber Coast||writer", "crew|Orla Benn|Amber Coast||writer", "crew|Tamsin Greer|Night Shift||showrunner", "crew|Tamsin Greer|Amber Coast||showrunner", "crew|Jana Prill|Amber Coast||writer"},
	},
	{
		name: "under the direction of X; X's 2015 script, X's script for T; awash in X's gorgeous, warm cinematography; X's directorial debut T, X's directorial debut, T",
		text: "Amber Coast is a new drama.\n\nThe series will be made under the direction of Vik Mordane. Jonas Berg is on board to helm from Mara Tollin's 2015 script. Ron Harte's script for Blue Doors is good. Awash in Lauri Barens's gorgeous, warm cinematography, the drama unfolds slowly. Leland Osser's heavily-delayed directorial debut Morning Glow barely made an impact. Dana Leel's directorial debut, Red Skye, opens.",
		want: []string{"crew|Vik Mordane|Amber Coast||director", "crew|Jonas Berg|Amber Coast||director", "crew|Mara Tollin|Amber Coast||writer", "crew|Ron Harte|Blue Doors||writer", "crew|Lauri Barens|Amber Coast||", "crew|Leland Osser|Morning Glow||director", "crew|Dana Leel|Red Skye||director"},
	},
	{
		name: "X is on board to helm (crew, not cast); A and B of Company are on board as producers; X is also on board as an executive producer; A and B are on board (cast)",
		text: "Amber Coast is a new drama.\n\nJonas Brell is on board to helm the film. Raj and Kiran Bhatt of Woodlark Movies are on board as producers. Dan Joyce and Pia Lent are on board. Mia Foxe is also on board as an executive producer.",
		want: []string{"crew|Jonas Brell|Amber Coast||director", "crew|Raj Bhatt|Amber Coast||producer", "crew|Kiran Bhatt|Amber Coast||producer", "cast|Dan Joyce|Amber Coast||", "cast|Pia Lent|Amber Coast||", "crew|Mia Foxe|Amber Coast||producer"},
	},
	{
		name: "A and B are in charge of the film's cinematography and editing; X will crank the camera while Y will take care of editing; X has been brought on board for the music; not in charge of casting",
		text: "Amber Coast is a new film.\n\nKJR Studios is bankrolling this venture, while Gerry Willam and Rubena Sol are in charge of the film's cinematography and editing. Satya Soorin will crank the camera while Philo Rajan will take care of editing. That is why maestro Ilan Rajam has been brought on board for the music. Dev Kant was not in charge of casting.",
		want: []string{"crew|Gerry Willam|Amber Coast||", "crew|Rubena Sol|Amber Coast||", "crew|Satya Soorin|Amber Coast||", "crew|Philo Rajan|Amber Coast||", "crew|Ilan Rajam|Amber Coast||"},
	},
	{
		name: "X, the writer of NET's blockbuster hit T; X, screenwriter on the Golden Globe-nominated T; not the Judy Garland biopic, not director of BBC Content",
		text: "Amber Coast is a new drama.\n\nIt is written by Rob Stopell, the writer of Telemundo's blockbuster hit ‘La Reina del Norte’. The series is co-written by Hendrik Hanlo, screenwriter on the Golden Globe-nominated Good Bye Berlin! Moss, writer of the recent Judy Garlan biopic, said it. It was commissioned by Carla Moor, director of BBC Content.",
		want: []string{"crew|Rob Stopell|Amber Coast||writer", "crew|Rob Stopell|La Reina del Norte||writer", "crew|Hendrik Hanlo|Amber Coast||writer", "crew|Hendrik Hanlo|Good Bye Berlin!||writer"},
	},
	{
		name: "crew partners: X is co-directing with Y; X wrote in collaboration with A (T1) and B (T2); X executive-produces alongside T director A and B; producing with his company (no one)",
		text: "Amber Coast is a new drama.\n\nThe new series, which Tom Tykwel co-wrote and is co-directing with Hendrik Handlow, is great. It is created by Shel Birsen, who wrote in collaboration with Matt Fordy (Hiding Places) and Mike Millen (Cleverland). The series will be written by Chris Blake, who executive-produces alongside “Casino Royal” director Martin Campe and Lucy Paponi. Ed Leer is producing with his company.",
		want: []string{"crew|Hendrik Handlow|Amber Coast||director", "crew|Shel Birsen|Amber Coast||creator", "crew|Matt Fordy|Amber Coast||writer", "crew|Matt Fordy|Hiding Places||", "crew|Mike Millen|Amber Coast||writer", "crew|Mike Millen|Cleverland||",
			"crew|Chris Blake|Amber Coast||writer", "crew|Chris Blake|Amber Coast||producer", "crew|Martin Campe|Casino Royal||director", "crew|Martin Campe|Amber Coast||producer", "crew|Lucy Paponi|Amber Coast||producer", "crew|Ed Leer|Amber Coast||producer"},
	},
	{
		name: "X will also be seen in T co-starring Y. Directed by A and B, the film is scheduled (T is the show of what follows)",
		text: "Bazmi is a new film.\n\nMeanwhile, Shahid Kap will also be seen in An Impossible Love Tale co-starring Kriti Sano. Directed by Amit Josh and Aradhana Sahi, the film is scheduled to hit theaters on December 7.",
		want: []string{"cast|Kriti Sano|An Impossible Love Tale||", "cast|Shahid Kap|An Impossible Love Tale||", "crew|Amit Josh|An Impossible Love Tale||director", "crew|Aradhana Sahi|An Impossible Love Tale||director"},
	},
	{
		name: "his My Best Friend's Marriage and August: Osage Town co-star X (a title's possessive after My); And French actor X (a conjunction is no title)",
		text: "Homeward is a new drama.\n\nDermot Mulron has joined the cast of the upcoming drama - reuniting with his My Best Friend's Marriage and August: Osage Town co-star Julia Robertson. And French actor Greg Fitou (Mr Selfridges) is introduced in Episode 10.",
		want: []string{"cast|Dermot Mulron|Homeward||", "cast|Dermot Mulron|My Best Friend's Marriage||", "cast|Dermot Mulron|August: Osage Town||", "cast|Julia Robertson|August: Osage Town||", "cast|Julia Robertson|My Best Friend's Marriage||", "cast|Greg Fitou|Mr Selfridges||"},
	},
	{
		name: "X (38), who only appeared in the first series, and Y have been confirmed as returning cast members (the article's show)",
		text: "Team Dragon 3 is a new drama.\n\nIzumi Ina (38), who only appeared in the first series, and Teppei Koi (24) have been confirmed as returning cast members.",
		want: []string{"cast|Teppei Koi|Team Dragon 3||", "cast|Izumi Ina|Team Dragon 3||"},
	},
	{
		name: "T stars A (T1) as a rookie lawmaker who ..., and B (T2) as a successful businesswoman (each name before a described role)",
		text: "Insiders is a new drama.\n\nThe action-drama stars Kang Ha-nel (When the Camellia Blooms) as a rookie lawmaker who finds himself in prison after an investigation, and Lee Yoo-yong (Dr Brain) as a successful businesswoman.\n\nThe drama stars Mina Cole as a nurse, and Dev Rana as a doctor.",
		want: []string{"cast|Kang Ha-nel|Insiders||", "cast|Lee Yoo-yong|Insiders||", "cast|Kang Ha-nel|When the Camellia Blooms||", "cast|Lee Yoo-yong|Dr Brain||", "cast|Mina Cole|Insiders||", "cast|Dev Rana|Insiders||"},
	},
	{
		name: "X (\"T\" short), X (T1, T2 television series): a format word after the title in a bracket",
		text: "Tokyo Ghouls is a new film.\n\nKento Hagiwa (\"Super Nova\" short) is directing the film.\n\nMasa Kubo (live-action Death Notes, Mars, Photo Brave 7 television series) as Ken Kanek",
		want: []string{"crew|Kento Hagiwa|Tokyo Ghouls||director", "crew|Kento Hagiwa|Super Nova||", "cast|Masa Kubo|Tokyo Ghouls|Ken Kanek|", "cast|Masa Kubo|Death Notes||", "cast|Masa Kubo|Mars||", "cast|Masa Kubo|Photo Brave 7||"},
	},
	{
		name: "X, who was recently BAFTA-nominated for her role as C, Y as C2 (a describing word in capitals on the way back to the subject)",
		text: "The Towers is a new drama.\n\nThey will join Gemma Whela who returns to the series to play DS Sarah Collin, Tahira Sharif, who was recently BAFTA-nominated for her role as PC Lizzie Adam, Jimmy Akin as DC Steve Brad, and Emmett Scan as DI Kieran Shaw.",
		want: []string{"cast|Gemma Whela|The Towers|DS Sarah Collin|", "cast|Tahira Sharif|The Towers|PC Lizzie Adam|", "cast|Jimmy Akin|The Towers|DC Steve Brad|", "cast|Emmett Scan|The Towers|DI Kieran Shaw|"},
	},
	{
		name: "the crime novel “T,” by novelist X (a comma inside the quotes); X, who also produces the Showtime program “T”; X, who directed the Netflix series T (a network and genre noun before the title)",
		text: "“Amber Coast” is a new film.\n\nThe director is back with an adaption of the crime novel “Fingerbones,” by British novelist Sara Watterly. One of the executive producers of the film is Avi Nirra, who also produces the Showtime program “Homeward.” Dan Roen, who directed the Netflix series Blue Skyline, is back.",
		want: []string{"crew|Sara Watterly|Amber Coast||original author", "crew|Avi Nirra|Amber Coast||producer", "crew|Avi Nirra|Homeward||producer", "crew|Dan Roen|Blue Skyline||director"},
	},
	{
		name: "T, which has director A and scriptwriter B on board; music director X (the composer, no director's job)",
		text: "“Amber Coast” is a new film.\n\nThe streamer talked about another Indian original Leilani, which has celebrated director Deepa Mehran and scriptwriter Urmi Juvan on board. Amber Coast has music director Ani Ravin.",
		want: []string{"crew|Deepa Mehran|Leilani||director", "crew|Urmi Juvan|Leilani||writer", "crew|Ani Ravin|Amber Coast||"},
	},
	{
		name: "The music will be done by X; Cinematography is handled by X; the film's editing has been taken care of by X; The script was provided by X; the series will be shot under X's direction",
		text: "Blue Planet is a new film.\n\n• The music will be done by Yoko Masaro\nCinematography is handled by Dan Roeb. The film's editing has been taken care of by Mia Leek. The script was provided by Sam Oaks. The series will be shot under Vik Mordan's direction.",
		want: []string{"crew|Yoko Masaro|Blue Planet||", "crew|Dan Roeb|Blue Planet||", "crew|Mia Leek|Blue Planet||", "crew|Sam Oaks|Blue Planet||writer", "crew|Vik Mordan|Blue Planet||director"},
	},
	{
		name: "C1 and C2, two new characters who will be portrayed by A and B, respectively",
		text: "Stranger Days is a new drama.\n\nThe publication theorizes that Mayfeld could be the father of Billie and Maxine, two new characters who will be portrayed by Dacre Montgom and Sadie Sinko, respectively.",
		want: []string{"cast|Dacre Montgom|Stranger Days|Billie|", "cast|Sadie Sinko|Stranger Days|Maxine|"},
	},
	{
		name: "X, who won acting Emmys for the miniseries “T1” (1978) and “T2” (2003), has appeared as a guest in episodes of Showtime's “T3” and did voices for an episode each of “T4” and “T5”",
		text: "Little Lies is a new drama.\n\nMeryl Strep, who won acting Emmys for the miniseries “Holocausts” (1978) and “Angels in Paris” (2003), has appeared as a guest in episodes of Showtime’s “Web Therapist” in 2012 and did voices for an episode each of “King of the Hills” and “The Simpsonz” in the 1990s.",
		want: []string{"cast|Meryl Strep|Holocausts||", "cast|Meryl Strep|Angels in Paris||", "cast|Meryl Strep|Web Therapist||", "cast|Meryl Strep|King of the Hills||", "cast|Meryl Strep|The Simpsonz||"},
	},
	{
		name: "Co-stars include A (T1) as C's lawyer and B (T2) as a vengeful butcher (each name before a role)",
		text: "No Way Back is a new drama.\n\nCo-stars include Kim Moo-yol ( Juvenile Justices ) as Gook-ho’s lawyer and Lee Kwang-so (Lives) as a vengeful butcher.",
		want: []string{"cast|Lee Kwang-so|No Way Back||", "cast|Kim Moo-yol|No Way Back||", "cast|Kim Moo-yol|Juvenile Justices||", "cast|Lee Kwang-so|Lives||"},
	},
	{
		name: "a negative contraction alone is no title: the historical drama Don't you know? ... (the sentence-case title is not read; no credit in \"Don't\")",
		text: "Main cast confirmed for Zhao Li’s upcoming period drama\n\nDaylight’s upcoming historical drama Don’t you know? The green should be plump has secured a solid lineup led by Zhao Li (Princess Agent).\n\nFeng Shao plays the male lead Gu Ting.",
		want: []string{"cast|Zhao Li|Princess Agent||"},
	},
	{
		name: "web novel “T,” which boasts ..., has been turned into a 16-part drama series (T the show of what follows)",
		text: "Webtoon dramas dominate\n\n\"Men and Women,\" a 10-part drama series, began airing on Channel A.\n\nNaver's popular web novel \"Wed My Husband,\" which boasts more than 40 million downloads, has been turned into a 16-part drama series.\n\nThe first episode of the drama series aired on tvN on Jan. 1.\n\nThe drama series stars Park Min-yong and Na In-wo as the main cast.",
		want: []string{"cast|Park Min-yong|Wed My Husband||", "cast|Na In-wo|Wed My Husband||"},
	},
	{
		name: "a job noun as a performer's trade in a cast clause: Director X has been added to the cast; star, director Y are set to make their OTT debut (no crew credit); Director Z is set to make his directorial debut",
		text: "Milan Talky is a new film.\n\nDirector Akash Deepa has been added to the cast of Milan Talky starring Ali Fazan. Bollywood actress Adi Raon and Bengali cinema star, director Pros Chatterji are all set to make their OTT debut with webseries \"Milan Talky\". Director Dan Roeg is set to make his directorial debut. Director Mia Leer will helm it.",
		want: []string{"cast|Akash Deepa|Milan Talky||", "cast|Ali Fazan|Milan Talky||", "cast|Pros Chatterji|Milan Talky||", "crew|Dan Roeg|Milan Talky||director", "crew|Mia Leer|Milan Talky||director"},
	},
	{
		name: "X took the director's chair; Y originally slated to direct, Z initially attached to write (a plan given up: no credit); the adaptation is being handled by original author W",
		text: "Harbor Lights 2 is a new film.\n\nThe film was put into development in 2019, with Adam Shanko originally slated to direct before Anne Fletchy took the helm. Nick Paino was initially attached to write but the adaptation is now being handled by original author Dave Nicholas. Tet Arako serves as chief director while Masa Koizo took the director’s chair.",
		want: []string{"crew|Anne Fletchy|Harbor Lights 2||director", "crew|Dave Nicholas|Harbor Lights 2||writer", "crew|Tet Arako|Harbor Lights 2||director", "crew|Masa Koizo|Harbor Lights 2||director"},
	},
	{
		name: "X was hired as the new show-runner, Y was named as the new showrunner (a crew job after as, no role); X, “T” lead voice actor, is the director and screenwriter of the film; X is the director of the series; X will be the writer of T; not the head of Netflix",
		text: "Blue Planet is a new film.\n\nBrett Mahone was hired as the new show-runner. Dan Roef was named as the new showrunner. Yoshi Senna, \"Vampire Holmes\" lead voice actor, is the director and screenwriter of the film. Mia Leek is the director of the series. Sam Oaks will be the writer of Red Skye. Ann Kimm is the head of Netflix.",
		want: []string{"crew|Brett Mahone|Blue Planet||showrunner", "crew|Dan Roef|Blue Planet||showrunner", "crew|Yoshi Senna|Blue Planet||director", "crew|Yoshi Senna|Blue Planet||writer", "crew|Mia Leek|Blue Planet||director", "crew|Sam Oaks|Red Skye||writer"},
	},
	{
		name: "As for T, the drama is being overseen by showrunner X (T, which the article names elsewhere, is the show of what follows)",
		text: "Andy Garci is headed to ABC.\n\nThe actor has been cast in the drama pilot Rebels. He was originally attached to star in NBC's comedy series The Kenan Hour.\n\nAs for Rebels, the drama is being overseen by showrunner Krista Vern. Garci will play Julian Cruz.",
		want: []string{"crew|Krista Vern|Rebels||showrunner", "cast|Andy Garci|Rebels|Julian Cruz|"},
	},
	{
		name: "The BBC's X added: “...” (a quote, no casting; not \"The show has added Y\")",
		text: "Lizzie is Missing is a new drama.\n\nSophie Rundl joins the cast. The BBC’s Piers Wenge added: “Part detective story, it is great.” The show has added Mia Lo.",
		want: []string{"cast|Sophie Rundl|Lizzie is Missing||", "cast|Mia Lo|Lizzie is Missing||"},
	},
	{
		name: "The No. 1 film for the weekend is T, a Chinese film about ... It is directed by X and stars Y (a title of name-shaped words is the show of what follows)",
		text: "Her Story is a new film.\n\nThe No. 1 film for the weekend is Give Me Five, a Chinese film about a young man who magically time-travels to the 1980s. It is directed by Zhang Luan and stars Chang Yuan.",
		want: []string{"cast|Chang Yuan|Give Me Five||", "crew|Zhang Luan|Give Me Five||director"},
	},
	{
		name: "The “T” anime is based on a manga of the same name by X (the quoted title after The, not the article's show)",
		text: "Golden Kamui is an anime.\n\nThe cast of Golden Kamui is great.\n\nThe “Beastar” anime is based on a manga of the same name by Paru Itagak that runs in a magazine.",
		want: []string{"crew|Paru Itagak|Beastar||original author"},
	},
	{
		name: "X is set to return in a new series (other work, no return to the article's show); Y will return for the third season",
		text: "Dr. Romance 3 is a new drama.\n\nA major star, Lee Na-yong, is set to return in a new series. Han Suk-kyo will return for the third season.",
		want: []string{"cast|Han Suk-kyo|Dr. Romance 3||"},
	},
	{
		name: "X serves as writer and executive producer (both jobs); Creator-showrunner X; X will pen the adaptation; X adapted the novel for the screen (not adapted into); X wrote and directed T, X is writing and directing (writer too); X wrote the first two episodes",
		text: "Blue Planet is a new drama.\n\nDana Roebe serves as writer and executive producer. Creator-showrunner Mia Leeke said it. Sam Oaken will pen the adaptation. Ivo Dane adapted the novel for the screen. The novel was adapted into a series. Lee Sunn wrote and directed Red Skye. Ana Brill is writing and directing. Kim Hale wrote the first two episodes.",
		want: []string{"crew|Dana Roebe|Blue Planet||writer", "crew|Dana Roebe|Blue Planet||producer", "crew|Mia Leeke|Blue Planet||creator", "crew|Mia Leeke|Blue Planet||showrunner", "crew|Sam Oaken|Blue Planet||writer", "crew|Ivo Dane|Blue Planet||writer",
			"crew|Lee Sunn|Red Skye||writer", "crew|Lee Sunn|Red Skye||director", "crew|Ana Brill|Blue Planet||writer", "crew|Ana Brill|Blue Planet||director", "crew|Kim Hale|Blue Planet||writer"},
	},
	{
		name: "X is the showrunner; A and B are the creators; X is the head writer; X was the director of photography; X, the creator of the series, said; X will adapt her own novel, X will adapt it (not adapt to the role)",
		text: "Blue Planet is a new drama.\n\nDana Roebe is the showrunner. Mia Leeke and Sam Oaken are the creators. Ivo Danel is the head writer. Lee Sunne was the director of photography. Ana Brille, the creator of the series, said it was fun. Kim Halle will adapt her own novel. Tom Vane will adapt to the role.",
		want: []string{"crew|Dana Roebe|Blue Planet||showrunner", "crew|Mia Leeke|Blue Planet||creator", "crew|Sam Oaken|Blue Planet||creator", "crew|Ivo Danel|Blue Planet||writer", "crew|Lee Sunne|Blue Planet||", "crew|Ana Brille|Blue Planet||creator", "crew|Kim Halle|Blue Planet||writer"},
	},
	{
		name: "X co-starred with Y in the memorable thriller T (both in T, an earlier work: not the show of what follows)",
		text: "No Way Back is a new drama.\n\nCho Jin-woon is in talks to star. Cho co-starred with Lee Sun-kyon in the memorable thriller A Hard Night, for which Cannes gave a screening invitation.\n\nCho is considering taking on the part of a detective tasked with protecting murderer Kim Gook-ha (Yoo Jae-myong, Itaewon Classic ), who has just been released.",
		want: []string{"cast|Cho Jin-woon|A Hard Night||", "cast|Lee Sun-kyon|A Hard Night||", "cast|Yoo Jae-myong|No Way Back|Kim Gook-ha|", "cast|Yoo Jae-myong|Itaewon Classic||", "cast|Cho Jin-woon|No Way Back||"},
	},
	{
		name: "an ellipsis inside a title: I'll Give It My Best… Tomorrow",
		text: "K-Drama News\n\nTVING original I’ll Give It My Best… Tomorrow has released new posters. The drama also stars Kim Gab-so (Hospital List 2) as Park’s father.",
		want: []string{"cast|Kim Gab-so|I’ll Give It My Best… Tomorrow||", "cast|Kim Gab-so|Hospital List 2||"},
	},
	{
		name: "member-turned-actor X (T), Y (T2) will be starring in T3 (a performer noun before the name: the bracket is a title, not an actor)",
		text: "Dear Citizen is a new drama.\n\nSuper Junior member-turned-actor Choi Siwan (Revolutionary Lover), Lee Yoo-yong (Your Honour), and Kim Min-jong (Mr. Sunshiny) will be starring in KBS 2TV’s upcoming crime comedy drama “Dear Citizen” (literal translation).",
		want: []string{"cast|Choi Siwan|Revolutionary Lover||", "cast|Lee Yoo-yong|Your Honour||", "cast|Kim Min-jong|Mr. Sunshiny||", "cast|Choi Siwan|Dear Citizen||", "cast|Lee Yoo-yong|Dear Citizen||", "cast|Kim Min-jong|Dear Citizen||"},
	},
	{
		name: "X will co-showrun with Y; X directed episodes of T, the first season of T2 (T's, not the sentence's show); X helmed the first season; X has written for T1 and T2",
		text: "Blue Planet is a new drama.\n\nDana Roebe will co-showrun with Mia Leeke. Lee Sunne helmed the first season. Sam Oaken directed episodes of Red Skye. Ivo Danel directed the first season of Blue Doors. Ana Brille has written for Green Hills and Tin Boxes.",
		want: []string{"crew|Dana Roebe|Blue Planet||showrunner", "crew|Mia Leeke|Blue Planet||showrunner", "crew|Sam Oaken|Red Skye||director", "crew|Ivo Danel|Blue Doors||director", "crew|Lee Sunne|Blue Planet||director", "crew|Ana Brille|Green Hills||writer", "crew|Ana Brille|Tin Boxes||writer"},
	},
	{
		name: "a job noun alone in a bracket after a name: A (director) and B (writer) said; X (executive producer) added",
		text: "Blue Planet is a new drama.\n\nDana Roebe (director) and Mia Leeke (writer) said it was fun. Sam Oaken (executive producer) added that it was hard.",
		want: []string{"crew|Dana Roebe|Blue Planet||director", "crew|Mia Leeke|Blue Planet||writer", "crew|Sam Oaken|Blue Planet||producer"},
	},
	{
		name: "X, author of “T1”, “T2”, among other hits (crew in each); X is the author of the novel (the show's source); not X, author of a memoir",
		text: "Blue Planet is a new drama.\n\nWritten by Fern Gaitano, author of “Yo soy Bella, la fea”, “Café con aroma de luna”, among other television hits, the series is great. Dana Roebe is the author of the novel. Mia Leeke, author of a memoir, said it.",
		want: []string{"crew|Fern Gaitano|Blue Planet||writer", "crew|Fern Gaitano|Yo soy Bella, la fea||", "crew|Fern Gaitano|Café con aroma de luna||", "crew|Dana Roebe|Blue Planet||original author"},
	},
	{
		name: "He is also in pre-production on another series, T; X is in post-production on her film T2 (crew, no job)",
		text: "Kingstown Nights is a new drama.\n\nTyler Sheron created the series. He is also in pre-production on another series, Land Guys. Mara Lee is in post-production on her film Blue Sky.",
		want: []string{"crew|Tyler Sheron|Kingstown Nights||creator", "crew|Tyler Sheron|Land Guys||", "crew|Mara Lee|Blue Sky||"},
	},
	{
		name: "supported by actors Yan An, Chen Yuxi, Guo Chen, and Bian Chen (a capitalized syllable that is a function word ends a name in a list)",
		text: "Feng Ying is a new drama.\n\nThe drama stars Wang Chu and Li Hong in the leading roles, supported by actors Yan An, Chen Yuxi, Guo Chen, and Bian Chen.",
		want: []string{"cast|Wang Chu|Feng Ying||", "cast|Li Hong|Feng Ying||", "cast|Yan An|Feng Ying||", "cast|Chen Yuxi|Feng Ying||", "cast|Guo Chen|Feng Ying||", "cast|Bian Chen|Feng Ying||"},
	},
	{
		name: "Director X made his debut with one of the most critically acclaimed films of 2017, T",
		text: "Malik Returns is a new film.\n\nDirector Mahesh Naray made his debut with one of the most critically acclaimed films of 2017, Take Offs.",
		want: []string{"crew|Mahesh Naray|Malik Returns||director", "crew|Mahesh Naray|Take Offs||"},
	},
	{
		name: "X will direct and star in the film; X will exec produce as well as star in the film (the maker acts in the show too)",
		text: "Mexico 87 is a new film.\n\nDiego Lun will exec produce as well as star in the film.\n\nRyan Fox will direct and star in the film.",
		want: []string{"crew|Diego Lun|Mexico 87||producer", "cast|Diego Lun|Mexico 87||", "crew|Ryan Fox|Mexico 87||director", "cast|Ryan Fox|Mexico 87||"},
	},
	{
		name: "T is the brainchild of X (creator); T is the latest from X; X conceived (devised) the series (not a child)",
		text: "Blue Planet is a new drama.\n\nBlue Planet is the brainchild of Dana Roebe. It is the latest from Mia Leeke. Sam Oaken conceived the series. Ivo Danel devised the series. Lee Sunne conceived a child.",
		want: []string{"crew|Dana Roebe|Blue Planet||creator", "crew|Mia Leeke|Blue Planet||", "crew|Sam Oaken|Blue Planet||creator", "crew|Ivo Danel|Blue Planet||creator"},
	},
	{
		name: "X, who is the writer, said (X's job); X, whose mother is the writer, said (no credit)",
		text: "Blue Planet is a new drama.\n\nMia Leeke, who is the writer, said it was fun. Dana Roebe, whose mother is the director, said it was hard.",
		want: []string{"crew|Mia Leeke|Blue Planet||writer"},
	},
	{
		name: "X, who also handled the scripts for the live-action of T1 and T2 series (those titles); X handled the music for T",
		text: "Blue Planet is a new drama.\n\nScript will be written by Yuki Tokun, who also handled the scripts for the live-action of Tonde Sait and Princess Jelly series. Dana Roebe handled the music for Red Skye.",
		want: []string{"crew|Yuki Tokun|Blue Planet||writer", "crew|Yuki Tokun|Tonde Sait||writer", "crew|Yuki Tokun|Princess Jelly||writer", "crew|Dana Roebe|Red Skye||"},
	},
	{
		name: "X will be making her motion picture debut. (an acting debut with no title: the sentence's show; not a directorial one)",
		text: "Cry to Heavens is a new film.\n\nAdele Adkin will be making her motion picture debut. Tom Forde will make his directorial debut.",
		want: []string{"cast|Adele Adkin|Cry to Heavens||"},
	},
	{
		name: "Dialogues by X; Lyrics are by X; X will wield the megaphone; X has composed the songs; X, who wrote the original webtoon, said (the source's author); not wrote the book on cooking",
		text: "Blue Planet is a new drama.\n\nDialogues by Dana Roebe. Lyrics are by Mia Leeke. Sam Oaken will wield the megaphone for the film. Ivo Danel has composed the songs for the film. Lee Sunne, who wrote the original webtoon, said it. Ana Brille wrote the book on cooking.",
		want: []string{"crew|Dana Roebe|Blue Planet||writer", "crew|Mia Leeke|Blue Planet||", "crew|Sam Oaken|Blue Planet||director", "crew|Ivo Danel|Blue Planet||", "crew|Lee Sunne|Blue Planet||original author"},
	},
	{
		name: "A (T1) as director and B (T2) as assistant director (a rank before the job); X designed the masks and costumes (not a house); inspired in the literary work ‘T’ by X",
		text: "Blue Planet is a new drama.\n\nThe studio is animating with Dai Hirama (Selection Projects) as director and Saori Tachiba (Wasteful Days) as assistant director. Masa Morika, a designer, designed the masks and costumes of the ghouls in the film. Dana Roebe designed a house.\n\n‘Blue Planet’ is an original story by Val Parra, inspired in the literary work ‘Les Mis’ by Victor Hugon.",
		want: []string{"crew|Dai Hirama|Blue Planet||director", "crew|Dai Hirama|Selection Projects||", "crew|Saori Tachiba|Wasteful Days||", "crew|Saori Tachiba|Blue Planet||director", "crew|Masa Morika|Blue Planet||", "crew|Val Parra|Blue Planet||original author", "crew|Victor Hugon|Blue Planet||original author"},
	},
	{
		name: "T's creator X (T's, not the sentence's show); X, the Oscar-winning director of T; X, the acclaimed British director of T",
		text: "Blue Planet is a new drama.\n\nRed Skye's creator Dana Roebe said it was fun. Mia Leeke, the Oscar-winning director of Green Hills, is back. Sam Oaken, the acclaimed British director of Tin Boxes, is back too.",
		want: []string{"crew|Dana Roebe|Red Skye||creator", "crew|Mia Leeke|Green Hills||director", "crew|Sam Oaken|Tin Boxes||director"},
	},
	{
		name: "X (creator of T), Y (who created T2), Z (the director of T3): a job or crew verb in a bracket with a title",
		text: "Blue Planet is a new drama.\n\nDana Roebe (creator of Red Skye) is back. Mia Leeke (who created Green Hills) is back. Sam Oaken (the director of Tin Boxes) is back too.",
		want: []string{"crew|Dana Roebe|Red Skye||creator", "crew|Mia Leeke|Green Hills||creator", "crew|Sam Oaken|Tin Boxes||director"},
	},
	{
		name: "X, who co-created T with Y, is back (with a full name ends the title; Y co-created it too); Dances with Wolvs, Coffee with Karun keep theirs",
		text: "Blue Planet is a new drama.\n\nDana Roebe, who co-created Red Skye with Mia Leeke, is back. Sam Oaken wrote Dances with Wolvs. Ivo Danel directed Coffee with Karun.",
		want: []string{"crew|Dana Roebe|Red Skye||creator", "crew|Mia Leeke|Red Skye||creator", "crew|Sam Oaken|Dances with Wolvs||writer", "crew|Ivo Danel|Coffee with Karun||director"},
	},
	{
		name: "reuniting with T creator X, teaming up with T2 producer Y (in the sentence's show too); worked with T creator Z (T's only)",
		text: "Blue Planet is a new drama.\n\nThe network ordered the drama, reuniting with Parentville creator Jason Kattim in the process. Blue Planet finds Kattim teaming up with Hamiltown producer Jeff Sellar on a musical series. He worked with Red Skye creator Dana Roebe.",
		want: []string{"crew|Jason Kattim|Parentville||creator", "crew|Jason Kattim|Blue Planet||creator", "crew|Jeff Sellar|Hamiltown||producer", "crew|Jeff Sellar|Blue Planet||producer", "crew|Dana Roebe|Red Skye||creator"},
	},
	{
		name: "A and B are executive producers; X is a producer on T (T's, not the sentence's show); A and B are writers on the show",
		text: "Blue Planet is a new drama.\n\nDana Roebe and Mia Leeke are executive producers. Sam Oaken is a producer on Red Skye. Ivo Danel and Lee Sunne are writers on the show.",
		want: []string{"crew|Dana Roebe|Blue Planet||producer", "crew|Mia Leeke|Blue Planet||producer", "crew|Sam Oaken|Red Skye||producer", "crew|Ivo Danel|Blue Planet||writer", "crew|Lee Sunne|Blue Planet||writer"},
	},
	{
		name: "X is handling series composition (the writer); X is in charge of character designs; X will handle the production design",
		text: "Blue Planet is a new anime.\n\nDana Roebe is handling series composition. Mia Leeke is in charge of character designs. Sam Oaken will handle the production design.",
		want: []string{"crew|Dana Roebe|Blue Planet||writer", "crew|Mia Leeke|Blue Planet||", "crew|Sam Oaken|Blue Planet||"},
	},
	{
		name: "X's directing debut T; X's screenwriting debut, T; X's feature directorial debut (the sentence's show); not X's writing is sharp",
		text: "Blue Planet is a new film.\n\nDana Roebe's directing debut Red Skye opens soon. Mia Leeke's screenwriting debut, Green Hills, opens. Sam Oaken's feature directorial debut is great. Ivo Danel's writing is sharp.",
		want: []string{"crew|Dana Roebe|Red Skye||director", "crew|Mia Leeke|Green Hills||writer", "crew|Sam Oaken|Blue Planet||director"},
	},
	{
		name: "X is scripting; X is penning the film; X co-wrote the film with Y (Y writes too); not she wrote it in a letter",
		text: "Blue Planet is a new film.\n\nDana Roebe is scripting. Mia Leeke is penning the film. Sam Oaken co-wrote the film with Ivo Danel. Lee Sunne wrote it in a letter.",
		want: []string{"crew|Dana Roebe|Blue Planet||writer", "crew|Mia Leeke|Blue Planet||writer", "crew|Sam Oaken|Blue Planet||writer", "crew|Ivo Danel|Blue Planet||writer"},
	},
	{
		name: "DP X and lyricist Y return; Choreographer Z joins the team (crew: joining a team is no cast clause); X serves as DP",
		text: "Blue Planet is a new film.\n\nDP Dana Roebe and lyricist Mia Leeke return. Choreographer Sam Oaken joins the team. Ivo Danel serves as DP.",
		want: []string{"crew|Dana Roebe|Blue Planet||", "crew|Mia Leeke|Blue Planet||", "crew|Sam Oaken|Blue Planet||", "crew|Ivo Danel|Blue Planet||"},
	},
	{
		name: "T comes from the mind of X; From the minds of A and B comes a thriller; masterminded by X (creators); not the mind of a child",
		text: "Blue Planet is a new drama.\n\nBlue Planet comes from the mind of Dana Roebe. From the minds of Mia Leeke and Ivo Danel comes a thriller. The series was masterminded by Sam Oaken. It came from the mind of a child.",
		want: []string{"crew|Dana Roebe|Blue Planet||creator", "crew|Mia Leeke|Blue Planet||creator", "crew|Ivo Danel|Blue Planet||creator", "crew|Sam Oaken|Blue Planet||creator"},
	},
	{
		name: "X will EP; X is set to EP alongside Y (producers, not cast); A and B will EP; not her debut EP Blue Skye",
		text: "Blue Planet is a new drama.\n\nDana Roebe will EP. Mia Leeke is set to EP alongside Sam Oaken. Ivo Danel and Lee Sunne will EP. She released her debut EP Blue Skye.",
		want: []string{"crew|Dana Roebe|Blue Planet||producer", "crew|Mia Leeke|Blue Planet||producer", "crew|Sam Oaken|Blue Planet||producer", "crew|Ivo Danel|Blue Planet||producer", "crew|Lee Sunne|Blue Planet||producer"},
	},
	{
		name: "X adapted A's novel for the screen, Y will adapt B's bestselling memoir (the adapter and the source's author); not adapted C's style",
		text: "Blue Planet is a new drama.\n\nDana Roebe adapted Jane Austine's novel for the screen. Sam Oaken will adapt Mia Leeke's bestselling memoir. Ivo Danel adapted Lee Sunne's style.",
		want: []string{"crew|Dana Roebe|Blue Planet||writer", "crew|Jane Austine|Blue Planet||original author", "crew|Sam Oaken|Blue Planet||writer", "crew|Mia Leeke|Blue Planet||original author"},
	},
	{
		name: "X replaces Y as showrunner, X will succeed Y as executive producer (both hold the job)",
		text: "Blue Planet is a new drama.\n\nDana Roebe replaces Mia Leeke as showrunner. Sam Oaken will succeed Ivo Danel as executive producer.",
		want: []string{"crew|Dana Roebe|Blue Planet||showrunner", "crew|Mia Leeke|Blue Planet||showrunner", "crew|Sam Oaken|Blue Planet||producer", "crew|Ivo Danel|Blue Planet||producer"},
	},
	{
		name: "X, best known as the creator of T, is back; Y, known as the director of T2, is back",
		text: "Blue Planet is a new drama.\n\nDana Roebe, best known as the creator of Red Skye, is back. Mia Leeke, known as the director of Green Hills, is back too.",
		want: []string{"crew|Dana Roebe|Red Skye||creator", "crew|Mia Leeke|Green Hills||director"},
	},
	{
		name: "the cast of Season 1 included A, B and C (a season alone is the article's show); included in the cast are; esteemed names like; a weekday as a surname in a list (Ella Friday)",
		text: "“Glass Orchard” has been renewed for season 2 at Netflix.\n\nAlong with Kara Voss, the cast of Season 1 included Mira Tamsen, Ella Friday, Dev Olan, and Lio Grant. Rena Holt also appeared as Morwen alongside Ben Cole as Tobin. Additional voices included in the cast are Pia Roe and Ada Finch. The supporting cast includes esteemed names like Sam Dedo, Olu Worra, and more.",
		want: []string{"cast|Mira Tamsen|Glass Orchard||", "cast|Ella Friday|Glass Orchard||", "cast|Dev Olan|Glass Orchard||", "cast|Lio Grant|Glass Orchard||", "cast|Rena Holt|Glass Orchard|Morwen|", "cast|Ben Cole|Glass Orchard|Tobin|", "cast|Pia Roe|Glass Orchard||", "cast|Ada Finch|Glass Orchard||", "cast|Sam Dedo|Glass Orchard||", "cast|Olu Worra|Glass Orchard||"},
	},
	{
		name: "a heading of describing words and a cast noun (English Cast) is no title",
		text: "Glass Orchard Anime Reveals English Dub Cast\n\nThe Glass Orchard anime has announced its English dub cast. The anime premiered on April 10.\n\nEnglish Cast\n\nThe English cast includes Mira Tamsen as Rook and Dev Olan as Wren.",
		want: []string{"cast|Mira Tamsen|Glass Orchard|Rook|", "cast|Dev Olan|Glass Orchard|Wren|"},
	},
	{
		name: "A and B will portray C, A and B join forces to voice a character called C, while A and B play C (each plays the one character)",
		text: "Marlowe Renewed for Season 2\n\n“Marlowe” has been renewed for season 2 at Netflix. Dev Olan and Pia Roe will portray Tobin. Mira Tamsen and Lio Grant join forces to voice a character called Gimon. Veteran voice actor Sam Dedo and Olu Worra (Blue Ice) will portray Popuko. Rena Holt will play Wren, while Ben Cole and Ada Finch play Rook.",
		want: []string{"cast|Dev Olan|Marlowe|Tobin|", "cast|Pia Roe|Marlowe|Tobin|", "cast|Mira Tamsen|Marlowe|Gimon|", "cast|Lio Grant|Marlowe|Gimon|", "cast|Sam Dedo|Marlowe|Popuko|", "cast|Olu Worra|Marlowe|Popuko|", "cast|Olu Worra|Blue Ice||", "cast|Rena Holt|Marlowe|Wren|", "cast|Ben Cole|Marlowe|Rook|", "cast|Ada Finch|Marlowe|Rook|"},
	},
	{
		name: "From Friday 25 June, the crime drama returns (a date line is no title); the first series of the German crime show T (the article's show)",
		text: "When the first series of the German crime show Blue Planet appeared, fans loved it. From Friday 25 June, the crime drama is set to return to More4.\n\nThe first episode opens with a dilemma for Ivo Kessel (Dana Roebe). Lina Sorr (Mia Leeke) is missing.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|"},
	},
	{
		name: "The T anime has announced its dub cast; English Cast, Voice Cast (headings, no titles); Additional voices included in the cast are A and B (no person Additional)",
		text: "The Blue Planet anime has announced its English dub cast.\n\nCrunchyroll will stream the English dub for the TV anime adaptation of Jane Austine and Red Skye.\n\nEnglish Cast\n\nThe English cast includes some veteran voice actors, with voices like Dana Roebe as Ivo Kessel and Mia Leeke as Lina Sorr. Additional voices included in the cast are Sam Oaken and Lee Sunne.\n\nVoice Cast\n\nThe voice cast also has Pia Rowan as Tam.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Blue Planet|Tam|"},
	},
	{
		name: "a movie titled, T (the article's show); Titled T2 in Tamil, the movie (a participle opens the clause, no title)",
		text: "Everybody knows that Dana Roebe is making his debut with a movie titled, Starling. Directed by Mia Leeke, the movie has launched.\n\nTitled Vaanam in Tamil, the movie is written by Sam Oaken.",
		want: []string{"crew|Mia Leeke|Starling||director", "crew|Sam Oaken|Starling||writer"},
	},
	{
		name: "a roundup's entries: a title line with its original script or a broadcast line under it governs the synopsis and Other Cast list after it, not the show the opening names",
		text: "Fall Drama Preview!\n\nThis fall has several hit sequels such as “Red Skye.” Here’s what you can look forward to:\n\nBlue Planet (青い惑星)\nFuji TV, Monday 9:00pm, premieres October 19\n\nAs a child, Ivo Kessel (Dana Roebe) witnessed a murder. Lina Sorr (Mia Leeke) arrives to help.\n\nOther Cast: Sam Oaken, Lee Sunne\n\nGreen Hills\ntvk, Monday 11:00pm, premieres October 5\n\nHigh school student Tam Rook (Pia Rowan) has a secret.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Green Hills|Tam Rook|"},
	},
	{
		name: "A, B, and C take on production duties; Y in charge of mixing; with X as the ADR engineer (crew, no cast); X will be the fourth showrunner on the series, following A, B and C; with X as script consultant",
		text: "Marlowe is a new drama.\n\nMoses Inwa directs, while Agoz Ugwa, Arafat Bello-Osa, and Roxanne Adekun take on production duties. Jason Lorde is directing the English dubbing, with Ian Emers as the ADR engineer, Matt Grund in charge of mixing, and Ben Phill writing the script. Ed Eisen will be the fourth showrunner on the series, following Amy B. Harrow, Jon Harmon Feld and Melvo. The series is written by Jess Redd, with Marga Cortes as script consultant. Tia Mons and Rob Vale share directing duties.",
		want: []string{"crew|Moses Inwa|Marlowe||director", "crew|Agoz Ugwa|Marlowe||producer", "crew|Arafat Bello-Osa|Marlowe||producer", "crew|Roxanne Adekun|Marlowe||producer",
			"crew|Jason Lorde|Marlowe||director", "crew|Ian Emers|Marlowe||", "crew|Matt Grund|Marlowe||", "crew|Ben Phill|Marlowe||writer",
			"crew|Ed Eisen|Marlowe||showrunner", "crew|Amy B. Harrow|Marlowe||showrunner", "crew|Jon Harmon Feld|Marlowe||showrunner", "crew|Melvo|Marlowe||showrunner",
			"crew|Jess Redd|Marlowe||writer", "crew|Marga Cortes|Marlowe||", "crew|Tia Mons|Marlowe||director", "crew|Rob Vale|Marlowe||director"},
	},
	{
		name: "X has been cast in T in an opening sentence (the article's show); not a film wrapped earlier (Fresh from wrapping up filming on the U sequel)",
		text: "A drama series about bushfires has announced its cast.\n\nFresh from wrapping up filming on the Planet Nine sequel late last year, Sam Wren has been cast in EMBERS, alongside Little Women star Ada Finch.\n\nIt will also star Dana Roebe (Red Skye) and Mia Leeke.",
		want: []string{"cast|Ada Finch|EMBERS||", "cast|Ada Finch|Little Women||", "cast|Sam Wren|EMBERS||", "cast|Dana Roebe|EMBERS||", "cast|Mia Leeke|EMBERS||", "cast|Dana Roebe|Red Skye||"},
	},
	{
		name: "companies, bodies and places are no people: Gaumont USA will produce; produced by JK Film; bankrolled by Sithara Entertainments and Fortune 4 Cinemas; CJ ENM is producing; the Writers Guild of America (WGA); India's first film; produced by Perth-raised X (a place made a describing word)",
		text: "Blue Harbor is a new film.\n\nGaumont USA will produce. The film is produced by JK Film, the outfit behind Red Skye. The movie is bankrolled by Sithara Entertainments and Fortune 4 Cinemas. CJ ENM is producing the movie. Produced by Perth-raised Tony Ayrez, it will also star Mia Leeke. A Writers Guild of America (WGA) strike paused Andor. Being India’s first stage reality film, it is new. Dana Roebe, who was one of the producers of Take Off, is backing the film under the banner of Dana Roebe Film Company.",
		want: []string{"cast|Mia Leeke|Blue Harbor||", "crew|Tony Ayrez|Blue Harbor||producer", "crew|Dana Roebe|Take Off||producer", "crew|Dana Roebe|Blue Harbor||producer"},
	},
	{
		name: "a paragraph that opens with a title and its renewal (Fox's summer breakout T will in fact return for a second season) is about T, not the show before it",
		text: "Let us look at the survival status of your favorite shows.\n\nNBC can not get enough of the drama. The network has renewed Red Skye for a fourth season.\n\nFox‘s summer breakout Blue Planet will in fact return for a 10-episode second season. The Dana Roebe-produced mystery drama based on author Mia Leeke’s novels hooked viewers. Showrunner Sam Oaken is handing off the reins.",
		want: []string{"crew|Dana Roebe|Blue Planet||producer", "crew|Mia Leeke|Blue Planet||original author", "crew|Sam Oaken|Blue Planet||showrunner"},
	},
	{
		name: "A and B star in the new version of the telenovela T; C (Surname) of a person the article credits; X embodies her other half, disgraced young comedy writer C (a character's trade, no crew); as A's wife Hong Hae In (a Korean name's last syllable)",
		text: "Blue Harbor Remake Set at Telemundo\n\nCarla Villabo and Sebastian Martinoz star in the new version of the telenovela “Blue Harbor”, which will air this year.\n\nThis dramatic comedy tells the love story of Rafa Mendo (Martinoz), a prolific seller of household products, and Ale Maldo (Villabo), a woman of aristocratic origin. Mia Leeke perfectly embodies her comedic other half, disgraced young comedy writer Ava. Kim Ji Wan will appear as Baek Hyun Wu’s wife Hong Hae In, the third generation of Queens Group.",
		want: []string{"cast|Sebastian Martinoz|Blue Harbor|Rafa Mendo|", "cast|Carla Villabo|Blue Harbor|Ale Maldo|", "cast|Mia Leeke|Blue Harbor|Ava|", "cast|Kim Ji Wan|Blue Harbor|Hong Hae In|"},
	},
	{
		name: "Network gave T a two-season order (T is the show of what follows)",
		text: "Two fall series have received a second season order.\n\nLifetime’s stalker drama RED SKYE, starring Dana Roebe, has received a second season order.\n\nAmazon gave Blue Planet a two-season order in 2017. Based on a podcast, the show stars Mia Leeke as a caseworker.",
		want: []string{"cast|Dana Roebe|RED SKYE||", "cast|Mia Leeke|Blue Planet||"},
	},
	{
		name: "one quoted title, then the show: In the latest in an ongoing 'T' saga of news, X will be appearing in the final season of the show (T's); not director of Netflix's “T”",
		text: "A number of casting announcements have been made.\n\nIt has been confirmed that Dana Roebe will portray Ivo Kessel in the third season of 'Red Skye'.\n\nIn the latest in an ongoing 'Blue Planet' saga of news, Mia Leeke will be appearing in the final season of the show.",
		want: []string{"cast|Dana Roebe|Red Skye|Ivo Kessel|", "cast|Mia Leeke|Blue Planet||"},
	},
	{
		name: "a numbered heading's title with a comma (2. T, The Enchanted) over the drama T, The Enchanted: the title in full, not its first part",
		text: "An upcoming K-drama grapples with a sudden casting change, in our latest round of drama casting news.\n\n1. Red Skye\n\nDana Roebe stars in the thriller Red Skye.\n\n2. Blue Planet, The Enchanted\n\nMia Leeke and Sam Oaken have been confirmed as the leads in the forthcoming historical drama Blue Planet, The Enchanted. The series, penned by Lee Sunne, is set to air on tvN in January.",
		want: []string{"cast|Dana Roebe|Red Skye||", "cast|Mia Leeke|Blue Planet, The Enchanted||", "cast|Sam Oaken|Blue Planet, The Enchanted||", "crew|Lee Sunne|Blue Planet, The Enchanted||writer"},
	},
	{
		name: "X will return to EP, Y will return to direct (crew, no cast; EP is no person); a Korean given name used alone (Seo Joon, So Hee) is the full name",
		text: "Blue Harbor Renewed for Season 2\n\nThe Dana Roebe-produced mystery drama Blue Harbor hooked viewers. Roebe will return to EP, and Mia Leeke will return to direct.\n\nPark Seo Joon and Han So Hee lead the cast of Blue Harbor. Seo Joon will be playing the role of a wealthy man named Jang Tae Sang. He soon crosses paths with Yoon Chae Ok, played by So Hee.",
		want: []string{"crew|Dana Roebe|Blue Harbor||producer", "crew|Mia Leeke|Blue Harbor||director", "cast|Park Seo Joon|Blue Harbor|Jang Tae Sang|", "cast|Han So Hee|Blue Harbor|Yoon Chae Ok|"},
	},
	{
		name: "a roundup whose entries open with a title line (Blue Planet (Fuji TV), Green Hills) over their synopses: each governs its credits; a date line (Oct 17 2018) is none",
		text: "Fall Drama Preview!\n\nThis fall has several hit sequels such as “Red Skye.” Here’s what you can look forward to:\n\nOct 17 2018\n\nBlue Planet (Fuji TV)\n\nAs a child, Ivo Kessel (Dana Roebe) witnessed a murder. Lina Sorr (Mia Leeke) arrives to help.\n\nOther Cast: Sam Oaken, Lee Sunne\n\nGreen Hills\n\nHigh school student Tam Rook (Pia Rowan) has a secret.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Green Hills|Tam Rook|"},
	},
	{
		name: "(played by Colombian actor X); is confirmed for a minor part; will co-star as A's wife; X, director of T (2019), will helm; X joins the cast, playing C (a participle's subject); the lead role in “T” director X's next project U (U, not T)",
		text: "Blue Harbor Casts Dana Roebe\n\nDana Roebe has joined the cast of Blue Harbor. It tells the story of Jhon Jevo (played by Colombian actor Juan Pablo Rabo) as he struggles.\n\nOn a positive note, Park Jung-minn (Entourage), who’s been on a roll, is confirmed for a minor part in the movie.\n\nIm Soo-jungg, whose latest work includes the 2023 film “Single in Seoul,” will co-star as Soo-jong’s wife.\n\nIm Phil-sungg, director of Netflix’s “Persona” (2019), will helm the series.\n\nAce Bhatto (The Shadow Line) joins the cast in the same episode, playing Bregan councillor Harken, a wise man.\n\nKorean actor Song Kang-hoo, star of Oscar winner “Parasitee”, is set to play the lead role in “Shoplifterss” director Hirokazu Kore-edaa’s next project “Blue Harbor”.",
		want: []string{"cast|Dana Roebe|Blue Harbor||", "cast|Juan Pablo Rabo|Blue Harbor|Jhon Jevo|", "cast|Park Jung-minn|Blue Harbor||", "cast|Park Jung-minn|Entourage||", "cast|Im Soo-jungg|Blue Harbor||", "cast|Im Soo-jungg|Single in Seoul||", "crew|Im Phil-sungg|Persona||director", "crew|Im Phil-sungg|Blue Harbor||director", "cast|Ace Bhatto|Blue Harbor|Harken|", "cast|Ace Bhatto|The Shadow Line||", "cast|Song Kang-hoo|Blue Harbor||", "cast|Song Kang-hoo|Parasitee||", "crew|Hirokazu Kore-edaa|Shoplifterss||director", "crew|Hirokazu Kore-edaa|Blue Harbor||"},
	},
	{
		name: "a roundup's paragraphs that open with a title and a colon (T: As a child, C (X) ...) or a dash and a description (T – a school comedy.) govern their credits; not a teaser label before a sentence's own quoted title",
		text: "Fall Drama Preview!\n\nThis fall has several hit sequels such as “Red Skye.” Here’s what you can look forward to:\n\nBlue Planet: As a child, Ivo Kessel (Dana Roebe) witnessed a murder. Lina Sorr (Mia Leeke) arrives to help.\n\nOther Cast: Sam Oaken, Lee Sunne\n\nGreen Hills – a school comedy. High school student Tam Rook (Pia Rowan) has a secret.\n\nSitcom Family: Kara Voss will guest on “Gold Coast” as Andy’s brother.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Kara Voss|Gold Coast||"},
	},
	{
		name: "the film's title is going to be unveiled (an untitled project: no show is guessed from the makers' earlier titles, nor a one-letter title counted inside words)",
		text: "In November last year, a film pairing Dana Roebe and Mia Leeke was announced. The ‘Red Skye’ and ‘V’ duo joined hands for a romantic drama.\n\nThe news is that the film’s title is going to be unveiled on March 1. In a video clip on Saturday, the actor said that the title will be interesting. “How do we start?” the actor asks.\n\nProducers Sam Oaken and Lee Sunne have roped in Ivo Danel for music. Kara Voss is the cinematographer.",
		want: nil,
	},
	{
		name: "a roundup's entry lines: a numbered title (1. T), a quoted title alone, a title and its network after a dash (T — Netflix)",
		text: "Fall Drama Preview!\n\nThis fall has several hit sequels such as “Red Skye.” Here’s what you can look forward to:\n\n1. Blue Planet\n\nAs a child, Ivo Kessel (Dana Roebe) witnessed a murder.\n\n“Green Hills”\n\nHigh school student Tam Rook (Pia Rowan) has a secret.\n\nGold Coast — Netflix\n\nAs a surfer, Bram Tolle (Mia Leeke) moves home.\n\nOther Cast: Sam Oaken, Lee Sunne",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Mia Leeke|Gold Coast|Bram Tolle|", "cast|Sam Oaken|Gold Coast||", "cast|Lee Sunne|Gold Coast||"},
	},
	{
		name: "a performer's possessive before the character: X's shrewd cop C, X's Dr. C, X's Friar C, X's character (no name); not a relative (Kitsch's mother C), a credits list, or a producer's franchise character",
		text: "Blue Harbor Finale Ratings\n\nThe finale of Blue Harbor drew big numbers. The final episode saw Gillian Andersen’s shrewd cop Stella come extremely close to a killer.\n\nLuke Mitchel will star in Blue Harbor. It will be in the form of Mitchel’s Dr. Mitch Ripley. Christian Borla joins Blue Harbor. Borla’s Friar Pete and Martin are in the same ward. Former priest Joel Gretsh will recur as a nemesis to Eddie Cibrion’s character.\n\nTaylor Kitsh joins Blue Harbor. Dana Roebe will play Kitsh’s mother Nancy Simpsen. Hiro Shimona’s notable credits include Attack on Titan’s Conny Springer.\n\nGerard Butlar’s Agent Mike Banning is the franchise’s hero. Butlar is attached to the project as one of its producers.",
		want: []string{"cast|Gillian Andersen|Blue Harbor|Stella|", "cast|Luke Mitchel|Blue Harbor|Dr. Mitch Ripley|", "cast|Christian Borla|Blue Harbor|Friar Pete|", "cast|Joel Gretsh|Blue Harbor||", "cast|Eddie Cibrion|Blue Harbor||", "cast|Taylor Kitsh|Blue Harbor||", "cast|Dana Roebe|Blue Harbor|Nancy Simpsen|", "cast|Hiro Shimona|Attack on Titan|Conny Springer|", "crew|Gerard Butlar|Blue Harbor||producer"},
	},
	{
		name: "It is official: T will be back for season two (a renewal opens the article: the cast list after it is T's)",
		text: "It is official: Blue Planet will be back for season two.\n\nThe first season of the series centered on a haunted school.\n\nDana Roebe stars in the comedy series. Along with Roebe, the cast included Mia Leeke and Lee Sunne.\n\nJon Marr and Ada Finch developed the series.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "crew|Jon Marr|Blue Planet||creator", "crew|Ada Finch|Blue Planet||creator"},
	},
	{
		name: "T is coming back for a second season (the article's show)",
		text: "Blue Planet is coming back for a second season at Netflix.\n\nThe first season of the series centered on a haunted school.\n\nDana Roebe stars in the comedy series. Along with Roebe, the cast included Mia Leeke and Lee Sunne.\n\nJon Marr and Ada Finch developed the series.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "crew|Jon Marr|Blue Planet||creator", "crew|Ada Finch|Blue Planet||creator"},
	},
	{
		name: "Netflix has officially picked up T for a second season (the article's show)",
		text: "Netflix has officially picked up Blue Planet for a second season.\n\nThe first season of the series centered on a haunted school.\n\nDana Roebe stars in the comedy series. Along with Roebe, the cast included Mia Leeke and Lee Sunne.\n\nJon Marr and Ada Finch developed the series.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Lee Sunne|Blue Planet||", "crew|Jon Marr|Blue Planet||creator", "crew|Ada Finch|Blue Planet||creator"},
	},
	{
		name: "a one-credit-a-line list with roster headings (Main Cast, Supporting, Additional, Crew): names alone under Additional are cast, the headings are neither titles nor people",
		text: "Blue Planet is a new anime from Netflix.\n\nMain Cast\nDana Roebe as Ivo Kessel\nMia Leeke as Lina Sorr\nSupporting\nSam Oaken as Tam Rook\nAdditional\nLee Sunne\nPia Rowan\nCrew\nDirector: Jon Marr\nWriter: Ada Finch",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet|Tam Rook|", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Blue Planet||", "crew|Jon Marr|Blue Planet||director", "crew|Ada Finch|Blue Planet||writer"},
	},
	{
		name: "names alone on their lines under Additional Voices: (cast of the article's show)",
		text: "Blue Planet is a new anime from Netflix.\n\nVoice Cast:\n\nIvo Kessel – Dana Roebe\nLina Sorr – Mia Leeke\n\nAdditional Voices:\n\nLee Sunne\nPia Rowan\n\nStaff:\n\nDirector – Jon Marr",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Lee Sunne|Blue Planet||", "cast|Pia Rowan|Blue Planet||", "crew|Jon Marr|Blue Planet||director"},
	},
	{
		name: "an explainer's headings (What Is It About, Who Is in the Cast, Release Date, Where to Watch, Behind the Scenes, The Plot:) are no roundup entries: the credits stay with the article's show",
		text: "Blue Planet season 2: everything we know\n\nNetflix has renewed Blue Planet for a second season.\n\nWhat Is It About\n\nThe series follows Ivo Kessel (Dana Roebe), a detective.\n\nWho Is in the Cast\n\nMia Leeke returns as Lina Sorr. Sam Oaken joins the cast.\n\nRelease Date\n\nThe season arrives in June.\n\nWhere to Watch\n\nStream it on Netflix. Jon Marr directs.\n\nBehind the Scenes\n\nKara Voss plays Tam.\n\nThe Plot: Ada Finch plays Rook.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Sam Oaken|Blue Planet||", "crew|Jon Marr|Blue Planet||director", "cast|Kara Voss|Blue Planet|Tam|", "cast|Ada Finch|Blue Planet|Rook|"},
	},
	{
		name: "Director X has been added to the cast (one word, cast); has ‘T’ sensation X as the heroine, has actress X as the female lead; a special appearance by singer and actor X; X has become the main character in T; • X as Miyuki's father (a credits line)",
		text: "Blue Harbor Cast Announced\n\nBlue Harbor is a new series.\n\nDirector Akashdep has been added to the cast of Blue Harbor starring Ali Fazel.\n\nTo be produced by Benchmark Studios, the project has ‘Uppena’ sensation Krithi Shettie as the heroine. GV Prakash Kumaar is composing the music for this movie which has the gorgeous actress Samyuktha Menan as the female lead.\n\nThe series will also feature a special appearance by singer and actor Rainn, also known as Jung Ji-hoonn, in an as-yet-unnamed role.\n\nBiran Damla Yilmaz has become the main character in the new series by Medyapim, “Kopuk.”\n\nThe cast:\n\n• Masahiro Takashimo as Miyuki’s father",
		want: []string{"cast|Akashdep|Blue Harbor||", "cast|Ali Fazel|Blue Harbor||", "cast|Krithi Shettie|Blue Harbor||", "cast|Krithi Shettie|Uppena||", "crew|GV Prakash Kumaar|Blue Harbor||", "cast|Samyuktha Menan|Blue Harbor||", "cast|Rainn|Blue Harbor||", "cast|Biran Damla Yilmaz|Kopuk||", "cast|Masahiro Takashimo|Kopuk||"},
	},
	{
		name: "X will guest on “T1” as C, Y will appear on “T2,” and Z will appear on “T3.” (a clause for each quoted title: each person's credit is in that clause's title)",
		text: "Here are some of the big casting scoops:\n\nSitcom Family: Dana Roebe will guest on “Red Skye” as Andy’s brother, Mia Leeke will appear as a nurse on “Blue Planet,” and character actor Sam Oaken will appear as Sabrina’s father on “Green Hills.”",
		want: []string{"cast|Dana Roebe|Red Skye||", "cast|Mia Leeke|Blue Planet||", "cast|Sam Oaken|Green Hills||"},
	},
	{
		name: "X – best known for his roles as C1 in T1 and C2 in T2 (a dash before the aside); X starred in the Miike-directed T; a one-word name the article credits opens a sentence (Hyun-bin rose to stardom ... roles, such as T1 and T2)",
		text: "Blue Harbor Cast Announced\n\nBlue Harbor is a new series. It is directed by Takashi Miikee.\n\nAlso joining the drama are Adrian Rawlens, recently seen as Rob Moffat in ITV drama Innocent, and Ralph Inesen – best known for his roles as Amycus Carro in Harry Pottar and Dagmer Cleft in Game of Thronez.\n\nHideaki Itoo starred in the Miikee-directed Sukiyaki Western Djangoo as the film’s nameless gunman.\n\nThe film stars Hyun-binn and Son Ye-jinn.\n\nHyun-binn rose to stardom appearing in a series of romantic roles, such as Daddy Legz and I Am Happi.",
		want: []string{"crew|Takashi Miikee|Blue Harbor||director", "cast|Adrian Rawlens|Innocent|Rob Moffat|", "cast|Ralph Inesen|Harry Pottar|Amycus Carro|", "cast|Ralph Inesen|Game of Thronez|Dagmer Cleft|", "cast|Adrian Rawlens|Blue Harbor||", "cast|Ralph Inesen|Blue Harbor||", "crew|Takashi Miikee|Sukiyaki Western Djangoo||director", "cast|Hideaki Itoo|Sukiyaki Western Djangoo||", "cast|Hyun-binn|Blue Harbor||", "cast|Son Ye-jinn|Blue Harbor||", "cast|Hyun-binn|Daddy Legz||", "cast|Hyun-binn|I Am Happi||"},
	},
	{
		name: "a roundup's paragraphs: In T, C (X) is a detective; Then there is T2.; T3 (Netflix) stars X as C (each governs its credits; In London, is no title)",
		text: "Our fall preview includes hit sequels such as “Red Skye.” Here is what to watch.\n\nIn Blue Planet, Ivo Kessel (Dana Roebe) is a detective.\n\nThen there is Green Hills. Tam Rook (Pia Rowan) is a student.\n\nGold Coast (Netflix) stars Mia Leeke as Bram Tolle.\n\nIn London, Lina Sorr (Sam Oaken) is a cop.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Mia Leeke|Gold Coast|Bram Tolle|", "cast|Sam Oaken|Gold Coast|Lina Sorr|"},
	},
	{
		name: "a title line over a schedule line (Premieres Monday 5 October, Available now on Netflix) opens an entry; the schedule line is no title",
		text: "The autumn TV guide.\n\nBlue Planet\nPremieres Monday 5 October\n\nAs a child, Ivo Kessel (Dana Roebe) witnessed a murder.\n\nGreen Hills\nAvailable now on Netflix\n\nTam Rook (Pia Rowan) is a student.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Pia Rowan|Green Hills|Tam Rook|"},
	},
	{
		name: "a work a pronoun gives its owner: X, best known for his Academy Award-nominated feature T from 2015; praised for his critically-acclaimed show T; “T”, which he directed; her hit sci-fi show T (crew or cast as the person's other credits are)",
		text: "Blue Harbor Cast Announced\n\nBlue Harbor is a new series directed by Vikram Motwano.\n\nIt is being executive produced by Ciro Guerro, best known stateside for his Academy Award-nominated feature Embrace the Serpentt from 2015.\n\nVikram Motwano was earlier praised for his critically-acclaimed show “Sacred Gamess” which streamed on Netflix. Motwano recently launched his production banner, and their first venture is “AK vs AKK”, which he directed.\n\nWinona Ridar is currently experiencing a career revival thanks to her hit sci-fi show Stranger Thingz.",
		want: []string{"crew|Vikram Motwano|Blue Harbor||director", "crew|Ciro Guerro|Blue Harbor||producer", "crew|Ciro Guerro|Embrace the Serpentt||", "crew|Vikram Motwano|Sacred Gamess||", "crew|Vikram Motwano|AK vs AKK||director", "cast|Winona Ridar|Stranger Thingz||"},
	},
	{
		name: "an entry's title line with where and when it airs in brackets (T (Fuji TV, Mondays 9pm)) over a Starring: line; the slot is no show and the title no person",
		text: "This fall has hit sequels such as “Red Skye.” Here is what to watch:\n\nBlue Planet (Fuji TV, Mondays 9pm)\nStarring: Dana Roebe, Mia Leeke\nA detective hunts a killer.\n\nGreen Hills (TBS, Fridays 10pm)\nStarring: Pia Rowan, Sam Oaken\nA student keeps a secret.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Pia Rowan|Green Hills||", "cast|Sam Oaken|Green Hills||"},
	},
	{
		name: "the voice cast for its T anime (the article's show) over Voice Cast and Crew headings",
		text: "Netflix has revealed the voice cast for its Blue Planet anime.\n\nVoice Cast\n\nDana Roebe as Ivo Kessel\nMia Leeke as Lina Sorr\n\nCrew\n\nDirector: Jon Marr\n\nThe series premieres on July 5.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "crew|Jon Marr|Blue Planet||director"},
	},
	{
		name: "a roundup paragraph “T” — Network’s new detective drama stars X (T's); an entry line T, Network over its synopsis",
		text: "This fall looks strong, with hit sequels such as “Red Skye.” Here is what to look forward to:\n\n“Blue Planet” — Fuji TV’s new detective drama stars Dana Roebe as Ivo Kessel, a cop.\n\n“Green Hills” — a school comedy starring Pia Rowan as Tam Rook.\n\nGold Coast, TBS\nAs a child, Bram Tolle (Mia Leeke) witnessed a murder.\n\nSilver Lake, NHK\nLina Sorr (Sam Oaken) has a secret.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Mia Leeke|Gold Coast|Bram Tolle|", "cast|Sam Oaken|Silver Lake|Lina Sorr|"},
	},
	{
		name: "A of Company and B of 1.21 Entertainment executive produce as well along with C of the Tee and Charles Addams Foundation, D, E of F, G (the company a person works for, inside a list of producers)",
		text: "Blue Harbor Renewed\n\nBlue Harbor is a new series.\n\nSteve Starke of Toluca Pictures and Andrew Mitt of 1.21 Entertainment executive produce as well along with Kevin Miser of the Tee and Charles Addams Foundation, Kayla Alp, Jonathan Glick of Glickmania, Gail Berm, Tommy Harp, and Kevin Laff.",
		want: []string{"crew|Kevin Miser|Blue Harbor||producer", "crew|Kayla Alp|Blue Harbor||producer", "crew|Jonathan Glick|Blue Harbor||producer", "crew|Gail Berm|Blue Harbor||producer", "crew|Tommy Harp|Blue Harbor||producer", "crew|Kevin Laff|Blue Harbor||producer", "crew|Steve Starke|Blue Harbor||producer", "crew|Andrew Mitt|Blue Harbor||producer"},
	},
	{
		name: "a label and a colon before a sentence (Warning:, Correction:) is no title of a paragraph",
		text: "Blue Planet is a new drama from Netflix.\n\nWarning: This article talks about the finale. Dana Roebe plays Ivo Kessel.\n\nCorrection: Mia Leeke will star as Lina Sorr in the series.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|"},
	},
	{
		name: "a band's possessive before a performer is no show (EXILE's X, Kis-My-Ft2's Y); a company the article calls one (T-Series is one of the ... label companies) is no person, and its possessive no show",
		text: "Blue Harbor Cast\n\nBlue Harbor is a new film produced by Bhushan Kumaar.\n\nEXILE's Nobuyuki Suzukii will play Kotaro Amon. Kis-My-Ft2's Fujigaya Taisukee will play Kujo's buddy Tatewaki Shoutarou.\n\nT-Seriez is one of the Hindi film industry’s biggest production and music label companies with recent film releases including Adipurushh and Vikram Vedhaa. T-Seriez’ Bhushan Kumaar said he was thrilled.",
		want: []string{"crew|Bhushan Kumaar|Blue Harbor||producer", "cast|Nobuyuki Suzukii|Blue Harbor|Kotaro Amon|", "cast|Fujigaya Taisukee|Blue Harbor|Tatewaki Shoutarou|"},
	},
	{
		name: "an entry's title line, a note line (*Multiple stations and broadcast times), then its broadcast line",
		text: "Fall Drama Preview!\n\nThis fall has several hit sequels such as “Red Skye.” Here’s what you can look forward to:\n\nBlue Planet\n*Multiple stations and broadcast times\ntvk, Monday 11:00pm, premieres October 5\n\nHigh school student Tam Rook (Pia Rowan) has a secret.",
		want: []string{"cast|Pia Rowan|Blue Planet|Tam Rook|"},
	},
	{
		name: "a renewal story's cast list: Season 1 starred A, B and C (the article's show)",
		text: "“Blue Planet” has been renewed for a third season at Netflix.\n\nThe series set a record for the streamer.\n\nSeason 1 starred Dana Roebe, Mia Leeke and Sam Oaken.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Sam Oaken|Blue Planet||"},
	},
	{
		name: "a renewal story's cast list: The first two seasons featured A, B and C",
		text: "“Blue Planet” has been renewed for a third season at Netflix.\n\nThe series set a record for the streamer.\n\nThe first two seasons featured Dana Roebe, Mia Leeke and Sam Oaken.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Sam Oaken|Blue Planet||"},
	},
	{
		name: "a renewal story's cast list: The cast for Season 2 consisted of A, B and C",
		text: "“Blue Planet” has been renewed for a third season at Netflix.\n\nThe series set a record for the streamer.\n\nThe cast for Season 2 consisted of Dana Roebe, Mia Leeke and Sam Oaken.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Sam Oaken|Blue Planet||"},
	},
	{
		name: "a renewal story's cast list: Series regulars in the second season were A, B and C (cast of the article's show)",
		text: "“Blue Planet” has been renewed for a third season at Netflix.\n\nThe series set a record for the streamer.\n\nSeries regulars in the second season were Dana Roebe, Mia Leeke and Sam Oaken.",
		want: []string{"cast|Dana Roebe|Blue Planet||", "cast|Mia Leeke|Blue Planet||", "cast|Sam Oaken|Blue Planet||"},
	},
	{
		name: "Japanese voice actress X ... announcing that she will be voicing C (the pronoun after that); X revealed that she will be joining T; X, aka C from T",
		text: "Blue Harbor Cast\n\nBlue Harbor is a new anime. The cast includes Lynne and Mia Leeke.\n\nJapanese voice actress Lynne posted on her official Twitter account on Friday announcing that she will be voicing Miyako Saito in the upcoming Blue Harbor anime.\n\nOscar-winning actress Mary Steenburgan revealed on Twitter that she will be joining the Netflix dramedy Blue Harbor for season 3.\n\nAlso joining the stellar cast is Ian Harte, aka Professor Quirrell from Harry Pottar.",
		want: []string{"cast|Mia Leeke|Blue Harbor||", "cast|Lynne|Blue Harbor|Miyako Saito|", "cast|Mary Steenburgan|Blue Harbor||", "cast|Ian Harte|Blue Harbor||", "cast|Ian Harte|Harry Pottar|Professor Quirrell|"},
	},
	{
		name: "a dub roundup: title lines over Character: Actor lines (each list is its title's); a heading T English Dub Cast names T",
		text: "Crunchyroll Announces Three New English Dubs\n\nCrunchyroll has announced English dubs for three of its spring anime, including the hit Red Skye.\n\nBlue Planet\n\nIvo Kessel: Dana Roebe\nLina Sorr: Mia Leeke\n\nGreen Hills\n\nTam Rook: Pia Rowan\n\nGold Coast English Dub Cast\n\nRin Amaya: Kara Voss",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Sorr|", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Kara Voss|Gold Coast|Rin Amaya|"},
	},
	{
		name: "a cast list grouped under House X, Team X or The Villains is one show's, not a roundup's entries",
		text: "Blue Planet season 2 cast: who plays who in the fantasy drama.\n\nThe cast of Blue Planet is large.\n\nHouse Kessel\n\nIvo Kessel: Dana Roebe\nLina Kessel: Mia Leeke\n\nHouse Sorr\n\nTam Sorr: Pia Rowan\n\nThe Villains\n\nBram Tolle: Sam Oaken",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Mia Leeke|Blue Planet|Lina Kessel|", "cast|Pia Rowan|Blue Planet|Tam Sorr|", "cast|Sam Oaken|Blue Planet|Bram Tolle|"},
	},
	{
		name: "a roundup paragraph that opens T sees C (X) hunt a killer, T2 is about C2 (Y) (each its title's; not It is about)",
		text: "Our fall preview includes hit sequels such as “Red Skye.” Here is what to watch.\n\nBlue Planet sees Ivo Kessel (Dana Roebe) hunt a killer.\n\nGreen Hills is about Tam Rook (Pia Rowan), a student. It is about Bram Tolle (Mia Leeke) too.",
		want: []string{"cast|Dana Roebe|Blue Planet|Ivo Kessel|", "cast|Pia Rowan|Green Hills|Tam Rook|", "cast|Mia Leeke|Green Hills|Bram Tolle|"},
	},
	{
		name: "C (X of “T.”) (the actor and the actor's title); X will also be seen next in the remake version of 1969 film T; a credited first name alone is the one full name it starts (Sonakshee); The new star of the series “T,” X,",
		text: "Blue Harbor Cast\n\nBlue Harbor is a new series.\n\nThe webtoon revolves around Nam, a former gangster who returns to get revenge for the death of his brother, Ki-seok (Lee Joon-hyukk of \"The Roundup: No Way Outt.\")\n\nSonakshee Sinhaa and Diljit Dosanj have started filming the comedy.\n\nSonakshee will also be seen next in the remake version of 1969 film Ittefaqq opposite Sidharth Malhotraa.\n\nThe new star of the series “Golden Boyy,” Tarik Emir Tekinn, at the gym.",
		want: []string{"cast|Lee Joon-hyukk|Blue Harbor|Ki-seok|", "cast|Lee Joon-hyukk|The Roundup: No Way Outt||", "cast|Sidharth Malhotraa|Ittefaqq||", "cast|Sonakshee Sinhaa|Ittefaqq||", "cast|Tarik Emir Tekinn|Golden Boyy||"},
	},
	{
		name: "a cast plan given up gives no credit: The film was earlier supposed to feature actress X; originally slated to star A and B (the Sacred Games star is the lead's earlier work)",
		text: "Blue Harbor Begins Filming\n\nBlue Harbor is a new film. Nawaz Sidiqui stars in Blue Harbor.\n\nThe film was earlier supposed to feature actress Mouni Roye opposite the Sacred Games star. The film was originally slated to star Dev Olan and Mia Leeke.",
		want: []string{"cast|Nawaz Sidiqui|Blue Harbor||", "cast|Nawaz Sidiqui|Sacred Games||"},
	},
	{
		name: "produced by a woman, X (an appositive after by); X and KJR Studios are bankrolling this venture (the company is no person, X still the subject)",
		text: "Blue Harbor Opens\n\nBlue Harbor is a new film.\n\nIt is also produced by a woman, Jennifer Wenjie Dongg. RD Rajaa and KJR Studios are bankrolling this venture.",
		want: []string{"crew|Jennifer Wenjie Dongg|Blue Harbor||producer", "crew|RD Rajaa|Blue Harbor||producer"},
	},
	{
		name: "a list of Actor (Character) split by semicolons: a character named like another person of the article (Carla, Carla Diaz) or like the actor (Omar Shana (Omar)) stays the character",
		text: "Elitee Season 4 Adds New Cast\n\nElitee is a Spanish series. The show welcomed Manu Rioss and Carla Diazz to the cast of Elitee.\n\nIn May, the streaming service announced the departure of five major stars: Mina Elhamm (Nadia); Dana Paolaa (Lu); Ester Exposa (Carla); Omar Shanaa (Omar) and Jorge Lopezz (Valerio).",
		want: []string{"cast|Manu Rioss|Elitee||", "cast|Carla Diazz|Elitee||", "cast|Mina Elhamm|Elitee|Nadia|", "cast|Dana Paolaa|Elitee|Lu|", "cast|Ester Exposa|Elitee|Carla|", "cast|Omar Shanaa|Elitee|Omar|", "cast|Jorge Lopezz|Elitee|Valerio|"},
	},
	{
		name: "X leads the creation of “T,” (a maker, not cast; not: leads the cast of T)",
		text: "Blue Harbor Slate\n\nNetflix has a new slate.\n\nKunle Afolaya leads the creation of “Ijogbonn,” a coming-of-age drama-adventure film. Mia Leeke leads the cast of Ijogbonn.",
		want: []string{"crew|Kunle Afolaya|Ijogbonn||creator", "cast|Mia Leeke|Ijogbonn||"},
	},
	{
		name: "X will star in A's new series, Y has been cast in B's gritty cop drama (the sentence's show and its maker; no title of A's name)",
		text: "Blue Harbor Season 2 Casting\n\nBlue Harbor season 2 is adding new cast.\n\nMia Leeke will star in Nic Pizzolatoo’s new series. Dev Olan has also been cast in Ana Brille’s gritty cop drama.",
		want: []string{"crew|Nic Pizzolatoo|Blue Harbor||", "cast|Mia Leeke|Blue Harbor||", "crew|Ana Brille|Blue Harbor||", "cast|Dev Olan|Blue Harbor||"},
	},
}
