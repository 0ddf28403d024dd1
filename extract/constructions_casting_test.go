package extract

// castingNewsConstructions are TestConstructions' cases for constructions of
// casting, renewal, film, awards and review news that the rules before
// them missed.
var castingNewsConstructions = []construction{
	{
		name: "from T creator X after the show (a genre noun, or the show and a comma, or the show as subject): X made the show too, and T",
		text: "‘Silver Harbor’ adds Sarah Paulson\n\nSarah Paulson is set to star in Silver Harbor, a new FX drama from Severance creator Dan Erickson. Tom Hanks has joined “Silver Harbor,” the thriller from “Lost” co-creator Damon Lindelof. The series is also from Fleabag producer Sally Gentle.",
		want: []string{"cast|Sarah Paulson|Silver Harbor||", "cast|Tom Hanks|Silver Harbor||", "crew|Dan Erickson|Severance||creator", "crew|Dan Erickson|Silver Harbor||creator", "crew|Damon Lindelof|Lost||creator", "crew|Damon Lindelof|Silver Harbor||creator", "crew|Sally Gentle|Fleabag||producer", "crew|Sally Gentle|Silver Harbor||producer"},
	},
	{
		name: "X, who created the series, will return as showrunner (a job after the relative clause: crew, no cast); X returns as writer and executive producer (each job)",
		text: "‘Silver Harbor’ renewed\n\nDan Erickson, who created the series, will return as showrunner. Mia Lee returns as writer and executive producer.",
		want: []string{"crew|Dan Erickson|Silver Harbor||creator", "crew|Dan Erickson|Silver Harbor||showrunner", "crew|Mia Lee|Silver Harbor||writer", "crew|Mia Lee|Silver Harbor||producer"},
	},
	{
		name: "T, directed by X (and produced by Y): the title before the comma, also after a year in brackets or a win's for; not a company after by, a place after in, nor a person after a describing noun",
		text: "Oscars: the winners\n\nMichelle Yeoh won best actress for Everything Everywhere All at Once, directed by Daniel Kwan and Daniel Scheinert. Tom Hanks found fame in Splash (1984), directed by Ron Howard. Janhvi Kapoor will star in Dhadak, directed by Shashank Khaitan and produced by Karan Johar. Netflix also has a documentary about serial killer Ana Ruiz, directed by Leo Soto. Sky ordered a comedy about two friends in Stockport, written by Mark Bussell. Produced by BKM, directed by Burak Aksak, the film is set in Izmir.",
		want: []string{"cast|Michelle Yeoh|Everything Everywhere All at Once||", "crew|Daniel Kwan|Everything Everywhere All at Once||director", "crew|Daniel Scheinert|Everything Everywhere All at Once||director", "crew|Ron Howard|Splash||director", "cast|Tom Hanks|Splash||", "cast|Janhvi Kapoor|Dhadak||", "crew|Shashank Khaitan|Dhadak||director", "crew|Karan Johar|Dhadak||producer"},
	},
	{
		name: "X, the star of T1, T2 and T3, has died (each title of a list that ends the aside); X, best known as the star of T; X, who was the creator of T; not the star of T, and Y (a second subject)",
		text: "Screen star dies at 90\n\nTom Hanks, the Oscar-winning star of Forrest Gump, Philadelphia and Big, has died at 90. Meg Ryan, best known as the star of Sleepless in Seattle and Kate & Leopold, paid tribute. Dan Erickson, who was the creator of Severance, spoke too. Bill Pullman, the star of Sleepless in Seattle, and Rita Wilson attended.",
		want: []string{"cast|Tom Hanks|Forrest Gump||", "cast|Tom Hanks|Philadelphia||", "cast|Tom Hanks|Big||", "cast|Meg Ryan|Sleepless in Seattle||", "cast|Meg Ryan|Kate & Leopold||", "crew|Dan Erickson|Severance||creator", "cast|Bill Pullman|Sleepless in Seattle||"},
	},
	{
		name: "an Emmy's category with no best (X won lead actor in a drama series for T), and more verbs of a win (took, took home, picked up, earned, received); not a network that took a prize",
		text: "Emmys 2024 winners\n\nHiroyuki Sanada won lead actor in a drama series for Shogun. Jeremy Allen White picked up lead actor in a comedy series for The Bear. Billy Crudup earned a supporting actor nomination for The Morning Show. Greg Daniels took home the Emmy for writing for The Office. Cillian Murphy received the best actor Oscar for Oppenheimer. Netflix took the top prize for Baby Reindeer.",
		want: []string{"cast|Hiroyuki Sanada|Shogun||", "cast|Jeremy Allen White|The Bear||", "cast|Billy Crudup|The Morning Show||", "crew|Greg Daniels|The Office||writer", "cast|Cillian Murphy|Oppenheimer||"},
	},
	{
		name: "directorial as a noun: The X Y directorial also stars Z, X's directorial T, T, an X directorial, (the title, the aside's or the article's); X's directorial debut is no noun here; The X Y-directed T (a name of two words before the participle) is T's",
		text: "‘Jawan’ trailer out\n\nThe Ayan Mukerji directorial also stars Amitabh Bachchan. Atlee's directorial Jawan is his first Hindi film. Pathaan, an Anand directorial, stars Deepika Padukone. The Rohit Shetty-directed Singham Again releases on Diwali. Her directorial debut is next.",
		want: []string{"crew|Ayan Mukerji|Jawan||director", "cast|Amitabh Bachchan|Jawan||", "crew|Atlee|Jawan||director", "crew|Anand|Pathaan||director", "cast|Deepika Padukone|Pathaan||", "crew|Rohit Shetty|Singham Again||director"},
	},
	{
		name: "X has joined T as C (the article's show between the verb and as); X joins Netflix's T as C; Y joined T as an executive producer (a job)",
		text: "‘Silver Harbor’ adds Sarah Paulson\n\nSarah Paulson has joined Silver Harbor as Anne, a grieving mother. Tom Hanks joins Netflix's Silver Harbor as Frank. Mia Lee joined Silver Harbor as an executive producer.",
		want: []string{"cast|Sarah Paulson|Silver Harbor|Anne|", "cast|Tom Hanks|Silver Harbor|Frank|", "crew|Mia Lee|Silver Harbor||producer"},
	},
	{
		name: "X stars opposite Y Z in T (an aside on T after): the co-star's name and in end no title; alongside, with",
		text: "Zendaya joins thriller\n\nZendaya stars opposite Tom Holland in Crimson Tide, a new thriller. Mia Goth will star alongside Ben Foster in Crimson Tide.",
		want: []string{"cast|Zendaya|Crimson Tide||", "cast|Tom Holland|Crimson Tide||", "cast|Mia Goth|Crimson Tide||", "cast|Ben Foster|Crimson Tide||"},
	},
	{
		name: "X stars opposite Y Z in T, the new FX drama",
		text: "Sarah Paulson joins thriller\n\nSarah Paulson stars opposite Tom Hanks in Night Ward, the new FX drama.",
		want: []string{"cast|Sarah Paulson|Night Ward||", "cast|Tom Hanks|Night Ward||"},
	},
	{
		name: "a headline T: X joins (T unquoted, named nowhere else): the article's show where the body speaks of the series or the film",
		text: "Silver Harbor: BBC drama adds Sarah Paulson\n\nSarah Paulson has joined the cast of the BBC's new thriller. The six-part series is written by Jed Mercurio.",
		want: []string{"cast|Sarah Paulson|Silver Harbor||", "crew|Jed Mercurio|Silver Harbor||writer"},
	},
	{
		name: "a headline that opens with a festival, an industry, a year or a one-word name before its colon names no show",
		text: "Tollywood: Prabhas begins shooting for his next film\n\nPrabhas has joined the cast of the film, directed by Prashanth Neel.",
		want: nil,
	},
	{
		name: "a headline that opens with a year's ceremony before its colon names no show",
		text: "Oscars 2024: Cillian Murphy wins best actor\n\nThe film is directed by Christopher Nolan.",
		want: nil,
	},
	{
		name: "X has started shooting for T, began filming T, kicked off the shoot of T, commenced shooting for his next film T in the UK (a place after in the ends the title); X is attached to star",
		text: "‘Silver Harbor’ news\n\nEmma Stone is attached to star. Varun Dhawan began filming Silver Harbor in London. Ananya Panday kicked off the shoot of Silver Harbor. Janhvi Kapoor has started shooting for her debut film Dhadak. Akshay Kumar has commenced shooting for his next film Bell Bottom in the UK, his team said.",
		want: []string{"cast|Janhvi Kapoor|Dhadak||", "cast|Varun Dhawan|Silver Harbor||", "cast|Ananya Panday|Silver Harbor||", "cast|Akshay Kumar|Bell Bottom||", "cast|Emma Stone|Silver Harbor||"},
	},
	{
		name: "X returns in “T” (a quoted title, or one the article credits); not returns in March, in Season 2 (the article's show) or in a place",
		text: "Teleserye returns\n\nCoco Martin returns in \"FPJ's Batang Quiapo,\" the network said. The show returns in March. Rita Wilson returns in Los Angeles.",
		want: []string{"cast|Coco Martin|FPJ's Batang Quiapo||"},
	},
	{
		name: "a dub cast one credit a line, Actor as Character, where the title character is named like the show: Mallorie Rodak as Frieren",
		text: "Crunchyroll Reveals Frieren English Dub Cast\n\nCrunchyroll revealed the English dub cast for the Frieren anime on Friday. The cast includes:\n\nMallorie Rodak as Frieren\nJill Harris as Fern\nChris Niosi as Stark",
		want: []string{"cast|Mallorie Rodak|Frieren|Frieren|", "cast|Jill Harris|Frieren|Fern|", "cast|Chris Niosi|Frieren|Stark|"},
	},
	{
		name: "review phrasing: X is superb as C; Y, as his sister D, is excellent (the name before an aside on the role); In T, Z is a delight as E",
		text: "Review: ‘The Long Night’\n\nTom Hardy is superb as Ray, a washed-up boxer. Jodie Comer, as his sister Mary, is excellent. In The Long Night, Stephen Graham is a delight as Frank.",
		want: []string{"cast|Tom Hardy|The Long Night|Ray|", "cast|Jodie Comer|The Long Night|Mary|", "cast|Stephen Graham|The Long Night|Frank|"},
	},
	{
		name: "a title-case headline ‘T’ Movie From U Director X: U is the title before the job noun, not Movie From U",
		text: "Ryan Gosling Joins ‘Starfighter’ Movie From Free Guy Director Shawn Levy\n\nRyan Gosling will star in Starfighter. Jonathan Tropper wrote the script.",
		want: []string{"cast|Ryan Gosling|Starfighter||", "crew|Shawn Levy|Free Guy||director", "crew|Jonathan Tropper|Starfighter||writer"},
	},
	{
		name: "a Korean name in three title-case syllables whose middle one is a function word and whose last has five letters: Yoo In Young, in a list after starring",
		text: "Good Casting script reading\n\nSBS unveiled the script reading of the new drama Good Casting starring Choi Kang Hee, Yoo In Young, Kim Ji Young, and Lee Jong Hyuk.",
		want: []string{"cast|Choi Kang Hee|Good Casting||", "cast|Yoo In Young|Good Casting||", "cast|Kim Ji Young|Good Casting||", "cast|Lee Jong Hyuk|Good Casting||"},
	},
	{
		name: "a title in sentence case quoted in full in the headline (‘Bilangin ang Bituin sa Langit’) and named unquoted in the body: the article's show is the full title, not its first word",
		text: "‘Bilangin ang Bituin sa Langit’ to Showcase Three Award-Winning Actresses\n\nStarting February 24 on GMA Afternoon Prime, the newest TV series will hit the screens with three stars to headline the remake of Bilangin ang Bituin sa Langit.\n\nNora Aunor returns as Mercedes in the series.",
		want: []string{"cast|Nora Aunor|Bilangin ang Bituin sa Langit|Mercedes|"},
	},
	{
		name: "X has come on board for Y's T (open kind, on screen where the article says nothing else); a headline Star's T: X joins cast (the title after the possessive is the article's show)",
		text: "Ranveer Singh's Dhurandhar: Sanjay Dutt joins cast\n\nSanjay Dutt has come on board for Aditya Dhar's Dhurandhar. The film also features R Madhavan and Akshaye Khanna in pivotal roles.",
		want: []string{"cast|Sanjay Dutt|Dhurandhar||", "crew|Aditya Dhar|Dhurandhar||", "cast|R Madhavan|Dhurandhar||", "cast|Akshaye Khanna|Dhurandhar||"},
	},
	{
		name: "an obituary's roles: X, who played C1 in the T1 films and the C2 in T2, has died (the before a title and a character, a kind of work after the title)",
		text: "Obituary: Maggie Smith\n\nMaggie Smith, who played Professor McGonagall in the Harry Potter films and the Dowager Countess in Downton Abbey, has died aged 89.",
		want: []string{"cast|Maggie Smith|Harry Potter|Professor McGonagall|", "cast|Maggie Smith|Downton Abbey|Dowager Countess|"},
	},
	{
		name: "an obituary's filmography: Her films included T1 and T2, Her television roles included T3 (the person the article leads with where the sentence before credits nobody)",
		text: "Obituary: Maggie Smith\n\nMaggie Smith has died aged 89. Her films included Gosford Park and Tea with Mussolini. Her television roles included Downton Abbey.",
		want: []string{"cast|Maggie Smith|Gosford Park||", "cast|Maggie Smith|Tea with Mussolini||", "cast|Maggie Smith|Downton Abbey||"},
	},
	{
		name: "X is the latest to join T (the sentence's show)",
		text: "‘Silver Harbor’ adds three\n\nTom Hanks is the latest to join Silver Harbor. Meg Ryan rounds out the cast.",
		want: []string{"cast|Tom Hanks|Silver Harbor||", "cast|Meg Ryan|Silver Harbor||"},
	},
	{
		name: "The series hails from T2's X: X made the show, and T2 (a title's possessive before the maker's name; not a network's)",
		text: "‘Silver Harbor’ premiere date\n\nThe series hails from Succession's Jesse Armstrong and stars Brian Cox.",
		want: []string{"cast|Brian Cox|Silver Harbor||", "crew|Jesse Armstrong|Succession||", "crew|Jesse Armstrong|Silver Harbor||"},
	},
	{
		name: "Directed by A, T stars B as C (B opens a clause: no director); X, who starred in NET's “T2,” will lead the series (the comma inside the quotes ends the aside)",
		text: "‘Silver Harbor’ review\n\nDirected by Ana Reis, Silver Harbor stars Tom Vale as a lighthouse keeper and Mia Lunde as his daughter, Rosa. Actor Lee Jung-jae, who starred in Netflix's \"Squid Game,\" will lead the series.",
		want: []string{"crew|Ana Reis|Silver Harbor||director", "cast|Tom Vale|Silver Harbor||", "cast|Mia Lunde|Silver Harbor|Rosa|", "cast|Lee Jung-jae|Silver Harbor||", "cast|Lee Jung-jae|Squid Game||"},
	},
	{
		name: "awards: X won best actress for playing C in T (the role, no title C in T); for T, and Y Z Jr. won (the next winner ends the list); X-directed T with no article before the name",
		text: "Oscars: the winners\n\nEmma Stone won best actress for playing Bella Baxter in Poor Things. Da'Vine Joy Randolph won best supporting actress for The Holdovers, and Robert Downey Jr. won best supporting actor. Greta Gerwig-directed Barbie earned eight nominations.",
		want: []string{"cast|Emma Stone|Poor Things|Bella Baxter|", "cast|Da'Vine Joy Randolph|The Holdovers||", "crew|Greta Gerwig|Barbie||director"},
	},
	{
		name: "nominations: X was nominated for best actor for T, Y is nominated for best director for T (the category says cast or crew)",
		text: "Oscars nominations\n\nCillian Murphy was nominated for best actor for Oppenheimer. Martin Scorsese was nominated for best director for Killers of the Flower Moon.",
		want: []string{"cast|Cillian Murphy|Oppenheimer||", "crew|Martin Scorsese|Killers of the Flower Moon||director"},
	},
	{
		name: "a date before the comma is no title of directed by: In March 2024, written by X (the article's show)",
		text: "‘Silver Harbor’ news\n\nIn March 2024, written by Tom Vale, the script was done.",
		want: []string{"crew|Tom Vale|Silver Harbor||writer"},
	},
	{
		name: "a review's headline names the show (T review: ..., Review: T, Film review: T); a title character praised or starred as (X is superb as Barbie, in Barbie)",
		text: "Barbie review: Margot Robbie shines\n\nMargot Robbie is superb as Barbie, and Ryan Gosling steals scenes as Ken.",
		want: []string{"cast|Margot Robbie|Barbie|Barbie|", "cast|Ryan Gosling|Barbie|Ken|"},
	},
	{
		name: "Review: T, and Film review: T",
		text: "Film review: Oppenheimer\n\nCillian Murphy stars as Oppenheimer, and Emily Blunt is terrific as Kitty.",
		want: []string{"cast|Cillian Murphy|Oppenheimer|Oppenheimer|", "cast|Emily Blunt|Oppenheimer|Kitty|"},
	},
	{
		name: "a prize list, one prize a line (Prize: X for “T” (Country), X “T”, X, T, X (T), “T,” X, Shared by A for T1 and B for T2, A and B for T): a prize that names no job is crew work with none; not Best known for:",
		text: "Festival names its winners\n\nThe jury presented the awards at the closing ceremony on Saturday.\nHere is a list of the main winners:\n- Palme d’Or: Julia Verdun for “Steel Garden” (France)\n- Grand Prix: Shared by Omar Haddad for “A Quiet Road” (Iran) and Mikko Lahti for “Train No.4” (Finland)\n- Best director: Louis Caron “Annalise” (France)\n- Best actress: Ingrid Solberg for “The Worst Year” (Norway)\n- Best screenplay: Kenji Mori and Aya Sato for “Drive Home” (Japan)\n\nGolden Lion: “Deepa,” Jacques Morel\n\nBest Actor: Cillian Moore, Oppenheim\n\nBest Actress: Emma Stoneham (Poor Things)\n\nBest known for: Squid Game",
		want: []string{"crew|Julia Verdun|Steel Garden||", "crew|Omar Haddad|A Quiet Road||", "crew|Mikko Lahti|Train No.4||", "crew|Louis Caron|Annalise||director", "cast|Ingrid Solberg|The Worst Year||", "crew|Kenji Mori|Drive Home||writer", "crew|Aya Sato|Drive Home||writer", "crew|Jacques Morel|Deepa||", "cast|Cillian Moore|Oppenheim||", "cast|Emma Stoneham|Poor Things||"},
	},
}
