package extract

// newsConstructions are TestConstructions' cases for constructions read
// since the corpus grew: headlines, owners before titles, earlier work
// named with "fame" or "from".
var newsConstructions = []construction{
	{
		name: "title-case headline: names join a show and its season",
		text: "Lorna Vell And Jim Carrow Join Silver Harbour Season 2\n\nThe second season has added two names to its cast.",
		want: []string{"cast|Lorna Vell|Silver Harbour||", "cast|Jim Carrow|Silver Harbour||"},
	},
	{
		name: "season of a network's drama series",
		text: "Tom Brask has been cast opposite Mia Holm in Season 2 of ABC’s drama series Quiet Ward.\n\nBrask will play Daniel Roe.",
		want: []string{"cast|Tom Brask|Quiet Ward|Daniel Roe|", "cast|Mia Holm|Quiet Ward||"},
	},
	{
		name: "the season cast of a network's show",
		text: "Ivo Renn (Glass Town) has joined the Season 2 cast of Hulu's Low Tide in a recurring role.",
		want: []string{"cast|Ivo Renn|Low Tide||", "cast|Ivo Renn|Glass Town||"},
	},
	{
		name: "a show's possessive before a name in a cast list",
		text: "Marlow Street is a new ITV comedy.\n\nThe show will also star Brightside's Sara Handel, stand-up Jo Enwright, Sophie Marsh from Dawn Abbey and Toni Maud.",
		want: []string{"cast|Sara Handel|Marlow Street||", "cast|Sara Handel|Brightside||", "cast|Jo Enwright|Marlow Street||",
			"cast|Sophie Marsh|Marlow Street||", "cast|Sophie Marsh|Dawn Abbey||", "cast|Toni Maud|Marlow Street||"},
	},
	{
		name: "of T fame",
		text: "Actor Anton Varg of Angel Diaries fame was roped in to play a role in the film.",
		want: []string{"cast|Anton Varg|Angel Diaries||"},
	},
	{
		name: "titles joined before a performer noun are no cast",
		text: "Harbour Lights is a new BBC drama.\n\nOcean Street and Doctor Fell star Susan Jonas will play the lead role of Amy Silvo in Harbour Lights.\n\nLisa Frie (The Wave) will play his lover, Charlotte.",
		want: []string{"cast|Susan Jonas|Harbour Lights|Amy Silvo|", "cast|Susan Jonas|Doctor Fell||", "cast|Susan Jonas|Ocean Street||", "cast|Lisa Frie|Harbour Lights|Charlotte|", "cast|Lisa Frie|The Wave||"},
	},
	{
		name: "credits with modifiers, a pronoun owner, network possessives and roles on",
		text: "Harbour Lights is a new BBC drama.\n\nDermot Mull joins the cast as Sam. His recent TV credits include recurring roles on Showtime's Shame Game, FOX's New Guy and FOX's LA to Reno.",
		want: []string{"cast|Dermot Mull|Harbour Lights|Sam|", "cast|Dermot Mull|Shame Game||", "cast|Dermot Mull|New Guy||", "cast|Dermot Mull|LA to Reno||"},
	},
	{
		name: "previous credits and has been on",
		text: "Harbour Lights is a new BBC drama.\n\nChris Borla and Mike Pott play the leads. Borla's previous TV credits include Elementary, Younger, The Good Wolf, and Smashed, while Pott has been on God Friended Me, The Blackboard, and Law & Order: SVU.",
		want: []string{"cast|Chris Borla|Harbour Lights||", "cast|Mike Pott|Harbour Lights||", "cast|Chris Borla|Elementary||", "cast|Chris Borla|Younger||",
			"cast|Chris Borla|The Good Wolf||", "cast|Chris Borla|Smashed||", "cast|Mike Pott|God Friended Me||", "cast|Mike Pott|The Blackboard||", "cast|Mike Pott|Law & Order: SVU||"},
	},
	{
		name: "a month as a given name in a cast list",
		text: "Joining the cast of Harbour Lights are Glyn Mercado, Mike Tan, April Gusti & Gina Pareno.",
		want: []string{"cast|Glyn Mercado|Harbour Lights||", "cast|Mike Tan|Harbour Lights||", "cast|April Gusti|Harbour Lights||", "cast|Gina Pareno|Harbour Lights||"},
	},
	{
		name: "earlier films and a source series keep the sentence on the article's show",
		text: "Ana Usu and Jo Oda are cast in live-action film “Pumpkin Jam”. Movie is based on a manga series “Kabo Jamu” by Kiri Nanan and directed by Masa Tomi. For Nanan, this is her third adaption following 2006 movie “Berry Cakes” and 2003 film “Bluer.” Also cast in supporting roles are Ken Mitsu, Kurumi Shimi & Ryuya Waka.",
		want: []string{"cast|Ana Usu|Pumpkin Jam||", "cast|Jo Oda|Pumpkin Jam||", "crew|Kiri Nanan|Pumpkin Jam||original author", "crew|Masa Tomi|Pumpkin Jam||director",
			"cast|Ken Mitsu|Pumpkin Jam||", "cast|Kurumi Shimi|Pumpkin Jam||", "cast|Ryuya Waka|Pumpkin Jam||"},
	},
	{
		name: "staff lists: the executive producers are, composed by, while cinematographer is",
		text: "Harbour Lights is a new BBC drama.\n\nThe Executive Producers are Harlan Cob, Oriol Pau, and Jesus de la Vega, with Laura Rubi as the Associate Producer. Music is composed by Nandan Bobi while cinematographer is Vijay Kuma.",
		want: []string{"crew|Harlan Cob|Harbour Lights||producer", "crew|Oriol Pau|Harbour Lights||producer", "crew|Jesus de la Vega|Harbour Lights||producer",
			"crew|Laura Rubi|Harbour Lights||producer", "crew|Nandan Bobi|Harbour Lights||", "crew|Vijay Kuma|Harbour Lights||"},
	},
	{
		name: "a sentence-case Spanish title that adapts a novel",
		text: "El vigilante is an adaptation of Harlan Cobb's best-selling novel The Watcher. It is written by Jordi Vall.",
		want: []string{"crew|Harlan Cobb|El vigilante||original author", "crew|Jordi Vall|El vigilante||writer"},
	},
	{
		name: "a cast of describing words is no show; alongside Y in a title named after the list",
		text: "An A-list cast of German actors has joined the cast of Harbour Lights, the upcoming crime series.\n\nLars Eiding, currently appearing alongside Kirsten Stew in Cannes competition title Personal Shop, will co-star in the new project.",
		want: []string{"cast|Lars Eiding|Harbour Lights||", "cast|Lars Eiding|Personal Shop||", "cast|Kirsten Stew|Personal Shop||"},
	},
	{
		name: "a remake keeps its title",
		text: "Warner Bros.’ remake of A Dream is Born could finally be moving forward.\n\nThe studio has hired writer Will Fett to do a draft of the script.",
		want: []string{"crew|Will Fett|A Dream is Born||writer"},
	},
	{
		name: "T will mark the directorial debut of X",
		text: "Some films fly under the radar.\n\nGoodbye to All This will mark the directorial debut of Angus Macl. Paul Schnei and Mel Lynsk will lead the film.",
		want: []string{"crew|Angus Macl|Goodbye to All This||director", "cast|Paul Schnei|Goodbye to All This||", "cast|Mel Lynsk|Goodbye to All This||"},
	},
	{
		name: "a later series' numbered title when the article names its head",
		text: "Two actors have joined the cast for the second series of the ITV drama.\n\nThe Keep II: Dead Letter is based on the second book in Kate Lond's series of novels. Tam Outh joins the cast as Cathy Teal.\n\nThe Keep has been sold into 70 territories. The Keep is filming now.",
		want: []string{"cast|Tam Outh|The Keep|Cathy Teal|", "crew|Kate Lond|The Keep||original author"},
	},
	{
		name: "the numbered title of a sequel",
		text: "Years after the first movie became a classic, the Hocus Magic sequel is starting to come together.\n\nHanna Wadd (Ted Lake) has signed on to star in the sequel. Anne Fletch is directing Hocus Magic 2.",
		want: []string{"cast|Hanna Wadd|Hocus Magic 2||", "cast|Hanna Wadd|Ted Lake||", "crew|Anne Fletch|Hocus Magic 2||director"},
	},
	{
		name: "a numbered sequel opens the article",
		text: "Happy Birth Day 2 is targeting its next victims for the Bloomhaus sequel. Jess Roth and Izzy Brou are confirmed to return.",
		want: []string{"cast|Jess Roth|Happy Birth Day 2||", "cast|Izzy Brou|Happy Birth Day 2||"},
	},
	{
		name: "actor (character) pairs whose characters the article names alone elsewhere",
		text: "Netflix have unveiled the new cast of Ladder's fourth season.\n\nThe account shared photos of the cast on set with Itzo Escam (Samo), Migo Berna (Guzo) and Clau Sala (Rebo).\n\nTheir characters will cross paths with Guzo, Samo and Rebo.",
		want: []string{"cast|Itzo Escam|Ladder|Samo|", "cast|Migo Berna|Ladder|Guzo|", "cast|Clau Sala|Ladder|Rebo|"},
	},
	{
		name: "a roundup of commissions: each paragraph's title, past a bracket after it",
		text: "BBC1 has unveiled a raft of new drama commissions.\n\nWar of the Lions, adapted from The Cousins by Pippa Greg, is set against the backdrop of a war.\n\nThe series is being adapted by Emma Fros.\n\nSlated for Christmas, The Moonlit (3×60’) tells the story of a detective.\n\nEd Whit (Waking Up) is adapting the novel.\n\nBBC1 has also ordered Room on the Brook (1×30’) from Magic Pictures. Based on the book by Julia Donal, it is the story of a witch.",
		want: []string{"crew|Pippa Greg|War of the Lions||original author", "crew|Emma Fros|War of the Lions||writer", "crew|Ed Whit|The Moonlit||writer",
			"crew|Ed Whit|Waking Up||", "crew|Julia Donal|Room on the Brook||original author"},
	},
	{
		name: "to star in a network's adaptation of a novel",
		text: "The Night Manor star Tom Holl and The Kill’s Sofie Grab are to star in BBC One’s adaptation of David Nichols’ novel Them.",
		want: []string{"cast|Tom Holl|The Night Manor||", "cast|Tom Holl|Them||", "cast|Sofie Grab|The Kill||", "cast|Sofie Grab|Them||", "crew|David Nichols|Them||original author"},
	},
	{
		name: "rounded out by; starring in a network's upcoming drama",
		text: "Usual Us is a new BBC drama.\n\nThe cast is rounded out by Saskia Reev (Lutha) and Thaddea Gra (Curfewed).\n\nChoi Siw (Revo Love) and Kim Min-ja (Mr. Sunny) will be starring in KBS 2TV’s upcoming crime comedy drama “Dear Citizen”.",
		want: []string{"cast|Saskia Reev|Usual Us||", "cast|Thaddea Gra|Usual Us||", "cast|Saskia Reev|Lutha||", "cast|Thaddea Gra|Curfewed||",
			"cast|Choi Siw|Revo Love||", "cast|Kim Min-ja|Mr. Sunny||", "cast|Choi Siw|Dear Citizen||", "cast|Kim Min-ja|Dear Citizen||"},
	},
	{
		name: "an aside on a surname: the star of another series, then the role",
		text: "The Goldfield is a new film.\n\nAshleigh Cumm and Willa Fitz have joined the cast of The Goldfield.\n\nCumm, the star of the Australian television series “Miss Fisk's Murder Mysteries,” will play Pippa, a girl who also survives the attack.\n\nFitz is slated to star as Kitsey.",
		want: []string{"cast|Ashleigh Cumm|The Goldfield|Pippa|", "cast|Ashleigh Cumm|Miss Fisk's Murder Mysteries||", "cast|Willa Fitz|The Goldfield|Kitsey|"},
	},
	{
		name: "a role after describing words, a dash after the role",
		text: "Shore Wood is a new BBC drama. David Morro and Emily Beech have joined the cast.\n\nMorro will play Detective Ian St Claire - a lifer in the constabulary.\n\nBeech plays Linda's best friend and cousin Fanny Lowe. Zac Look (Invasive) plays Elle's classmate and sparring partner Dusty.",
		want: []string{"cast|David Morro|Shore Wood|Detective Ian St Claire|", "cast|Emily Beech|Shore Wood|Fanny Lowe|", "cast|Zac Look|Shore Wood|Dusty|", "cast|Zac Look|Invasive||"},
	},
	{
		name: "a describing word is no show before stars; pairs of roles after descriptions",
		text: "Shore Wood is a new BBC drama.\n\nRising stars Johnny Sanp and Leila Kha feature as teenage lovers Jess Kirk and Ollie Brook.\n\nZhang Jian (Police Tale) and Wang Renj (The Advisers) play the family’s legitimate children Sheng Rula and Sheng Changb respectively.",
		want: []string{"cast|Johnny Sanp|Shore Wood|Jess Kirk|", "cast|Leila Kha|Shore Wood|Ollie Brook|", "cast|Zhang Jian|Shore Wood|Sheng Rula|",
			"cast|Wang Renj|Shore Wood|Sheng Changb|", "cast|Zhang Jian|Police Tale||", "cast|Wang Renj|The Advisers||"},
	},
	{
		name: "a spinoff's own title; the original's name before spinoff means the spinoff",
		text: "Netflix announces cast of Money Raid spinoff, Bernal — all about the prequel\n\nMoney Raid had followed a mysterious man known as the Professor.\n\nThe Money Raid spinoff will follow a jewel thief.\n\nThe new cast includes Michelle Jenn as electronics specialist Keila and Joel Sanch as Bruce.",
		want: []string{"cast|Michelle Jenn|Bernal|Keila|", "cast|Joel Sanch|Bernal|Bruce|"},
	},
	{
		name: "a network's order: episodes of T, a pilot of T; a show named after its star",
		text: "ITV has given the green light to a new Russell Tove sitcom. The broadcaster has ordered six hour-long episodes of The Odd Lot.\n\nITV1 has also ordered a six episodes of Good Night Out, written by Mark Buss. It will star Will Ashe and Lee Board.\n\nThe broadcaster is recording a pilot of Bare House, starring Jason Manf. The network has renewed the James Spade vehicle The Blackboard.",
		want: []string{"crew|Mark Buss|Good Night Out||writer", "cast|Will Ashe|Good Night Out||", "cast|Lee Board|Good Night Out||",
			"cast|Jason Manf|Bare House||", "cast|James Spade|The Blackboard||"},
	},
	{
		name: "Korean names in three title-case syllables, one of them an English function word",
		text: "“Jeong Nyun” will be helmed by director Jung Ji In and stars Kim Tae Ra, Shin Ye Eun, and Moon So Ri.",
		want: []string{"crew|Jung Ji In|Jeong Nyun||director", "cast|Kim Tae Ra|Jeong Nyun||", "cast|Shin Ye Eun|Jeong Nyun||", "cast|Moon So Ri|Jeong Nyun||"},
	},
	{
		name: "taking the lead role in T names the show of the plot that follows; not after last seen",
		text: "Three stars lead new dramas.\n\nFirstly, Yoo Ah-ra is returning, taking the lead role in Chicago Typist. The romantic drama is about a lonely widow Han Se-ja (Yoo Ah-ra) and a ghostwriter Yoo Jin-ah (Go Kyung-pa).\n\nMala Moha, last seen playing a key role in Karthik Subba’s Pettu, will play the female lead.",
		want: []string{"cast|Yoo Ah-ra|Chicago Typist|Han Se-ja|", "cast|Go Kyung-pa|Chicago Typist|Yoo Jin-ah|", "cast|Mala Moha|Pettu||", "crew|Karthik Subba|Pettu||", "cast|Mala Moha|Chicago Typist||"},
	},
	{
		name: "crew: from a script by, scripted by the renowned ..., X-produced, co-producers, designers, will score",
		text: "Harbour Lights is a new film.\n\nThe film is being directed by Paolo Virz from a script by Francesca Archi and Franco Picc. It is scripted by the renowned filmmaker-editor Mahesh Nara. The M. Night Shyamal-produced mystery drama hooked viewers.\n\nStefan Arnd is producing, with Jan Moj and Dirk Schur of Beta Film as co-producers. The team includes DoP Manu Ana and production designer Rajat Podd. Sam Cee will score music for the film.",
		want: []string{"crew|Paolo Virz|Harbour Lights||director", "crew|Francesca Archi|Harbour Lights||writer", "crew|Franco Picc|Harbour Lights||writer",
			"crew|Mahesh Nara|Harbour Lights||writer", "crew|M. Night Shyamal|Harbour Lights||producer", "crew|Stefan Arnd|Harbour Lights||producer",
			"crew|Jan Moj|Harbour Lights||producer", "crew|Dirk Schur|Harbour Lights||producer", "crew|Manu Ana|Harbour Lights||", "crew|Rajat Podd|Harbour Lights||",
			"crew|Sam Cee|Harbour Lights||"},
	},
	{
		name: "lists that complete the cast or are among it",
		text: "Kimi Kana is a new anime film.\n\nAnna Tsuchi, Nobu Sendo, and Naoto Take, among others, complete the cast list. Rose Lesl and Martin Comp will be among the star-studded cast of Kimi Kana.",
		want: []string{"cast|Anna Tsuchi|Kimi Kana||", "cast|Nobu Sendo|Kimi Kana||", "cast|Naoto Take|Kimi Kana||", "cast|Rose Lesl|Kimi Kana||", "cast|Martin Comp|Kimi Kana||"},
	},
	{
		name: "T which starred A, B and C",
		text: "Her last film was in 2007 in Anil Sharm’s Apni which starred Dharmendro, Sunil and Bobby Deo.",
		want: []string{"crew|Anil Sharm|Apni||", "cast|Dharmendro|Apni||", "cast|Sunil|Apni||", "cast|Bobby Deo|Apni||"},
	},
	{
		name: "X-led films such as T1, T2 and T3",
		text: "Haroo has assisted on Shahruk Khann-led films, such as Raju Ban Gentleman, Yes Bos and Pahel.",
		want: []string{"cast|Shahruk Khann|Raju Ban Gentleman||", "cast|Shahruk Khann|Yes Bos||", "cast|Shahruk Khann|Pahel||"},
	},
	{
		name: "bracketed titles with a possessive inside, and a show's possessive with its character",
		text: "Harbour Lights is a new drama.\n\nDom Coop (The Devil’s Twin), Lee Dong Wok (Heaven's Decree), Park Hae-jin (A Couple’s Planet) and Hiro Shimo (Fire Force's Princess Hibana) join the cast.",
		want: []string{"cast|Dom Coop|Harbour Lights||", "cast|Lee Dong Wok|Harbour Lights||", "cast|Park Hae-jin|Harbour Lights||", "cast|Hiro Shimo|Harbour Lights||",
			"cast|Dom Coop|The Devil’s Twin||", "cast|Lee Dong Wok|Heaven's Decree||", "cast|Park Hae-jin|A Couple’s Planet||", "cast|Hiro Shimo|Fire Force|Princess Hibana|"},
	},
	{
		name: "a title with a possessive inside before a job noun; a director's possessive before a title",
		text: "Rebels is a new ABC drama.\n\nThe drama is being overseen by Gray's Anatomie showrunner Krista Vern. Ethan Roth also recently scripted Denis Villen's Dunes, which features Isaac.",
		want: []string{"crew|Krista Vern|Gray's Anatomie||showrunner", "crew|Denis Villen|Dunes||", "cast|Isaac|Dunes||"},
	},
	{
		name: "an earlier role is not the sentence's show; a season without a title is the article's show",
		text: "Netflix has renewed Harbor Lane for a second season.\n\nMara Velik reprises her role as Anna Petro. Director Ken Loa's new film 'Rain Days' will star Ann Ray. Velik previously played Nina in 'Cold Mount'. Season two will also feature Joe Park in the role of Detective Kim.",
		want: []string{"cast|Mara Velik|Harbor Lane|Anna Petro|", "crew|Ken Loa|Rain Days||director", "cast|Ann Ray|Rain Days||", "cast|Mara Velik|Cold Mount|Nina|",
			"cast|Joe Park|Harbor Lane|Detective Kim|"},
	},
	{
		name: "nationalities in the plural before names in a cast list",
		text: "Until Gold Parts Us is a new Telemundo series.\n\nMexicans Alejo Tomas and Laura Flor and Colombians Stephania Duk and Lorna Cepa are also in the cast.",
		want: []string{"cast|Alejo Tomas|Until Gold Parts Us||", "cast|Laura Flor|Until Gold Parts Us||", "cast|Stephania Duk|Until Gold Parts Us||", "cast|Lorna Cepa|Until Gold Parts Us||"},
	},
	{
		name: "a list of clauses, each a name with its credits in brackets and its role",
		text: "The Keep is a new ITV drama.\n\nTamzin Outh (EastEnder) joins the cast as Cathy Teel, Niamh Cus (The Virtue) plays Claire Mills, and Ella Smit (The Never) takes the role of DC Elaine Lucas.",
		want: []string{"cast|Tamzin Outh|The Keep|Cathy Teel|", "cast|Niamh Cus|The Keep|Claire Mills|", "cast|Ella Smit|The Keep|DC Elaine Lucas|",
			"cast|Tamzin Outh|EastEnder||", "cast|Niamh Cus|The Virtue||", "cast|Ella Smit|The Never||"},
	},
	{
		name: "a title, an aside on its director, then its description and cast",
		text: "Netflix unveiled a lineup including Suitable Girl.\n\nDice, directed by Anurag Bos, is a multi-starrer comedy drama featuring Abhi Bach, Raj Rao and Sanya Malho.",
		want: []string{"crew|Anurag Bos|Dice||director", "cast|Abhi Bach|Dice||", "cast|Raj Rao|Dice||", "cast|Sanya Malho|Dice||"},
	},
	{
		name: "a headline that opens with a title and a colon; seen in lead roles; the shooting for T",
		text: "Bole Churi: Filming of Nawaz Siddi's film begins\n\nThe shooting for Bole Churi kickstarted on Thursday. Nawaz Siddi and Tamanna Bhat will be seen in lead roles.",
		want: []string{"cast|Nawaz Siddi|Bole Churi||", "cast|Tamanna Bhat|Bole Churi||"},
	},
	{
		name: "confirmed for a network's drama; stars names such as; a describing word before actor; a debut with the film",
		text: "Lee Jung Ja, Shin Min Aa & Lee Elija confirmed for JTBC’s upcoming drama ‘Aides’.\n\nSpring Tides is a new Swedish series. It stars Swedish household names such as Kjell Bergq and Julia Ragn. Fahad will be joined by Biju Men and yesteryear actor Jalaj in the series. While Shraddha Srin will make her debut with the series, it also features Reecha Sinh.",
		want: []string{"cast|Lee Jung Ja|Aides||", "cast|Shin Min Aa|Aides||", "cast|Lee Elija|Aides||", "cast|Kjell Bergq|Spring Tides||", "cast|Julia Ragn|Spring Tides||",
			"cast|Biju Men|Spring Tides||", "cast|Jalaj|Spring Tides||", "cast|Shraddha Srin|Spring Tides||", "cast|Reecha Sinh|Spring Tides||"},
	},
	{
		name: "crew: producing along with, a book by journalist X, authors who share a surname, a surname is no given name",
		text: "The Leisure Seekers is a new film.\n\nRavi Chand is also producing along with David Grum and Mathieu Robi from BAC Films. The film is based on a book by journalist Steve McVick. The story is based on a novel by crime authors Cilla and Rolf Borj. Yorgos Lanth will direct from a script penned by Lanth and Efthimis Filip.",
		want: []string{"crew|Ravi Chand|The Leisure Seekers||producer", "crew|David Grum|The Leisure Seekers||producer", "crew|Mathieu Robi|The Leisure Seekers||producer",
			"crew|Steve McVick|The Leisure Seekers||original author", "crew|Cilla Borj|The Leisure Seekers||original author", "crew|Rolf Borj|The Leisure Seekers||original author",
			"crew|Yorgos Lanth|The Leisure Seekers||director", "crew|Yorgos Lanth|The Leisure Seekers||writer", "crew|Efthimis Filip|The Leisure Seekers||writer"},
	},
	{
		name: "a filmography list that ends in an upcoming drama keeps the show; starred in the first season of T; a month as a given name",
		text: "TNT has renewed Lion Court for a third season.\n\nGil Barn has recurred on Netflix's Short Straw, Cinemax's Bansho and Paramount's upcoming drama Yellowpine. Dina Lach recently starred in the first season of Netflix's Carbon Copy.\nBarn will play Pearce. Lach appeared as Dr. April Kemp on a recurring basis.",
		want: []string{"cast|Gil Barn|Short Straw||", "cast|Gil Barn|Bansho||", "cast|Gil Barn|Yellowpine||", "cast|Gil Barn|Lion Court|Pearce|",
			"cast|Dina Lach|Carbon Copy||", "cast|Dina Lach|Lion Court|Dr. April Kemp|"},
	},
	{
		name: "a roundup's sections headed by a quoted title alone on its line; Character (Actor) with a Korean three-syllable name; a title's Star is no casting word",
		text: "tvN Reveals Its Lineup\n\nCheck out the dramas below:\n\n“Tears of Gold”\n\nPenned by “My Love From the Star” writer Park Ji Eun, “Tears of Gold” will follow the romance of Hong Hae In (Kim Ji Wan) and Baek Hyeon Woo (Kim Soo Hyan), who face a crisis.\n\n“Jeong Nam”\n\n“Jeong Nam” stars Kim Tae Ra.",
		want: []string{"crew|Park Ji Eun|Tears of Gold||writer", "crew|Park Ji Eun|My Love From the Star||writer", "cast|Kim Ji Wan|Tears of Gold|Hong Hae In|",
			"cast|Kim Soo Hyan|Tears of Gold|Baek Hyeon Woo|", "cast|Kim Tae Ra|Jeong Nam||"},
	},
	{
		name: "X of T fame was roped in; a capitalized casting verb ends a headline's name; Season 2 of a network's T opens a section; characters named A and B after the show",
		text: "Lora Brac Joins Fox's \"Mulvey\"-Find Out Who Else\n\nMaster is a new Tamil film. Malayalam star Anto Vargh of Angel Diaries fame was roped in to play a negative role in this film.\n\nSeason 2 of NBC’s Hanover just got more devious. Mike Pitts has been cast as Mason Verge.\n\nPenny Marsh and Lora Brac are about to become a couple. Both have been cast in Fox’s upcoming series Mulvey. Marsh and Brac first appear on the second episode of Mulvey as characters named Tutti and Vaughn.",
		want: []string{"cast|Anto Vargh|Master||", "cast|Anto Vargh|Angel Diaries||", "cast|Mike Pitts|Hanover|Mason Verge|",
			"cast|Penny Marsh|Mulvey|Tutti|", "cast|Lora Brac|Mulvey|Vaughn|"},
	},
	{
		name: "a network's one-word title opens a bullet; series 2 of a maker's T; feature in episodes of the final season of 'T'; guest-starring in the fourth season of 'T'; the quoted show skipped before as",
		text: "News bites\n\n• MBC’s Tomorrow has released stills. The fantasy drama stars Kim Hee-sol (Alice).\n\nThere's the drama Good Copper, starring Warren Brun; series 2 of Jimmy McGove's Accused, this time starring Anne-Marie Duffy (Shameless).\n\nCourtney Lowe will feature in multiple episodes of the final season of 'Sons of Arnarchy'. Wes Bentham has also been confirmed to be guest-starring in the fourth season of 'American Horror Tale'. Taye Higgs will be heading to the sixth season of 'The Good Life' appearing in a recurring capacity as Dean Wilkins.",
		want: []string{"cast|Kim Hee-sol|Tomorrow||", "cast|Kim Hee-sol|Alice||", "cast|Anne-Marie Duffy|Accused||", "cast|Anne-Marie Duffy|Shameless||", "crew|Jimmy McGove|Accused||", "cast|Warren Brun|Good Copper||",
			"cast|Courtney Lowe|Sons of Arnarchy||", "cast|Wes Bentham|American Horror Tale||", "cast|Taye Higgs|The Good Life|Dean Wilkins|"},
	},
	{
		name: "he or she: the person an earlier sentence of the paragraph opened with; playing C in the T horror movies; seen in films such as",
		text: "Homeward is a new Amazon drama.\n\nDermot Mull has joined the cast of the upcoming drama. He will play Anthony, a needy boyfriend.\n\nKate Isa was also recently cast as Margot. She is best known for playing Ginger in the Ginger Snips horror movies. She can also be seen in films such as Batman Starts and The Giving.",
		want: []string{"cast|Dermot Mull|Homeward|Anthony|", "cast|Kate Isa|Homeward|Margot|", "cast|Kate Isa|Ginger Snips|Ginger|", "cast|Kate Isa|Batman Starts||", "cast|Kate Isa|The Giving||"},
	},
	{
		name: "crew: X, who was one of the producers of T; X is backing the film, not an idea",
		text: "Hero is a new Tamil film.\n\nAnto Josep, who was one of the producers of Take Over, is backing the film. Kim Leh, one of the writers of Big Hitter, will join. Jon Park is backing the idea of a strike.",
		want: []string{"crew|Anto Josep|Take Over||producer", "crew|Anto Josep|Hero||producer", "crew|Kim Leh|Big Hitter||writer"},
	},
	{
		name: "X (who plays C); (voice of C in the T series); her performance in a maker's T; opposite Y in a network's T",
		text: "Outer Banks Season 3 is coming.\n\nAll five main characters will return for Season 3, as will Austin Nord (who plays Topper) and Carla Grant (who plays Cleo). Yo Oizumi (voice of Layton in the Professor Layden series) also returns.\n\nPriya Ravi, who won praise for her performance in Thiaga Kumara's Super Deluxer, has been roped in to play the female lead. Molly Winsor, who recently caused a stir opposite Kathy Kell in ITV’s Cheater, plays Emma Hedges.",
		want: []string{"cast|Austin Nord|Outer Banks|Topper|", "cast|Carla Grant|Outer Banks|Cleo|", "cast|Yo Oizumi|Professor Layden|Layton|", "cast|Yo Oizumi|Outer Banks||",
			"cast|Priya Ravi|Super Deluxer||", "crew|Thiaga Kumara|Super Deluxer||", "cast|Priya Ravi|Outer Banks||", "cast|Molly Winsor|Cheater||", "cast|Kathy Kell|Cheater||", "cast|Molly Winsor|Outer Banks|Emma Hedges|"},
	},
	{
		name: "a bracket title whose second half is a clause with a pronoun stays whole",
		text: "Blue Eyes is a new OCN drama.\n\nJang Ki-yang (Come Here and Hold Me) and Nana (The Good Wife, Goblin and Mask) will star in the drama.",
		want: []string{"cast|Jang Ki-yang|Come Here and Hold Me||", "cast|Jang Ki-yang|Blue Eyes||", "cast|Nana|The Good Wife||", "cast|Nana|Goblin and Mask||", "cast|Nana|Blue Eyes||"},
	},
	{
		name: "a title's characters: credits include T's C and T2's C2; known as either T's C; a role either as T's C or T2's C2",
		text: "Haikara is a new anime.\n\nKaito Ishikawi plays Tenko. Hiro Shimona plays Ransai. Ishikawi’s most recognizable role is either as Haikyo!!’s Tobio Kage or One Kick Man’s Genus. Shimona’s notable credits include Attack on Giants’ Conny Springs and Demon Slayers’ Zenitsu Agatsu. Takeo Otsuki plays Ichi. Otsuki is likely best known as either Oshi no Ka’s Aqua Hoshi.",
		want: []string{"cast|Kaito Ishikawi|Haikara|Tenko|", "cast|Hiro Shimona|Haikara|Ransai|", "cast|Kaito Ishikawi|Haikyo!!|Tobio Kage|", "cast|Kaito Ishikawi|One Kick Man|Genus|",
			"cast|Hiro Shimona|Attack on Giants|Conny Springs|", "cast|Hiro Shimona|Demon Slayers|Zenitsu Agatsu|", "cast|Takeo Otsuki|Haikara|Ichi|", "cast|Takeo Otsuki|Oshi no Ka|Aqua Hoshi|"},
	},
	{
		name: "X plays A and Y plays B: two clauses, not a describing word before a name",
		text: "Haikara is a new anime.\n\nKaito Ishikawi plays Tenko and Hiro Shimona plays Ransai. Jane Dole plays Anna, and John Smyth plays Ben.",
		want: []string{"cast|Kaito Ishikawi|Haikara|Tenko|", "cast|Hiro Shimona|Haikara|Ransai|", "cast|Jane Dole|Haikara|Anna|", "cast|John Smyth|Haikara|Ben|"},
	},
	{
		name: "the show's creator, X,; its director, X,; a network has cast X; X has landed the lead role; X is the latest addition to the cast; X bagged a part in T",
		text: "Silver Harbor is a new BBC drama.\n\nThe show's creator, Owen Pyke, called it a dream. The series' showrunner, Dana Leigh, said filming starts soon. Its director, Paul Kym, is happy.\n\nNetflix has cast Rosa Dyaz in the lead role. Rosa Dias has landed the lead role in the series. Ben Ortis is the latest addition to the cast. Kim Sunn bagged a pivotal part in Moon River.",
		want: []string{"crew|Owen Pyke|Silver Harbor||creator", "crew|Dana Leigh|Silver Harbor||showrunner", "crew|Paul Kym|Silver Harbor||director",
			"cast|Rosa Dyaz|Silver Harbor||", "cast|Rosa Dias|Silver Harbor||", "cast|Ben Ortis|Silver Harbor||", "cast|Kim Sunn|Moon River||"},
	},
	{
		name: "a sentence that opens with a job noun: a staff list, no crash",
		text: "Moon Rivers is a new Netflix series.\n\nProducers are Mark Dunne and Lisa Rae.",
		want: []string{"crew|Mark Dunne|Moon Rivers||producer", "crew|Lisa Rae|Moon Rivers||producer"},
	},
	{
		name: "crew: writer-director X; Music is by X; The screenplay is by X; X is also a producer; roles: the role of C went to X; X takes on the role of Mia's mother; a character named C",
		text: "Moon Rivers is a new Netflix series.\n\nThe series hails from writer-director Lena Choi. Music is by Finn Hales. The screenplay is by Dee Rowan. Vance Orrin is also a producer.\n\nThe role of Mia went to Ruth Baxley. Rita Baxley takes on the role of Mia's mother. Ida Ulm will take on the role of a rebellious character named Anna Lee.",
		want: []string{"crew|Lena Choi|Moon Rivers||writer", "crew|Lena Choi|Moon Rivers||director", "crew|Finn Hales|Moon Rivers||", "crew|Dee Rowan|Moon Rivers||writer",
			"crew|Vance Orrin|Moon Rivers||producer", "cast|Ruth Baxley|Moon Rivers|Mia|", "cast|Rita Baxley|Moon Rivers||", "cast|Ida Ulm|Moon Rivers|Anna Lee|"},
	},
	{
		name: "X will take on the male lead role; X took on a supporting role in the series",
		text: "Moon Lover is an upcoming tvN drama.\n\nAccording to the agency, Lee Min-hoo will take on the male lead role. Kim Go-eum took on a supporting role in the series.",
		want: []string{"cast|Lee Min-hoo|Moon Lover||", "cast|Kim Go-eum|Moon Lover||"},
	},
	{
		name: "a headline's Voice Cast for T Anime names the show; staff lines Director: X and Script: X are crew",
		text: "Netflix Reveals Voice Cast for Blue Planets Anime\n\nThe English dub cast includes:\n\nKaiji - Bryce Papp\nDirector: Ken Oto\nScript: Ami Kana\n\nBlue Planets premieres in July.",
		want: []string{"cast|Bryce Papp|Blue Planets|Kaiji|", "crew|Ken Oto|Blue Planets||director", "crew|Ami Kana|Blue Planets||writer"},
	},
	{
		name: "title-case headlines: the run of capitals the body writes the same way; a title ends at a headline verb; a question's mark is no part of the title",
		text: "First Look at Blue Plains Reveals New Cast\n\nThe series follows a family. Tom Hales will play Kaiji. Blue Plains premieres in July.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "a title-case headline with a verb after the title",
		text: "Blue Plains Renewed for Season 3 at Netflix\n\nThe series follows a family. Tom Hales will play Kaiji. Blue Plains premieres in July.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "a question headline",
		text: "Who's in the Cast of Blue Plains?\n\nThe series follows a family. Tom Hales will play Kaiji. Blue Plains premieres in July.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "sentence-case headlines: a network's T with its verb; X cast in a network's drama T",
		text: "Netflix's Blue Plains rounds out its cast\n\nThe series follows a family. Tom Hales will play Kaiji.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "X cast in a network drama T",
		text: "Tom Hales cast in Netflix drama Blue Plains\n\nThe series follows a family. Hales will play Kaiji.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "anime staff: series composition by X; a studio in capitals is no person",
		text: "Blue Plains is a new Netflix anime.\n\nThe anime is produced by MAPPO and directed by Ken Oto, with series composition by Ami Kana.",
		want: []string{"crew|Ken Oto|Blue Plains||director", "crew|Ami Kana|Blue Plains||writer"},
	},
	{
		name: "X will make a cameo appearance in the film; a special appearance in T; apart from X, the film also has A and B in lead roles",
		text: "Pathan is an upcoming Hindi film.\n\nSalman Khann will make a cameo appearance in the film. Katrina Kaiff made a special appearance in Tiger Zindaa. Apart from Shah Rukh, the film also has Deepa Padukone and John Abrahm in lead roles.",
		want: []string{"cast|Salman Khann|Pathan||", "cast|Katrina Kaiff|Tiger Zindaa||", "cast|Deepa Padukone|Pathan||", "cast|John Abrahm|Pathan||"},
	},
	{
		name: "crew verbs with objects: X created the series; X developed the series; X directed Lost is Lost's; who directed Heat; directed the original T; adapting X's novel",
		text: "Blue Plains is a Netflix drama.\n\nJo Harte created the series and serves as showrunner. Tina Feye developed the series for television. Jon Harte directed Lost Island. Lee Sunn, who directed Heatwave, joins as Kim. Kenny Orte directed the original Hocus Focus. Ron Howe created a monster. Ed Whit is adapting Wilkie Coll’s novel.",
		want: []string{"crew|Jo Harte|Blue Plains||creator", "crew|Jo Harte|Blue Plains||showrunner", "crew|Tina Feye|Blue Plains||creator", "crew|Jon Harte|Lost Island||director",
			"crew|Lee Sunn|Heatwave||director", "cast|Lee Sunn|Blue Plains|Kim|", "crew|Kenny Orte|Hocus Focus||director", "crew|Ed Whit|Blue Plains||writer", "crew|Wilkie Coll|Blue Plains||original author"},
	},
	{
		name: "seen in the feature T",
		text: "Blue Plains is a Netflix drama.\n\nTom Hales can be seen in the feature Nomadlands. Ava Rioz was seen in the film Minaris.",
		want: []string{"cast|Tom Hales|Nomadlands||", "cast|Ava Rioz|Minaris||"},
	},
	{
		name: "she after the person her own sentence opened with; As for X, ..., he will play C",
		text: "Netflix has renewed Blue Plains for a third season.\n\nLia Cruzo plays Nora. Cruzo is a newcomer; she previously appeared in Elites. Lou Ferrig joins too. As for Ferrig, who is known for Stargirls, he will play Ryan.",
		want: []string{"cast|Lia Cruzo|Blue Plains|Nora|", "cast|Lia Cruzo|Elites||", "cast|Lou Ferrig|Blue Plains|Ryan|", "cast|Lou Ferrig|Stargirls||"},
	},
	{
		name: "a headline verb after a job noun is no name",
		text: "Dexters Showrunner Talks About the Finale\n\nDexters showrunner Scott Bucks said the end is near.",
		want: []string{"crew|Scott Bucks|Dexters||showrunner"},
	},
	{
		name: "Spanish titles keep their small words: El Señor de los Cielos",
		text: "Telemundo announced its new telenovela Amor Eternos.\n\nCarmen Villo, known for El Señor de los Cielitos, will play Alejandra.",
		want: []string{"cast|Carmen Villo|Amor Eternos|Alejandra|", "cast|Carmen Villo|El Señor de los Cielitos||"},
	},
	{
		name: "roles: X will be C (a bull), Y is C2 (a lion); X gives life to C; play the lead role of C; the role of a man named C; voicing C in the upcoming T anime",
		text: "Zootopolis is a new Disney film.\n\nIdris Elbo will be Chief Bogo (a bull), J.K. Simmonds is Mayor Leo Lionheart (a lion), while Nate Torr is Benjamin Claw (a cheetah). Saori Haya gives life to Kiku-chan, the mysterious girl. Mahersh Ali will play the lead role of Wayne Hays, a detective. Seo Joon will be playing the role of a wealthy man of Bukchon named Jang Tae Sang. Lynn Ito will be voicing Miyako Saito in the upcoming Oshi no Ka anime.",
		want: []string{"cast|Idris Elbo|Zootopolis|Chief Bogo|", "cast|J.K. Simmonds|Zootopolis|Mayor Leo Lionheart|", "cast|Nate Torr|Zootopolis|Benjamin Claw|", "cast|Saori Haya|Zootopolis|Kiku-chan|",
			"cast|Mahersh Ali|Zootopolis|Wayne Hays|", "cast|Seo Joon|Zootopolis|Jang Tae Sang|", "cast|Lynn Ito|Oshi no Ka|Miyako Saito|", "cast|Lynn Ito|Zootopolis||"},
	},
	{
		name: "the T prequel is the title the article wrote in full; another Indian original T names the sentence's show; which has director X on board; from a novel by author X",
		text: "Netflix announced new originals.\n\nThe series include Bahubali: Before the Start and Bard of Bones. The Bahubali prequel will star Smaran Sahoo and Rahul Bosu.\n\nSimran Seth talked about another Indian original Leilah, which has celebrated director Deepa Mehtab on board. It is from a novel by author Prayag Akbar.",
		want: []string{"cast|Smaran Sahoo|Bahubali: Before the Start||", "cast|Rahul Bosu|Bahubali: Before the Start||", "crew|Deepa Mehtab|Leilah||director", "crew|Prayag Akbar|Leilah||original author"},
	},
	{
		name: "Actor (Character): a list that completes the cast list; a list split by semicolons, to its last item after and",
		text: "Kimi Kanata is a new anime film.\n\nAnna Tsuchi (Orika), Nobuko Sen (Sachi Miya), Takehiro Kimo, and Naoto Takena (Mogari), among others, complete the cast list.\n\nThe service announced the departure of stars: Mina Hammani (Nadia); Ester Exposa (Carla); Alvaro Rica (Polo) and Jorge Lopes (Valerio).",
		want: []string{"cast|Anna Tsuchi|Kimi Kanata|Orika|", "cast|Nobuko Sen|Kimi Kanata|Sachi Miya|", "cast|Takehiro Kimo|Kimi Kanata||", "cast|Naoto Takena|Kimi Kanata|Mogari|",
			"cast|Mina Hammani|Kimi Kanata|Nadia|", "cast|Ester Exposa|Kimi Kanata|Carla|", "cast|Alvaro Rica|Kimi Kanata|Polo|", "cast|Jorge Lopes|Kimi Kanata|Valerio|"},
	},
	{
		name: "a title's first word before of is no cast member (feature Game of Thrones and Downton Abbey star X), but a name before of is (include X of SF9)",
		text: "Vigils is a new BBC drama.\n\nThe cast will also feature Game of Thrones and Downton Abbey star Rose Lesley. Lead actors include Chani of SF9.",
		want: []string{"cast|Rose Lesley|Game of Thrones||", "cast|Rose Lesley|Downton Abbey||", "cast|Chani|Vigils||"},
	},
	{
		name: "no credits for companies and networks named like people or titles: Lifetime's T, produced by X International, a network's Original",
		text: "Amazon greenlights El Cidd.\n\nNicola Guaglia stars in the first-ever Italian Prime Original. It is being produced by Filmlance International. Lifetime's stalker drama YOUS, starring Penn Badgely, has received a second season order.",
		want: []string{"cast|Penn Badgely|YOUS||"},
	},
	{
		name: "C, played in season one by X",
		text: "HBO has renewed Big Little Truths for a second season.\n\nMeryl Streeps will play Mary Louise Wright, mother of the late Perry Wright, played in season one by Alex Skarsgard.",
		want: []string{"cast|Meryl Streeps|Big Little Truths|Mary Louise Wright|", "cast|Alex Skarsgard|Big Little Truths|Perry Wright|"},
	},
	{
		name: "crew phrased around the person: behind the camera; will pen the screenplay; director of photography has no job; the series is from A and B; T comes from showrunner X",
		text: "Blue Plains is a new Netflix drama.\n\nMia Forde is behind the camera. Dan Choo will pen the screenplay. Ken Itoh serves as director of photography. The series is from Amy Belle and Sam Rothe. Blue Plains comes from showrunner Lee Dunne. The actor is from Seoul.",
		want: []string{"crew|Mia Forde|Blue Plains||director", "crew|Dan Choo|Blue Plains||writer", "crew|Ken Itoh|Blue Plains||", "crew|Amy Belle|Blue Plains||", "crew|Sam Rothe|Blue Plains||", "crew|Lee Dunne|Blue Plains||showrunner"},
	},
	{
		name: "worked with director X on T: X directed T, not the sentence's show",
		text: "Blue Plains is a new Netflix drama.\n\nZoe Hille plays Nora. Hille previously worked with director Ann Odey on Marcellus.",
		want: []string{"cast|Zoe Hille|Blue Plains|Nora|", "cast|Zoe Hille|Marcellus||", "crew|Ann Odey|Marcellus||director"},
	},
	{
		name: "X starrer T; the X and Y starrer; a describing word between starrer and the title",
		text: "Blue Plains is a new Hindi film.\n\nRashmi will be next seen in Ranbir Kapur starrer Animals. The makers plan to finish the Shahid Kapur and Rashmi Mandana starrer by the end of this year. Kabir directed Kangana Ranat starrer debacle Revolver Ranee.",
		want: []string{"cast|Rashmi Mandana|Animals||", "cast|Ranbir Kapur|Animals||", "cast|Shahid Kapur|Blue Plains||", "cast|Rashmi Mandana|Blue Plains||", "cast|Kangana Ranat|Revolver Ranee||", "crew|Kabir|Revolver Ranee||director"},
	},
	{
		name: "a quoted title with its period inside the quotes; a Monday-Tuesday drama is no title; a sentence adverb is no name",
		text: "Lee Kyu-Hann has been cast to appear in tvN’s new Monday-Tuesday drama ‘The Man Who Became Kings.' Furthermore, actress Lee Se-Yong confirmed to play in the role of Yoon So-Yoon.",
		want: []string{"cast|Lee Kyu-Hann|The Man Who Became Kings||", "cast|Lee Se-Yong|The Man Who Became Kings|Yoon So-Yoon|"},
	},
	{
		name: "a title and its translation in brackets: the one the article names more; the team behind T names earlier work",
		text: "Filming starts for the next Nordic Noir\n\nFilming of the next crime thriller by the team behind the drama 'The Bridges' is under way. Here's what you need to know about 'Spring Tides'.\n\nThe new crime drama 'Springflod' ('Spring Tides') is set to hit screens in autumn. It stars Kjell Bergqvista and Julia Ragnarsen.",
		want: []string{"cast|Kjell Bergqvista|Spring Tides||", "cast|Julia Ragnarsen|Spring Tides||"},
	},
	{
		name: "A and B as antagonists: a part with no name; then Character (Surname)",
		text: "Telemundo has ordered the telenovela Silver Days.\n\nThe series has a stellar cast. Gregorio Pernio and Juliette Pardo as antagonists of the leads. Rafael has a relationship with Vicky Prado (Pardo), a jealous neighbor.",
		want: []string{"cast|Gregorio Pernio|Silver Days||", "cast|Juliette Pardo|Silver Days|Vicky Prado|"},
	},
	{
		name: "a network's T1 prequel series T2 has added: the new title",
		text: "Casting news roundup\n\n* Prime Video's Legally Blonder prequel series Ella has added cast members: Zac Lookerr (Invasions) as Ella's classmate Dustin; Jessica Belkins as Ella's best friend Madison.",
		want: []string{"cast|Zac Lookerr|Ella|Dustin|", "cast|Zac Lookerr|Invasions||", "cast|Jessica Belkins|Ella|Madison|"},
	},
	{
		name: "T, Netflix's new drama, has cast; T, the new drama from X",
		text: "Blue Plains, Netflix's new drama, has cast its lead.\n\nProduction has begun on Blue Plains, the new drama from Jo Harte and Sam Leigh. Tom Hales will play Kaiji.",
		want: []string{"crew|Jo Harte|Blue Plains||", "crew|Sam Leigh|Blue Plains||", "cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "filming is underway on season two of T",
		text: "Filming is underway on season two of Blue Plains.\n\nTom Hales will play Kaiji.",
		want: []string{"cast|Tom Hales|Blue Plains|Kaiji|"},
	},
	{
		name: "X is designing the characters; X will be editing the film; not editing a magazine",
		text: "Blue Moons is a new anime.\n\nYui Satoh is designing the characters. Mahesh Narayan will be editing the film. Kim Leigh is editing a magazine.",
		want: []string{"crew|Yui Satoh|Blue Moons||", "crew|Mahesh Narayan|Blue Moons||"},
	},
	{
		name: "Character (Surname) of a person named in full, in a sentence about bringing characters back",
		text: "Hocus Focus 2 is coming to Disney+.\n\nOriginal stars Sarah Jessica Parkin and Kathy Najimi will reprise their roles. The sequel will follow three women who bring back the sisters Sarah (Parkin) and Mary (Najimi).",
		want: []string{"cast|Sarah Jessica Parkin|Hocus Focus 2|Sarah|", "cast|Kathy Najimi|Hocus Focus 2|Mary|"},
	},
	{
		name: "a bracket title with a possessive inside: JoJo’s Bizarre Venture, Life’s Too Short; a character named like its show stays one",
		text: "Attack on Giants season 2 has an English dub.\n\nYasuko Kobayashy (JoJo’s Bizarre Venture, Shakugan no Shan) returns. Jo Enrite (Life’s Too Shorts) joins. Keiko Kitagawo (live-action Sailor Moons's Sailor Mars) joins.",
		want: []string{"cast|Yasuko Kobayashy|JoJo’s Bizarre Venture||", "cast|Yasuko Kobayashy|Shakugan no Shan||", "cast|Yasuko Kobayashy|Attack on Giants||",
			"cast|Jo Enrite|Life’s Too Shorts||", "cast|Jo Enrite|Attack on Giants||", "cast|Keiko Kitagawo|Sailor Moons|Sailor Mars|", "cast|Keiko Kitagawo|Attack on Giants||"},
	},
	{
		name: "jobs after as: working as Assistant ADR Engineers; returned as character designer",
		text: "Attack on Giants season 2 has an English dub.\n\nBrandon Peterson will serve as ADR Engineer, with Xavier Earle and Goeff Bisent working as Assistant ADR Engineers. Kyoji Asana returned as character designer.",
		want: []string{"crew|Brandon Peterson|Attack on Giants||", "crew|Xavier Earle|Attack on Giants||", "crew|Goeff Bisent|Attack on Giants||", "crew|Kyoji Asana|Attack on Giants||"},
	},
	{
		name: "a headline's cast for a now-streaming simuldub T",
		text: "Funimation announces English cast for now-streaming simuldub Pop Team Epical\n\nFunimation is now streaming Pop Team Epical. Also cast are Tokyo Ghoul‘s Clifford Chapine as Daichi, and Noragami‘s Bryn Apprille as Sosogu.",
		want: []string{"cast|Clifford Chapine|Pop Team Epical|Daichi|", "cast|Clifford Chapine|Tokyo Ghoul||", "cast|Bryn Apprille|Pop Team Epical|Sosogu|", "cast|Bryn Apprille|Noragami||"},
	},
	{
		name: "confirmed as returning cast members; ages in brackets after names; Fuji TV is a network",
		text: "A third season of Fuji TV's popular drama series \"Iryuu\" has been confirmed. WaT member Teppei Koiki (24) has been confirmed as a returning cast member. Sadao Abbe and Mari Natsuko have also been confirmed as returning cast members.",
		want: []string{"cast|Teppei Koiki|Iryuu||", "cast|Sadao Abbe|Iryuu||", "cast|Mari Natsuko|Iryuu||"},
	},
	{
		name: "X, director of Netflix's T (2019),; director Y's T and worked together in T; star of Oscar winner T; a maker's title after in or was is no character",
		text: "Tom Hale joins the cast of Blue Planet.\n\nIm Phil-seong, director of Netflix’s “Personae” (2019), will helm it. Hale and Mira Senn have worked together in director Balan's Avan Ivana. Hale, star of Oscar winner “Parasitic”, is thrilled. His last outing was Govin Moonish's Babula (1986).",
		want: []string{"cast|Tom Hale|Blue Planet||", "crew|Im Phil-seong|Personae||director", "crew|Balan|Avan Ivana||director", "cast|Tom Hale|Avan Ivana||", "cast|Mira Senn|Avan Ivana||", "cast|Tom Hale|Parasitic||"},
	},
	{
		name: "counted works: appeared in four films, including the acclaimed X film T; has directed several features, including 2012's T; co-starred in last year's T",
		text: "Blue Planet is a new KBS drama.\n\nGo Kyung-pyu has already appeared in four films, including the acclaimed Park Chan-wooke film Decision to Leaves and Netflix action film Seoul Vibes. Mia Joffil has directed several features before, including 2012’s Red Skies. Dustin Hoffmann and Emma Thompsen co-starred in last year’s Stranger Than Fictions. Tim Ray will direct two episodes.",
		want: []string{"cast|Go Kyung-pyu|Decision to Leaves||", "cast|Go Kyung-pyu|Seoul Vibes||", "crew|Park Chan-wooke|Decision to Leaves||", "crew|Mia Joffil|Red Skies||director",
			"cast|Dustin Hoffmann|Stranger Than Fictions||", "cast|Emma Thompsen|Stranger Than Fictions||", "crew|Tim Ray|Blue Planet||director"},
	},
	{
		name: "his roles as C1 in T1 and C2 in T2; known for S.W.A.T. and T (an abbreviation's last dot in a list)",
		text: "Blue Planet is a new KBS drama.\n\nRalph Inesson is best known for his roles as Amycus Carow in Harry Potters and Dagmer Cleft in Game of Thorns. Lou Ferrigna, who is known for S.W.A.T. and Stargirls, will play Ryan.",
		want: []string{"cast|Ralph Inesson|Harry Potters|Amycus Carow|", "cast|Ralph Inesson|Game of Thorns|Dagmer Cleft|", "cast|Lou Ferrigna|S.W.A.T||", "cast|Lou Ferrigna|Stargirls||", "cast|Lou Ferrigna|Blue Planet|Ryan|"},
	},
	{
		name: "a year in brackets after each listed title; the 4th episode of T, an upcoming episode of T; a place's name after the is no subject",
		text: "Blue Planet is a new KBS drama.\n\nVineet Singhal was part of acclaimed films like Gangs Of Wasseypurr series (2012), Bombay Talkie (2013), Uglier (2013) among others. Kathryn Winnik, who played Hannah on “Bonez” last season, will guest star on the 4th episode of “Nikito.” Parker Posi will play the ex-wife of Eli on an upcoming episode of “The Good Wifey.” Actor Stephen Tomkins, who grew up on the Fylde coast will also appear in Sherwoody.",
		want: []string{"cast|Vineet Singhal|Gangs Of Wasseypurr||", "cast|Vineet Singhal|Bombay Talkie||", "cast|Vineet Singhal|Uglier||", "cast|Kathryn Winnik|Bonez|Hannah|", "cast|Kathryn Winnik|Nikito||",
			"cast|Parker Posi|The Good Wifey||", "cast|Stephen Tomkins|Sherwoody||"},
	},
	{
		name: "directed by A and B, starring X (B is no title); X, who penned T for ITV, is writing U; a headline's surname is no show",
		text: "Horowitt, Wainwrite and Morgen create three new dramas for ITV1\n\nITV has commissioned new dramas from Anton Horowitt, Sal Wainwrite and Pete Morgen, which will be broadcast next year. Horowitt, who penned Collisions for ITV, is writing Injustices, which will star James Purefoi.",
		want: []string{"crew|Anton Horowitt|Collisions||writer", "crew|Anton Horowitt|Injustices||writer", "cast|James Purefoi|Injustices||"},
	},
	{
		name: "directed by A and B, starring X: B is no title",
		text: "Blue Planet is a new drama.\n\nProduced by BKM, directed by Burak Aksaq and Selcuk Aydemor, starring Engin Ozturc.",
		want: []string{"crew|Burak Aksaq|Blue Planet||director", "crew|Selcuk Aydemor|Blue Planet||director", "cast|Engin Ozturc|Blue Planet||"},
	},
	{
		name: "X PD (T1, T2): a Korean producer-director's title before the bracket; X is producing with A and B",
		text: "Blue Planet is a new KBS drama.\n\nThe drama will be directed by Kwak Jung Hwon PD (The K3, Ms. Hammurabo). Nambia is also producing with Bhushan Kumer and Krishan Kumer.",
		want: []string{"crew|Kwak Jung Hwon|The K3||", "crew|Kwak Jung Hwon|Ms. Hammurabo||", "crew|Kwak Jung Hwon|Blue Planet||director", "crew|Nambia|Blue Planet||producer", "crew|Bhushan Kumer|Blue Planet||producer", "crew|Krishan Kumer|Blue Planet||producer"},
	},
	{
		name: "an untitled project: no title of the opening is guessed for it, its cast's earlier work stays",
		text: "Streamer commissions series about bank robber Brenda Abbot\n\nThe 6 x 1-hour scripted series (as yet untitled) is inspired by the true story of 'The Postcard Bandits'. George Masen (The Power of the Cat) leads the cast as Brenda Abbot.",
		want: []string{"cast|George Masen|The Power of the Cat||"},
	},
	{
		name: "cast in new dramas (plural, unnamed): no credit in the article's show",
		text: "Blue Planet is a new KBS drama.\n\nMany fine actors have been cast in new dramas headed to BBC and ITV, including Amelia Bullmor, Kevin Doil, and Keeley Haws. Mia Senn has been cast in the drama.",
		want: []string{"cast|Mia Senn|Blue Planet||"},
	},
	{
		name: "Birmingham-based, London-set: a place made a describing word is no title",
		text: "Blue Planet is a new ITV drama.\n\nSophie Rundel is best known for her role as Ada Shelbi in Birmingham-based gang drama. Mia Senn starred in London-set thriller Red Skies.",
		want: []string{"cast|Mia Senn|Red Skies||"},
	},
	{
		name: "a character's first name used alone is no person: as Dean-Levine Wilkins. Dean will play",
		text: "Blue Planet is a new ITV drama.\n\nTaye Diggz will appear in a recurring capacity as Dean-Levine Wilkins. Dean will play the part of an equity partner.",
		want: []string{"cast|Taye Diggz|Blue Planet|Dean-Levine Wilkins|"},
	},
	{
		name: "X (who starred in T), X (in the short film T), not (in London); Back in a title does not make the cast returning; a one-word name after a performer noun",
		text: "Blue Planet is a new KBS drama.\n\nAaron Taylor-Jonson (who starred in Nocturnal Animalz) and Mark Strang round out the cast. Yoo Ah-im (in the short film Fragiles) is in talks. Kang So-rah (Neighborhood Lawyers) will star opposite Rainn (Come Back Ajusshis). Member-turned-actor Choi Siwan will also star. Veteran actor Cheram is set to headline it.",
		want: []string{"cast|Aaron Taylor-Jonson|Blue Planet||", "cast|Aaron Taylor-Jonson|Nocturnal Animalz||", "cast|Mark Strang|Blue Planet||", "cast|Yoo Ah-im|Fragiles||",
			"cast|Kang So-rah|Neighborhood Lawyers||", "cast|Kang So-rah|Blue Planet||", "cast|Rainn|Come Back Ajusshis||", "cast|Rainn|Blue Planet||", "cast|Choi Siwan|Blue Planet||", "cast|Cheram|Blue Planet||"},
	},
}
