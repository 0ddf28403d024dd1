package extract

// probeShowConstructions are TestConstructions' cases from made-up
// articles on crew and careers, written in the phrasings trade press, wire
// copy, fan sites and outlets from several countries use for who created,
// wrote, directed, produced, showran or adapted a work, and for obituaries,
// profiles and career lists of earlier works.
var probeShowConstructions = []construction{
	{
		name: "a network orders T from creator X; X will also serve as showrunner and executive produce alongside Y",
		text: "Netflix Orders Drama 'The Brass Orchard' From Creator Neve Castellane\n\nNetflix has ordered The Brass Orchard, a drama series created by Neve Castellane. Castellane will also serve as showrunner and executive produce alongside Tobias Wrenfield.",
		want: []string{"crew|Neve Castellane|The Brass Orchard||creator", "crew|Neve Castellane|The Brass Orchard||showrunner", "crew|Neve Castellane|The Brass Orchard||producer", "crew|Tobias Wrenfield|The Brass Orchard||producer"},
	},
	{
		name: "a six-part thriller penned by X; the series will be directed by Y and produced by a company",
		text: "BBC One commissions thriller Salt Harrow\n\nBBC One has commissioned Salt Harrow, a six-part thriller penned by Imogen Threlkeld. The series will be directed by Caspar Mowbray-Hale and produced by Fennick Pictures.",
		want: []string{"crew|Imogen Threlkeld|Salt Harrow||writer", "crew|Caspar Mowbray-Hale|Salt Harrow||director"},
	},
	{
		name: "Director X's next titled 'T' goes on floors; the film, helmed by X, stars A and B",
		text: "Director Raghav Sundaresan's next titled 'Kaalchakra Nights' goes on floors\n\nThe film, helmed by Raghav Sundaresan, stars Ishaan Vardekar and Meher Kalyani. The shoot began in Hyderabad on Monday.",
		want: []string{"crew|Raghav Sundaresan|Kaalchakra Nights||director", "cast|Ishaan Vardekar|Kaalchakra Nights||", "cast|Meher Kalyani|Kaalchakra Nights||"},
	},
	{
		name: "X, who directed 'T1' and 'T2', has died",
		text: "Director Orla Pennywhistle dies at 81\n\nOrla Pennywhistle, who directed 'Tin Harbour' and 'The Glass Meridian', has died. She was 81.",
		want: []string{"crew|Orla Pennywhistle|Tin Harbour||director", "crew|Orla Pennywhistle|The Glass Meridian||director"},
	},
	{
		name: "X, who rose to fame with the hit 'T1', is back with a new film, 'T2'; X wrote and directed the film, which stars Y",
		text: "Writer-director Kofi Asantewaa returns with 'Red Laterite'\n\nKofi Asantewaa, who rose to fame with the Nollywood hit 'Okada Dreams', is back with a new film, 'Red Laterite'. Asantewaa wrote and directed the film, which stars Chidera Obiakor.",
		want: []string{"crew|Kofi Asantewaa|Okada Dreams||", "crew|Kofi Asantewaa|Red Laterite||writer", "crew|Kofi Asantewaa|Red Laterite||director", "cast|Chidera Obiakor|Red Laterite||"},
	},
	{
		name: "a network sets T from writer-director X; A and B star",
		text: "Netflix sets 'The Quiet Tenant' from writer-director Margit Sollberg\n\nNetflix has set The Quiet Tenant, a psychological thriller from writer-director Margit Sollberg. Hollis Drummond and Yara Pelletier star.",
		want: []string{"crew|Margit Sollberg|The Quiet Tenant||writer", "crew|Margit Sollberg|The Quiet Tenant||director", "cast|Hollis Drummond|The Quiet Tenant||", "cast|Yara Pelletier|The Quiet Tenant||"},
	},
	{
		name: "a drama series based on the novel by X; Y will adapt the book and serve as showrunner",
		text: "'Ashgrove' series adaptation in the works at Apple TV+\n\nApple TV+ is developing Ashgrove, a drama series based on the novel by Petronella Vance. Jarrod Pimbley will adapt the book and serve as showrunner.",
		want: []string{"crew|Petronella Vance|Ashgrove||original author", "crew|Jarrod Pimbley|Ashgrove||writer", "crew|Jarrod Pimbley|Ashgrove||showrunner"},
	},
	{
		name: "the series, created by X, is executive produced by A and B",
		text: "HBO renews 'Dunmore Flats' for season 2\n\nHBO has renewed comedy Dunmore Flats for a second season. The series, created by Wendell Oyelaran, is executive produced by Ludo Farrant and Cressida Imbert.",
		want: []string{"crew|Wendell Oyelaran|Dunmore Flats||creator", "crew|Ludo Farrant|Dunmore Flats||producer", "crew|Cressida Imbert|Dunmore Flats||producer"},
	},
	{
		name: "writer X, who penned 'T1', and director Y, who directed 'T2', will team up again for 'T'",
		text: "Writer Seo Ha-rim and director Yoon Tae-gyeom reunite for new drama 'Spring Ledger'\n\nWriter Seo Ha-rim, who penned 'Blue Persimmon', and director Yoon Tae-gyeom, who directed 'Midnight Pharmacy Lane', will team up again for 'Spring Ledger'.",
		want: []string{"crew|Seo Ha-rim|Spring Ledger||writer", "crew|Seo Ha-rim|Blue Persimmon||writer", "crew|Yoon Tae-gyeom|Spring Ledger||director", "crew|Yoon Tae-gyeom|Midnight Pharmacy Lane||director"},
	},
	{
		name: "the upcoming teleserye T will be directed by X, with Y as head writer; it stars A and B",
		text: "Paolo Sabanal helms new teleserye 'Hiraya ng Puso'\n\nThe upcoming teleserye 'Hiraya ng Puso' will be directed by Paolo Sabanal, with Lorna Dimaculangan as head writer. It stars Jericho Magsalin and Bianca Lacsamana.",
		want: []string{"crew|Paolo Sabanal|Hiraya ng Puso||director", "crew|Lorna Dimaculangan|Hiraya ng Puso||writer", "cast|Jericho Magsalin|Hiraya ng Puso||", "cast|Bianca Lacsamana|Hiraya ng Puso||"},
	},
	{
		name: "from creators A and B; the drama is directed by C and produced by D for a company",
		text: "Stan's 'Gibber Plains' wraps filming\n\nFilming has wrapped on Stan Original Series Gibber Plains, from creators Tilly Marchbanks and Rhys Cotterell. The six-part drama is directed by Aurelio Batts and produced by Harriet Quayle for Emu Creek Pictures.",
		want: []string{"crew|Tilly Marchbanks|Gibber Plains||creator", "crew|Rhys Cotterell|Gibber Plains||creator", "crew|Aurelio Batts|Gibber Plains||director", "crew|Harriet Quayle|Gibber Plains||producer"},
	},
	{
		name: "an interview: Creator X on the end of 'T'; X created 'T' in 2019",
		text: "Q&A: Creator Imre Falkenrath on the end of 'Hollow Crown Road'\n\nImre Falkenrath created 'Hollow Crown Road' in 2019. We spoke to him about the final season.",
		want: []string{"crew|Imre Falkenrath|Hollow Crown Road||creator"},
	},
	{
		name: "X serves as showrunner and executive producer, with Y directing the pilot",
		text: "Paramount+ orders 'Ironbark' drama\n\nParamount+ has given a series order to Ironbark. Delia Fontaine serves as showrunner and executive producer, with Marcus Oyelowo-Grant directing the pilot.",
		want: []string{"crew|Delia Fontaine|Ironbark||showrunner", "crew|Delia Fontaine|Ironbark||producer", "crew|Marcus Oyelowo-Grant|Ironbark||director"},
	},
	{
		name: "Written by X and directed by Y, T follows ...",
		text: "'The Lamplighter's Daughter' review\n\nWritten by Cosima Redfern and directed by Anselm Duvall, The Lamplighter's Daughter follows a widow in 1920s Cornwall.",
		want: []string{"crew|Cosima Redfern|The Lamplighter's Daughter||writer", "crew|Anselm Duvall|The Lamplighter's Daughter||director"},
	},
	{
		name: "X's new series T gets a premiere date; X wrote all eight episodes",
		text: "Tova Brightwater's new series 'Salt & Cinder' gets premiere date\n\nTova Brightwater's new series Salt & Cinder will premiere on Hulu on March 3. Brightwater wrote all eight episodes.",
		want: []string{"crew|Tova Brightwater|Salt & Cinder||writer"},
	},
	{
		name: "T, co-created by A and B, returns next week",
		text: "'Fernhill' co-creators talk season two\n\nFernhill, co-created by Ada Quennell and Jonah Velasquez-Hart, returns to Channel 4 next week.",
		want: []string{"crew|Ada Quennell|Fernhill||creator", "crew|Jonah Velasquez-Hart|Fernhill||creator"},
	},
	{
		name: "T has been adapted by X from Y's bestselling novel",
		text: "ITV's 'The Wintering' adapted from bestseller\n\nITV's The Wintering has been adapted by Roisin Kellaway from Magnus Treadwell's bestselling novel.",
		want: []string{"crew|Roisin Kellaway|The Wintering||writer", "crew|Magnus Treadwell|The Wintering||original author"},
	},
	{
		name: "a thriller starring X; Y directs from a script by Z",
		text: "Lionsgate boards thriller 'Pale Harvest'\n\nLionsgate has boarded Pale Harvest, a thriller starring Wynn Calloway. Kirsten Halvorsen directs from a script by Beau Tremaine.",
		want: []string{"cast|Wynn Calloway|Pale Harvest||", "crew|Kirsten Halvorsen|Pale Harvest||director", "crew|Beau Tremaine|Pale Harvest||writer"},
	},
	{
		name: "the film, with a screenplay by X, is based on the memoir by Y",
		text: "'Ferryman's Wake' begins shooting in Belfast\n\nCameras are rolling on Ferryman's Wake in Belfast. The film, with a screenplay by Lucan Everleigh, is based on the memoir by Greta Solberg-Nash.",
		want: []string{"crew|Lucan Everleigh|Ferryman's Wake||writer", "crew|Greta Solberg-Nash|Ferryman's Wake||original author"},
	},
	{
		name: "X, the creator of T, has signed an overall deal",
		text: "Amazon signs 'Tall Pines' creator\n\nHamish Ogilvy-Rourke, the creator of Tall Pines, has signed an overall deal with Amazon.",
		want: []string{"crew|Hamish Ogilvy-Rourke|Tall Pines||creator"},
	},
	{
		name: "X (T1, T2) will direct all six episodes of 'T'",
		text: "'Low Tide Parish' finds its director\n\nMirela Dragomir (Cold Estate, The Orchard Keeper) will direct all six episodes of 'Low Tide Parish'.",
		want: []string{"crew|Mirela Dragomir|Low Tide Parish||director", "crew|Mirela Dragomir|Cold Estate||", "crew|Mirela Dragomir|The Orchard Keeper||"},
	},
	{
		name: "'T' showrunner X says the third season will be darker",
		text: "Showrunner teases season 3 of 'Marrowbone Lane'\n\n'Marrowbone Lane' showrunner Beatrix Colquhoun says the third season will be darker.",
		want: []string{"crew|Beatrix Colquhoun|Marrowbone Lane||showrunner"},
	},
	{
		name: "Produced by X and directed by Y, 'T' premieres at a festival",
		text: "'The Long Veld' to open Durban festival\n\nProduced by Gideon Farrow-Lake and directed by Ines Mabuza, 'The Long Veld' premieres at Durban in July.",
		want: []string{"crew|Gideon Farrow-Lake|The Long Veld||producer", "crew|Ines Mabuza|The Long Veld||director"},
	},
	{
		name: "Author X's novel 'T' is being adapted into a series, with Y writing the scripts",
		text: "Sky to adapt 'Bitter Lemons of Arden'\n\nAuthor Leontyne Harker's novel 'Bitter Lemons of Arden' is being adapted into a series by Sky, with Quentin Ashdown writing the scripts.",
		want: []string{"crew|Leontyne Harker|Bitter Lemons of Arden||original author", "crew|Quentin Ashdown|Bitter Lemons of Arden||writer"},
	},
	{
		name: "Veteran director X, who helmed classic films such as 'T1' and 'T2', passed away",
		text: "Veteran director Ramoncito Dizon-Lualhati passes away\n\nVeteran director Ramoncito Dizon-Lualhati, who helmed classic films such as 'Bituin sa Dilim' and 'Lihim ng Ilog', passed away on Tuesday. He was 76.",
		want: []string{"crew|Ramoncito Dizon-Lualhati|Bituin sa Dilim||director", "crew|Ramoncito Dizon-Lualhati|Lihim ng Ilog||director"},
	},
	{
		name: "X is attached to direct 'T', with Y producing",
		text: "'The Drowned Choir' sets director\n\nEmeric Solano is attached to direct 'The Drowned Choir', with Sunniva Haldane producing.",
		want: []string{"crew|Emeric Solano|The Drowned Choir||director", "crew|Sunniva Haldane|The Drowned Choir||producer"},
	},
	{
		name: "Actress X makes her directorial debut with 'T', which she also co-wrote",
		text: "Calla Winthrop turns director\n\nActress Calla Winthrop makes her directorial debut with 'Larkspur Road', which she also co-wrote.",
		want: []string{"crew|Calla Winthrop|Larkspur Road||director", "crew|Calla Winthrop|Larkspur Road||writer"},
	},
	{
		name: "an interview: a quotation, then director X said of her new film, T",
		text: "Odalys Ferreira-Knox on 'Meridian Blue'\n\n\"I wanted to make something honest,\" director Odalys Ferreira-Knox said of her new film, Meridian Blue.",
		want: []string{"crew|Odalys Ferreira-Knox|Meridian Blue||director"},
	},
	{
		name: "X's directing credits include 'T1' (2004), 'T2' (2011) and the Emmy-winning series 'T3' (2017–2020)",
		text: "Dorian Halloway to helm spy thriller\n\nDorian Halloway's directing credits include 'The Tinker's Wife' (2004), 'Wasteland Hymns' (2011) and the Emmy-winning series 'Cobalt' (2017–2020).",
		want: []string{"crew|Dorian Halloway|The Tinker's Wife||director", "crew|Dorian Halloway|Wasteland Hymns||director", "crew|Dorian Halloway|Cobalt||director"},
	},
	{
		name: "Screenwriter X penned the script for 'T', a network's new spy drama",
		text: "Sky unveils 'Harrier'\n\nScreenwriter Anouk Vellacott penned the script for 'Harrier', Sky's new spy drama.",
		want: []string{"crew|Anouk Vellacott|Harrier||writer"},
	},
	{
		name: "A and B are the showrunners of 'T'",
		text: "'Glasshouse Nine' gets a second season\n\nTobiah Lark and Merritt Osei are the showrunners of 'Glasshouse Nine'.",
		want: []string{"crew|Tobiah Lark|Glasshouse Nine||showrunner", "crew|Merritt Osei|Glasshouse Nine||showrunner"},
	},
	{
		name: "The drama 'T' is scripted by writer X and directed by Y",
		text: "New drama 'Brick Lane Lovers' confirms lineup\n\nThe drama 'Brick Lane Lovers' is scripted by writer Moon Ga-eun and directed by Bae Jun-seok.",
		want: []string{"crew|Moon Ga-eun|Brick Lane Lovers||writer", "crew|Bae Jun-seok|Brick Lane Lovers||director"},
	},
	{
		name: "a given name no list knows: A B has unveiled T; B wrote and produced the film (the surname alone is the full name)",
		text: "Harmattan Road trailer\n\nChinwendu Obaseki has unveiled the trailer for Harmattan Road. Obaseki wrote and produced the film, which stars Tokunbo Alade.",
		want: []string{"crew|Chinwendu Obaseki|Harmattan Road||writer", "crew|Chinwendu Obaseki|Harmattan Road||producer", "cast|Tokunbo Alade|Harmattan Road||"},
	},
	{
		name: "Filmmaker X has unveiled her new movie, 'T'; the film, which she wrote and produced, stars A and B (the filmmaker directs; the verbs after which she are each a job in the sentence's show)",
		text: "Nollywood filmmaker Funmilayo Adeyemi-Cole unveils 'Ile Ayo'\n\nFilmmaker Funmilayo Adeyemi-Cole has unveiled the trailer for her new movie, 'Ile Ayo'. The film, which she wrote and produced, stars Tobenna Okafor and Ronke Adesuwa.",
		want: []string{"crew|Funmilayo Adeyemi-Cole|Ile Ayo||director", "crew|Funmilayo Adeyemi-Cole|Ile Ayo||writer", "crew|Funmilayo Adeyemi-Cole|Ile Ayo||producer", "cast|Tobenna Okafor|Ile Ayo||", "cast|Ronke Adesuwa|Ile Ayo||"},
	},
	{
		name: "a medium before a job noun is no title: Broadway producer X, Cinema director Y; T director Z still credits T",
		text: "Ysolde Carrick dies\n\nBroadway producer Ysolde Carrick has died. Cinema director Oswin Pyle and Paper Lanterns of Kew director Tamsin Rook paid tribute.",
		want: []string{"crew|Tamsin Rook|Paper Lanterns of Kew||director"},
	},
	{
		name: "Television writer X, known for creating the sitcom 'T', has died aged 79",
		text: "Sitcom writer Cormac Delahunt dies\n\nTelevision writer Cormac Delahunt, known for creating the sitcom 'Pick of the Parish', has died aged 79.",
		want: []string{"crew|Cormac Delahunt|Pick of the Parish||creator"},
	},
	{
		name: "X, whose films included T1 and T2, has died (the clause's person; the kind open, cast where nothing says otherwise); X, the director whose credits include T (the job noun before whose)",
		text: "Berenike Solt dies\n\nBerenike Solt, whose films included Lanterns at Dusk and Copper Widow, has died. Ansel Morrow, the director whose credits include Grey Orchard, paid tribute.",
		want: []string{"cast|Berenike Solt|Lanterns at Dusk||", "cast|Berenike Solt|Copper Widow||", "crew|Ansel Morrow|Grey Orchard||director"},
	},
	{
		name: "wire copy: X, the Italian director whose films included 'T1' and 'T2', has died",
		text: "Film director Ezekiel Marchetti dies at 88\n\nROME (AP) — Ezekiel Marchetti, the Italian director whose films included 'Night of the Olive' and 'A Bell for Sunday', has died. He was 88.",
		want: []string{"crew|Ezekiel Marchetti|Night of the Olive||director", "crew|Ezekiel Marchetti|A Bell for Sunday||director"},
	},
	{
		name: "X created the series with Y; she wrote the script with Z: the partner after with shares the job; directed T with W names no crew",
		text: "Sedge Hollow begins filming\n\nSedge Hollow is a six-part drama. Linnet Sarrow created the series with Marten Ivey. She wrote the script with Pell Anstey. Dara Quill directed Sedge Hollow with Tom Vale.",
		want: []string{"crew|Linnet Sarrow|Sedge Hollow||creator", "crew|Marten Ivey|Sedge Hollow||creator", "crew|Linnet Sarrow|Sedge Hollow||writer", "crew|Pell Anstey|Sedge Hollow||writer", "crew|Dara Quill|Sedge Hollow||director"},
	},
	{
		name: "X co-wrote the screenplay for 'T' with Y",
		text: "'Candlemas' heads to Berlin\n\nOttoline Shaw co-wrote the screenplay for 'Candlemas' with Rafferty Bowe.",
		want: []string{"crew|Ottoline Shaw|Candlemas||writer", "crew|Rafferty Bowe|Candlemas||writer"},
	},
	{
		name: "She was best known as the creator of the long-running soap T; X is perhaps best known as the director of the cult drama T2 (a verb before best known as, and describing words of works before the genre noun)",
		text: "Oriel Tansy dies\n\nOriel Tansy has died at 88. She was best known as the creator of the long-running soap Harrowgate Lane. Her friend Kit Marlow is perhaps best known as the director of the cult drama Ferncombe.",
		want: []string{"crew|Oriel Tansy|Harrowgate Lane||creator", "crew|Kit Marlow|Ferncombe||director"},
	},
	{
		name: "X has died; he was best known as the creator of the long-running soap T, which ran from 1971 to 1999",
		text: "Soap creator Wilfred Ambrose dies\n\nWilfred Ambrose has died at 92. He was best known as the creator of the long-running soap Cobble Street, which ran from 1971 to 1999.",
		want: []string{"crew|Wilfred Ambrose|Cobble Street||creator"},
	},
	{
		name: "Before creating T, X wrote for U; Y directed U after writing T: a crew verb's participle after before or after is the clause's person's",
		text: "Maren Pryor on her new series\n\nBefore creating Slate Harbour, Maren Pryor wrote for Rookery. Tom Vale directed Rookery after writing Slate Harbour.",
		want: []string{"crew|Maren Pryor|Slate Harbour||creator", "crew|Maren Pryor|Rookery||writer", "crew|Tom Vale|Rookery||director", "crew|Tom Vale|Slate Harbour||writer"},
	},
	{
		name: "X wrote for T1 and T2 before creating T",
		text: "How Petra Kilbride built 'Greywater'\n\nPetra Kilbride wrote for Dockside and The Hollow Men before creating Greywater.",
		want: []string{"crew|Petra Kilbride|Dockside||writer", "crew|Petra Kilbride|The Hollow Men||writer", "crew|Petra Kilbride|Greywater||creator"},
	},
	{
		name: "From X, an aside, comes T; From creators A and B comes the comedy T2; From a network comes T3 names no maker",
		text: "Netflix sets Quay Street Nine\n\nFrom Hollin Marsh, the showrunner of Tamsk, comes Quay Street Nine, a heist drama. From creators Linnet Sarrow and Tom Vale comes the comedy Dovehurst. From Peacock comes Brisa Lane.",
		want: []string{"crew|Hollin Marsh|Quay Street Nine||", "crew|Hollin Marsh|Tamsk||showrunner", "crew|Linnet Sarrow|Dovehurst||creator", "crew|Tom Vale|Dovehurst||creator"},
	},
	{
		name: "From X, the creator of 'T1', comes 'T2', a new comedy",
		text: "Peacock orders 'Dovecote'\n\nFrom Linnea Stroud, the creator of 'Night Clerks', comes 'Dovecote', a new comedy for Peacock.",
		want: []string{"crew|Linnea Stroud|Night Clerks||creator", "crew|Linnea Stroud|Dovecote||"},
	},
	{
		name: "X and Y have joined the writers' room of T: crew writers, not cast; Z joins the production team (crew, no job); W joins the cast (cast); her writing credits include T2 (writer)",
		text: "Lantern Quay adds writers\n\nLantern Quay is a new drama. Sorrel Baines and Kell Danner have joined the writers' room. Tom Vale joins the cast. Maren Pryor joins the production team. Her writing credits include Ostry Fields.",
		want: []string{"crew|Sorrel Baines|Lantern Quay||writer", "crew|Kell Danner|Lantern Quay||writer", "crew|Maren Pryor|Lantern Quay||", "cast|Tom Vale|Lantern Quay||", "crew|Maren Pryor|Ostry Fields||writer"},
	},
	{
		name: "X has joined the writing team of T; her writing credits include T1, T2 and T3",
		text: "Writer Juno Abernethy joins 'Copperhead Ridge'\n\nJuno Abernethy has joined the writing team of Copperhead Ridge. Her writing credits include Tallowmere, Eight Bells and Sparrowgrass.",
		want: []string{"crew|Juno Abernethy|Copperhead Ridge||writer", "crew|Juno Abernethy|Tallowmere||writer", "crew|Juno Abernethy|Eight Bells||writer", "crew|Juno Abernethy|Sparrowgrass||writer"},
	},
	{
		name: "a job noun before a name gives the aside's works that job: Director X, known for T1; Producer Y, whose credits include T2; Director Z, known for co-writing T3 (the verb's job); Actor W, known for T4 (cast)",
		text: "Lantern Quay sets team\n\nDirector Maren Pryor, known for Ostry Fields, will direct Lantern Quay. Producer Kell Danner, whose credits include Slate Harbour, will produce it. Director Sorrel Baines, known for co-writing Rookery, is on board. Actor Tom Vale, known for Dovehurst, joins the cast.",
		want: []string{"crew|Maren Pryor|Ostry Fields||director", "crew|Maren Pryor|Lantern Quay||director", "crew|Kell Danner|Slate Harbour||producer", "crew|Kell Danner|Lantern Quay||producer", "crew|Sorrel Baines|Rookery||writer", "crew|Sorrel Baines|Lantern Quay||director", "cast|Tom Vale|Dovehurst||", "cast|Tom Vale|Lantern Quay||"},
	},
	{
		name: "the late screenwriter X, known for the BBC drama T; X also wrote the film T2 (1998)",
		text: "Tributes paid to the late screenwriter Barnaby Quist\n\nTributes have poured in for the late screenwriter Barnaby Quist, known for the BBC drama Fallow Ground. Quist also wrote the film The Lantern Keepers (1998).",
		want: []string{"crew|Barnaby Quist|Fallow Ground||writer", "crew|Barnaby Quist|The Lantern Keepers||writer"},
	},
	{
		name: "Director X, known for 'T1' (2016) and 'T2' (2020), takes the helm of 'T'",
		text: "Han Seo-jun to direct 'Rain on Gwangbok Street'\n\nDirector Han Seo-jun, known for 'Winter Ledger' (2016) and 'The Tenth Umbrella' (2020), takes the helm of 'Rain on Gwangbok Street'.",
		want: []string{"crew|Han Seo-jun|Rain on Gwangbok Street||director", "crew|Han Seo-jun|Winter Ledger||director", "crew|Han Seo-jun|The Tenth Umbrella||director"},
	},
	{
		name: "Producer X, whose credits include 'T1' and 'T2', will produce 'T'",
		text: "'Roan' lands producer\n\nProducer Aldous Penhaligon, whose credits include 'Kingfisher Lane' and 'The Apiary', will produce 'Roan'.",
		want: []string{"crew|Aldous Penhaligon|Roan||producer", "crew|Aldous Penhaligon|Kingfisher Lane||producer", "crew|Aldous Penhaligon|The Apiary||producer"},
	},
}

