package extract

// titleConstructions are TestConstructions' cases for titles cut by the
// marks and words inside them, and for shows named by a short form.
var titleConstructions = []construction{
	{
		name: "X (T1, A B’ C, T2): a plural possessive inside a bracketed title is no closing quote",
		text: "New drama Silver Harbor starts\n\nThe film stars Sally Gentle (Veep, Bridget Moss’ Diary, Miranda).",
		want: []string{"cast|Sally Gentle|Silver Harbor||", "cast|Sally Gentle|Veep||", "cast|Sally Gentle|Bridget Moss’ Diary||", "cast|Sally Gentle|Miranda||"},
	},
	{
		name: "A (T1, T2), B (C from T3): where another bracket of the sentence lists plain titles, \"from\" is inside the title; not C from T elsewhere",
		text: "New drama Silver Harbor starts\n\nThe cast features Anna Lee (Pushing Daisies, Marcella), Ioane Sala (Bump) and Annie Bole (Colin from Accounts). The voice cast includes Mia Lee (Dio from Jojo’s Bizarre Adventure).",
		want: []string{"cast|Anna Lee|Silver Harbor||", "cast|Ioane Sala|Silver Harbor||", "cast|Annie Bole|Silver Harbor||", "cast|Anna Lee|Pushing Daisies||", "cast|Anna Lee|Marcella||", "cast|Ioane Sala|Bump||", "cast|Annie Bole|Colin from Accounts||", "cast|Mia Lee|Silver Harbor||", "cast|Mia Lee|Jojo’s Bizarre Adventure|Dio|"},
	},
	{
		name: "the soap launched the careers of (people such as) A, B and C: cast of the sentence's show",
		text: "‘Silver Harbor’ to end after 30 years\n\nThe end is near for Australia’s longest running drama, Silver Harbor.\n\nThe soap has been responsible for launching the careers of people such as Jason Dover, Kylie Mott, and Liam Hems, and has served as a training ground. The show also launched the careers of Mia Lee and Tom Banks.",
		want: []string{"cast|Jason Dover|Silver Harbor||", "cast|Kylie Mott|Silver Harbor||", "cast|Liam Hems|Silver Harbor||", "cast|Mia Lee|Silver Harbor||", "cast|Tom Banks|Silver Harbor||"},
	},
	{
		name: "\"who played C in the soap\" after a TV series named since: the show the article called a soap, not the series",
		text: "Parkside actor Tom Banks, best known as the roguish Den Cole in the BBC One soap, has died aged 71.\n\nThe actor appeared in Parkside from 1985 to 1989.\n\nA statement from his agent said he died on Friday morning.\n\nA private funeral will be held.\n\nHe was a keen golfer.\n\nHe was living in Spain, having gone there to appear in a TV series called The Spanish Villa.\n\nMia Lee, who played Colin Rush in the soap, said he was a lovely man.",
		want: []string{"cast|Tom Banks|Parkside|Den Cole|", "cast|Mia Lee|Parkside|Colin Rush|", "cast|Tom Banks|The Spanish Villa||"},
	},
	{
		name: "plot sentence \"friend C1 (A1) and C2 (A2)\": once a bracket held a character's actor, the next pair reads the same way",
		text: "‘Harbor Lights’ casts its leads\n\nHarbor Lights is a new drama.\n\nShe is in a love triangle with childhood friend Yuto Shiba (Kitamura Takumi) and Sosuke Takachiho (Sato Kanta).",
		want: []string{"cast|Kitamura Takumi|Harbor Lights|Yuto Shiba|", "cast|Sato Kanta|Harbor Lights|Sosuke Takachiho|"},
	},
	{
		name: "A and B team up (with C) on drama series T: each in T; A and B are teaming up with musician C, then \"The trio will headline T\": C is one of the trio; not \"teamed up in Paris\"",
		text: "Harbor Lights: three stars return\n\nFormer Red Rock actor Tom Banks and Blue Moon villain Jo Hart are teaming up with musician Kato for what looks like their big TV comebacks.\n\nThe trio will headline SABC’s new Monday night drama series Harbor Lights.\n\nMia Lee and Ann Wu team up with Sam Cole on drama series Green Hill. Rita Moss and Ann Wu teamed up in Paris.",
		want: []string{"cast|Tom Banks|Red Rock||", "cast|Jo Hart|Blue Moon||", "cast|Tom Banks|Harbor Lights||", "cast|Jo Hart|Harbor Lights||", "cast|Kato|Harbor Lights||", "cast|Ann Wu|Green Hill||", "cast|Mia Lee|Green Hill||", "cast|Sam Cole|Green Hill||"},
	},
	{
		name: "a character named of short syllables, the last a capitalized stop word at the sentence's end (\"named Ae Soon.\"): the whole name",
		text: "‘Harbor Lights’ adds two\n\nMia Lee will take on the role of a rebellious character named Ae Soon. Tom Banks will play a man named Gwan Sik.",
		want: []string{"cast|Mia Lee|Harbor Lights|Ae Soon|", "cast|Tom Banks|Harbor Lights|Gwan Sik|"},
	},
	{
		name: "Other actors include the Aussies A (T1, T2) and B (T3): a nation's plural between the trigger and the list",
		text: "‘Harbor Lights’ starts filming\n\nHarbor Lights is filming in Canberra. Other actors include the Aussies Gia Caris (Red Rock, Blue Moon) and Roy Bill (Jack Irish, Underbelly).",
		want: []string{"cast|Gia Caris|Harbor Lights||", "cast|Roy Bill|Harbor Lights||", "cast|Gia Caris|Red Rock||", "cast|Gia Caris|Blue Moon||", "cast|Roy Bill|Jack Irish||", "cast|Roy Bill|Underbelly||"},
	},
	{
		name: "The X-starring action film T: X is cast in T, as after -led",
		text: "‘Harbor Lights’ tops box office\n\nHarbor Lights took $20 million. The Mike Keel-starring action film American Pilot racked up $14.8 million.",
		want: []string{"cast|Mike Keel|American Pilot||"},
	},
	{
		name: "X is best known for his work on NET's other Colombian-based drama, T: a title in apposition after the genre noun and its comma",
		text: "‘Harbor Lights’ starts filming\n\nHarbor Lights tells the story of Jhon (played by Colombian actor Juan Pablo Rab). Rab is best known for his work on Netflix’s other Colombian-based drama, Narcos.",
		want: []string{"cast|Juan Pablo Rab|Harbor Lights|Jhon|", "cast|Juan Pablo Rab|Narcos||"},
	},
	{
		name: "X stars as Wednesday Addams, Y plays Friday Jones: a weekday after a casting word is a character's given name; not \"On Friday Netflix\"",
		text: "‘Harbor Lights’ renewed for season 2\n\nNetflix has renewed Harbor Lights. Jenna Ortez stars as Wednesday Addams in the horror comedy series. Mia Lee plays Friday Jones. On Friday Netflix said so.",
		want: []string{"cast|Jenna Ortez|Harbor Lights|Wednesday Addams|", "cast|Mia Lee|Harbor Lights|Friday Jones|"},
	},
	{
		name: "Newcomers A and B ... Per Deadline, the former will play C1. The latter will play C2: the first and the last of the pair an earlier sentence opened with",
		text: "‘Harbor Lights’ adds two\n\nNewcomers Mia Lee and Tom Banks will be on hand in supporting roles. Per Deadline, the former will play Kitt’s mother Nancy Simms, a former showgirl. The latter will play Jeff Hunt, a police lieutenant.",
		want: []string{"cast|Mia Lee|Harbor Lights|Nancy Simms|", "cast|Tom Banks|Harbor Lights|Jeff Hunt|"},
	},
	{
		name: "C (to be played by Surname): the surname of the person named in full before plays C",
		text: "‘The Goldfinch’ adds two\n\nAnsel Elgar will lead The Goldfinch. “The Goldfinch,” which was a bestseller, follows Theo Decker (to be played by Elgar), who survives an attack. It also follows Boris (played by Finn Wolf).",
		want: []string{"cast|Ansel Elgar|The Goldfinch|Theo Decker|", "cast|Finn Wolf|The Goldfinch|Boris|"},
	},
	{
		name: "Character (Actor) with a quoted nickname inside the character's name: Annie \"Rebel\" Bello (Sagal), Ser “Red” Tolan (X)",
		text: "‘Rebel’ pilot adds Katey Sagal\n\nKatey Sagal will star in Rebel. The pilot revolves around Annie \"Rebel\" Bello (Sagal), a legal advocate. It also follows Ser “Red” Tolan (Tom Banks), a knight.",
		want: []string{"cast|Katey Sagal|Rebel|Annie \"Rebel\" Bello|", "cast|Tom Banks|Rebel|Ser “Red” Tolan|"},
	},
	{
		name: "Actor (Character) where the article names the bracket's first word alone (\"Jaime’s reunion\") and the outer name's never: the bracket holds the character",
		text: "Interview blitz: Actors behind Jaime and Sansa talk ‘Harbor Lights’ Season 6\n\nThe Harbor Lights cast is getting out there in the press. First, Nicolai Vald-Kast (Jaime Lanner) stopped by a radio show and talked about Jaime’s reunion with Cersa.\n\nIt seemed like Jaime was reacting to Cersa in the moment. And she’s not the only thing Jaime has to deal with.",
		want: []string{"cast|Nicolai Vald-Kast|Harbor Lights|Jaime Lanner|"},
	},
	{
		name: "Former “T” priest X, Former “T” correspondent and writer Y: a quoted title, a part of no crew job, then the person, cast in T; not Former “T” producer Z",
		text: "TV casting news\n\nFormer “Red Rock” correspondent and writer Wyatt Cena will play a Wyatt Jones in Blue Moon.\n\nNot So Saintly: Former “V” priest Joel Gret will recur on “The Playboy Club” as a nemesis.\n\nFormer “Lost” producer Mia Lee joins Blue Moon.",
		want: []string{"cast|Wyatt Cena|Blue Moon|Wyatt Jones|", "crew|Wyatt Cena|Red Rock||writer", "cast|Wyatt Cena|Red Rock||", "cast|Joel Gret|The Playboy Club||", "cast|Joel Gret|V||", "crew|Mia Lee|Lost||producer"},
	},
	{
		name: "Y will play sister to X on “T”: X acts in T too; \"She plays a president, and mother to X\": X in the sentence's show",
		text: "‘Harbor Lights’ adds Erika Bun\n\nErika Bun is taking on a role in the novela “Harbor Lights”. She plays a record label president, and mother to David Zepe. Molly Shan will play sister to Patricia Heat on “The Middle,” and Stephen Roo will appear as Sabrina’s father on “Raising Hope.”",
		want: []string{"cast|Erika Bun|Harbor Lights||", "cast|David Zepe|Harbor Lights||", "cast|Molly Shan|The Middle||", "cast|Patricia Heat|The Middle||", "cast|Stephen Roo|Raising Hope||"},
	},
	{
		name: "Currently on screens in T, SF9 member X has settled on ...; He ... is currently on screens in the drama T; X is currently on screen in the drama T",
		text: "K-drama casting roundup\n\nCurrently on screens in The King’s Affection, SF9 boy band member Rowan Kim has already settled on his next project, the MBC drama Tomorrow.\n\nGo Kyung-pyo has had a busy year. He has already appeared in four films, and is currently on screens in the drama Love in Contract.\n\nMia Lee is currently on screen in the drama Red Rock.",
		want: []string{"cast|Rowan Kim|The King’s Affection||", "cast|Go Kyung-pyo|Love in Contract||", "cast|Mia Lee|Red Rock||"},
	},
	{
		name: "X will be soon seen in a family drama titled T; Y will also be seen in a film titled U: the title after titled",
		text: "‘Harbor Lights’ to star Cheran\n\nCheran is set to headline Harbor Lights. Cheran, meanwhile, will be soon seen in a family drama titled Red Rock Veedu, starring Gautham Karth in the lead role. Mia Lee will also be seen in a film titled Blue Moon.",
		want: []string{"cast|Cheran|Harbor Lights||", "cast|Gautham Karth|Red Rock Veedu||", "cast|Cheran|Red Rock Veedu||", "cast|Mia Lee|Blue Moon||"},
	},
	{
		name: "captions: X on the set of the Netflix series “T”, A and B behind the scenes of the series “T / Original” (its first title); not on the set of Paris",
		text: "Turkish series news\n\nDeniz Can Akt and Miray Dan behind the scenes of the series “Boundless Love / Hudutsuz Sevda.”\n\nSelahattin Pas on the set of the Netflix series “Midnight at the Pera Palace”\n\nMia Lee on the set of Paris.",
		want: []string{"cast|Miray Dan|Boundless Love||", "cast|Deniz Can Akt|Boundless Love||", "cast|Selahattin Pas|Midnight at the Pera Palace||"},
	},
	{
		name: "She also has T: Subtitle co-starring Y on the floors: coming work of the person an earlier sentence opened with; X also has T on the floors",
		text: "‘Harbor Lights’ adds Mia Lee\n\nMia Lee will star in Harbor Lights. She also has Pushap: The Rule co-starring Allu Arjun on the floors. Tom Banks also has Red Rock on the floors.",
		want: []string{"cast|Mia Lee|Harbor Lights||", "cast|Allu Arjun|Pushap: The Rule||", "cast|Mia Lee|Pushap: The Rule||", "cast|Tom Banks|Red Rock||"},
	},
	{
		name: "X also has movie “T” (literal title) tentatively scheduled for release: coming work, past the bracket; not a network that has T scheduled",
		text: "‘Harbor Lights’ poster out\n\nHere’s the first teaser poster for movie Harbor Lights starring Ma Dong-Seok and Song Ji-Hyo. Ma Dong-Seok also has movie “The Neighbors” (literal title) tentatively scheduled for release this November as well. Netflix has Red Rock scheduled for release in May.",
		want: []string{"cast|Ma Dong-Seok|Harbor Lights||", "cast|Song Ji-Hyo|Harbor Lights||", "cast|Ma Dong-Seok|The Neighbors||"},
	},
	{
		name: "X of the T drama: X credited in T (the kind open)",
		text: "‘Harbor Lights’ adds two\n\nDoom at Your Service star Seo In-gook and Oh Yeon-seo of the My Sassy Girl drama are teaming up for the KBS2 series Harbor Lights.",
		want: []string{"cast|Seo In-gook|Doom at Your Service||", "cast|Seo In-gook|Harbor Lights||", "cast|Oh Yeon-seo|Harbor Lights||", "cast|Oh Yeon-seo|My Sassy Girl||"},
	},
	{
		name: "X whose last outing T1 was an average grosser has moved on to his next, intriguingly, titled T2: X in both; Y, whose last outing T3 flopped, has moved on to her next, titled T4",
		text: "Ilayaraja composes for new film\n\nVijay Ant whose last outing Thimiru Pudi was an average grosser has moved on to his next, intriguingly, titled Tamilar. Mia Lee, whose last outing Red Rock flopped, has moved on to her next, titled Blue Moon.",
		want: []string{"cast|Vijay Ant|Thimiru Pudi||", "cast|Vijay Ant|Tamilar||", "cast|Mia Lee|Red Rock||", "cast|Mia Lee|Blue Moon||"},
	},
	{
		name: "names a lost comma glued, a Korean family name after a short syllable (\"Lee Joo BinPark Sung HoonKwak Dong Yeon\"): three people; not McDonald or LeBlanc",
		text: "tvN 2024 lineup\n\n“Queen of Tears” stars Kim Soo Hyun and Kim Ji Won. Further starring Lee Joo BinPark Sung HoonKwak Dong Yeon, and more, “Queen of Tears” is confirmed to premiere in March. It also stars Danny McDonald and Matt LeBlanc.",
		want: []string{"cast|Kim Soo Hyun|Queen of Tears||", "cast|Kim Ji Won|Queen of Tears||", "cast|Lee Joo Bin|Queen of Tears||", "cast|Park Sung Hoon|Queen of Tears||", "cast|Kwak Dong Yeon|Queen of Tears||", "cast|Danny McDonald|Queen of Tears||", "cast|Matt LeBlanc|Queen of Tears||"},
	},
	{
		name: "A/B starrer Alone in Berlin.: after starrer the title runs past \"in\" and a place to the sentence's end; not \"The X starrer T in Berlin was shot\"",
		text: "Babylon Berlin adds cast\n\nHe co-directs with Achim Bor, who penned the script to Emma Thom/Brendan Glee starrer Alone in Berlin. The Tom Banks starrer Red Rock in Berlin was shot in March.",
		want: []string{"cast|Brendan Glee|Alone in Berlin||", "cast|Emma Thom|Alone in Berlin||", "cast|Tom Banks|Red Rock||"},
	},
	{
		name: "a one-sentence paragraph that is a long sentence (\"The series stars A and B as C and D, and gives a glimpse into ... a program, “T.”\") is no section heading: the show-within-the-show takes no credits",
		text: "Lifetime has renewed “UnReal” for Season 3, the cable network announced Thursday.\n\nThe series stars Shiri App and Connie Zim as Rachel Gold and Quinn Kin, and gives a glimpse into the production of a dating competition program, “Everlasting.”\n\nReturning as series regulars for Season 2 are Craig Bier as “Everlasting’s” creator, Chet; and Jeff Bow as Jay.",
		want: []string{"cast|Shiri App|UnReal|Rachel Gold|", "cast|Connie Zim|UnReal|Quinn Kin|", "cast|Jeff Bow|UnReal|Jay|", "cast|Craig Bier|UnReal||"},
	},
	{
		name: "an opening \"The three-part T follows the story of\" names the article's show, before a place the article repeats more",
		text: "Filming under way\n\nThe BBC has begun filming a three-part police drama set in Aberdeen and due to air on BBC Scotland.\n\nThe three-part Granite Harbor follows the story of a police recruit who is sent to train in Aberdeen.\n\nFilming started in April in Aberdeen. It also stars Dawn Steel (Holby City) and Gary Lew (Vigil), filming in Aberdeen.",
		want: []string{"cast|Dawn Steel|Granite Harbor||", "cast|Gary Lew|Granite Harbor||", "cast|Dawn Steel|Holby City||", "cast|Gary Lew|Vigil||"},
	},
	{
		name: "It also stars Dundee-born X (T1, T2): a capitalized place-made describing word before the list",
		text: "‘Granite Harbor’ filming under way\n\nThe three-part Granite Harbor follows the story of a police recruit. It also stars Dundee-born Hannah Donald (Murder Island, Annika).",
		want: []string{"cast|Hannah Donald|Granite Harbor||", "cast|Hannah Donald|Murder Island||", "cast|Hannah Donald|Annika||"},
	},
	{
		name: "a described character, played by X (T1, T2): X in the sentence's show, the character unnamed; \"His sister, played by Y\"",
		text: "‘Granite Harbor’ filming under way\n\nThe three-part Granite Harbor follows the story of a former military policeman-turned-police recruit, played by Romar Simps (Noughts + Crosses, Small Axe), who is sent to train in the north. His sister, played by Jo Hart, is a nurse. Anna, played by Mia Lee, is a doctor.",
		want: []string{"cast|Romar Simps|Granite Harbor||", "cast|Romar Simps|Noughts + Crosses||", "cast|Romar Simps|Small Axe||", "cast|Jo Hart|Granite Harbor||", "cast|Mia Lee|Granite Harbor|Anna|"},
	},
}
