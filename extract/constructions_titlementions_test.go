package extract

// titleMentionConstructions are TestConstructions' cases for where a title
// is found and where it ends, on short made-up articles: titles in capitals
// with words after them, a kind word after a title ("the T anime"), a
// character or a maker around "from", glue words, commas, colons and "&"
// inside titles, a year or a season after one, and the words next to a
// title (a network, a country, a language) that are no title.
var titleMentionConstructions = []construction{
	{
		name: "titles probe: an all-caps title before a place: the place is no part of it",
		text: "BELMARSH KNOTS begins production on second season\n\nProduction has started on the second season of BELMARSH KNOTS in Winnipeg. Odalys Brenner returns as Minka Foss, and Tobin Marchetti joins the cast.",
		want: []string{"cast|Odalys Brenner|BELMARSH KNOTS|Minka Foss|", "cast|Tobin Marchetti|BELMARSH KNOTS||"},
	},
	{
		name: "titles probe: an all-caps title before a season of the year",
		text: "KESTREL YARD returns to Crave\n\nKESTREL YARD Spring 2026 will stream on Crave from April 3. Halvard Quist stars as Benny Roan.",
		want: []string{"cast|Halvard Quist|KESTREL YARD|Benny Roan|"},
	},
	{
		name: "titles probe: an all-caps title before a lower-case verb",
		text: "Casting news\n\nThe comedy GRISTLEWOOD adds Wendeline Ashcombe to its cast. Ashcombe will play Pru Lowrie, the town's mayor.",
		want: []string{"cast|Wendeline Ashcombe|GRISTLEWOOD|Pru Lowrie|"},
	},
	{
		name: "titles probe: the T anime: the kind word is no part of the title",
		text: "Hoshikuzu Rensa Anime Reveals Main Cast\n\nThe Hoshikuzu Rensa anime has revealed its main cast. Rinko Tokuyasu voices Sorae, and Kenshi Araumi voices Tobiro.",
		want: []string{"cast|Rinko Tokuyasu|Hoshikuzu Rensa|Sorae|", "cast|Kenshi Araumi|Hoshikuzu Rensa|Tobiro|"},
	},
	{
		name: "titles probe: T Anime in a headline, the television anime of T",
		text: "Kibou Tobira Anime Casts Rinko Tokuyasu\n\nThe television anime of Kibou Tobira has cast Rinko Tokuyasu as Hinata Sakuma. The series premieres in April.",
		want: []string{"cast|Rinko Tokuyasu|Kibou Tobira|Hinata Sakuma|"},
	},
	{
		name: "titles probe: the T series adds X as C",
		text: "Larkspur Hollow series adds Fenna Oudekerk\n\nThe Larkspur Hollow series has added Fenna Oudekerk as Ilse Drummore, a schoolteacher.",
		want: []string{"cast|Fenna Oudekerk|Larkspur Hollow|Ilse Drummore|"},
	},
	{
		name: "titles probe: the comedy T from a studio: the studio is no part of the title",
		text: "Vellum Harbor gets a second season\n\nThe comedy Vellum Harbor from Pinewheel Studios stars Jorah Ferrick and Aletta Brisbane. Ferrick plays Dax Halden.",
		want: []string{"cast|Jorah Ferrick|Vellum Harbor|Dax Halden|", "cast|Aletta Brisbane|Vellum Harbor||"},
	},
	{
		name: "titles probe: T, from a studio, stars X",
		text: "First look at Quillon Bay\n\nQuillon Bay, from Tessaly Media, stars Cressida Okonye as a detective. The series was created by Ondrej Kalvik.",
		want: []string{"cast|Cressida Okonye|Quillon Bay||", "crew|Ondrej Kalvik|Quillon Bay||creator"},
	},
	{
		name: "titles probe: a title that goes on past a lower-case particle (to)",
		text: "Kumori to Hoshizora anime set for April\n\nThe anime Kumori to Hoshizora premieres in April. Yurika Kashiwabe voices Hoshizora, and Hinata Aozaki voices Kumori.",
		want: []string{"cast|Yurika Kashiwabe|Kumori to Hoshizora|Hoshizora|", "cast|Hinata Aozaki|Kumori to Hoshizora|Kumori|"},
	},
	{
		name: "titles probe: a title that goes on past a lower-case particle (no)",
		text: "Tsuki no Kagami casts its lead\n\nThe anime Tsuki no Kagami has cast Yurika Kashiwabe as the princess Ayaneko. Kashiwabe starred in Kibou Tobira.",
		want: []string{"cast|Yurika Kashiwabe|Tsuki no Kagami|Ayaneko|", "cast|Yurika Kashiwabe|Kibou Tobira||"},
	},
	{
		name: "titles probe: a title with & inside",
		text: "Salt & Cinder renewed\n\nThe drama Salt & Cinder has been renewed. Maelis Fontenay stars as Juno Brack, opposite Eskel Ruud.",
		want: []string{"cast|Maelis Fontenay|Salt & Cinder|Juno Brack|", "cast|Eskel Ruud|Salt & Cinder||"},
	},
	{
		name: "titles probe: a title with of inside",
		text: "House of Ashgrove returns\n\nHouse of Ashgrove returns for a third season. Corwin Delacey plays Lord Ashgrove, and Iolanthe Parrish plays his sister Wynne.",
		want: []string{"cast|Corwin Delacey|House of Ashgrove|Lord Ashgrove|", "cast|Iolanthe Parrish|House of Ashgrove|Wynne|"},
	},
	{
		name: "titles probe: a title with to inside, then a comma and an appositive",
		text: "Letters to Juniper finds its cast\n\nLetters to Juniper, the new drama from writer Saffi Linnet, stars Odile Galloway and Eskel Ruud.",
		want: []string{"crew|Saffi Linnet|Letters to Juniper||writer", "cast|Odile Galloway|Letters to Juniper||", "cast|Eskel Ruud|Letters to Juniper||"},
	},
	{
		name: "titles probe: a title with a colon and a subtitle",
		text: "Cinnabar Verge: The Reckoning adds two\n\nCinnabar Verge: The Reckoning has added Maelis Fontenay and Ondrej Kalvik to its cast. Fontenay plays Vesna.",
		want: []string{"cast|Maelis Fontenay|Cinnabar Verge: The Reckoning|Vesna|", "cast|Ondrej Kalvik|Cinnabar Verge: The Reckoning||"},
	},
	{
		name: "titles probe: a network's possessive before a title",
		text: "Quarry Lane: first look\n\nNetflix's Quarry Lane stars Orsolya Kettering as a retired midwife. The series was written by Brannagh Quennell.",
		want: []string{"cast|Orsolya Kettering|Quarry Lane||", "crew|Brannagh Quennell|Quarry Lane||writer"},
	},
	{
		name: "titles probe: a language before the kind word: no title",
		text: "Klipdrif Hoeve returns\n\nThe Afrikaans series Klipdrif Hoeve returns for a second season. Anrie Vosloo plays Tannie Sarie.",
		want: []string{"cast|Anrie Vosloo|Klipdrif Hoeve|Tannie Sarie|"},
	},
	{
		name: "titles probe: a language alone before a title's credit: no title",
		text: "Klipdrif Hoeve returns\n\nKlipdrif Hoeve returns for a second season. In Afrikaans, Anrie Vosloo plays Tannie Sarie.",
		want: []string{"cast|Anrie Vosloo|Klipdrif Hoeve|Tannie Sarie|"},
	},
	{
		name: "titles probe: a country's possessive before a title",
		text: "Moonlit Ferry tops the charts\n\nKorea's Moonlit Ferry topped the charts this week. Ysolde Pelling stars as Captain Haeun.",
		want: []string{"cast|Ysolde Pelling|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: a country at the start of a sentence is no title",
		text: "Moonlit Ferry tops the charts\n\nMoonlit Ferry topped the charts this week. In Korea, Ysolde Pelling stars as Captain Haeun.",
		want: []string{"cast|Ysolde Pelling|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: an abbreviation before a colon is no title",
		text: "Moonlit Ferry season 2 adds Ysolde Pelling\n\nTLDR: Ysolde Pelling joins Moonlit Ferry as Captain Haeun. The second season films in Busan.",
		want: []string{"cast|Ysolde Pelling|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: a network's abbreviation is no title",
		text: "La Colmena Roja: the cast\n\nTVE has renewed La Colmena Roja. Nerea Zubiri plays Amparo, and Fabrin Ibarrondo plays her brother.",
		want: []string{"cast|Nerea Zubiri|La Colmena Roja|Amparo|", "cast|Fabrin Ibarrondo|La Colmena Roja||"},
	},
	{
		name: "titles probe: the tvN drama T",
		text: "Moonlit Ferry to air in June\n\nThe upcoming tvN drama Moonlit Ferry will air in June. Ysolde Pelling stars as Captain Haeun.",
		want: []string{"cast|Ysolde Pelling|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: a season after a quoted title in a headline",
		text: "'Moonlit Ferry' Season 2: Ysolde Pelling joins cast\n\nYsolde Pelling has joined the cast of the second season. She plays Captain Haeun.",
		want: []string{"cast|Ysolde Pelling|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: a number word inside a title",
		text: "Platform Nine adds Gideon Tarrow\n\nThe thriller Platform Nine has added Gideon Tarrow as Detective Lund. Tarrow starred in Ashen Crown.",
		want: []string{"cast|Gideon Tarrow|Platform Nine|Detective Lund|", "cast|Gideon Tarrow|Ashen Crown||"},
	},
	{
		name: "titles probe: Part 2 after a title is the title's own",
		text: "Ashen Crown Part 2 adds Gideon Tarrow\n\nAshen Crown Part 2 has added Gideon Tarrow as Lord Fenwick.",
		want: []string{"cast|Gideon Tarrow|Ashen Crown Part 2|Lord Fenwick|"},
	},
	{
		name: "titles probe: the T film: the kind word is no part of the title",
		text: "Harrowgate film casts its lead\n\nThe Harrowgate film has cast Renske Solvik as Gretl Maiberg. Solvik previously starred in Ashen Crown.",
		want: []string{"cast|Renske Solvik|Harrowgate|Gretl Maiberg|", "cast|Renske Solvik|Ashen Crown||"},
	},
	{
		name: "titles probe: a title ending in a place written after in, with a person after",
		text: "Quarry Lane films in Leeds\n\nFilming of Quarry Lane in Leeds has begun. Orsolya Kettering leads the cast as Martje.",
		want: []string{"cast|Orsolya Kettering|Quarry Lane|Martje|"},
	},
	{
		name: "titles probe: all-caps title in a quoted headline, the series in the body",
		text: "Netflix renews 'HOLLIVER STREET' for season 3\n\nNetflix has renewed HOLLIVER STREET for a third season. Maelis Fontenay and Eskel Ruud will return.",
		want: []string{"cast|Maelis Fontenay|HOLLIVER STREET||", "cast|Eskel Ruud|HOLLIVER STREET||"},
	},
	{
		name: "titles probe: best known as C from T",
		text: "Saltmarsh Lane casts Iolanthe Parrish\n\nIolanthe Parrish, best known as Wynne from House of Ashgrove, has joined the drama Saltmarsh Lane.",
		want: []string{"cast|Iolanthe Parrish|Saltmarsh Lane||", "cast|Iolanthe Parrish|House of Ashgrove|Wynne|"},
	},
	{
		name: "titles probe: X plays C from T in a career line",
		text: "Jorah Ferrick joins Quarry Lane\n\nJorah Ferrick has joined Quarry Lane. He made his name playing Dax Halden from Vellum Harbor.",
		want: []string{"cast|Jorah Ferrick|Vellum Harbor|Dax Halden|", "cast|Jorah Ferrick|Quarry Lane||"},
	},
	{
		name: "titles probe: X from T in a casting sentence is a performer of T (no role cue before X)",
		text: "Ember Tide adds two\n\nThe anime Ember Tide has cast Kenshi Araumi from Pellbrook Station and Rinko Tokuyasu.",
		want: []string{"cast|Kenshi Araumi|Ember Tide||", "cast|Kenshi Araumi|Pellbrook Station||", "cast|Rinko Tokuyasu|Ember Tide||"},
	},
	{
		name: "titles probe: known for voicing C from T: T is the character's show",
		text: "Brisa Lakatos joins Ember Tide\n\nBrisa Lakatos has joined the cast of the anime Ember Tide. Lakatos is known for voicing Oswin from Hollow Crown Academy.",
		want: []string{"cast|Brisa Lakatos|Ember Tide||", "cast|Brisa Lakatos|Hollow Crown Academy|Oswin|"},
	},
	{
		name: "titles probe: X, the voice of C from T: C is no person",
		text: "Ember Tide adds a familiar voice\n\nThe anime Ember Tide has added Brisa Lakatos, the voice of Oswin from Hollow Crown Academy, to its cast.",
		want: []string{"cast|Brisa Lakatos|Ember Tide||", "cast|Brisa Lakatos|Hollow Crown Academy|Oswin|"},
	},
	{
		name: "titles probe: who played C from T",
		text: "Kenshi Araumi cast in Ember Tide\n\nKenshi Araumi, who played Captain Odo from Pellbrook Station, will voice the lead in Ember Tide.",
		want: []string{"cast|Kenshi Araumi|Ember Tide||", "cast|Kenshi Araumi|Pellbrook Station|Captain Odo|"},
	},
	{
		name: "titles probe: a title with a comma inside, written so every time",
		text: "Darragh Penwick dies at 88\n\nDarragh Penwick, who starred in the period drama Hither, Thither, has died. Penwick played the footman Osgood in Hither, Thither from 1975 to 1979.",
		want: []string{"cast|Darragh Penwick|Hither, Thither|Osgood|"},
	},
	{
		name: "titles probe: a title with a comma inside before a performer's noun",
		text: "Darragh Penwick dies at 88\n\nHither, Thither actor Darragh Penwick has died. Penwick was best known for the drama Hither, Thither.",
		want: []string{"cast|Darragh Penwick|Hither, Thither||"},
	},
	{
		name: "titles probe: a title's possessive written with an opening mark",
		text: "Ember Tide adds Brisa Lakatos\n\nBrisa Lakatos, known as Hollow Crown Academy‘s Oswin, has joined the anime Ember Tide.",
		want: []string{"cast|Brisa Lakatos|Ember Tide||", "cast|Brisa Lakatos|Hollow Crown Academy|Oswin|"},
	},
	{
		name: "titles probe: T season two in lower case",
		text: "Quarry Lane season two adds Tavi Orlen\n\nQuarry Lane season two has added Tavi Orlen as Ruairi Pascoe.",
		want: []string{"cast|Tavi Orlen|Quarry Lane|Ruairi Pascoe|"},
	},
	{
		name: "titles probe: a person's full name before a colon in a headline is no show",
		text: "Odile Galloway: I loved playing Martje\n\nOdile Galloway plays Martje in the BBC drama Quarry Lane.",
		want: []string{"cast|Odile Galloway|Quarry Lane|Martje|"},
	},
	{
		name: "titles probe: a title with vs. inside",
		text: "Kessler vs. Kessler renewed\n\nThe legal comedy Kessler vs. Kessler has been renewed. Tamsyn Gaunt plays Ottoline Kessler.",
		want: []string{"cast|Tamsyn Gaunt|Kessler vs. Kessler|Ottoline Kessler|"},
	},
	{
		name: "titles probe: the T live-action series: the kind words are no part of the title",
		text: "Hollow Crown Academy live-action series casts Tamsyn Gaunt\n\nThe Hollow Crown Academy live-action series has cast Tamsyn Gaunt as Oswin.",
		want: []string{"cast|Tamsyn Gaunt|Hollow Crown Academy|Oswin|"},
	},
	{
		name: "titles probe: a Wikipedia-style kind in brackets after a title",
		text: "Casting\n\nKaspar Lindqvist (Brightwater (TV series), Night Clerk) joins the drama Ember of the Deep as Sefton Quell.",
		want: []string{"cast|Kaspar Lindqvist|Ember of the Deep|Sefton Quell|", "cast|Kaspar Lindqvist|Brightwater||", "cast|Kaspar Lindqvist|Night Clerk||"},
	},
	{
		name: "titles probe: an all-caps headline: the title is found in the body",
		text: "EMBER OF THE DEEP ADDS KASPAR LINDQVIST\n\nThe drama Ember of the Deep has added Kaspar Lindqvist as Sefton Quell.",
		want: []string{"cast|Kaspar Lindqvist|Ember of the Deep|Sefton Quell|"},
	},
	{
		name: "titles probe: T's second season: the possessive ends the title",
		text: "Brightwater returns\n\nBrightwater's second season adds Arlo Meriwether as Corvin Brindle.",
		want: []string{"cast|Arlo Meriwether|Brightwater|Corvin Brindle|"},
	},
	{
		name: "titles probe: a title with a number first",
		text: "28 Tides casts its lead\n\nThe thriller 28 Tides has cast Arlo Meriwether as Corvin Brindle.",
		want: []string{"cast|Arlo Meriwether|28 Tides|Corvin Brindle|"},
	},
	{
		name: "titles probe: the film T (2026) with its year in brackets",
		text: "Casting\n\nArlo Meriwether will star in the film Brightwater (2026) as Corvin Brindle.",
		want: []string{"cast|Arlo Meriwether|Brightwater|Corvin Brindle|"},
	},
	{
		name: "titles probe: lower-case words inside a title after a genre noun",
		text: "Meant to be the Sky wraps filming\n\nThe romance drama Meant to be the Sky has wrapped filming. Tavi Orlen plays Lin Zell, a pilot.",
		want: []string{"cast|Tavi Orlen|Meant to be the Sky|Lin Zell|"},
	},
	{
		name: "titles probe: a year after a title with no bracket, the year of the article's date",
		text: "Date: 2026-02-11\nWildmoor 2026 cast revealed\n\nThe cast of Wildmoor 2026 has been revealed. Talia Brennock plays Edie Sorrel, and Imre Baltazar plays Kitt Teague.",
		want: []string{"cast|Talia Brennock|Wildmoor|Edie Sorrel|", "cast|Imre Baltazar|Wildmoor|Kitt Teague|"},
	},
	{
		name: "titles probe: a headline's Trailer after the title",
		text: "Quarry Lane Trailer: Odile Galloway Goes Rogue\n\nThe first trailer for Quarry Lane is out. Odile Galloway plays Martje, a midwife turned smuggler.",
		want: []string{"cast|Odile Galloway|Quarry Lane|Martje|"},
	},
	{
		name: "titles probe: a year far from the article's date is the title's own",
		text: "Date: 2026-02-11\nArlo Meriwether joins Harbor Run 2049\n\nThe film Harbor Run 2049 has cast Arlo Meriwether as Corvin Brindle.",
		want: []string{"cast|Arlo Meriwether|Harbor Run 2049|Corvin Brindle|"},
	},
	{
		name: "titles probe: an abbreviation with its full stop opens a title (Dr.)",
		text: "Dr. Vellacourt season 3 casts Ezrin Pellow\n\nThe medical drama Dr. Vellacourt has cast Ezrin Pellow as Nurse Ysmay for its third season.",
		want: []string{"cast|Ezrin Pellow|Dr. Vellacourt|Nurse Ysmay|"},
	},
	{
		name: "titles probe: a title that looks like a person's name after a genre noun",
		text: "Dorian Wrenfield renewed\n\nThe comedy Dorian Wrenfield has been renewed for a third season. Ezrin Pellow plays Sabeth Marchmont.",
		want: []string{"cast|Ezrin Pellow|Dorian Wrenfield|Sabeth Marchmont|"},
	},
	{
		name: "titles probe: a Japanese title with a lower-case particle (ni)",
		text: "Yume ni Kaeru anime casts Rinko Tokuyasu\n\nThe anime Yume ni Kaeru has cast Rinko Tokuyasu as Hanazono.",
		want: []string{"cast|Rinko Tokuyasu|Yume ni Kaeru|Hanazono|"},
	},
	{
		name: "titles probe: a network with a plus sign and its possessive before a title",
		text: "Casting news\n\nApple TV+'s Quarry Lane has cast Ezrin Pellow as Tiberio Haldane.",
		want: []string{"cast|Ezrin Pellow|Quarry Lane|Tiberio Haldane|"},
	},
	{
		name: "titles probe: the Netflix original series T",
		text: "Casting news\n\nThe Netflix original series Quarry Lane has cast Ezrin Pellow as Tiberio Haldane.",
		want: []string{"cast|Ezrin Pellow|Quarry Lane|Tiberio Haldane|"},
	},
	{
		name: "titles probe: the 2019 film T, a year and a genre noun before a title",
		text: "Ezrin Pellow joins Quarry Lane\n\nEzrin Pellow has joined Quarry Lane. Pellow starred in the 2019 film Harbor Run.",
		want: []string{"cast|Ezrin Pellow|Quarry Lane||", "cast|Ezrin Pellow|Harbor Run||"},
	},
	{
		name: "titles probe: a subtitle after a colon: Part Two",
		text: "Ashen Crown: Part Two adds Ezrin Pellow\n\nAshen Crown: Part Two has added Ezrin Pellow as Lord Calloway.",
		want: []string{"cast|Ezrin Pellow|Ashen Crown: Part Two|Lord Calloway|"},
	},
	{
		name: "titles probe: a title with a question mark",
		text: "Who Is Sabeth? casts its lead\n\nThe thriller Who Is Sabeth? has cast Ezrin Pellow as Sabeth Marchmont.",
		want: []string{"cast|Ezrin Pellow|Who Is Sabeth?|Sabeth Marchmont|"},
	},
	{
		name: "titles probe: C from T in brackets after the performer",
		text: "Ember Tide adds Brisa Lakatos\n\nThe anime Ember Tide has added Brisa Lakatos (Oswin from Hollow Crown Academy) to its cast.",
		want: []string{"cast|Brisa Lakatos|Ember Tide||", "cast|Brisa Lakatos|Hollow Crown Academy|Oswin|"},
	},
	{
		name: "titles probe: a title in capitals before a lower-case verb in the body",
		text: "Casting news\n\nProduction on ASHEN CROWN begins in March. Ezrin Pellow stars as Lord Calloway.",
		want: []string{"cast|Ezrin Pellow|ASHEN CROWN|Lord Calloway|"},
	},
	{
		name: "titles probe: S2 after a title",
		text: "Quarry Lane S2 adds Ezrin Pellow\n\nQuarry Lane S2 has added Ezrin Pellow as Tiberio Haldane.",
		want: []string{"cast|Ezrin Pellow|Quarry Lane|Tiberio Haldane|"},
	},
	{
		name: "titles probe: a hyphenated number title",
		text: "Twenty-Five Tides casts Ezrin Pellow\n\nThe drama Twenty-Five Tides has cast Ezrin Pellow as Lusk.",
		want: []string{"cast|Ezrin Pellow|Twenty-Five Tides|Lusk|"},
	},
	{
		name: "titles probe: a country after a title's kind is no title (Korean drama T)",
		text: "Casting news\n\nEzrin Pellow has been cast in the Korean drama Moonlit Ferry as Captain Haeun.",
		want: []string{"cast|Ezrin Pellow|Moonlit Ferry|Captain Haeun|"},
	},
	{
		name: "titles probe: German: des Formats «T»: the noun before the quoted title is a kind of show, no title",
		text: "Sat.1 dreht neue Krimiserie\n\nDie Produktionsfirma produziert derzeit eine sechsteilige erste Staffel des Formats «Kellerwald Süd», das im Herbst startet. Gisbert Quabeck spielt Ottmar Reiff, einen schlitzohrigen Kommissar.",
		want: []string{"cast|Gisbert Quabeck|Kellerwald Süd|Ottmar Reiff|"},
	},
	{
		name: "titles probe: a title with a comma inside after a singular kind of show, once",
		text: "Halvard Quist dies at 91\n\nFrom 1950 to 1954, Halvard Quist starred as Benny Roan on the kids TV comedy Tobiro Wrenfield, Star Ranger, based on a comic strip.",
		want: []string{"cast|Halvard Quist|Tobiro Wrenfield, Star Ranger|Benny Roan|"},
	},
	{
		name: "titles probe: a comma after a title after a kind of show, then a person: two",
		text: "Quarry Lane returns\n\nIn the drama Quarry Lane, Odile Galloway plays Martje, a midwife.",
		want: []string{"cast|Odile Galloway|Quarry Lane|Martje|"},
	},
	{
		name: "titles probe: a comma after a title after a kind of show, then a clause: two",
		text: "Quarry Lane returns\n\nAfter the drama Quarry Lane, Harbor Run became her best-known work. Odile Galloway plays Martje in Quarry Lane.",
		want: []string{"cast|Odile Galloway|Quarry Lane|Martje|"},
	},
	{
		name: "titles probe: a sentence-case headline, T star X and a verb: T runs from the headline's start to the star noun",
		text: "Emberdale star Odile Galloway opens up about leaving\n\nOdile Galloway has opened up about her ten years on the soap.",
		want: []string{"cast|Odile Galloway|Emberdale||"},
	},
	{
		name: "titles probe: a sentence-case headline, Former T actress X and a verb",
		text: "Former Quarry Lane actress Odile Galloway lands new role\n\nOdile Galloway has landed a role in a new play.",
		want: []string{"cast|Odile Galloway|Quarry Lane||"},
	},
	{
		name: "titles probe: a sentence-case headline, a field before the star noun is no title",
		text: "Reality star Odile Galloway opens up about fame\n\nOdile Galloway has opened up about her years on television.",
		want: nil,
	},
	{
		name: "titles probe: a network in brackets after a title",
		text: "Drama picks\n\nOrsolya Kettering is best known for Quarry Lane (BBC One) and Halloway Street (ITV).",
		want: []string{"cast|Orsolya Kettering|Quarry Lane||", "cast|Orsolya Kettering|Halloway Street||"},
	},
	{
		name: "titles probe: a title-case headline's last word that the body has someone play is a character, no show",
		text: "Quarry Lane Star Odile Galloway Opens Up About Martje\n\nOdile Galloway, who plays Martje in the BBC drama, spoke to us about the role.",
		want: nil,
	},
	{
		name: "titles probe: a sequel's number ends the title before as C: the title is no performer",
		text: "Harbor Run 2 casting\n\nOdile Galloway has joined the cast of the film Harbor Run 2 as Corvin Brindle.",
		want: []string{"cast|Odile Galloway|Harbor Run 2|Corvin Brindle|"},
	},
	{
		name: "titles probe: joined T 2 as C: the title before its number is no cast member",
		text: "Harbor Run 2 adds Odile Galloway\n\nOdile Galloway has joined Harbor Run 2 as Corvin Brindle.",
		want: []string{"cast|Odile Galloway|Harbor Run 2|Corvin Brindle|"},
	},
}

// titleMentionMissed are made-up articles whose titles are still read
// wrongly (or not at all); TestConstructions does not run them.
var titleMentionMissed = []construction{
	{
		name: "titles probe: a quoted title with a comma inside",
		text: "“Hither, Thither” star joins new drama\n\nDarragh Penwick, who starred in “Hither, Thither”, has joined the cast of the drama Saltmarsh Lane.",
		want: []string{"cast|Darragh Penwick|Hither, Thither||", "cast|Darragh Penwick|Saltmarsh Lane||"},
	},
	{
		name: "titles probe: a quoted subtitle after a title",
		text: "Starbloom Odyssey “Silver Promise” opens in May\n\nThe new film Starbloom Odyssey “Silver Promise” opens in cinemas in May. Mikaro Tanabeko returns as Lumi.",
		want: []string{"cast|Mikaro Tanabeko|Starbloom Odyssey|Lumi|"},
	},
	{
		name: "titles probe: T drama (kind word after a title) in a sentence",
		text: "Casting\n\nIolanthe Parrish has joined the Saltmarsh Lane drama as Edda Cranleigh.",
		want: []string{"cast|Iolanthe Parrish|Saltmarsh Lane|Edda Cranleigh|"},
	},
	{
		name: "titles probe: all-caps title before a year in brackets and a network",
		text: "Drama picks\n\nOrsolya Kettering starred in KESTREL YARD (2019) on Crave and in Quarry Lane.",
		want: []string{"cast|Orsolya Kettering|KESTREL YARD||", "cast|Orsolya Kettering|Quarry Lane||"},
	},
	{
		name: "titles probe: a possessive inside a title in a bracket list",
		text: "Night Clerk casts its lead\n\nTavi Orlen (Harker’s Moon, Brightwater) plays the clerk in the thriller Night Clerk.",
		want: []string{"cast|Tavi Orlen|Night Clerk||", "cast|Tavi Orlen|Harker’s Moon||", "cast|Tavi Orlen|Brightwater||"},
	},
	{
		name: "titles probe: T on a network: the network is no part of the title",
		text: "Casting news\n\nOdile Galloway stars in Quarry Lane on Netflix. She plays Martje.",
		want: []string{"cast|Odile Galloway|Quarry Lane|Martje|"},
	},
}
