package extract

// probeR1Constructions are TestConstructions' cases written as made-up
// television casting and soap news before reading the corpus: a performer
// joins, leaves, returns to, takes a break from or is written out of a
// series or soap; "X, who plays C"; "X (C)"; "best known for playing C in
// T"; renewals and new seasons with their cast; spin-offs; K-dramas,
// telenovelas, Turkish dizi, Filipino teleseryes and British, Australian,
// South African and Nigerian soaps written about in English.
var probeR1Constructions = []construction{
	{
		name: "a soap star quits: X is leaving T after six years as C",
		text: "Marsh Green star Tilly Vantrell quits soap after six years\n\nTilly Vantrell is leaving Marsh Green after six years as Dotty Pennock.\n\nThe actress, 29, has already filmed her final scenes and will bow out later this year. A soap spokesperson said: \"We wish her all the best.\"",
		want: []string{"cast|Tilly Vantrell|Marsh Green|Dotty Pennock|"},
	},
	{
		name: "X, who plays C in T, is taking a break from the soap",
		text: "Harbour Lane's Reza Kalani takes break from soap\n\nReza Kalani, who plays Dev Morrow in Harbour Lane, is taking a break from the soap to spend time with his family.\n\nHis character will be written out temporarily next month.",
		want: []string{"cast|Reza Kalani|Harbour Lane|Dev Morrow|"},
	},
	{
		name: "spoilers: character (actor) on the headline's soap",
		text: "Elmstead Road spoilers: Gus faces the music\n\nNext week on Elmstead Road, Gus Prentiss (Callum Roake) is left reeling when Nadia Bright (Safiya Orme) reveals her secret.",
		want: []string{"cast|Callum Roake|Elmstead Road|Gus Prentiss|", "cast|Safiya Orme|Elmstead Road|Nadia Bright|"},
	},
	{
		name: "an obituary: X, best known for playing C in T, has died",
		text: "Veteran actor Osric Penhale dies at 81\n\nOsric Penhale, best known for playing Alf Maddox in Thornbury Green, has died aged 81.\n\nHe joined the soap in 1979 and stayed for two decades.",
		want: []string{"cast|Osric Penhale|Thornbury Green|Alf Maddox|"},
	},
	{
		name: "best known for playing a describing noun and C in T",
		text: "Gilda Marchbank joins Copper Sky\n\nGilda Marchbank, best known for playing publican Nan Briers in Thornbury Green, has joined the cast of Copper Sky.",
		want: []string{"cast|Gilda Marchbank|Thornbury Green|Nan Briers|", "cast|Gilda Marchbank|Copper Sky||"},
	},
	{
		name: "a K-drama: actress X has been cast as the female lead in the network's upcoming drama 'T'; she will play C; actor Y will take on the role of D",
		text: "Han Seo-rin confirmed for new KBS2 drama 'Spring Letters'\n\nActress Han Seo-rin has been cast as the female lead in KBS2's upcoming weekend drama 'Spring Letters'.\n\nShe will play Yoon Da-eun, a florist who runs a shop in a small seaside town. Actor Baek Tae-joon will take on the role of Kang Min-hyuk.",
		want: []string{"cast|Han Seo-rin|Spring Letters|Yoon Da-eun|", "cast|Baek Tae-joon|Spring Letters|Kang Min-hyuk|"},
	},
	{
		name: "a telenovela: the network's new telenovela 'T' stars A and B; A plays C",
		text: "Telemundo unveils 'Corazón de Arena'\n\nTelemundo's new telenovela 'Corazón de Arena' stars Valeria Montiel and Rodrigo Salcedo.\n\nMontiel plays Lucía Ferrer, a young doctor who returns to her hometown.",
		want: []string{"cast|Valeria Montiel|Corazón de Arena|Lucía Ferrer|", "cast|Rodrigo Salcedo|Corazón de Arena||"},
	},
	{
		name: "a Turkish dizi: Turkish series T, starring A and B, has been renewed; A plays C",
		text: "Turkish series Kuzey Rüzgarı renewed\n\nTurkish series Kuzey Rüzgarı, starring Emre Aksoylu and Defne Kaymaz, has been renewed for a second season.\n\nAksoylu plays Yavuz, a fisherman torn between two families.",
		want: []string{"cast|Emre Aksoylu|Kuzey Rüzgarı|Yavuz|", "cast|Defne Kaymaz|Kuzey Rüzgarı||"},
	},
	{
		name: "a teleserye: X is the latest addition to the cast of the teleserye 'T'; she will portray C, the sister of D (Y)",
		text: "Kapuso actress Maja Lorenzana joins 'Bituin sa Dilim'\n\nKapuso actress Maja Lorenzana is the latest addition to the cast of the GMA primetime teleserye 'Bituin sa Dilim'.\n\nShe will portray Marisol, the long-lost sister of Andres (Paolo Dimaculangan).",
		want: []string{"cast|Maja Lorenzana|Bituin sa Dilim|Marisol|", "cast|Paolo Dimaculangan|Bituin sa Dilim|Andres|"},
	},
	{
		name: "a South African soap: actor X, who played C on the SABC1 soap T for eight years, has announced his exit",
		text: "Sizwe Mthembeni bids farewell to 'Ubuntu Lane'\n\nActor Sizwe Mthembeni, who played Mandla Khoza on the SABC1 soap Ubuntu Lane for eight years, has announced his exit.\n\nViewers will see his last episodes in March.",
		want: []string{"cast|Sizwe Mthembeni|Ubuntu Lane|Mandla Khoza|"},
	},
	{
		name: "a return: former T favourite X is returning to the soap as C",
		text: "Ione Carrick returns to Marsh Green\n\nFormer Marsh Green favourite Ione Carrick is returning to the soap as Bev Lomax, ten years after she left.",
		want: []string{"cast|Ione Carrick|Marsh Green|Bev Lomax|"},
	},
	{
		name: "a renewal: T has been renewed for a fourth season; stars A, B and C will all return",
		text: "Hollow Creek renewed for season 4\n\nHollow Creek has been renewed for a fourth season.\n\nStars Tobias Wrenfield, Maddie Okoro and Finn Galloway will all return.",
		want: []string{"cast|Tobias Wrenfield|Hollow Creek||", "cast|Maddie Okoro|Hollow Creek||", "cast|Finn Galloway|Hollow Creek||"},
	},
	{
		name: "trade press: X has joined the cast of the network's 'T' for its second season; X will recur as C",
		text: "Jesse Halvorsen Joins 'The Lantern Keepers' Season 2 at Peacock (Exclusive)\n\nJesse Halvorsen has joined the cast of Peacock's 'The Lantern Keepers' for its second season, Variety has learned.\n\nHalvorsen will recur as Marcus Gale, a detective with a grudge.",
		want: []string{"cast|Jesse Halvorsen|The Lantern Keepers|Marcus Gale|"},
	},
	{
		name: "trade press: 'T' adds A, B as series regulars; A will play C; B plays D; the drama from creator Y",
		text: "'Copper Sky' Adds Nadia Fenwick, Rupert Ashdown as Series Regulars\n\nNadia Fenwick and Rupert Ashdown have been cast as series regulars in Copper Sky, the HBO drama from creator Liam Tarrow.\n\nFenwick will play Wynne, a rancher's widow. Ashdown plays Bodie, her brother-in-law.",
		want: []string{"cast|Nadia Fenwick|Copper Sky|Wynne|", "cast|Rupert Ashdown|Copper Sky|Bodie|", "crew|Liam Tarrow|Copper Sky||creator"},
	},
	{
		name: "the drama, created by Y, stars X as C",
		text: "Netflix renews 'Hollow Creek' for season 2\n\nNetflix has renewed 'Hollow Creek' for a second season.\n\nThe drama, created by Mara Elliston, stars Tobias Wrenfield as Cole Dunning, a small-town sheriff.",
		want: []string{"cast|Tobias Wrenfield|Hollow Creek|Cole Dunning|", "crew|Mara Elliston|Hollow Creek||creator"},
	},
	{
		name: "Indian TV: X, who is seen as C in 'T', opens up about the show",
		text: "Karan Sethiya on Rang Mahal\n\nKaran Sethiya, who is seen as Shaurya in 'Rang Mahal', opened up about the show's success.",
		want: []string{"cast|Karan Sethiya|Rang Mahal|Shaurya|"},
	},
	{
		name: "Korean: A and B confirmed to star in new JTBC drama; A will play the role of C",
		text: "Ahn Ji-hoon and Seo Yu-bin confirmed for new JTBC drama 'Paper Lanterns'\n\nAhn Ji-hoon and Seo Yu-bin have been confirmed to star in JTBC's new drama 'Paper Lanterns'.\n\nAhn Ji-hoon will play the role of Choi Jun-seok, a cold-hearted lawyer.",
		want: []string{"cast|Ahn Ji-hoon|Paper Lanterns|Choi Jun-seok|", "cast|Seo Yu-bin|Paper Lanterns||"},
	},
	{
		name: "Korean: 'T' confirms season 2; A and B will return",
		text: "'Midnight Pharmacy' confirms season 2\n\n'Midnight Pharmacy' has confirmed a second season with its original cast.\n\nCho Min-seol and Yoo Jae-han will return as the pharmacists Seo-ah and Geon-woo.",
		want: []string{"cast|Cho Min-seol|Midnight Pharmacy|Seo-ah|", "cast|Yoo Jae-han|Midnight Pharmacy|Geon-woo|"},
	},
	{
		name: "X has been cast in T",
		text: "Marsh Green casting\n\nOmari Whitlow has been cast in Marsh Green as Dale Pennock, the nephew of Dotty.",
		want: []string{"cast|Omari Whitlow|Marsh Green|Dale Pennock|"},
	},
	{
		name: "daytime exit: X exits 'T' after five years as C",
		text: "Ava Thornbury exits 'Harbor General'\n\nAva Thornbury is exiting 'Harbor General' after five years as Lena Crosswell. Her final airdate is June 4.",
		want: []string{"cast|Ava Thornbury|Harbor General|Lena Crosswell|"},
	},
	{
		name: "joins the cast of T as C, the son of D (Y)",
		text: "Harbour Lane newcomer\n\nMilo Brannagh joins the cast of Harbour Lane as Zane Cutler, the estranged son of landlady Ruth Cutler (Agnes Dorley).",
		want: []string{"cast|Milo Brannagh|Harbour Lane|Zane Cutler|", "cast|Agnes Dorley|Harbour Lane|Ruth Cutler|"},
	},
	{
		name: "a spin-off ordered with X reprising his role as C",
		text: "CBS orders 'Red Quarry' spinoff 'Red Quarry: Blackwater'\n\nCBS has ordered 'Red Quarry: Blackwater', a spinoff of its hit procedural.\n\nJonas Kelland will reprise his role as Cole Marsh in the new series.",
		want: []string{"cast|Jonas Kelland|Red Quarry: Blackwater|Cole Marsh|"},
	},
	{
		name: "season two of T, which stars A and B, premieres",
		text: "Dustwater season two date\n\nSeason two of Dustwater, which stars Hollis Kerrigan and Yara Delacroix, premieres on Hulu in March.",
		want: []string{"cast|Hollis Kerrigan|Dustwater||", "cast|Yara Delacroix|Dustwater||"},
	},
	{
		name: "Nigerian: the series features Nollywood stars A, B and C",
		text: "New drama 'Eko Hearts' debuts on Showmax\n\nShowmax's new drama 'Eko Hearts' debuts on Friday.\n\nThe series features Nollywood stars Chidinma Eze-Odu, Tunde Bakare-Lawal and Funmi Adeyemo-Cole.",
		want: []string{"cast|Chidinma Eze-Odu|Eko Hearts||", "cast|Tunde Bakare-Lawal|Eko Hearts||", "cast|Funmi Adeyemo-Cole|Eko Hearts||"},
	},
	{
		name: "X has landed a role in T",
		text: "Kemi Oduya lands role in Palace of Secrets\n\nRising star Kemi Oduya has landed a role in Palace of Secrets as Princess Ayo.",
		want: []string{"cast|Kemi Oduya|Palace of Secrets|Princess Ayo|"},
	},
	{
		name: "X reprises her role as C in season 2",
		text: "Quillon Heights season 2 cast\n\nDara Voss reprises her role as Mira Castell in season 2 of Quillon Heights.",
		want: []string{"cast|Dara Voss|Quillon Heights|Mira Castell|"},
	},
	{
		name: "in the new season, X is joined by Y, who plays C",
		text: "Glass Harbour returns\n\nGlass Harbour returns for a fourth series on Sunday.\n\nIn the new series, Freya Lomond is joined by Anwen Price-Hollis, who plays a rookie officer named Jo Teague.",
		want: []string{"cast|Freya Lomond|Glass Harbour||", "cast|Anwen Price-Hollis|Glass Harbour|Jo Teague|"},
	},
	{
		name: "the telenovela, which stars X as C, airs on the network",
		text: "'Amor en Llamas' tops ratings\n\n'Amor en Llamas' was the most-watched show of the week. The telenovela, which stars Ximena Barroso as Xiomara, airs weeknights on Univision.",
		want: []string{"cast|Ximena Barroso|Amor en Llamas|Xiomara|"},
	},
	{
		name: "Turkish: A and B play the leads in the Turkish drama T",
		text: "Ay Işığı becomes global hit\n\nEngin Yaltırık and Selin Derenoğlu play the leads in the Turkish drama Ay Işığı, which has become a hit in Latin America.",
		want: []string{"cast|Engin Yaltırık|Ay Işığı||", "cast|Selin Derenoğlu|Ay Işığı||"},
	},
	{
		name: "the ensemble cast also includes A, B and C",
		text: "Copper Sky adds to cast\n\nHBO's Copper Sky has rounded out its cast. The ensemble cast also includes Wilda Harrow, Tomasz Reyl and Jun Okabe-Ross.",
		want: []string{"cast|Wilda Harrow|Copper Sky||", "cast|Tomasz Reyl|Copper Sky||", "cast|Jun Okabe-Ross|Copper Sky||"},
	},
	{
		name: "a K-drama cast in a row: the drama stars A, B and C; A plays C1",
		text: "'Winter Orchard' unveils script reading\n\nThe upcoming tvN drama 'Winter Orchard' has released photos from its script reading.\n\nThe drama stars Jang Ye-rin, Oh Tae-kyung and Nam Gyu-ri. Jang Ye-rin plays Seo Hae-won, a pianist who loses her hearing.",
		want: []string{"cast|Jang Ye-rin|Winter Orchard|Seo Hae-won|", "cast|Oh Tae-kyung|Winter Orchard||", "cast|Nam Gyu-ri|Winter Orchard||"},
	},
	{
		name: "a performer moves to a rival soap: X, who played C in T, has joined the cast of U as D",
		text: "Brookvale Bay's Sol Hendry joins Summer Cove\n\nSol Hendry, who played Ricky Fane in Brookvale Bay, has joined the cast of Summer Cove as Liam Porter.",
		want: []string{"cast|Sol Hendry|Brookvale Bay|Ricky Fane|", "cast|Sol Hendry|Summer Cove|Liam Porter|"},
	},
	{
		name: "T returns for a third season with A, B and C",
		text: "Quillon Heights renewed\n\nQuillon Heights returns for a third season with Dara Voss, Emeric Lund and Prisha Nandal.",
		want: []string{"cast|Dara Voss|Quillon Heights||", "cast|Emeric Lund|Quillon Heights||", "cast|Prisha Nandal|Quillon Heights||"},
	},
	{
		name: "a season after a coming back, then the cast after with: is back for Season 2 with A and B; returns for its final series with A as C; not with networks",
		text: "Quillon Heights renewed\n\nQuillon Heights is back for Season 2 with Dara Voss and Emeric Lund. The soap returns for its final series with Prisha Nandal as Mira Castell. It returns for a third season with Hulu.",
		want: []string{"cast|Dara Voss|Quillon Heights||", "cast|Emeric Lund|Quillon Heights||", "cast|Prisha Nandal|Quillon Heights|Mira Castell|"},
	},
	{
		name: "a Nigerian drama: X is returning to the drama series 'T' as C in its fourth season",
		text: "Adaeze Okonkwo-Bello returns to 'Palace of Secrets'\n\nNollywood actress Adaeze Okonkwo-Bello is returning to the Africa Magic drama series 'Palace of Secrets' as Queen Amara in its fourth season.",
		want: []string{"cast|Adaeze Okonkwo-Bello|Palace of Secrets|Queen Amara|"},
	},
	{
		name: "an Australian soap: long-time T star X has confirmed she is leaving the show after 12 years playing C",
		text: "Brookvale Bay star confirms exit\n\nLong-time Brookvale Bay star Kirra Dunmore has confirmed she is leaving the show after 12 years playing Tess Hargrove.",
		want: []string{"cast|Kirra Dunmore|Brookvale Bay|Tess Hargrove|"},
	},
	{
		name: "a headline's verb of leaving or coming back names the article's show: X quits T, X to leave T, X returns to T, X bows out of T (named again, or taken up as the soap); not X Quits After 12 Years",
		text: "Ferne Quayle quits Sandcastle Row\n\nFerne Quayle is leaving the soap after nine years as Dina Yarrow.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "X Returns To T: the show; is returning to the network's drama series T as C",
		text: "Ferne Quayle Returns To 'Sandcastle Row'\n\nFerne Quayle is returning to the Showmax drama series 'Sandcastle Row' as Dina Yarrow.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "T Star Quits After 12 Years: T, not the time; X is leaving the show after 12 years playing C",
		text: "Sandcastle Row Star Quits After 12 Years\n\nFerne Quayle is leaving the show after 12 years playing Dina Yarrow. Sandcastle Row will air her last scenes in May.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "X to leave T; Long-time T star Y has confirmed she is leaving after nearly a decade playing C",
		text: "Ferne Quayle to leave Sandcastle Row\n\nLong-time Sandcastle Row star Ferne Quayle has confirmed she is leaving after nearly a decade playing Dina Yarrow.\n\nSandcastle Row airs weeknights.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "the series stars A, who returns as C, with B as D",
		text: "Glass Harbour series 3 first look\n\nThe BBC has released first-look images for the third series of Glass Harbour.\n\nThe series stars Freya Lomond, who returns as Kate Rennie, with Callum Dreyer as Tom Ashby.",
		want: []string{"cast|Freya Lomond|Glass Harbour|Kate Rennie|", "cast|Callum Dreyer|Glass Harbour|Tom Ashby|"},
	},
	{
		name: "a British headline's season after the title, T series 2 first look: the number after series is a season, no title; T is the article's show",
		text: "Sandcastle Row series 2 first look\n\nChannel 4 has released the first images from the second series of Sandcastle Row.\n\nThe drama stars Ferne Quayle and Otto Brisk.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row||", "cast|Otto Brisk|Sandcastle Row||"},
	},
	{
		name: "a spin-off casts its lead: X will star in T, the prequel spin-off; he plays C",
		text: "Grey Tower spin-off casts its lead\n\nLennox Farrowby will star in Grey Tower: Origins, the prequel spin-off of the hit fantasy drama.\n\nHe plays Aldric Vane, a squire who rises to command the tower guard.",
		want: []string{"cast|Lennox Farrowby|Grey Tower: Origins|Aldric Vane|"},
	},
	{
		name: "the lead's X is set to star in T, X has landed a role in T: T is the show of what follows (She will play C)",
		text: "Casting news\n\nFerne Quayle is set to star in Sandcastle Row.\n\nShe will play Dina Yarrow, a lifeguard.",
		want: []string{"cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "X has landed a role in T; He plays C",
		text: "Casting news\n\nOtto Brisk has landed a role in Sandcastle Row.\n\nHe plays Lars Yarrow.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|"},
	},
	{
		name: "written out: X has been written out of T; the actor, who has played mechanic C since 2015",
		text: "Soap bosses axe Dale Finchley\n\nDale Finchley has been written out of Elmstead Road.\n\nThe actor, who has played mechanic Rob Tate since 2015, was told of the decision last week.",
		want: []string{"cast|Dale Finchley|Elmstead Road|Rob Tate|"},
	},
	{
		name: "British: X is to leave T; X, 34, has played nurse C since 2018",
		text: "EXCLUSIVE: Marsh Green's Bethan Rowell to leave soap\n\nBethan Rowell is to leave Marsh Green after she was axed by producers.\n\nRowell, 34, has played nurse Gemma Crane since 2018.",
		want: []string{"cast|Bethan Rowell|Marsh Green|Gemma Crane|"},
	},
	{
		name: "the soap in the headline only: X has quit the soap after ten years as C",
		text: "Thornbury Green: Kit Ambery quits\n\nKit Ambery has quit the soap after ten years as Danny Wray.\n\nThe actor said he wanted new challenges.",
		want: []string{"cast|Kit Ambery|Thornbury Green|Danny Wray|"},
	},
	{
		name: "Australian: X, who plays C on T, has been nominated; a soap-style possessive name, T's C (X)",
		text: "Summer Cove's Jai Kellerman up for award\n\nJai Kellerman, who plays Brody Hale on Summer Cove, has been nominated for best actor.\n\nSummer Cove's Rhiannon Blake (Suki Tarrant) is also nominated.",
		want: []string{"cast|Jai Kellerman|Summer Cove|Brody Hale|", "cast|Suki Tarrant|Summer Cove|Rhiannon Blake|"},
	},
	{
		name: "the lead's performer leaving or pausing names the article's show: X is taking a break from T; He plays C",
		text: "Soap news\n\nOtto Brisk is taking a break from Sandcastle Row.\n\nHe plays Lars Yarrow.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|"},
	},
	{
		name: "X has quit T; He played C for a decade",
		text: "Soap news\n\nOtto Brisk has quit Sandcastle Row. He played Lars Yarrow for a decade.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|"},
	},
	{
		name: "the lead's X is leaving London: a place, no show",
		text: "Moving on\n\nFerne Quayle is leaving London for good.",
		want: nil,
	},
	{
		name: "a soap headline's possessive before the performer, T's X to leave soap: T is the article's show",
		text: "Sandcastle Row's Otto Brisk to leave soap\n\nOtto Brisk is to leave Sandcastle Row this summer.\n\nBrisk, 41, has played Lars Yarrow since 2016.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|"},
	},
	{
		name: "T: X quits, the body's the soap: the title before the colon",
		text: "Sandcastle Row: Otto Brisk quits\n\nOtto Brisk has quit the soap after six years as Lars Yarrow.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|"},
	},
	{
		name: "Korean: X's agency confirmed that he will make a special appearance in 'T'",
		text: "Park Seo-hwan to make cameo in 'Blue Moon Cafe'\n\nPark Seo-hwan's agency confirmed that he will make a special appearance in 'Blue Moon Cafe'.",
		want: []string{"cast|Park Seo-hwan|Blue Moon Cafe||"},
	},
	{
		name: "Filipino: Kapamilya stars A and B topbill 'T'",
		text: "Liza Navarrete, Enzo Villarama to topbill new teleserye\n\nKapamilya stars Liza Navarrete and Enzo Villarama topbill the upcoming teleserye 'Hiraya ng Puso'.",
		want: []string{"cast|Liza Navarrete|Hiraya ng Puso||", "cast|Enzo Villarama|Hiraya ng Puso||"},
	},
	{
		name: "X's agency said that he will star in 'T' as C; Y's representatives confirmed she will make a cameo appearance in 'T'",
		text: "Casting news\n\nKang Tae-ri-on's agency said that he will star in 'Salt Lantern' as Moon Ha-jin. Yoo Bo-mi's representatives confirmed she will make a cameo appearance in 'Salt Lantern'.",
		want: []string{"cast|Kang Tae-ri-on|Salt Lantern|Moon Ha-jin|", "cast|Yoo Bo-mi|Salt Lantern||"},
	},
	{
		name: "A and B topbill the upcoming teleserye 'T' (topbill, topbills, topbilled: a casting verb)",
		text: "New teleseryes\n\nBayani Lacsamana and Dalisay Ocampo-Reyes topbill the upcoming teleserye 'Alon ng Puso'.",
		want: []string{"cast|Bayani Lacsamana|Alon ng Puso||", "cast|Dalisay Ocampo-Reyes|Alon ng Puso||"},
	},
	{
		name: "a soap newcomer: X will make her debut as C next month",
		text: "Ravenshaw Close casts new barmaid\n\nRavenshaw Close has cast Tamsin Olawale as barmaid Jade Pruitt.\n\nOlawale will make her debut as Jade next month.",
		want: []string{"cast|Tamsin Olawale|Ravenshaw Close|Jade Pruitt|"},
	},
	{
		name: "a K-drama's leads: A and B have been confirmed as the leads of the network's new drama 'T'",
		text: "'Frost Garden' confirms its leads\n\nSong Ji-wan and Lee Hae-rim have been confirmed as the leads of MBC's new drama 'Frost Garden'.\n\nSong Ji-wan will play a detective named Yoo Geon.",
		want: []string{"cast|Song Ji-wan|Frost Garden|Yoo Geon|", "cast|Lee Hae-rim|Frost Garden||"},
	},
	{
		name: "a telenovela's remake: the network's remake of T stars A as C and B as D",
		text: "Univision orders 'Sombras del Valle'\n\nUnivision's 'Sombras del Valle' stars Itzel Cárdenas as Marisela and Joaquín Bermejo as Teodoro.",
		want: []string{"cast|Itzel Cárdenas|Sombras del Valle|Marisela|", "cast|Joaquín Bermejo|Sombras del Valle|Teodoro|"},
	},
	{
		name: "a Turkish dizi's season: season 2 of T will see A and B return",
		text: "Kırık Aynalar season 2\n\nSeason 2 of Kırık Aynalar will see Cem Yıldırımoğlu and Ayça Dervişoğlu return as Yusuf and Nehir.",
		want: []string{"cast|Cem Yıldırımoğlu|Kırık Aynalar|Yusuf|", "cast|Ayça Dervişoğlu|Kırık Aynalar|Nehir|"},
	},
	{
		name: "a Nigerian series: X plays C in the Netflix series T, which also stars Y",
		text: "Lagos Tides review\n\nAdunni Fashola plays Bisola in the Netflix series Lagos Tides, which also stars Obinna Chukwuma.",
		want: []string{"cast|Adunni Fashola|Lagos Tides|Bisola|", "cast|Obinna Chukwuma|Lagos Tides||"},
	},
	{
		name: "a South African soap's recast: X has taken over the role of C",
		text: "Jozi Heights recasts Thandeka\n\nJozi Heights has a new Thandeka. Nomvula Dlamini-Khoza has taken over the role of Thandeka Sithole.",
		want: []string{"cast|Nomvula Dlamini-Khoza|Jozi Heights|Thandeka Sithole|"},
	},
	{
		name: "an American renewal: T's returning cast includes A, B and C",
		text: "'Cedar Falls' renewed for season 3\n\nNBC has renewed 'Cedar Falls' for a third season. The returning cast includes Mallory Quince, Desmond Achebe-Ward and Lyle Penrose.",
		want: []string{"cast|Mallory Quince|Cedar Falls||", "cast|Desmond Achebe-Ward|Cedar Falls||", "cast|Lyle Penrose|Cedar Falls||"},
	},
	{
		name: "a spin-off with the original's star: X will reprise her role as C from T in the spin-off U",
		text: "'Cedar Falls' spin-off ordered\n\nNBC has ordered 'Cedar Falls: Riverside', a spin-off of 'Cedar Falls'. Mallory Quince will reprise her role as Dana Whitlock in the spin-off.",
		want: []string{"cast|Mallory Quince|Cedar Falls: Riverside|Dana Whitlock|"},
	},
	{
		name: "a Filipino teleserye: X plays C in the GMA teleserye T, alongside Y",
		text: "Bagong Liwayway premieres Monday\n\nMarites Dantes plays Luningning in the GMA teleserye Bagong Liwayway, alongside Rodel Macaraeg.",
		want: []string{"cast|Marites Dantes|Bagong Liwayway|Luningning|", "cast|Rodel Macaraeg|Bagong Liwayway||"},
	},
	{
		name: "a British soap's exit story: the actress, who has played C since 2011, will leave the soap",
		text: "Ravenshaw Close star Tamsin Olawale quits\n\nTamsin Olawale is quitting Ravenshaw Close. The actress, who has played Jade Pruitt since 2011, will film her final scenes in the spring.",
		want: []string{"cast|Tamsin Olawale|Ravenshaw Close|Jade Pruitt|"},
	},
	{
		name: "a fan site's return: C is back! X reprises the role",
		text: "Ravenshaw Close: Jade Pruitt is back!\n\nTamsin Olawale is reprising the role of Jade Pruitt in Ravenshaw Close this summer.",
		want: []string{"cast|Tamsin Olawale|Ravenshaw Close|Jade Pruitt|"},
	},
	{
		name: "an Australian soap's new family: A, B and C join T as the D family",
		text: "Summer Cove welcomes new family\n\nGrant Mulvaney, Leah Castaldi and Ruby Tran-Mulvaney join Summer Cove as the Mulvaney family.",
		want: []string{"cast|Grant Mulvaney|Summer Cove||", "cast|Leah Castaldi|Summer Cove||", "cast|Ruby Tran-Mulvaney|Summer Cove||"},
	},
	{
		name: "a K-drama's cameo list: A, B and C will make special appearances in T",
		text: "'Frost Garden' cameos\n\nPark Il-woo, Min Seo-ah and Jo Han-gyeol will make special appearances in 'Frost Garden'.",
		want: []string{"cast|Park Il-woo|Frost Garden||", "cast|Min Seo-ah|Frost Garden||", "cast|Jo Han-gyeol|Frost Garden||"},
	},
	{
		name: "A and B made special cameos in 'T' (the plural after special, as the singular is read)",
		text: "Cameo news\n\nKang Tae-ri-on and Yoo Bo-mi made special cameos in 'Salt Lantern'.",
		want: []string{"cast|Kang Tae-ri-on|Salt Lantern||", "cast|Yoo Bo-mi|Salt Lantern||"},
	},
	{
		name: "daytime recast: X has been tapped to take over the role of C on the network's 'T'",
		text: "'The Restless Tide' Recasts Role of Colin Ashby\n\nDaytime veteran Graham Pellow has been tapped to take over the role of Colin Ashby on CBS's 'The Restless Tide'.",
		want: []string{"cast|Graham Pellow|The Restless Tide|Colin Ashby|"},
	},
	{
		name: "Daytime veteran X, Daytime star Y: daytime describes, no title",
		text: "'Salt Lantern' adds two\n\nDaytime veteran Otto Brisk has joined the cast of 'Salt Lantern'. Daytime star Ferne Quayle will also appear.",
		want: []string{"cast|Otto Brisk|Salt Lantern||", "cast|Ferne Quayle|Salt Lantern||"},
	},
	{
		name: "a recast: the role of C in T has gone to newcomer X",
		text: "Ravenshaw Close recasts Jade\n\nThe role of Jade Pruitt in Ravenshaw Close has gone to newcomer Saffron Achterberg.",
		want: []string{"cast|Saffron Achterberg|Ravenshaw Close|Jade Pruitt|"},
	},
	{
		name: "a K-drama's second lead: X has been cast as the second male lead in T, playing C",
		text: "Frost Garden casting\n\nNam Do-yun has been cast as the second male lead in 'Frost Garden', playing Kang Seo-jun.",
		want: []string{"cast|Nam Do-yun|Frost Garden|Kang Seo-jun|"},
	},
	{
		name: "a renewal with departures: T returns for season 4 without X, who played C",
		text: "Cedar Falls season 4\n\nCedar Falls returns for season 4 without Lyle Penrose, who played Hank Dillard for three seasons.",
		want: []string{"cast|Lyle Penrose|Cedar Falls|Hank Dillard|"},
	},
	{
		name: "a telenovela's leads in brackets after the characters: C1 (X) and C2 (Y) fall in love",
		text: "'Sombras del Valle' premieres\n\nIn 'Sombras del Valle', Marisela (Itzel Cárdenas) and Teodoro (Joaquín Bermejo) fall in love.",
		want: []string{"cast|Itzel Cárdenas|Sombras del Valle|Marisela|", "cast|Joaquín Bermejo|Sombras del Valle|Teodoro|"},
	},
	{
		name: "after a leap, X will be seen as the grown-up C; Y is seen as the older D; not Z is seen as the frontrunner",
		text: "Sandcastle Row takes a leap\n\nThe show Sandcastle Row is set for a 20-year leap. After the leap, Otto Brisk will be seen as the grown-up Lars Yarrow. Ferne Quayle is seen as the older Dina Yarrow. Tamsin Olawale is seen as the frontrunner.",
		want: []string{"cast|Otto Brisk|Sandcastle Row|Lars Yarrow|", "cast|Ferne Quayle|Sandcastle Row|Dina Yarrow|"},
	},
	{
		name: "an Australian soap's guest role: X guest stars as C in T next week",
		text: "Summer Cove guest star\n\nFormer swimmer Callie Brandtvold guest stars as Nina Rourke in Summer Cove next week.",
		want: []string{"cast|Callie Brandtvold|Summer Cove|Nina Rourke|"},
	},
	{
		name: "a title opening with a season's word and going on with another, as C in Summer Hollow, plays D in Winter Quay: the part's title",
		text: "Soap news\n\nOtto Brisk stars as Lars Yarrow in Summer Hollow. Ferne Quayle plays Dina Yarrow in Winter Quay.",
		want: []string{"cast|Otto Brisk|Summer Hollow|Lars Yarrow|", "cast|Ferne Quayle|Winter Quay|Dina Yarrow|"},
	},
}

