package extract

// showContext4Constructions are TestConstructions' cases for the show a
// sentence's credits go to when an aside after a person's name names the
// person's earlier show ("X, best known for the comedy series T2, will
// play", "X, from the hit Seven show T2, will", "X, star of the BBC drama
// T2, joins"): T2 is X's, and neither the sentence's show nor the show of
// the sentences after it (asidekinds.go).
var showContext4Constructions = []construction{
	{
		name: "'X, best known for the comedy series T2, will play C' then 'Y will star as ...': T2 is X's earlier show; X and Y are in the article's show",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMaren Vold, best known for the comedy series Skelda Point, will play the harbour master.\n\nTobin Ashgrove will star as a grieving father.",
		want: []string{"cast|Maren Vold|Glass Harbour||", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'X, known for the crime drama series T2, joins the cast': two genre nouns before the title",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMaren Vold, known for the crime drama series Skelda Point, joins the cast as Ida.\n\nTobin Ashgrove will star as a grieving father.",
		want: []string{"cast|Maren Vold|Glass Harbour|Ida|", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'Meanwhile actress X, from the hit Seven show T2, will play C': a channel's name between 'hit' and 'show'; X is cast in T2",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMeanwhile actress Maren Vold, from the hit Seven show Skelda Point, will play the harbour master.\n\nTobin Ashgrove will star as a grieving father.",
		want: []string{"cast|Maren Vold|Glass Harbour||", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'X, from the series T2, will play C' and 'X, from the hit show T2, will play C': the aside's title is X's",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMaren Vold, from the series Skelda Point, will play the harbour master. Lise Harrowden, from the hit show Copper Veil, will play her sister.\n\nTobin Ashgrove will star as a grieving father.",
		want: []string{"cast|Maren Vold|Glass Harbour||", "cast|Maren Vold|Skelda Point||", "cast|Lise Harrowden|Glass Harbour||", "cast|Lise Harrowden|Copper Veil||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'X, star of the BBC drama T2, will play C': 'star of' without 'the' opens an appositive on X's earlier show",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMaren Vold, star of the BBC drama Skelda Point, will play the harbour master.\n\nTobin Ashgrove will star as a grieving father.",
		want: []string{"cast|Maren Vold|Glass Harbour||", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'The comedy series T2 stars X': a title the sentence opens with is its show, not an aside",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nThe comedy series Skelda Point stars Maren Vold as Ida.\n\nTobin Ashgrove stars as a grieving father.",
		want: []string{"cast|Maren Vold|Skelda Point|Ida|", "cast|Tobin Ashgrove|Skelda Point||"},
	},
	{
		name: "'X will return to the network.' is a return to a channel, no credit in the show the text is about; 'Y will return as C' is",
		text: "Glass Harbour adds two to its cast\n\nThe new drama Glass Harbour has added two actors to its cast.\n\nMeanwhile actress Maren Vold, from the hit Seven show Skelda Point, will return to the network. Tobin Ashgrove will return as Ida.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour|Ida|"},
	},
	{
		name: "'This will be followed by ‘T2’ starring A and B in the lead roles along with C': the title after 'followed by' is the sentence's show, so C is in T2, not in the film before",
		text: "Studio confirms five releases\n\nThe studio said it will release five films this year. Coming up first will be ‘Skelda Point’, directed by Maren Vold, on March 19th. This will be followed by ‘Copper Veil’ starring Lise Harrowden and Orrin Dace in the lead roles along with Wren Albery on April 23rd.",
		want: []string{"crew|Maren Vold|Skelda Point||director", "cast|Lise Harrowden|Copper Veil||", "cast|Orrin Dace|Copper Veil||", "cast|Wren Albery|Copper Veil||"},
	},
	{
		name: "'That will be followed by ‘T2’, with A in the lead and C as her sister': the followed-by title, then a comma",
		text: "Studio confirms five releases\n\nThe studio said it will release five films this year, the first being ‘Skelda Point’ with Maren Vold on March 19th. That will be followed by ‘Copper Veil’, with Lise Harrowden in the lead and Wren Albery as her sister.",
		want: []string{"cast|Lise Harrowden|Copper Veil||", "cast|Wren Albery|Copper Veil||"},
	},
	{
		name: "'The multilingual film is titled ‘T2’ in Tamil and ‘T3’ in Telugu. C also stars in the project': T2 is the film's name in another language; C is in the film of the paragraph",
		text: "Releases for March\n\nSkelda Point: The action drama starring Maren Vold will release on March 26. The multilingual film is titled ‘Kadal’ in Tamil and ‘Aravi’ in Telugu. Tobin Ashgrove also stars in the project.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Skelda Point||"},
	},
	{
		name: "'The new film is titled ‘T2’. C stars in the film': with no language after it the title is the new show",
		text: "Releases for March\n\nSkelda Point: The action drama starring Maren Vold will release on March 26.\n\nThe new film is titled ‘Copper Veil’. Tobin Ashgrove stars in the film.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||"},
	},
	{
		name: "'Channel 9’s “T2,” which is also B’s first drama in years, set off to a slow start' then 'The drama is about ... C (B)': an owner of two words not shaped as a name, then a which-aside, makes T2 the sentence's show and the show after it",
		text: "Two new dramas premiere on Friday\n\nKBX’s “Copper Veil,” which marks Anja Moribel’s return to dramas, saw an impressive premiere.\n\nThe drama is about a married couple. Anja Moribel plays a doctor named Ima Tull.\n\nChannel 9’s “Glass Harbour,” which is also Nina Brask’s first drama in four years, set off to a slow start.\n\nThe drama is about a designer who meets a chef, Ren Veldon (Nina Brask).",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Glass Harbour|Ren Veldon|"},
	},
	{
		name: "'KBC’s “Odd! Chef Tam,” which ...': an exclamation mark inside a title in curly quotes ends no sentence, and the title keeps it",
		text: "Two new dramas premiere on Friday\n\nKBX’s “Copper Veil,” which marks Anja Moribel’s return to dramas, saw an impressive premiere.\n\nThe drama is about a married couple. Anja Moribel plays a doctor named Ima Tull.\n\nKBC’s “Odd! Chef Tam,” which is also Nina Brask’s first drama in four years, set off to a slow start.\n\nThe drama is about a designer who meets a chef, Ren Veldon (Nina Brask).",
		want: []string{"cast|Anja Moribel|Copper Veil|Ima Tull|", "cast|Nina Brask|Odd! Chef Tam|Ren Veldon|"},
	},
	{
		name: "'“Wow! I am thrilled to be part of it,” X said': a quotation with an exclamation mark names no show; the credits stay with the article's show",
		text: "Copper Veil adds a star\n\nAnja Moribel has joined the cast of Copper Veil. “Wow! I am thrilled to be part of it,” Moribel said. Nina Brask will play her sister.",
		want: []string{"cast|Anja Moribel|Copper Veil||", "cast|Nina Brask|Copper Veil||"},
	},
	{
		name: "'In T2, X played a nurse.' then a new paragraph 'Y will play C': T2 is X's earlier work, and the show after it is the article's again",
		text: "Glass Harbour adds to its cast\n\nThe new drama Glass Harbour has added actors to its cast, the network said on Monday.\n\nIn Skelda Point, Maren Vold played a nurse.\n\nTobin Ashgrove will play the harbour master.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'In T2, X played a nurse. In the new series, she will play C': 'the new series' is the article's show, not T2",
		text: "Glass Harbour adds to its cast\n\nThe new drama Glass Harbour has added actors to its cast, the network said on Monday.\n\nIn Skelda Point, Maren Vold played a nurse. In the new series, she will play Ida.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Maren Vold|Glass Harbour|Ida|"},
	},
	{
		name: "'In T2, C (X) is a nurse.' then 'Y plays D': in the present tense T2 is a roundup entry's show, and the show after it",
		text: "Glass Harbour adds to its cast\n\nThe new drama Glass Harbour has added actors to its cast, the network said on Monday.\n\nIn Skelda Point, Ida (Maren Vold) is a nurse.\n\nTobin Ashgrove plays the harbour master.",
		want: []string{"cast|Maren Vold|Skelda Point|Ida|", "cast|Tobin Ashgrove|Skelda Point||"},
	},
	{
		name: "'Then there is T2, starring A. B plays his sister': a title before ', starring' is the sentence's show and the show after it, not the roundup's item before",
		text: "The best new dramas of the fall\n\nThe networks have a busy fall ahead.\n\nFirst up is Skelda Point, a legal drama. Maren Vold plays a lawyer.\n\nThen there is Copper Veil, starring Tobin Ashgrove. Lise Harrowden plays his sister.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||", "cast|Lise Harrowden|Copper Veil||"},
	},
	{
		name: "'The second title is T2 directed by X. As of now, A and B are the confirmed stars': an ordinal's title before 'directed' is the show after it",
		text: "New series on the way\n\nFirst up, we have Copper Veil starring Lise Harrowden. Orrin Dace will score music for the series.\n\nThe second title is Skelda Point directed by Maren Vold. As of now, Tobin Ashgrove and Wren Albery are the confirmed stars.",
		want: []string{"cast|Lise Harrowden|Copper Veil||", "crew|Orrin Dace|Copper Veil||", "crew|Maren Vold|Skelda Point||director", "cast|Tobin Ashgrove|Skelda Point||", "cast|Wren Albery|Skelda Point||"},
	},
	{
		name: "'T2 – 26/11 by director X is also in the works. The series will feature A': a title that opens the sentence before 'by' and a job noun is its show, dash and number included",
		text: "New series on the way\n\nFirst up, we have Copper Veil starring Lise Harrowden. Orrin Dace will score music for the series.\n\nSkelda Point – 26/11 by director Maren Vold is also in the works. The series will feature Tobin Ashgrove.",
		want: []string{"cast|Lise Harrowden|Copper Veil||", "crew|Orrin Dace|Copper Veil||", "crew|Maren Vold|Skelda Point – 26/11||director", "cast|Tobin Ashgrove|Skelda Point – 26/11||"},
	},
	{
		name: "'She previously appeared in T2, starring A' and 'titles like X’s T2 starring A': a title after 'in' or 'like' is earlier work, and the show stays",
		text: "Copper Veil adds a star\n\nLise Harrowden has joined the cast of Copper Veil. She previously appeared in Skelda Point, starring Maren Vold. Tobin Ashgrove will play her brother. Her credits include titles like Orrin Dace’s Glass Harbour starring Wren Albery. Anja Moribel will play her mother.",
		want: []string{"cast|Lise Harrowden|Copper Veil||", "cast|Maren Vold|Skelda Point||", "cast|Lise Harrowden|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||", "cast|Wren Albery|Glass Harbour||", "crew|Orrin Dace|Glass Harbour||", "cast|Anja Moribel|Copper Veil||"},
	},
	{
		name: "'“T2” by filmmaker X, starring A and B': the maker before ', starring' is no title",
		text: "Copper Veil adds a star\n\nLise Harrowden will also appear in “Skelda Point” by filmmaker Orrin Dace, starring Maren Vold and Tobin Ashgrove.",
		want: []string{"crew|Orrin Dace|Skelda Point||director", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Skelda Point||", "cast|Lise Harrowden|Skelda Point||"},
	},
	{
		name: "'In T2, a cop drama, X plays the detective. Y plays his partner': a description after the opening title makes it a roundup entry's show; not 'In London, a city of ten million,'",
		text: "Netflix unveils its fall slate\n\nNetflix has announced its fall slate.\n\nSkelda Point, a legal drama, stars Maren Vold as a lawyer.\n\nIn Copper Veil, a cop drama, Tobin Ashgrove plays the detective. Lise Harrowden plays his partner.\n\nIn London, a city of ten million, Orrin Dace plays a lawyer.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||", "cast|Lise Harrowden|Copper Veil||", "cast|Orrin Dace|Copper Veil||"},
	},
	{
		name: "'The streamer will premiere T2 in October. The legal drama stars X', 'Netflix will launch T2 on Friday': a network's release verb makes the unquoted title after it the sentence's show and 'the legal drama' after it",
		text: "Netflix unveils its fall slate\n\nNetflix has announced its fall slate. The new drama Glass Harbour stars Wren Albery.\n\nThe streamer will premiere Skelda Point in October. The legal drama stars Maren Vold as a lawyer.\n\nNetflix will launch Copper Veil on Friday. The comedy stars Tobin Ashgrove.",
		want: []string{"cast|Wren Albery|Glass Harbour||", "cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||"},
	},
	{
		name: "'X will release T2 in October. The drama stars Y': a person's release is no network's; the show stays",
		text: "Netflix unveils its fall slate\n\nNetflix has announced its fall slate. The new drama Glass Harbour stars Wren Albery.\n\nMaren Vold will release Skelda Point in October. The drama stars Tobin Ashgrove as a lawyer.",
		want: []string{"cast|Wren Albery|Glass Harbour||", "cast|Tobin Ashgrove|Glass Harbour||"},
	},
	{
		name: "'In T2, the new comedy from X, Y plays a chef. Z plays his sister': the title is T2, not 'In T2', and the roundup entry's show",
		text: "Netflix unveils its fall slate\n\nNetflix has announced its fall slate.\n\nSkelda Point, a legal drama, stars Maren Vold as a lawyer.\n\nIn Copper Veil, the new comedy from Orrin Dace, Tobin Ashgrove plays a chef. Lise Harrowden plays his sister.",
		want: []string{"cast|Maren Vold|Skelda Point||", "cast|Tobin Ashgrove|Copper Veil||", "cast|Lise Harrowden|Copper Veil||"},
	},
}
