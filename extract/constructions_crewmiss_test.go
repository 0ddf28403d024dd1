package extract

// crewMissConstructions are TestConstructions' cases for crew credits
// stated without a job noun or verb before the name, and for names and
// titles that are no credit.
var crewMissConstructions = []construction{
	{
		name: "X (T1, T2) takes the directorial seat: the bracket's titles are X's crew credits, not roles",
		text: "Harbor begins shooting\n\nThe film Harbor begins shooting in May. Taro Furu (Dark Pines, Low Tide) takes the directorial seat for the live-action film.",
		want: []string{"crew|Taro Furu|Dark Pines||", "crew|Taro Furu|Low Tide||", "crew|Taro Furu|Harbor||director"},
	},
	{
		name: "ADR director X: ADR is the kind of director, no title; X directs the sentence's show",
		text: "Fox dubs Black Harbor\n\nAt the convention, ADR director Ian Sinto announced the new addition to the English dub cast of the second season of horror/drama Black Harbor.",
		want: []string{"crew|Ian Sinto|Black Harbor||director"},
	},
	{
		name: "French director X received an honorary prize: an honour for a career credits X in no show; a director who speaks of the film does",
		text: "Cannes winners\n\nThe film Harbor won the top prize at Cannes. Earlier, French director Ana Velde, 86, received an honorary Palme d'Or. Italian director Mo Bello received a lifetime achievement award. Director Ivo Rask said the film was a gift.",
		want: []string{"crew|Ivo Rask|Harbor||director"},
	},
	{
		name: "X's deeply felt romance T, Y's submarine-themed ABC drama pilot T2: the maker's titles past describing words, a romance and a pilot",
		text: "Festival picks\n\nThe festival opens today. Mara Kavel's deeply felt romance \"Slow Tide\" unfolds like a memory. Max Adle has landed Shon Ryan's submarine-themed ABC drama pilot \"Last Port.\"",
		want: []string{"crew|Mara Kavel|Slow Tide||", "crew|Shon Ryan|Last Port||"},
	},
	{
		name: "the new showrunner will be X (T); showrunner Y is handing off the reins to Z (T2): X and Z run the sentence's show, their brackets are crew credits",
		text: "Harbor renewed\n\nThe drama Harbor is returning for a second season. Ana Velde is staying on board as executive producer, and the new showrunner will be Mark Fried (“Believe”). Meanwhile, showrunner Chad Hodd is handing off the reins to Lu Ostrom (Overtime).",
		want: []string{"crew|Ana Velde|Harbor||producer", "crew|Mark Fried|Believe||", "crew|Mark Fried|Harbor||showrunner", "crew|Chad Hodd|Harbor||showrunner", "crew|Lu Ostrom|Harbor||showrunner", "crew|Lu Ostrom|Overtime||"},
	},
	{
		name: "produced by A and B where B is a company (Stories, Studios), by Tall Story Pictures, by La Granja: companies, no producers; a person's name in the list stays",
		text: "Harbor shoots\n\nThe new series Harbor is shooting. This installment, co-produced by Easy Tiger and Third Act Stories, is being filmed in Augusta. The series is produced by Roadshow Rough Diamond and CBS Studios for Stan. Harbor is produced by Tall Story Pictures. Dee Klein headlines the series, produced by La Granja. It is also co-produced by Ana Rago and Third Act Stories.",
		want: []string{"cast|Dee Klein|Harbor||", "crew|Ana Rago|Harbor||producer"},
	},
	{
		name: "prize lines whose prize has a bracket or a comma (Camera d’Or (Best First Feature):, Palme d’Or, Short Film:), a title in English in brackets after the work, a country's possessive before it",
		text: "Cannes: the winners\n\nThe festival closed on Sunday.\n\nCamera d’Or (Best First Feature): “La Tierra Roja” (“Red Land”), Cesar Augusto Acevo\n\nPalme d’Or, Short Film: “Waves 98,” Eli Dagh\n\nBest short film: Hong Kong’s “All The Crows” Tang Yi",
		want: []string{"crew|Cesar Augusto Acevo|La Tierra Roja||", "crew|Eli Dagh|Waves 98||", "crew|Tang Yi|All The Crows||"},
	},
	{
		name: "Mira, ..., will be seen in Dasan's T: a sentence that names Mira Dasan by her given name makes Dasan alone another person, T's maker",
		text: "Harbor wraps\n\nThe film Harbor, starring Mira Dasan, has wrapped. Mira, on the other hand, will be seen in Ravi Menon's Hridayam and Dasan's Marakkar next.",
		want: []string{"cast|Mira Dasan|Harbor||", "crew|Ravi Menon|Hridayam||", "crew|Dasan|Marakkar||", "cast|Mira Dasan|Hridayam||", "cast|Mira Dasan|Marakkar||"},
	},
	{
		name: "he returned to T, where he remains ... on the Michaels-created variety show: the maker's credit is in the title the sentence named before, not the article's show",
		text: "Harbor pilot\n\nAndy Garc will star in the pilot Harbor. Kenan Tom was poised to film it last summer, before he returned to Late Night Live, where he remains the longest-tenured performer on the Michaels-created variety show. Lorne Michaels produces Harbor.",
		want: []string{"cast|Andy Garc|Harbor||", "crew|Lorne Michaels|Late Night Live||creator", "crew|Lorne Michaels|Harbor||producer"},
	},
	{
		name: "her performance in T (T in English), the screenwriter of T2 (Other Name): a title's other name in brackets, no person and role; the story of C (Actor) stays a role",
		text: "Cannes\n\nThe jury awarded a prize to French actress Emma Berco, for her performance in Mon Roi (My King). It is a drama by the screenwriter of Secret Woods (Stranger). The drama Harbor tells the story of King Yi (Joe Jung Suk).",
		want: []string{"cast|Joe Jung Suk|Harbor|King Yi|"},
	},
	{
		name: "sales to AXN (Spain), Mega Channel (Greece, Cyprus) and Lumo (Benelux): a bracket of countries is a market, no title; the series The Drowning (Drukningen): the title's other name",
		text: "Harbor sells abroad\n\nThe crime series Harbor sold well at the market. Sales include those to AXN (Spain), Channel One (Russia), Mega Channel (Greece, Cyprus) and Lumo (Benelux). They closed deals on the award-winning series The Drowning (Drukningen).",
		want: nil,
	},
	{
		name: "a prize line with no work (Best Actor-Male: X, Best Actor (Female): Y) names a winner, no character in the article's show",
		text: "Festival winners\n\nThe Best Film Award was given to Iranian film Harbor, directed by Abi Amin.\n\nBest Actor-Male: Pouri Rahim Sam\n\nBest Actor (Female): Mela Thier",
		want: []string{"crew|Abi Amin|Harbor||director"},
	},
	{
		name: "versatile Kapuso actor X: Kapuso (a network's fans' name for its stars) describes the actor, no title",
		text: "The World Between Us\n\nAldo Ricard and Jana Curt reunite in the drama series “The World Between Us” alongside versatile Kapuso actor Tomas Rodri, in his most challenging role yet.",
		want: []string{"cast|Aldo Ricard|The World Between Us||", "cast|Jana Curt|The World Between Us||", "cast|Tomas Rodri|The World Between Us||"},
	},
	{
		name: "X of ‘T1’, ‘T2’ fame for music: crew in each title; Y of ‘T1’ and ‘T3’ fame plays the lead: cast in each",
		text: "Harbor gets a composer\n\nThe film Harbor went on floors. The producers have signed Vivek Sagu of ‘Sammo’, ‘Pelli Choop’ fame for music. Rahul Dev of ‘Sammo’ and ‘Red Kite’ fame plays the lead.",
		want: []string{"crew|Vivek Sagu|Sammo||", "crew|Vivek Sagu|Pelli Choop||", "cast|Rahul Dev|Sammo||", "cast|Rahul Dev|Red Kite||"},
	},
	{
		name: "A and B (T-fame) share co-writing credit on the film's script: both write the sentence's show (the bracket is crew work too); X shares a writing credit on T: X writes T",
		text: "Harbor\n\nThe film Harbor went on floors. Muhsin and Ashraf Hamsa (Tamasha-fame) share co-writing credit on the film's script. Bo Kim shares a writing credit on Low Tide.",
		want: []string{"crew|Ashraf Hamsa|Tamasha||", "crew|Muhsin|Tamasha||", "crew|Muhsin|Harbor||writer", "crew|Ashraf Hamsa|Harbor||writer", "crew|Bo Kim|Low Tide||writer"},
	},
	{
		name: "the domestic total of the Stephen Kong adaptation: the person named before \"adaptation\" wrote the sentence's show's source, no cast",
		text: "Box office\n\nThe horror film Harbor took the top spot again, bringing the domestic total of the Stephen Kong adaptation to $218 million.",
		want: []string{"crew|Stephen Kong|Harbor||original author"},
	},
	{
		name: "an official adaptation of X's Midnight's Children: X wrote that title's source (the title read past its possessive), not the sentence's show's, even where the sentence has no show",
		text: "Originals slate\n\nThe originals being made include Bard of Blood and an official adaptation of Salman Rush's Midnight's Children.",
		want: []string{"crew|Salman Rush|Midnight's Children||original author"},
	},
	{
		name: "freely inspired by the work of X; based on the original work by Y: the source's authors of the sentence's show",
		text: "Harbor\n\nHarbor is a series freely inspired by the work of Domi Olive. Based on the original work by Ishi Sui, Harbor is one of the most fascinating series.",
		want: []string{"crew|Domi Olive|Harbor||original author", "crew|Ishi Sui|Harbor||original author"},
	},
	{
		name: "with artistic direction by X: X directs the sentence's show; musical direction by Y: crew with no job; a change of direction by a network: none",
		text: "Harbor\n\nHarbor is a new series, with artistic direction by Patri Pedro and musical direction by Ana Velde. The show marks a change of direction by Nova Brasil.",
		want: []string{"crew|Patri Pedro|Harbor||director", "crew|Ana Velde|Harbor||"},
	},
	{
		name: "a series written by A with B: both write it; directed by C with D producing: D's own job, not C's",
		text: "Harbor\n\nHarbor is a series written by Jorge Furt with Janaína Fisch. Low Tide is a film directed by Cal Moro with Dev Ames producing.",
		want: []string{"crew|Jorge Furt|Harbor||writer", "crew|Janaína Fisch|Harbor||writer", "crew|Cal Moro|Low Tide||director", "crew|Dev Ames|Low Tide||producer"},
	},
	{
		name: "the sci-fi drama T by X: a genre noun before the title, X made it",
		text: "Harbor review\n\nAfter the hauntingly tense sci-fi drama Ex Nihilo by Alex Gar, the sky was the limit for what he could bring to the screen.",
		want: []string{"crew|Alex Gar|Ex Nihilo||"},
	},
	{
		name: "X, who has assisted on Y-led films, such as T1, T2 and T3: X's crew work in each title (Y's cast)",
		text: "Harbor\n\nThe comedy Harbor begins shooting. Its director Haroon, who has assisted on Shahrukh Khan-led films, such as Raju Gentleman, Yes Boss and Paheli, makes his debut.",
		want: []string{"crew|Haroon|Harbor||director", "cast|Shahrukh Khan|Raju Gentleman||", "cast|Shahrukh Khan|Yes Boss||", "cast|Shahrukh Khan|Paheli||", "crew|Haroon|Raju Gentleman||", "crew|Haroon|Yes Boss||", "crew|Haroon|Paheli||"},
	},
	{
		name: "Netflix is also working with X on a new original, T: X makes T for the network (crew), past the project noun; A worked with B on T2 stays open",
		text: "Harbor\n\nThe film Harbor is coming. Netflix is also working with Sujo Ghos on a new original, Typewriter, a horror thriller. Ana Lee worked with Cy Tan on Blue Moon.",
		want: []string{"crew|Sujo Ghos|Typewriter||", "cast|Ana Lee|Blue Moon||", "cast|Cy Tan|Blue Moon||"},
	},
	{
		name: "“T” (“Other Title”) brings a romantic comedy from X, known for hits like “T2”: X makes T, and T2 is X's earlier work",
		text: "Netflix roundup\n\n“Love at Nine” (“Amor de oficina”) brings a romantic comedy from Carla Rivas, known for hits like “Daughter from Another Mother.”",
		want: []string{"crew|Carla Rivas|Love at Nine||", "crew|Carla Rivas|Daughter from Another Mother||"},
	},
	{
		name: "the label founded by Creative Director X: Creative is the kind of director, no title X directs",
		text: "Harbor\n\nHarbor is produced by Tall Tale Pictures, the label founded by Creative Director Fran Hopkin. Hopkin will executive produce the series.",
		want: []string{"crew|Fran Hopkin|Harbor||director", "crew|Fran Hopkin|Harbor||producer"},
	},
	{
		name: "Paramount Global (PARA) reported third quarter earnings: a stock's ticker, no title",
		text: "Paramount earnings\n\nParamount Global (PARA) reported third quarter earnings on Friday, with streaming profits up.",
		want: nil,
	},
	{
		name: "X (Anadolu Agency), Y (Getty Images): a photo's credit; New York City (Harlem): a place; no titles",
		text: "Cannes\n\nThe jury praised Mexican Michel Franz (Anadolu Agency). The show follows four women living in New York City (Harlem). Ana Lee (Getty Images) attends the premiere.",
		want: nil,
	},
	{
		name: "X (T) reprised her duty in series composition; directing, with Y (T2) providing character designs: crew in the sentence's show",
		text: "Harbor anime\n\nThe Harbor anime returns. Kyo Asan (Psycho-Pass) returned as character designer, while Yasu Koba (Shakugan no Shana) reprised her duty in series composition. Naoto Hoso is directing the project at Graphinica, with Chika Kade (Mania Club) providing character designs.",
		want: []string{"crew|Kyo Asan|Harbor||", "crew|Kyo Asan|Psycho-Pass||", "crew|Yasu Koba|Shakugan no Shana||", "crew|Yasu Koba|Harbor||writer", "crew|Chika Kade|Mania Club||", "crew|Naoto Hoso|Harbor||director", "crew|Chika Kade|Harbor||"},
	},
	{
		name: "the series creative consultant X along with head writer Y; brainstormers A, B, and C: crew in the sentence's show; a trauma consultant in the story is no crew",
		text: "Harbor remake\n\nThe series creative consultant Kit Lang along with head writer Geng Delga, as well as brainstormers Bylle Tab, Milo Pazz, and Jake Somer, make sure the story of Harbor excites viewers. Harbor tells the story of a boy who dies under the care of trauma consultant Jon Steph.",
		want: []string{"crew|Kit Lang|Harbor||", "crew|Geng Delga|Harbor||writer", "crew|Bylle Tab|Harbor||", "crew|Milo Pazz|Harbor||", "crew|Jake Somer|Harbor||"},
	},
	{
		name: "produced by T producer Drama Republic and Company Productions: a company after a title's job noun, no producer (T is no person); co-directed by T2 helmer X: X directs both",
		text: "Harbor\n\nThe series Harbor is produced by Doctor Fox producer Drama Republic and Bandstand Productions. It is co-directed by Low Tide helmer Tom Tyk.",
		want: []string{"crew|Tom Tyk|Harbor||director", "crew|Tom Tyk|Low Tide||director"},
	},
	{
		name: "the project revolves around X's Kate, a single mother: Kate is X's character, no book X wrote",
		text: "Abby Ellis joins Lady Friends\n\nAbby Ellis has joined the ABC comedy pilot Lady Friends. The project revolves around Abby Ellis's Kate, a single mother who gets an assist from her brother.",
		want: []string{"cast|Abby Ellis|Lady Friends|Kate|"},
	},
	{
		name: "one of Walford's most memorable love stories: a place's stories, no author; based on X's stories: X's",
		text: "EastEnders tributes\n\nThe soap EastEnders paid tribute. His love for Pat made one of Walford’s most memorable love stories. The drama is based on Dana Kell's stories.",
		want: []string{"crew|Dana Kell|EastEnders||original author"},
	},
	{
		name: "X's T1 (2007) and T2 (2011): both X's; a chart's Y's T3 (10) and T4 (16): T4 is no title of Y's",
		text: "Kkun\n\nJANG Chang has served as assistant director on titles such as LEE Joon's The Happy Life (2007) and Battlefield Heroes (2011). Holdovers fared better, with Lee Danes' The Butler (10) and Despicable Me 2 (16) continuing their runs.",
		want: []string{"crew|LEE Joon|The Happy Life||", "crew|LEE Joon|Battlefield Heroes||", "crew|JANG Chang|The Happy Life||", "crew|JANG Chang|Battlefield Heroes||", "crew|Lee Danes|The Butler||"},
	},
	{
		name: "T is based on the journalistic novel ‘N’, written by X: X is T's original author, no writer of N",
		text: "Los Internacionales\n\nThe series Los Internacionales began filming. Los Internacionales is based on the journalistic novel ‘La Conexion Bogota’, written by Nahu Gallo, and will star Cecilia Rot.",
		want: []string{"cast|Cecilia Rot|Los Internacionales||", "crew|Nahu Gallo|Los Internacionales||original author"},
	},
	{
		name: "their Best Film and Best Director Oscars: a prize, no person, and Best Film no title",
		text: "Box office\n\nHot off their Best Film and Best Director Oscars at this year's Academy Awards for No Country, the brothers's comedy Burn After Reading led all films. Oscar Isaa stars in Dune Run.",
		want: []string{"cast|Oscar Isaa|Dune Run||"},
	},
	{
		name: "Trident Arts are bankrolling this project: Arts ends a company's name, no producer",
		text: "Harbor\n\nThe action film Harbor is shooting in Turkey. Trident Arts are bankrolling this project at a big budget. Cy Tan is bankrolling it too.",
		want: []string{"crew|Cy Tan|Harbor||producer"},
	},
	{
		name: "my first CND (Campaign for Nuclear Disarmament) march: an abbreviation spelt out, no person and title",
		text: "Peter Vaug dies\n\n“I went on my first CND (Campaign for Nuclear Disarmament) march with Peter Vaug in 1959,” the star wrote.",
		want: nil,
	},
	{
		name: "guidelines set by the Ministry of Information and Broadcasting (MIB): an abbreviation, no person and title; X (T) stays a credit",
		text: "Harbor\n\nThe film will comply with the latest guidelines set by the Ministry of Information and Broadcasting (MIB) of India. Ana Lee (Blue Moon) stars in Harbor.",
		want: []string{"cast|Ana Lee|Blue Moon||", "cast|Ana Lee|Harbor||"},
	},
	{
		name: "produced by the late King of Philippine Movies X: King is a title of honour, no person",
		text: "Teleserye\n\nInspired by the 1970 film with the same title produced by the late King of Philippine Movies Fernando Poe Jr. under his nom de plume, this 2005 drama Harbor shattered our hearts.",
		want: nil,
	},
	{
		name: "director A and writer B (T) base the film on X's biography: X is the source's author, and X's given name is no title",
		text: "Lion review\n\nThe drama Lion opens this week. First time director Garth Davi and writer Luke Davi (Candy) base the film on Saroo Brier’s biography. Dev Pat stars as Saroo.",
		want: []string{"crew|Luke Davi|Candy||", "crew|Garth Davi|Lion||director", "crew|Luke Davi|Lion||writer", "crew|Saroo Brier|Lion||original author", "cast|Dev Pat|Lion|Saroo|"},
	},
}
