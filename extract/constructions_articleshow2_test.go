package extract

// articleEvidenceConstructions are TestConstructions' cases for the
// article's show weighed from evidence (articleevidence.go): whole short
// articles whose opening matches no pattern, where the title the headline
// and the first sentences name, next to cue words and again below, is the
// show the facts without a title of their own belong to.
var articleEvidenceConstructions = []construction{
	{
		name: "a headline label and a colon, the title opening the first sentence before an appositive ('T, the new epic from director X, opens'): T, not the director's earlier films",
		text: "Nollywood: Anikura hits cinemas Friday\n\nAnikura, the new epic from director Femi Adewale, opens in cinemas on Friday.\n\nThe film stars Kunle Odu as a ferryman who falls in love with a river spirit, played by Bisi Ajala.\n\nAdewale previously directed Oba Oyinbo and The Weaver's Daughter.",
		want: []string{"cast|Bisi Ajala|Anikura||", "cast|Kunle Odu|Anikura||", "crew|Femi Adewale|Anikura||director",
			"crew|Femi Adewale|Oba Oyinbo||director", "crew|Femi Adewale|The Weaver's Daughter||director"},
	},
	{
		name: "a box-office story: the title that opens the first sentence, taken up by 'The action film' in the next, is the show of 'stars A and B'",
		text: "Box office: Thunder Road races to the top\n\nThunder Road opened at No. 1 over the weekend with $32 million.\n\nThe action film, directed by Mark Dunn, stars Leo Grant and Amy Fox.\n\nLast week's leader, Little Wings, fell to second place.",
		want: []string{"cast|Amy Fox|Thunder Road||", "cast|Leo Grant|Thunder Road||", "crew|Mark Dunn|Thunder Road||director"},
	},
	{
		name: "a headline title before 'premieres', the first sentence opening with it and 'The series' below: its cast list belongs to it, not to the earlier show named after 'after'",
		text: "Copper Hills premieres tonight\n\nCopper Hills, after two years of delays, arrives on Showmax tonight.\n\nThe series stars Lindiwe Khoza and Pieter Nel.\n\nKhoza became a household name after Rainy Town.\n\nCopper Hills was created by Ayanda Zulu.",
		want: []string{"cast|Lindiwe Khoza|Copper Hills||", "cast|Pieter Nel|Copper Hills||", "crew|Ayanda Zulu|Copper Hills||creator"},
	},
	{
		name: "a title the opening names once is no article's show: 'X, who has produced ...' is a person, and a film named only once gives the bracket-less credits no show",
		text: "Kavi, who has produced many hits, is ready with a new project.\n\nThe upcoming movie has no title yet. Kavi posted about it on Twitter.\n\nHe is known for Moon River.",
		want: nil,
	},
	{
		name: "an interview headline quoting the person's words, 'X: I had to learn to ride a horse for T': the words are no title; T, 'her new western, T', is the article's show",
		text: "Tamsin Grey: 'I had to learn to ride a horse for Dust and Honey'\n\nTamsin Grey is talking about her new western, Dust and Honey.\n\nGrey plays a rancher's widow in the film, which is directed by Joel Harker.\n\n\"It was the hardest part I've played,\" she said. Grey stars opposite Wes Lowell.",
		want: []string{"cast|Tamsin Grey|Dust and Honey||", "cast|Wes Lowell|Dust and Honey||", "crew|Joel Harker|Dust and Honey||director"},
	},
	{
		name: "a quoted sentence in the opening ('“We were all in tears on set,” said X') is no guess for the article's show",
		text: "Casting news\n\n“We were all in tears on the last day,” said Noor Haddad.\n\nThe series stars Noor Haddad and Sami Aziz.",
		want: nil,
	},
	{
		name: "a headline 'X’s New Turkish Series: T': X owns the series and is no show; T, named again with 'The series', is",
		text: "Deniz Aksoy’s New Turkish Series: Kara Liman\n\nKara Liman will be broadcast on Kanal 9 this autumn.\n\nThe series stars Deniz Aksoy and Elif Sahin. Kara Liman is directed by Cem Oral.",
		want: []string{"cast|Deniz Aksoy|Kara Liman||", "cast|Elif Sahin|Kara Liman||", "crew|Cem Oral|Kara Liman||director"},
	},
	{
		name: "a Filipino title of capitalized words joined by ng and sa ('Ang Huling Sayaw ng Buwan', 'Pag-ibig sa Ulan') is one title, the article's show and the pair's earlier one",
		text: "Jomar Villaflor, Mika Sisante reunite in new series\n\nThe upcoming series Ang Huling Sayaw ng Buwan will star Rico Lacson Jr. and Ella Manalastas.\n\nJomar Villaflor and Mika Sisante last worked together on Pag-ibig sa Ulan.\n\nAng Huling Sayaw ng Buwan is directed by Dante Reyes.",
		want: []string{"cast|Ella Manalastas|Ang Huling Sayaw ng Buwan||", "cast|Rico Lacson Jr.|Ang Huling Sayaw ng Buwan||", "crew|Dante Reyes|Ang Huling Sayaw ng Buwan||director",
			"cast|Jomar Villaflor|Pag-ibig sa Ulan||", "cast|Mika Sisante|Pag-ibig sa Ulan||"},
	},
	{
		name: "a title with a possessive inside that the article writes whole every time ('Kemi's Wedding'): one title, the article's show, though Kemi is also its character",
		text: "Tolu's Wedding: Bisola Adeyinka, Seun Olaniyan lead cast\n\nBisola Adeyinka and Seun Olaniyan lead the cast of Tolu's Wedding, which is now streaming.\n\nAdeyinka plays Tolu, a bride whose wedding day goes wrong, while Olaniyan plays her fiancé Dapo.\n\nTolu's Wedding was written by Jide Obaro.",
		want: []string{"cast|Bisola Adeyinka|Tolu's Wedding|Tolu|", "cast|Seun Olaniyan|Tolu's Wedding|Dapo|", "crew|Jide Obaro|Tolu's Wedding||writer"},
	},
	{
		name: "a person's possessive before the title every time ('director Kwame Boateng's Red Sand', then 'Boateng's Red Sand'): the owner is the director, the title Red Sand",
		text: "Director Kwame Boateng's Red Sand opens Friday\n\nDirector Kwame Boateng's Red Sand opens in cinemas on Friday.\n\nBoateng's Red Sand stars Efua Mensah and Kojo Asante.",
		want: []string{"cast|Efua Mensah|Red Sand||", "cast|Kojo Asante|Red Sand||", "crew|Kwame Boateng|Red Sand||director"},
	},
	{
		name: "a title ending in 'in' and a place that the article writes whole again and again ('Love in Madrid') is one title and the article's show, not the place",
		text: "Yoon Da-bin confirmed to star in Love in Madrid\n\nActress Yoon Da-bin has been confirmed to appear in the new drama.\n\nYoon Da-bin will play the female lead in Love in Madrid, a romantic comedy about two rival chefs.\n\nLove in Madrid will air in the second half of the year. It also stars Choi Jae-woon.",
		want: []string{"cast|Choi Jae-woon|Love in Madrid||", "cast|Yoon Da-bin|Love in Madrid||"},
	},
	{
		name: "'the series T in Cork', where T is the article's show: the place is where it is made, no part of the title, and 'The drama' below is T",
		text: "Filming wraps on Tides of Kinsale\n\nFilming has wrapped on the eight-part series Tides of Kinsale in Cork.\n\nThe drama, written by Niamh Kealy, stars Sean Burrage, Aoife Ruane and Cian Walshe.\n\nTides of Kinsale will air next spring.",
		want: []string{"cast|Aoife Ruane|Tides of Kinsale||", "cast|Cian Walshe|Tides of Kinsale||", "cast|Sean Burrage|Tides of Kinsale||", "crew|Niamh Kealy|Tides of Kinsale||writer"},
	},
	{
		name: "a headline 'T director X on her debut' over 'X's feature debut T has its premiere': T is the article's show ('feature debut T' is this work, 'debut in T' an earlier one)",
		text: "Little Squall director Joy Tanaka on her festival debut\n\nJoy Tanaka's feature debut Little Squall has its world premiere on Sunday.\n\nThe drama stars Ling Chau as a schoolgirl during a typhoon.",
		want: []string{"cast|Ling Chau|Little Squall||"},
	},
	{
		name: "a Pakistani 'drama serial T' names the article's show: serial is a genre noun, and 'The serial, written by X and directed by Y' credits T",
		text: "Ayeza Karim and Hamza Rauf to star in new drama serial\n\nKARACHI: Ayeza Karim and Hamza Rauf will be seen together in the upcoming drama serial Dil-e-Veeran.\n\nThe serial, written by Farhana Ishaq and directed by Saqib Rauf, will air next month.\n\nAyeza plays Zara, a doctor, while Hamza plays her cousin Faraz.",
		want: []string{"cast|Ayeza Karim|Dil-e-Veeran|Zara|", "cast|Hamza Rauf|Dil-e-Veeran|Faraz|", "crew|Farhana Ishaq|Dil-e-Veeran||writer", "crew|Saqib Rauf|Dil-e-Veeran||director"},
	},
	{
		name: "a Swahili title unquoted keeps 'ya', 'za' and 'na' between capitalized words ('Kenyan drama Siri ya Pwani'): the article's show whole",
		text: "Kenyan drama Siri ya Pwani returns\n\nKenyan drama Siri ya Pwani is returning for a second season.\n\nWanjiru Kamau and Otieno Okoth reprise their roles as Neema and Baraka.",
		want: []string{"cast|Otieno Okoth|Siri ya Pwani|Baraka|", "cast|Wanjiru Kamau|Siri ya Pwani|Neema|"},
	},
	{
		name: "a quotation closed with a comma and followed by its speaker and 'said' ('“I spent weeks on the water,” X said') is no title: 'The series' and the parts below stay the article's show",
		text: "NEW YORK — For Mia Grantley, playing a lighthouse keeper in Iron Tide meant learning to sail.\n\n“I spent weeks on the water,” Grantley said in an interview. The series, which premieres Sunday, also stars Leo Burkett.\n\nGrantley plays Ruth, a widow. Burkett plays her brother Sam. Iron Tide was created by Dana Welles.",
		want: []string{"cast|Mia Grantley|Iron Tide|Ruth|", "cast|Leo Burkett|Iron Tide|Sam|", "crew|Dana Welles|Iron Tide||creator"},
	},
	{
		name: "a title with a comma inside that the article writes whole every time ('Someday, Tomorrow') is the article's show whole, and so is each mention of it",
		text: "Dina Shawcross leads Someday, Tomorrow\n\nDina Shawcross has been cast as the lead of Someday, Tomorrow, a new drama for Hulu.\n\nThe series is created by Mike Chenault. Shawcross will play a physicist who can see the past.\n\nSomeday, Tomorrow also stars Will Parkes.",
		want: []string{"cast|Dina Shawcross|Someday, Tomorrow||", "cast|Will Parkes|Someday, Tomorrow||", "crew|Mike Chenault|Someday, Tomorrow||creator"},
	},
	{
		name: "a one-word title the article always writes with a comma and one more word ('thriller I, Wanderer') is the article's show with it, not 'I'",
		text: "Dorcas Kamande leads cast of Kenyan thriller I, Wanderer\n\nDorcas Kamande will star in I, Wanderer, a psychological thriller set in Nairobi.\n\nKamande plays the nurse, Wanjala.\n\nI, Wanderer is directed by Brian Oduya and also stars Petro Mwaura.",
		want: []string{"cast|Dorcas Kamande|I, Wanderer|Wanjala|", "cast|Petro Mwaura|I, Wanderer||", "crew|Brian Oduya|I, Wanderer||director"},
	},
	{
		name: "'The staff of the upcoming T announced the voice cast of “C” (D)': T, the subject before the verb, is the article's show, kept with a lowercase word and a stop the article writes twice ('T neo.'); C, named once after 'cast of', is a group of its characters, no show",
		text: "Sekimura, Varnum replace original cast\n\nThe staff of the upcoming Starfall Academy neo. announced the voice cast of \"Lantern Keepers\" (Light Guardians) on Sunday.\n\nThe cast for the main characters in Starfall Academy neo. will star:\n\nAoi Sekimura as Rika Tomoe\n\nPell Varnum as Shunji Kawabe",
		want: []string{"cast|Aoi Sekimura|Starfall Academy neo.|Rika Tomoe|", "cast|Pell Varnum|Starfall Academy neo.|Shunji Kawabe|"},
	},
	{
		name: "'The producers of the new T have revealed the cast of “C”', then 'X as A': T is the show of the list, not C, which the article names once",
		text: "Copper Lantern cast revealed\n\nThe producers of the new Copper Lantern have revealed the cast of “Night Wardens” on Monday.\n\nDara Quist as Ives\n\nMilo Ferrante as Wren",
		want: []string{"cast|Dara Quist|Copper Lantern|Ives|", "cast|Milo Ferrante|Copper Lantern|Wren|"},
	},
	{
		name: "'Hulu has set a premiere date for T', 'the release date of Netflix’s T': the title after a premiere or release date is the article's show, the show of 'The series stars A and B'",
		text: "Hulu has set a premiere date for Glass Orchard.\n\nThe series stars Ann Kellerby and Bo Strandvik.",
		want: []string{"cast|Ann Kellerby|Glass Orchard||", "cast|Bo Strandvik|Glass Orchard||"},
	},
	{
		name: "'The release date of Netflix’s T is out': the owner's possessive skipped, T the article's show",
		text: "The release date of Netflix’s Harrowgate is out.\n\nThe drama stars Tessaly Marlow as Edith, opposite Jon Pennick.",
		want: []string{"cast|Tessaly Marlow|Harrowgate|Edith|", "cast|Jon Pennick|Harrowgate||"},
	},
	{
		name: "'Fans of T have something to celebrate' opening the article, T named again below: T is the article's show, the show of 'The series stars A and B'",
		text: "Fans of Brackenfield have something to celebrate: the show is coming back.\n\nThe series stars Lise Sorrel and Tom Ostrow. It was filmed in Oregon, where Brackenfield is set.",
		want: []string{"cast|Lise Sorrel|Brackenfield||", "cast|Tom Ostrow|Brackenfield||"},
	},
	{
		name: "'It's official: T is getting a second season', T named again below: the title opening the clause after the colon, before 'getting a second season', is the article's show",
		text: "It's official: Saltmarsh is getting a second season.\n\nThe series stars Wendeline Orsk and Hal Yarrow. It was filmed in Cornwall, where Saltmarsh is set.",
		want: []string{"cast|Wendeline Orsk|Saltmarsh||", "cast|Hal Yarrow|Saltmarsh||"},
	},
	{
		name: "'Hulu confirmed Tuesday that T will return.', 'Good news for fans: T is returning.': the title after 'that' or a colon with a return that ends the sentence is the article's show",
		text: "Hulu confirmed Tuesday that Ferncliff will return.\n\nThe drama stars Ivy Dunmore and Paul Kestley. It was filmed in Wales, where Ferncliff is set.\n\nGood news for fans: Brannagh is returning.",
		want: []string{"cast|Ivy Dunmore|Ferncliff||", "cast|Paul Kestley|Ferncliff||"},
	},
	{
		name: "'Hulu has cancelled T after one season', 'Netflix has axed its drama T after two seasons': the title the network cancels is the article's show, the show of 'The series starred A and B'",
		text: "Hulu has cancelled Thornwick after one season.\n\nThe series stars Gisela Amsel and Rob Quarrie. It was filmed in Norway, where Thornwick is set.",
		want: []string{"cast|Gisela Amsel|Thornwick||", "cast|Rob Quarrie|Thornwick||"},
	},
	{
		name: "'Get ready for T, the drama that Hulu is betting on': a title before ', the' and a genre noun that 'that', 'from' or 'which' goes on to describe is the article's show",
		text: "Get ready for Larkspur, the drama that Hulu is betting on.\n\nThe series stars Odile Venner and Sam Brisco. It was filmed in Maine, where Larkspur is set.",
		want: []string{"cast|Odile Venner|Larkspur||", "cast|Sam Brisco|Larkspur||"},
	},
	{
		name: "a performer's break from a show, 'A and B are taking a lengthy hiatus from T', 'can be seen on T until June': T, named twice, is the article's show, and 'A, who plays the role of C' credits it",
		text: "Halvard Brune and Siri Kalvik are taking a lengthy hiatus from Ferry Lane to pursue other projects.\n\nHalvard, who plays the role of Olek Dahl, can be seen on Ferry Lane until June 5, and Siri, who has played Mona Vik since 2017, can be seen until August 28.",
		want: []string{"cast|Halvard Brune|Ferry Lane|Olek Dahl|", "cast|Siri Kalvik|Ferry Lane|Mona Vik|"},
	},
	{
		name: "a performer leaving, coming back to or quitting a show ('X is leaving T', 'X returns to T', 'X quits T'), T named again below: T is the show of 'X, who plays C'",
		text: "Siri Kalvik is leaving Ferry Lane after six years.\n\nKalvik, who plays Mona Vik, films her last scenes for Ferry Lane in May.",
		want: []string{"cast|Siri Kalvik|Ferry Lane|Mona Vik|"},
	},
	{
		name: "'X returns to T next month', T named again: the article's show",
		text: "Siri Kalvik returns to Ferry Lane next month.\n\nKalvik plays Mona Vik, and her return to Ferry Lane was kept secret.",
		want: []string{"cast|Siri Kalvik|Ferry Lane|Mona Vik|"},
	},
	{
		name: "'X quits T', then 'The actress, who plays C': T is the article's show",
		text: "Siri Kalvik quits Ferry Lane.\n\nThe actress, who plays Mona Vik, told fans that Ferry Lane had been her home.",
		want: []string{"cast|Siri Kalvik|Ferry Lane|Mona Vik|"},
	},
	{
		name: "'X, last seen in T, will star in a new drama': T is her earlier show, no article's show; 'X plays C' below names no show",
		text: "Siri Kalvik, last seen in Ferry Lane, will star in a new drama.\n\nKalvik plays Mona Vik. Ferry Lane ended in 2020.",
		want: []string{"cast|Siri Kalvik|Ferry Lane||"},
	},
}