// probeShowOpen are made-up articles on crew and careers whose phrasings
// the extractor still misses; TestConstructions does not run them.
var probeShowOpen = []construction{
	{
		name: "a studio hires producer X; her credits include T1, T2 and T3",
		text: "Producer Annika Vorhees joins Sablewood Studios\n\nSablewood Studios has hired producer Annika Vorhees. Her credits include Copper Sky, The Marrow Line and Little Embers.",
		want: []string{"crew|Annika Vorhees|Copper Sky||producer", "crew|Annika Vorhees|The Marrow Line||producer", "crew|Annika Vorhees|Little Embers||producer"},
	},
	{
		name: "X will direct the feature T; her previous films include T1 (2009), T2 (2013) and T3 (2018)",
		text: "Solveig Amundsen-Ray to direct 'Kestrel Moor'\n\nSolveig Amundsen-Ray will direct the feature Kestrel Moor. Her previous films include The Salt Year (2009), Northern Quiet (2013) and Brine (2018).",
		want: []string{"crew|Solveig Amundsen-Ray|Kestrel Moor||director", "crew|Solveig Amundsen-Ray|The Salt Year||director", "crew|Solveig Amundsen-Ray|Northern Quiet||director", "crew|Solveig Amundsen-Ray|Brine||director"},
	},
	{
		name: "X, who made his directorial debut with T1 (2019), has announced his next film, T2; the film is produced by Y",
		text: "'Mirchi Gali' director Vikrant Bhosale announces next\n\nVikrant Bhosale, who made his directorial debut with Mirchi Gali (2019), has announced his next film, Lal Batti. The film is produced by Anurag Mehrotra under his banner Dhoopchhaon Films.",
		want: []string{"crew|Vikrant Bhosale|Mirchi Gali||director", "crew|Vikrant Bhosale|Lal Batti||", "crew|Anurag Mehrotra|Lal Batti||producer"},
	},
}
