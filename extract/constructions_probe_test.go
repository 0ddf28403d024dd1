package extract

// probeConstructions are TestConstructions' cases for constructions found
// wanting in made-up articles written to try the extractor on news shaped
// unlike the corpus'.
var probeConstructions = []construction{
	{
		name: "appeared in T1 (2021) and the film T2: both earlier work, and the article's show stays the subject",
		text: "Kim Min-soo to lead tvN drama 'Moonlit Garden'\n\nActor Kim Min-soo has been confirmed to star in the upcoming tvN drama 'Moonlit Garden'.\n\nHe previously appeared in 'Night Market' (2021) and the film 'Blue Hour'.\n\nThe drama is helmed by director Park Jin-ho and written by Choi Eun-ji.",
		want: []string{"cast|Kim Min-soo|Moonlit Garden||", "cast|Kim Min-soo|Night Market||", "cast|Kim Min-soo|Blue Hour||", "crew|Park Jin-ho|Moonlit Garden||director", "crew|Choi Eun-ji|Moonlit Garden||writer"},
	},
	{
		name: "a roundup's title line over its schedule line with the channel (T / Premieres Monday 5 October on ABN)",
		text: "Three dramas to watch this autumn\n\nThree new dramas arrive this autumn.\n\nSilent Verdict\nPremieres Monday 5 October on ABN\nThe legal thriller follows a young defender. Starring Hana Merle and Otto Brandt.\n\nKitchen Rules\nPremieres Thursday 8 October on TV9\nA family comedy set in a restaurant. Starring Gil Navarro.",
		want: []string{"cast|Hana Merle|Silent Verdict||", "cast|Otto Brandt|Silent Verdict||", "cast|Gil Navarro|Kitchen Rules||"},
	},
	{
		name: "X will play the lead in director Y's next: the job is Y's, not X's; X stars in director Y's next, titled 'T': Y is no title",
		text: "Thunder Road news\n\nRavi Menon will play the lead in director Arjun Das's next, titled 'Thunder Road'.\n\nNila Varma stars in director Joseph Kurian's next, titled 'Salt Winds'.",
		want: []string{"cast|Ravi Menon|Thunder Road||", "cast|Nila Varma|Salt Winds||", "crew|Joseph Kurian|Salt Winds||director"},
	},
	{
		name: "A stars as the grieving father and newcomer B as his daughter, C: a performer noun after and starts another actor, not a character",
		text: "Ashes\n\nIn 'Ashes', Mark Stone stars as the grieving father and newcomer Ivy Lane as his daughter, Nora.",
		want: []string{"cast|Mark Stone|Ashes||", "cast|Ivy Lane|Ashes|Nora|"},
	},
	{
		name: "Production begins in May with A and B in the lead roles; with C in the lead",
		text: "Stan greenlights drama 'Red Dirt'\n\nStan has greenlit 'Red Dirt', a six-part drama.\n\nProduction begins in May with Tom Wills and Mia Cole in the lead roles. Filming wraps in June with Ada Finch in the lead.",
		want: []string{"cast|Tom Wills|Red Dirt||", "cast|Mia Cole|Red Dirt||", "cast|Ada Finch|Red Dirt||"},
	},
	{
		name: "a list of titles, each its own entry: includes 'T1', directed by A; 'T2' from director B, with C in the lead; and 'T3', written and directed by D",
		text: "Festival unveils lineup\n\nThe festival has unveiled its gala lineup.\n\nThe lineup includes 'Paper Moon Rising', directed by Ines Kowal and starring Theo Grant; 'Salt Lake Summer' from director Amir Haddad, with Lena Brooks in the lead; and 'The Quiet Year', written and directed by Ruth Okafor.",
		want: []string{"cast|Theo Grant|Paper Moon Rising||", "crew|Ines Kowal|Paper Moon Rising||director", "cast|Lena Brooks|Salt Lake Summer||", "crew|Amir Haddad|Salt Lake Summer||director", "crew|Ruth Okafor|The Quiet Year||director", "crew|Ruth Okafor|The Quiet Year||writer"},
	},
	{
		name: "the same as sentences: a sentence may open with a title in plain single quotes ('T2' from director B); a quotation in quotes is no title",
		text: "Festival unveils lineup\n\nThe lineup includes 'Paper Moon Rising', directed by Ines Kowal. 'Salt Lake Summer' from director Amir Haddad, with Lena Brooks in the lead. \"We are thrilled with it,\" said Amir Haddad, who wrote the script.",
		want: []string{"crew|Ines Kowal|Paper Moon Rising||director", "cast|Lena Brooks|Salt Lake Summer||", "crew|Amir Haddad|Salt Lake Summer||director", "crew|Amir Haddad|Salt Lake Summer||writer"},
	},
	{
		name: "X produced the new film 'T' (a describing word before the genre noun); Y wrote and produced 'U' (each verb its job)",
		text: "Lagos Nights\n\nSarah Adebayo produced the new film 'Lagos Nights'. Femi Ajayi wrote and produced 'Harmattan'.",
		want: []string{"crew|Sarah Adebayo|Lagos Nights||producer", "crew|Femi Ajayi|Harmattan||writer", "crew|Femi Ajayi|Harmattan||producer"},
	},
	{
		name: "an anime's voice cast with characters in brackets: The voice cast also includes A (C1), B (C2)",
		text: "Moon Garden anime reveals voice cast\n\nThe official website for the TV anime 'Moon Garden' revealed the voice cast on Monday.\n\nThe voice cast also includes Hana Sato (Rin), Taro Kimura (Daichi) and Yui Nakamura (Principal Sakai).",
		want: []string{"cast|Hana Sato|Moon Garden|Rin|", "cast|Taro Kimura|Moon Garden|Daichi|", "cast|Yui Nakamura|Moon Garden|Principal Sakai|"},
	},
	{
		name: "'T' starred A and B; 'T', which premiered on Netflix in 2022, starred A (the quoted title is the sentence's show)",
		text: "Harbor Lights renewed\n\nHulu has renewed 'Harbor Lights' for a second season.\n\n'Red Sky' starred Tom Burke and Lea Moss. 'Blue Fire', which premiered on Netflix in 2022, starred Ana Reyes.",
		want: []string{"cast|Tom Burke|Red Sky||", "cast|Lea Moss|Red Sky||", "cast|Ana Reyes|Blue Fire||"},
	},
	{
		name: "The T anime is based on X's manga: T (unquoted) is the title, not a maker, and the sentence's show",
		text: "Blue Fire returns\n\nNetflix's 'Blue Fire' returns for season 2.\n\nThe Moon Garden anime is based on Aki Mori's manga.",
		want: []string{"crew|Aki Mori|Moon Garden||original author"},
	},
	{
		name: "an executive's slate is no credit: X previously oversaw hits such as T1 and T2 at the streamer",
		text: "Streamer names new head of content\n\nNetflix has named Maria Chen as its new head of Korean content.\n\nChen previously oversaw hits such as 'Squid Pond' and 'Kingdom Come' at the streamer. Dana Kroll, who commissioned dramas like 'Red Sky', praised the hire.",
		want: nil,
	},
	{
		name: "an occupation in capitals before a name is no part of it: Chef X joins as a judge alongside returning judge Y (a judge, a chef, a presenter: cast of a show that has them)",
		text: "'Star Kitchen' returns with new host\n\nCooking competition 'Star Kitchen' will return in spring with comedian Ola Banks as host.\n\nChef Marco Ricci joins as a judge alongside returning judge Anna Berg.",
		want: []string{"cast|Ola Banks|Star Kitchen||", "cast|Marco Ricci|Star Kitchen||", "cast|Anna Berg|Star Kitchen||"},
	},
	{
		name: "X's character, a disgraced knight named C, leads the rebellion: C is X's character, no cast member; joins previously announced leads A and B",
		text: "'Greywater' casts its villain\n\nAmazon's fantasy series 'Greywater' has cast Lukas Brandt.\n\nBrandt joins previously announced leads Erin Walsh and Kofi Mensah. Walsh's character, a disgraced knight named Sera Vale, leads the rebellion. Kofi Mensah's character, Tam, follows her.",
		want: []string{"cast|Lukas Brandt|Greywater||", "cast|Erin Walsh|Greywater|Sera Vale|", "cast|Kofi Mensah|Greywater|Tam|"},
	},
	{
		name: "the TV anime of X's 'T' manga: X is T's original author (a quoted title before a source noun)",
		text: "'Kings of Osaka' anime reveals more cast\n\nThe TV anime of Ren Koda's 'Kings of Osaka' manga premieres in April. The film adapts Mia Lunde's 'Winter Salt' novel.",
		want: []string{"crew|Ren Koda|Kings of Osaka||original author", "crew|Mia Lunde|Winter Salt||original author"},
	},
	{
		name: "a nationality before a job noun is no title: Czech helmer X has boarded T",
		text: "Helmer Jan Novak boards thriller 'Cold Harbor'\n\nCzech helmer Jan Novak has boarded 'Cold Harbor', a thriller from Greek scribe Eleni Pappas.",
		want: []string{"crew|Jan Novak|Cold Harbor||director", "crew|Eleni Pappas|Cold Harbor||writer"},
	},
	{
		name: "X essays the role of a small-town police inspector, C (essay as play; the role of a describing phrase, then C)",
		text: "Zee5 announces 'Chhota Shehar'\n\nZee5 has announced its next original, 'Chhota Shehar'.\n\nRajesh Kumar essays the role of a small-town police inspector, Vikram Singh. Pooja Mehra plays the role of a journalist, Asha.",
		want: []string{"cast|Rajesh Kumar|Chhota Shehar|Vikram Singh|", "cast|Pooja Mehra|Chhota Shehar|Asha|"},
	},
	{
		name: "a list goes on past an aside on a role: joined by newcomers A, as a troubled teenager, and B",
		text: "BBC confirms 'Low Water' series two cast\n\nThe BBC has confirmed the second series of 'Low Water'.\n\nThey will be joined by newcomers Dylan Morgan, as a troubled teenager, and Carys Lloyd.",
		want: []string{"cast|Dylan Morgan|Low Water||", "cast|Carys Lloyd|Low Water||"},
	},
	{
		name: "their English dub cast for T: the show of the Character: Actor lines that follow",
		text: "Yesterday, Funimation unveiled their English dub cast for Star Garden: Moon War. The series will star the following:\n\n  • Duo: Mark Stoddard\n  • Eiji (Ox): Ian Sinclair",
		want: []string{"cast|Mark Stoddard|Star Garden: Moon War|Duo|", "cast|Ian Sinclair|Star Garden: Moon War|Eiji|"},
	},
	{
		name: "X's performance as C earned her a nomination, Y' turn as C2 won praise (a verb of praise ends the character)",
		text: "Netflix's 'Blue Fire' returns for season 2\n\nNetflix has renewed 'Blue Fire'.\n\nAna Reyes's performance as Captain Vera Cruz earned her a nomination. Tom Burkes' performance as Ivo won praise.",
		want: []string{"cast|Ana Reyes|Blue Fire|Captain Vera Cruz|", "cast|Tom Burkes|Blue Fire|Ivo|"},
	},
	{
		name: "a month before a comma is no title: will begin airing in July, starring A and B (the sentence's show)",
		text: "Japanese drama 'Spring Rain' to air in July\n\nFuji TV's new Monday night drama 'Spring Rain' will begin airing in July, starring Haruka Mori and Ren Aoki.",
		want: []string{"cast|Haruka Mori|Spring Rain||", "cast|Ren Aoki|Spring Rain||"},
	},
	{
		name: "A and B to star in Y's next (a headline): the work without its noun is the article's film, and Y its maker, no title",
		text: "Vikram Rao, Meera Iyer to star in Sanjay Kohli's next\n\nFilmmaker Sanjay Kohli has announced his next film, titled 'Monsoon Letters', starring Vikram Rao and Meera Iyer.",
		want: []string{"cast|Vikram Rao|Monsoon Letters||", "cast|Meera Iyer|Monsoon Letters||", "crew|Sanjay Kohli|Monsoon Letters||director"},
	},
	{
		name: "X is best known for her turn as C in Netflix's “T”: a network's possessive before the title, and C is T's, not the article's show's",
		text: "Dara Voss joins 'The Salt Road'\n\nDara Voss has been cast in the series 'The Salt Road' as Mira.\n\nVoss is best known for her turn as Lena in Netflix's “Blue Embers.”",
		want: []string{"cast|Dara Voss|The Salt Road|Mira|", "cast|Dara Voss|Blue Embers|Lena|"},
	},
	{
		name: "X has been cast in the series “T” as C, X was cast in Netflix's “T” as C: a kind of show or a network's possessive between in and the title; no person named after the title's last words",
		text: "New faces for The Salt Road\n\nDara Voss has been cast in the series “The Salt Road” as Mira. Ben Ortiz was cast in Netflix's “The Salt Road” as Tomas. Ada Kerr has been cast in the series The Salt Road as Ines.",
		want: []string{"cast|Dara Voss|The Salt Road|Mira|", "cast|Ben Ortiz|The Salt Road|Tomas|", "cast|Ada Kerr|The Salt Road|Ines|"},
	},
	{
		name: "X, 41, plays C: an age between commas after the name",
		text: "Jonas Brandt on North Shore\n\nSwedish actor Jonas Brandt stars in the new thriller North Shore.\n\nBrandt, 41, plays Henrik Dahl, a shipping magnate. Elin Sand, 35, will play Karin Ek.",
		want: []string{"cast|Jonas Brandt|North Shore|Henrik Dahl|", "cast|Elin Sand|North Shore|Karin Ek|"},
	},
	{
		name: "X is in talks to play C, Y is in early negotiations to star: not cast yet, no credit",
		text: "Harbour Lights casting\n\nThe drama Harbour Lights begins filming in May.\n\nNora Kell, 29, is in talks to play the lead. Tom Rhys is in early negotiations to play Captain Vance. Ada Moss will play Ruth.",
		want: []string{"cast|Ada Moss|Harbour Lights|Ruth|"},
	},
	{
		name: "Superstar A and B are set to reunite on screen for filmmaker Y's upcoming thriller, tentatively titled T: A and B cast in T (no Superstar in the name), Y its maker",
		text: "A and B reunite\n\nSuperstar Ravi Kumar Shetty and Priya Nair are set to reunite on screen for filmmaker Arun Bose's upcoming action thriller, tentatively titled Iron Monsoon.",
		want: []string{"cast|Ravi Kumar Shetty|Iron Monsoon||", "cast|Priya Nair|Iron Monsoon||", "crew|Arun Bose|Iron Monsoon||director"},
	},
	{
		name: "X, who recently wrapped up “T2,” takes on the role of C; Y recently wrapped filming on the drama “T3”: earlier work; wrapped up the year is none",
		text: "New drama Spring Tide\n\nKang Min-ho and Yoo Se-ra will headline the new drama “Spring Tide.”\n\nKang Min-ho, who recently wrapped up “City Lights,” takes on the role of Park Jun. Yoo Se-ra recently wrapped filming on the drama “Blue Hour.” Kang wrapped up the year with a concert.",
		want: []string{"cast|Kang Min-ho|Spring Tide|Park Jun|", "cast|Yoo Se-ra|Spring Tide||", "cast|Kang Min-ho|City Lights||", "cast|Yoo Se-ra|Blue Hour||"},
	},
	{
		name: "A and B will headline T. The duo, who were last seen together in U, ...; The two appeared in V: the two people the sentence before opened with",
		text: "New film\n\nRavi Kumar and Priya Nair will headline the new film “Iron Monsoon.”\n\nThe duo, who were last seen together in Pathway, will begin shooting next month.",
		want: []string{"cast|Ravi Kumar|Iron Monsoon||", "cast|Priya Nair|Iron Monsoon||", "cast|Ravi Kumar|Pathway||", "cast|Priya Nair|Pathway||"},
	},
	{
		name: "an obituary with no show of its own: X, the British actress best known for playing the matriarch C in ITV's long-running drama T, has died; Y is best known for playing C2 in Netflix's T2",
		text: "Veteran actress dies at 88\n\nRuth Ambrose, the British actress best known for playing the matriarch Edith Crane in ITV's long-running drama Harrowgate, has died at the age of 88.\n\nHer friend Lena Voss is best known for playing Maud in Netflix's Quarry Lane.",
		want: []string{"cast|Ruth Ambrose|Harrowgate|Edith Crane|", "cast|Lena Voss|Quarry Lane|Maud|"},
	},
	{
		name: "X later appeared in the BBC sitcom T alongside A and B: all three in T, not the article's show",
		text: "A life on screen\n\nThe Quiet Coast won big.\n\nRuth Ambrose later appeared in the BBC sitcom Mind the Gap alongside Peter Hollis and Ann Lee.",
		want: []string{"cast|Ruth Ambrose|Mind the Gap||", "cast|Peter Hollis|Mind the Gap||", "cast|Ann Lee|Mind the Gap||"},
	},
	{
		name: "The Quiet Coast's director, X, won: the job on the title before the possessive; a person's producer, Y, is no credit",
		text: "Awards night\n\nThe Long Shore won big.\n\nThe Quiet Coast's director, Anders Holm, won for the episode. Morgan's producer, Ann Lee, said it was a fine night.",
		want: []string{"crew|Anders Holm|The Quiet Coast||director"},
	},
	{
		name: "X won praise for his turn in last year's T: a time's possessive before the title",
		text: "Box office\n\nNight Runners topped the box office.\n\nMarcus Hale won praise for his turn in last year's Hard Line.",
		want: []string{"cast|Marcus Hale|Hard Line||"},
	},
	{
		name: "“Someone's words, a sentence long,” showrunner X told us: no title; a name said first inside the quotation resolves a surname later (Shah, who also appeared in T2)",
		text: "'Harbour Nights' finale: the showrunner explains\n\nSpoilers ahead for the season finale of Harbour Nights.\n\n“We always knew it would end this way,” showrunner Dana Whitley told us. “When Priya Shah came in to read, we knew.”\n\nShah, who also appeared in Blood Moon, said the part changed her life.",
		want: []string{"crew|Dana Whitley|Harbour Nights||showrunner", "cast|Priya Shah|Blood Moon||"},
	},
	{
		name: "The cast also featured A, B and young newcomer C (featured, like included, after the cast noun)",
		text: "Hulu cancels Backyard Legends\n\nHulu has canceled the comedy Backyard Legends.\n\nThe cast also featured Gina Torres-Mills, Sam Petrakis and young newcomer Eli Brandt.",
		want: []string{"cast|Gina Torres-Mills|Backyard Legends||", "cast|Sam Petrakis|Backyard Legends||", "cast|Eli Brandt|Backyard Legends||"},
	},
	{
		name: "awards: X won outstanding lead actress in a drama series for her performance in T; Outstanding lead actor in a comedy went to Y for U; Z won the writing prize for U; the award for best actor at the ceremony names no work",
		text: "Awards night\n\nThe Long Shore won big.\n\nMara Lind won outstanding lead actress in a drama series for her performance in The Quiet Coast. Outstanding lead actor in a comedy went to Theo Banks for Sunday People. Lucy Fenn won the writing prize for Sunday People. Ivo Marsh won the award for best actor at the ceremony.",
		want: []string{"cast|Mara Lind|The Quiet Coast||", "cast|Theo Banks|Sunday People||", "crew|Lucy Fenn|Sunday People||writer"},
	},
	{
		name: "The posters show A (C1), B (C2) and D (C3) in their roles: show is a verb there, no title cue; a name in brackets after a name, where the sentence speaks of roles, is the actor's character",
		text: "'The Golden Hour' unveils character posters\n\nJTBC's upcoming drama The Golden Hour has released character posters.\n\nThe posters show Lee Dong-wook (Han Ji-hoon), Shin Se-kyung (Yoon Ha-na) and Ahn Bo-hyun (Park Joon-young) in their roles as hospital staff.\n\nThe drama is directed by Yoo In-shik.",
		want: []string{"cast|Lee Dong-wook|The Golden Hour|Han Ji-hoon|", "cast|Shin Se-kyung|The Golden Hour|Yoon Ha-na|", "cast|Ahn Bo-hyun|The Golden Hour|Park Joon-young|", "crew|Yoo In-shik|The Golden Hour||director"},
	},
	{
		name: "Oscar winner X is set to star in and executive produce T: X, past an award's winner noun, is the subject of both verbs",
		text: "Ada Lind to star in Apple's 'The Northern Star'\n\nOscar winner Ada Lind is set to star in and executive produce The Northern Star, a limited series for Apple TV+.",
		want: []string{"cast|Ada Lind|The Northern Star||", "crew|Ada Lind|The Northern Star||producer"},
	},
	{
		name: "Sky released T, its new period drama starring A and B: the title before an aside that names its kind is the list's show",
		text: "First look at Sky drama\n\nSky released The Lighthouse Keeper's Wife, its new period drama starring Olivia Colman and Paapa Essiedu.",
		want: []string{"cast|Olivia Colman|The Lighthouse Keeper's Wife||", "cast|Paapa Essiedu|The Lighthouse Keeper's Wife||"},
	},
	{
		name: "stars A and B as Valeria and Diego, then A and B lead the cast as Valeria Montes and Diego Salazar, respectively: one character each, named in full",
		text: "Telemundo begins production on 'Corazón de Fuego'\n\nThe melodrama Corazón de Fuego stars Ana Beltrán and Sebastián Ruiz as Valeria and Diego, two lovers torn apart by a family feud. Beltrán and Ruiz lead the cast as Valeria Montes and Diego Salazar, respectively.",
		want: []string{"cast|Ana Beltrán|Corazón de Fuego|Valeria Montes|", "cast|Sebastián Ruiz|Corazón de Fuego|Diego Salazar|"},
	},
	{
		name: "A and B are set to star in Y's untitled next film: no title yet, so no credit, and Y is no show",
		text: "A and B to reunite in Y's next\n\nAda Lind and Tom Hale are set to star in Chris Nolte's untitled next film for Universal, sources confirm.",
		want: nil,
	},
	{
		name: "a list goes on past a relative clause to \", and Y\": A, who played C in 'T', and B (U); a name after quoted titles is no title",
		text: "'Harrow Lane' renewed\n\nITV has renewed 'Harrow Lane' for a third season.\n\nJoining the new series are Lorna Pike, who played Nurse Jenkins in 'Call the Ward', and Tom Heywood (Brassic).\n\nThe cast also includes Ben Carr, who starred in 'Mud Season', and Ali Stone.\n\nNew to the cast are Rita Mole, best known for 'Tin Town', and Sam Price.",
		want: []string{"cast|Lorna Pike|Harrow Lane||", "cast|Lorna Pike|Call the Ward|Nurse Jenkins|", "cast|Tom Heywood|Harrow Lane||", "cast|Tom Heywood|Brassic||",
			"cast|Ben Carr|Harrow Lane||", "cast|Ben Carr|Mud Season||", "cast|Ali Stone|Harrow Lane||", "cast|Rita Mole|Harrow Lane||", "cast|Rita Mole|Tin Town||", "cast|Sam Price|Harrow Lane||"},
	},
	{
		name: "a relative clause that runs into the list's next name is no aside: A, who grew up here will appear in T alongside B, C and D",
		text: "Sherwood Hills filming\n\nActor Tom Hale, who grew up on the coast will also appear in Sherwood Hills alongside actress Ada Lind, Ben Carr and Mia Cole.",
		want: []string{"cast|Tom Hale|Sherwood Hills||", "cast|Ada Lind|Sherwood Hills||", "cast|Ben Carr|Sherwood Hills||", "cast|Mia Cole|Sherwood Hills||"},
	},
	{
		name: "a roundup's heading that credits one quoted title (X to star in “T”, Y joins “U”) is its section's show; \"The Group\" is a title, no company",
		text: "Some TV casting news\n\nFirst, Ada Lind will return for the third season of “Harbor Lights.”\n\nTom Hale to star in “The Group”\n\nSecond, TBS has set the cast for its comedy pilot “The Group.” Former talk show host Tom Hale will play Wyatt Jones, a journalist.\n\nMia Cole joins “The Quarry”\n\nThird, Mia Cole has joined “The Quarry” on NBC. Cole will play a detective named Rose Hart.",
		want: []string{"cast|Ada Lind|Harbor Lights||", "cast|Tom Hale|The Group|Wyatt Jones|", "cast|Mia Cole|The Quarry|Rose Hart|"},
	},
	{
		name: "a sentence adverb that opens a sentence is no person: Elsewhere, X has been tapped as a series regular",
		text: "Night Shift adds cast\n\nPeacock’s drama Night Shift has added Jenna Morrow.\n\nElsewhere, Brian Koh has been tapped as a series regular.",
		want: []string{"cast|Jenna Morrow|Night Shift||", "cast|Brian Koh|Night Shift||"},
	},
	{
		name: "an obituary: C in the long-running NET series T (the role's show); a year after a title is no part of it (\"The Red Tower in 1985\")",
		text: "Veteran actor Harold Finch dies at 84\n\nHarold Finch, the actor best known for playing Inspector Moss in the long-running ITV series The Moss Files, has died at the age of 84.\n\nFinch also appeared in Heartbeat. He played the villainous Duke in the BBC's adaptation of The Red Tower in 1985.",
		want: []string{"cast|Harold Finch|The Moss Files|Inspector Moss|", "cast|Harold Finch|Heartbeat||", "cast|Harold Finch|The Red Tower|Duke|"},
	},
	{
		name: "X has wrapped up the shoot of his upcoming film 'T' (the describing words after a shoot); X was last seen in the web series 'T2'",
		text: "Kapil Verma wraps up shooting\n\nActor Kapil Verma has wrapped up the shoot of his upcoming film 'Raat Rani', helmed by Sonia Kapoor.\n\nKapil was last seen in the web series 'Kaala Sach'.",
		want: []string{"cast|Kapil Verma|Raat Rani||", "crew|Sonia Kapoor|Raat Rani||director", "cast|Kapil Verma|Kaala Sach||"},
	},
	{
		name: "a box-office report: the one title the headline quotes and the first sentence repeats is the article's show, not a later \"horror sequel 'T2'\"",
		text: "Weekend Box Office: 'Iron Harvest' tops charts again\n\nUniversal's 'Iron Harvest' topped the domestic box office for a second weekend, earning $42 million.\n\nThe action thriller, starring Jason Vale and Olivia Grant, has now grossed $120 million.\n\nRounding out the top five were 'Red Canyon' and Sony's horror sequel 'Nightfall 2'.",
		want: []string{"cast|Jason Vale|Iron Harvest||", "cast|Olivia Grant|Iron Harvest||"},
	},
	{
		name: "a renewal: with A and B back in the lead roles; an interview's magazine before \"X, who stars as C\" is no cast member",
		text: "German crime series 'Nordwind' gets second season\n\nZDF has renewed its crime series 'Nordwind' for a second season, with Anna Schudt and Moritz Bleibtreu back in the lead roles.\n\nIn an interview with Vanity Fair, Jasna Bauer, who stars as forensic scientist Ida Lenz, spoke about the role.",
		want: []string{"cast|Anna Schudt|Nordwind||", "cast|Moritz Bleibtreu|Nordwind||", "cast|Jasna Bauer|Nordwind|Ida Lenz|"},
	},
	{
		name: "T will be directed and written by New York-based director X: the work is no maker, and a place of two words made a describing word is no title",
		text: "Title for Ada Lind's debut web series revealed\n\nNetflix has ordered a web series called The Heroine.\n\nThe Heroine will be directed and written by New York-based director Sri Varma.",
		want: []string{"crew|Sri Varma|The Heroine||director", "crew|Sri Varma|The Heroine||writer"},
	},
	{
		name: "X has helmed dramas like ‘T1,’ ‘T2,’ and ‘T3’ (single quotes, commas inside): earlier work, each title, not the sentence's show; ‘T’ season 2 actress Y",
		text: "Waiting for Spring\n\nJTBC has ordered the drama ‘Waiting for Spring’.\n\nLim Hyun-woo has helmed dramas like ‘King the Land,’ ‘Flower Crew: Joseon Marriage Agency,’ and ‘Life.’\n\n‘Squid Game’ season 2 actress Won Ji-an is reviewing an offer.",
		want: []string{"crew|Lim Hyun-woo|King the Land||director", "crew|Lim Hyun-woo|Flower Crew: Joseon Marriage Agency||director", "crew|Lim Hyun-woo|Life||director", "cast|Won Ji-an|Squid Game||"},
	},
	{
		name: "South Korean actor X opens the lead: \"The actor will essay the role of C\" after a quoted statement is X's",
		text: "Wi Ha-jun signs another drama\n\nSouth Korean actor Wi Ha-jun has signed another drama. The actor will be starring in the upcoming drama \"K Project\".\n\nHis agency said in a statement, “Wi Ha-jun is starring in ‘K Project.’ The exact details are currently being sorted out.” The actor will essay the role of Kwon Joon-taek, who is Jang Tae-sang’s best friend.",
		want: []string{"cast|Wi Ha-jun|K Project|Kwon Joon-taek|"},
	},
	{
		name: "a roundup's heading line \"EXIT: X, ‘T’\" credits X in T and names its section's show; \"Soap Opera\" is no title; \"the Restless (Y&R)\" is a title's initials, no person",
		text: "13 Soap Opera Exits From 2022\n\nIt has been another climactic year for daytime dramas. Young and the Restless (Y&R) fans were devastated.\n\nEXIT: Wes Ramsey, ‘General Hospital’\n\nPeter August was whacked with a tire iron, and after that episode, Ramsey thanked fans.\n\nEXIT: Sydney Mika, ‘Harbor Lights’\n\nMika signed off in March, with actress Tabyana Ali succeeding her in the role of Trina Robinson.",
		want: []string{"cast|Wes Ramsey|General Hospital||", "cast|Sydney Mika|Harbor Lights||", "cast|Tabyana Ali|Harbor Lights|Trina Robinson|"},
	},
	{
		name: "a slate of titles: \"includes Tower of Gods and My Next Life as a Villainess\" names no person and no character",
		text: "Streamer announces its spring dub slate\n\nThe streamer announced the English voice cast for Tower of Gods.\n\nThe English dub slate includes Tower of Gods and My Next Life as a Villainess: All Routes Lead to Doom!",
		want: nil,
	},
	{
		name: "an anime headline in sentence case (\"T anime reveals English dub cast\") names the article's show; \"Additional voices are A, B and C\" casts them",
		text: "Blue Lake anime reveals English dub cast, premiere on October 22\n\nThe streamer will begin streaming the English dub on Saturday.\n\nAdditional voices are Dani Chambers, Erica Muse, Comona Lewin and Lee George.",
		want: []string{"cast|Dani Chambers|Blue Lake||", "cast|Erica Muse|Blue Lake||", "cast|Comona Lewin|Blue Lake||", "cast|Lee George|Blue Lake||"},
	},
	{
		name: "a network's slate without headings: each sentence's own title (\"a fantasy series entitled “T”\", \"another “T2” series which will feature\", \"another teleserye, “T3”, starring\", \"the musical teleserye entitled “iDOL”\"), and \"will star in their first TV project\"",
		text: "Network upcoming shows for 2010\n\nThe network bared the return of “Mara Clara”.\n\nAngel Lopez and John Cruz will star in their first TV project together, a fantasy series entitled “Imortal”.\n\nThere will also be another “Your Song Presents” series which will feature the love story of two people played by Chris Bautista and Carmen Soo.\n\nThe network also announced the comeback of another teleserye, “Kokey @ Ako”, starring Toni Gonz and Vhong Nava.\n\nThe highlight of the event was the launching of the musical teleserye entitled “iDOL”. Sam Milby and Coco Mart will star in the said series.",
		want: []string{"cast|Angel Lopez|Imortal||", "cast|John Cruz|Imortal||", "cast|Chris Bautista|Your Song Presents||", "cast|Carmen Soo|Your Song Presents||", "cast|Toni Gonz|Kokey @ Ako||", "cast|Vhong Nava|Kokey @ Ako||", "cast|Sam Milby|iDOL||", "cast|Coco Mart|iDOL||"},
	},
	{
		name: "Character (Actor) pairs in one sentence read alike, a name with a particle too (\"her parents Jose (Keempee de Leon) and Monica (Nikki Valdez)\"); \"Ely (Tony)\" where the article's opening sentence, \"Follow Tony Labrusca ...\", names Tony in full",
		text: "Network launches “Bagong Umaga”\n\nThe network's new series “Bagong Umaga” airs on Monday.\n\nFollow Tony Labrusca and Yves Flores in their journeys through life.\n\nShe gets support from her parents Jose (Keempee de Leon) and Monica (Nikki Valdez).\n\nEly (Tony) falls in love with her because of her outlook in life.",
		want: []string{"cast|Keempee de Leon|Bagong Umaga|Jose|", "cast|Nikki Valdez|Bagong Umaga|Monica|", "cast|Tony Labrusca|Bagong Umaga|Ely|"},
	},
	{
		name: "Joining the six teens are premier actors A, B, and C: a describing word before the performer noun after \"are\"",
		text: "Network launches “Bagong Umaga”\n\nThe network's new series “Bagong Umaga” airs on Monday.\n\nJoining the six teens are premier actors Sunshine Cruz, Criz Martinez, and Rio Locsin.",
		want: []string{"cast|Sunshine Cruz|Bagong Umaga||", "cast|Criz Martinez|Bagong Umaga||", "cast|Rio Locsin|Bagong Umaga||"},
	},
	{
		name: "\"T Nollywood movie stars A and B\" (an industry's name ends no title); \"directed by X's business partner and co-owner of Company, Y\" (Y directs); \"Fashion model Z\" is no title's performer; \"‘T2,’ shot in ..., is\" opens T2's paragraph",
		text: "Surulere movie: stars on set\n\nThe movie titled Surulere is being directed by Rita Dom's business partner and co-owner of The Silva Company, Mildred Okwo.\n\nSurulere Nollywood movie stars Enyinna Nwigwe and Beverly Naya. In attendance were actress Omoni Obo and Fashion model Ify Mogek.\n\nNollywood is bent on quality. ‘Tango With Me,’ shot in celluloid format, is one of the latest films. Starring Genevieve Nna, the story is about a newly wed couple.",
		want: []string{"crew|Mildred Okwo|Surulere||director", "cast|Enyinna Nwigwe|Surulere||", "cast|Beverly Naya|Surulere||", "cast|Genevieve Nna|Tango With Me||"},
	},
	{
		name: "a paragraph that ends in a quoted title is no section heading (\"... a dating competition program, “Everlasting.”\"); \"stars A and B as producers C and D\" gives characters, no producers",
		text: "Lifetime has renewed “UnReel” for Season 3, the cable network announced Thursday.\n\nThe series stars Shiri Apple and Connie Zim as producers Rachel Gold and Quinn King, and gives a glimpse into the production of a dating competition program, “Everlasting.”\n\nReturning as series regulars for Season 2 are Craig Bier as “Everlasting’s” creator, Chet; and Josh Kell as Jeremy.",
		want: []string{"cast|Shiri Apple|UnReel|Rachel Gold|", "cast|Connie Zim|UnReel|Quinn King|", "cast|Craig Bier|UnReel||", "cast|Josh Kell|UnReel|Jeremy|"},
	},
	{
		name: "an obituary: \"British acting legend X\" leads; \"X, best known to younger viewers as C from fantasy TV series T\"; \"One of his most famous roles was as C2 in T2\" (his: the lead's, no person named One); \"comic actor Y remembered ...\" then \"the T3 star wrote\" is Y",
		text: "Veteran actor Peter Vaugh dies at 93\n\nBritish acting legend Peter Vaugh has died at 93.\n\nVaugh, best known to younger viewers as Maester Aemon from fantasy TV series Game of Thrones, passed away on Tuesday.\n\nOne of his most famous roles was as prisoner Harry Grout in Porridge.\n\nIn a post on Twitter, comic actor Tony Robins remembered how he had met Vaugh as a child.\n\n“An amazing actor,” the Blackadder star wrote.",
		want: []string{"cast|Peter Vaugh|Game of Thrones|Maester Aemon|", "cast|Peter Vaugh|Porridge|Harry Grout|", "cast|Tony Robins|Blackadder||"},
	},
	{
		name: "one credit a line, \"Name (Country) in Title\": the person in the title, the bracket a note on the person",
		text: "Scandinavian men on TV\n\nThe most notable that spring to mind right now include:\n\nMads Mikkel (Denmark) in Hannibal\n\nJoel Kinna (Sweden/USA) in The Killing\n\nDarri Ingolf (Iceland) in Dexter",
		want: []string{"cast|Mads Mikkel|Hannibal||", "cast|Joel Kinna|The Killing||", "cast|Darri Ingolf|Dexter||"},
	},
	{
		name: "a column's second heading over a paragraph that never names the article's show (\"Battle over\" over an actor's death) gives that show no credits (the actor's soap gets his)",
		text: "Networking: Stan commissions a second series of Wolf Gully\n\nStan steps it up\n\nThe streaming platform Stan has commissioned a second series of its horror drama Wolf Gully. The series stars John Jarr.\n\nBattle over\n\nAmerican actor Richard Hatt has died. The actor first rose to prominence as one of the stars of the daytime soap opera All My Children; Hatt played the show's young leading man, Tad Martin.",
		want: []string{"cast|John Jarr|Wolf Gully||", "cast|Richard Hatt|All My Children|Tad Martin|"},
	},
	{
		name: "he starred alongside X in movie T (a genre noun with no article before the title), and ...: X and he in T",
		text: "Peter Vaugh dies at 93\n\nActor Peter Vaugh has died at 93.\n\nIn addition to his TV roles, he starred alongside Frank Sinat in movie The Naked Runner and with Meryl Stree in theatre.",
		want: []string{"cast|Frank Sinat|The Naked Runner||", "cast|Peter Vaugh|The Naked Runner||"},
	},
	{
		name: "numbered entries of Japanese titles: \"1. 4-Gatsu no Kimi, Spica\" (a title that opens with digits and a hyphen, its comma inside), \"2. Boku no Hatsukoi o Kimi ni Sasagu\" (particles inside); \"1.\" alone is no title",
		text: "2019 live-action adaptations you need to watch\n\nSo, what are the adaptations that we can look forward to in 2019?\n\n1. 4-Gatsu no Kimi, Spica\n\nIt was announced that the manga will be getting a live-action film in Spring 2019. The film stars Haruka Fuku as Sei Saotome.\n\n2. Boku no Hatsukoi o Kimi ni Sasagu\n\nThe manga is getting another live-action adaptation. The 2019 cast includes Shuhei Nomu as Takuma Kaki.",
		want: []string{"cast|Haruka Fuku|4-Gatsu no Kimi, Spica|Sei Saotome|", "cast|Shuhei Nomu|Boku no Hatsukoi o Kimi ni Sasagu|Takuma Kaki|"},
	},
	{
		name: "T joins a list of BBC dramas from Scotland, including Guilt, Shetland: titles after a plural genre noun, no cast",
		text: "Granite Bay to air on BBC\n\nThe police drama Granite Bay stars Romeo Cole.\n\nGranite Bay joins a list of BBC dramas from Scotland, including Guilt, Shetland and Vigil.",
		want: []string{"cast|Romeo Cole|Granite Bay||"},
	},
	{
		name: "X will be joined by A and B in the series (X too); Y has been cast in the recurring role of C",
		text: "Harbor Lights adds cast\n\nITV's drama Harbor Lights has added three actors.\n\nAda Lind will be joined by Tom Hale and Mia Cole in the series.\n\nLeo Park has been cast in the recurring role of Detective Rose Hill.",
		want: []string{"cast|Ada Lind|Harbor Lights||", "cast|Tom Hale|Harbor Lights||", "cast|Mia Cole|Harbor Lights||", "cast|Leo Park|Harbor Lights|Detective Rose Hill|"},
	},
	{
		name: "The show also features appearances from A and B; X plays the lead, C; Y plays the lead, a nurse named C2",
		text: "Harbor Lights adds cast\n\nITV's drama Harbor Lights has added three actors.\n\nThe show also features appearances from Ana Diaz and Leo Park.\n\nJon Bell plays the lead, Harry Dunn.\n\nIvy Moss plays the lead, a nurse named Rose Hill.",
		want: []string{"cast|Ana Diaz|Harbor Lights||", "cast|Leo Park|Harbor Lights||", "cast|Jon Bell|Harbor Lights|Harry Dunn|", "cast|Ivy Moss|Harbor Lights|Rose Hill|"},
	},
	{
		name: "Joining previously announced lead X are A and B: X in the cast too",
		text: "Apple TV+ sets cast for limited series ‘The Orchard Keeper’\n\nApple TV+ has rounded out the cast of its limited series The Orchard Keeper. Joining previously announced lead Mia Cole are Tom Hale and Ben Carr.",
		want: []string{"cast|Mia Cole|The Orchard Keeper||", "cast|Tom Hale|The Orchard Keeper||", "cast|Ben Carr|The Orchard Keeper||"},
	},
	{
		name: "a line-up by surname after the full names: \"Hale will play Walter, a widowed farmer. Carr is Eli, his estranged son.\"",
		text: "Apple TV+ sets cast for ‘The Orchard Keeper’\n\nApple TV+ has rounded out the cast of its limited series The Orchard Keeper with Tom Hale and Ben Carr.\n\nHale will play Walter, a widowed farmer. Carr is Eli, his estranged son.",
		want: []string{"cast|Tom Hale|The Orchard Keeper|Walter|", "cast|Ben Carr|The Orchard Keeper|Eli|"},
	},
	{
		name: "This marks the third collaboration between A and B after 'T1' and 'T2': each in each earlier title, the kind from their other credits",
		text: "Ranveer Sing to headline Zoya Akhtr's next, 'Dil Ka Daura'\n\nRanveer Sing has been signed on to play the lead in Zoya Akhtr's upcoming film 'Dil Ka Daura'.\n\nThis marks the third collaboration between Ranveer and Zoya after 'Gully Boy' and 'Dil Dhadakne Do'.",
		want: []string{"cast|Ranveer Sing|Dil Ka Daura||", "crew|Zoya Akhtr|Dil Ka Daura||", "cast|Ranveer Sing|Gully Boy||", "crew|Zoya Akhtr|Gully Boy||", "cast|Ranveer Sing|Dil Dhadakne Do||", "crew|Zoya Akhtr|Dil Dhadakne Do||"},
	},
	{
		name: "'T' Anime Season 2 headline: \"Anime\" is no show; \"A and B's T: Beyond Journey's End manga\" (a subtitle's possessive is no author); \"returns to supervise the series scripts\" is no cast",
		text: "'Frieda' Anime Season 2 Announces Staff and January Premiere\n\nThe official website for the television anime of Kane Yamada and Tsuka Abe's Frieda: Beyond Journey's End manga announced on Friday that the second season will premiere in January.\n\nTomo Suzuki returns to supervise the series scripts.\n\nThe returning cast includes Atsu Tane as Fern and Chia Koba as Stark.",
		want: []string{"crew|Kane Yamada|Frieda||original author", "crew|Tsuka Abe|Frieda||original author", "cast|Atsu Tane|Frieda|Fern|", "cast|Chia Koba|Frieda|Stark|"},
	},
	{
		name: "X will play Billy's cousin, C: a character's relative, then the character",
		text: "EastEnders casts Danny Reed\n\nEastEnders has cast Danny Reed as a new member of the Mitchell family.\n\nDanny Reed will play Billy's cousin, Ronnie Mitchell Jr.",
		want: []string{"cast|Danny Reed|EastEnders|Ronnie Mitchell Jr|"},
	},
	{
		name: "The former T actor will play C: T is no person (the person the sentence before named, where one opened it, else the one it cast), and that person's credit in T",
		text: "Soap casts Danny Reed\n\nEastEnders has cast Danny Reed as a new member of the Mitchell family. The former Hollyoaks actor will play Billy's cousin, Ronnie Mitchell Jr.",
		want: []string{"cast|Danny Reed|EastEnders|Ronnie Mitchell Jr|", "cast|Danny Reed|Hollyoaks||"},
	},
	{
		name: "a name's suffix ends a sentence: \"... alongside Dev Patel Jr. Lena Choi is set to direct the pilot\"",
		text: "Peacock orders 'The Lantern Hour' to series\n\nPeacock has given a series order to 'The Lantern Hour', a supernatural drama.\n\nSara Gold will serve as showrunner alongside Dev Patel Jr. Lena Choi is set to direct the pilot.",
		want: []string{"crew|Sara Gold|The Lantern Hour||showrunner", "crew|Dev Patel Jr|The Lantern Hour||showrunner", "crew|Lena Choi|The Lantern Hour||director"},
	},
	{
		name: "X will play C2, a movie buff: a genre noun before another noun describes a person, no title (\"C2, a movie buff\" is no show)",
		text: "Park Bo-yeon and Choi Woo-sik confirmed for new drama\n\nOn May 2, JTBC confirmed that the two actors will lead the upcoming drama \"Melo Movie\".\n\nPark Bo-yeon will play Kim Moo-bee, a documentary director, while Choi Woo-sik will play Go Gyeom, a movie buff. Lee Jun-yeon also joins the cast.",
		want: []string{"cast|Park Bo-yeon|Melo Movie|Kim Moo-bee|", "cast|Choi Woo-sik|Melo Movie|Go Gyeom|", "cast|Lee Jun-yeon|Melo Movie||"},
	},
	{
		name: "X, who co-wrote the script with A and B, will direct; Y wrote the screenplay with Z: the partners write too",
		text: "Rebel Sun sequel adds cast\n\nNetflix has added three actors to the cast of Rebel Sun.\n\nZack Snyd, who co-wrote the script with Kurt Johnstad and Shay Hatten, will direct.\n\nAda Lind wrote the screenplay with Tom Hale.",
		want: []string{"crew|Zack Snyd|Rebel Sun||writer", "crew|Zack Snyd|Rebel Sun||director", "crew|Kurt Johnstad|Rebel Sun||writer", "crew|Shay Hatten|Rebel Sun||writer", "crew|Ada Lind|Rebel Sun||writer", "crew|Tom Hale|Rebel Sun||writer"},
	},
	{
		name: "Festival director X said: an office, no title named Festival and no credit",
		text: "Berlinale unveils its lineup\n\nLinklater's 'Blue Moon', starring Ethan Hawk, will premiere in competition. Festival director Tricia Tutt said the selection reflects the world.",
		want: []string{"cast|Ethan Hawk|Blue Moon||", "crew|Linklater|Blue Moon||"},
	},
	{
		name: "a month as a middle name (\"written by Daisy May Coop\"), whose surname alone then names her (\"executive produced by Coop and Henry Norm\", no \"Coop Norm\")",
		text: "Sky orders comedy 'Small Mercies'\n\nSky has ordered a new comedy, titled 'Small Mercies'.\n\nThe six-part series, written by Daisy May Coop, follows a family-run funeral parlour. It is executive produced by Coop and Henry Norm.",
		want: []string{"crew|Daisy May Coop|Small Mercies||writer", "crew|Daisy May Coop|Small Mercies||producer", "crew|Henry Norm|Small Mercies||producer"},
	},
	{
		name: "X, who won an Oscar for T, plays ...: a screen prize with no category credits X in T (the kind from the article); an Olivier Award is a stage prize, no credit",
		text: "Sky comedy\n\nSky has ordered a comedy, Small Mercies, starring Olivia Colm.\n\nColm, who won an Oscar for The Favourite, plays the matriarch.\n\nRomola Gara, who recently won an Olivier Award for The Years, was not available for comment.",
		want: []string{"cast|Olivia Colm|Small Mercies||", "cast|Olivia Colm|The Favourite||"},
	},
	{
		name: "a dateline in capitals (\"CHENNAI: The makers of ...\") is no title; \"directed by X of T1 and T2 fame\"",
		text: "Shanmuga's next begins with pooja\n\nCHENNAI: The makers of actor Shanmuga Pand's next film have begun the shooting. It is directed by U Anbu of Walter and Rekla fame, and the movie is yet to be titled.",
		want: []string{"crew|U Anbu|Walter||", "crew|U Anbu|Rekla||"},
	},
	{
		name: "a dateline with a city's name (\"Chennai: The film, ... is to be directed by X\") is no title: an untitled film gives no credit",
		text: "Action man to sport a rugged look in his next\n\nChennai: The film, which is being produced by SP Cinemas, is to be directed by Shanmugam Muthu.\n\nAthulya Ravi plays the female lead in this film.",
		want: nil,
	},
	{
		name: "NET's period drama The T has added four actors: the show is no cast member; X will recur as C; Y has been cast as a series regular",
		text: "'The Gilded Lane' adds four to cast\n\nHBO's period drama The Gilded Lane has added four actors.\n\nNia Bell will recur as Lady Ashford, a widowed socialite. Tom Ward has been cast as a series regular.",
		want: []string{"cast|Nia Bell|The Gilded Lane|Lady Ashford|", "cast|Tom Ward|The Gilded Lane||"},
	},
}