// probeR1Open are phrasings of the same news still missed: TestConstructions
// does not run them.
var probeR1Open = []construction{
	{
		name: "X has cast A as C; A joins the soap alongside B (C2) and D (C3)",
		text: "Brookvale Bay casts new teen\n\nBrookvale Bay has cast Jonah Welby as troubled teen Kit Sorensen.\n\nWelby joins the long-running soap next month alongside Marnie Ashcroft (Lou Sorensen) and Bram Tolley (Ned Sorensen).",
		want: []string{"cast|Jonah Welby|Brookvale Bay|Kit Sorensen|", "cast|Marnie Ashcroft|Brookvale Bay|Lou Sorensen|", "cast|Bram Tolley|Brookvale Bay|Ned Sorensen|"},
	},
	{
		name: "Indian TV: actress X, who essays the role of C in the channel's show 'T', has quit the show; Y will now play C",
		text: "'Kumkum Ki Dor' actress Riya Bhardwaj quits show\n\nTV actress Riya Bhardwaj, who essays the role of Pallavi in Star Plus show 'Kumkum Ki Dor', has quit the show.\n\nThe makers have roped in Sneha Malhotran. She will now play Pallavi.",
		want: []string{"cast|Riya Bhardwaj|Kumkum Ki Dor|Pallavi|", "cast|Sneha Malhotran|Kumkum Ki Dor|Pallavi|"},
	},
	{
		name: "a teleserye finale: the lead stars A and B bid goodbye to their characters C and D",
		text: "'Hiraya ng Puso' ends its run\n\n'Hiraya ng Puso' aired its finale on Friday. Lead stars Liza Navarrete and Enzo Villarama bid goodbye to their characters, Amihan and Isko.",
		want: []string{"cast|Liza Navarrete|Hiraya ng Puso|Amihan|", "cast|Enzo Villarama|Hiraya ng Puso|Isko|"},
	},
	{
		name: "an Indian TV show's leap: after the leap, X will be seen as C",
		text: "Saanjh Ki Baati takes a leap\n\nStar Bharat's Saanjh Ki Baati is set for a 20-year leap. After the leap, Ishaan Rawal will be seen as the grown-up Vihaan.",
		want: []string{"cast|Ishaan Rawal|Saanjh Ki Baati|Vihaan|"},
	},
	{
		name: "a soap's returning villain: C is returning to T, with X back in the role",
		text: "Ravenshaw Close villain returns\n\nEvil Conrad Blight is returning to Ravenshaw Close, with Tobias Fenwright back in the role.",
		want: []string{"cast|Tobias Fenwright|Ravenshaw Close|Conrad Blight|"},
	},
}
