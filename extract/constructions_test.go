package extract

// moreConstructions are the second half of TestConstructions' cases.
var moreConstructions = []construction{
	{
		name: "will write and direct",
		text: "The thriller Salt Road is in development at Hulu. Luka Varga will write and direct, and Nia Ross will produce.",
		want: []string{"crew|Luka Varga|Salt Road||writer", "crew|Luka Varga|Salt Road||director", "crew|Nia Ross|Salt Road||producer"},
	},
	{
		name: "a role in another show stays in that show",
		text: "The drama Salt Road adds Mara Lind. Lind previously played Nora in Glass Meadows.",
		want: []string{"cast|Mara Lind|Salt Road||", "cast|Mara Lind|Glass Meadows|Nora|"},
	},
	{
		name: "an adjective before a cast noun is not a show",
		text: "The drama Salt Road adds two names. Veteran actress Hanne Solberg and acclaimed actor Ivo Dane join the cast.",
		want: []string{"cast|Hanne Solberg|Salt Road||", "cast|Ivo Dane|Salt Road||"},
	},
	{
		name: "a director's new film is its own show",
		text: "The drama Salt Road adds two names. Director Marcus Yee's new film Paper Lanterns stars Lena Brooks.",
		want: []string{"crew|Marcus Yee|Paper Lanterns||director", "cast|Lena Brooks|Paper Lanterns||"},
	},
	{
		name: "joining them and alongside lists",
		text: "Ana Reyes leads the cast of the drama Salt Road. Joining her are Tom Hale and Bea Lunn. Ivo Dane stars alongside Kit Marr, Sol Avery and Dee Park.",
		want: []string{
			"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Bea Lunn|Salt Road||",
			"cast|Ivo Dane|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||",
		},
	},
	{
		name: "quoted titles and the series comes from a showrunner",
		text: "Apple TV+ has renewed ‘Salt Road’ for a second season. The series comes from showrunner Celia Brandt and is based on the novel by Agnes Holloway.",
		want: []string{"crew|Celia Brandt|Salt Road||showrunner", "crew|Agnes Holloway|Salt Road||original author"},
	},
	{
		name: "executives quoted give no credit",
		text: "The drama Salt Road was renewed. “We are thrilled,” said Nina Kaur, head of drama at the network. Commissioner Paul Reed called it a triumph.",
		want: nil,
	},
	{
		name: "a dub list: character - actor, earlier roles in brackets, crew with jobs",
		text: "Dawn Relay gets an English dub\nThe anime Dawn Relay will get an English dub. The cast is as follows:\n" +
			"Kiri - Jon Vale (Tomo Ren in “Star Mill,” Aki in “Blue Gate” and Rook in “Iron Pass” among many others)\n" +
			"Mina Sol - Ada Rees\n- Tess Lowe — ADR Director\n• Omar Hunt as Captain Ryo",
		want: []string{
			"cast|Jon Vale|Dawn Relay|Kiri|", "cast|Jon Vale|Star Mill|Tomo Ren|", "cast|Jon Vale|Blue Gate|Aki|",
			"cast|Jon Vale|Iron Pass|Rook|", "cast|Ada Rees|Dawn Relay|Mina Sol|", "crew|Tess Lowe|Dawn Relay||director",
			"cast|Omar Hunt|Dawn Relay|Captain Ryo|",
		},
	},
	{
		name: "executive produces with a list; part of the ensemble cast",
		text: "The drama Salt Road is created by Ivo Dane, who executive produces with Ana Reyes, Tom Hale and Bea Lunn. Kit Marr (Blue Gate) and Sol Avery are also part of the ensemble cast.",
		want: []string{
			"crew|Ivo Dane|Salt Road||creator", "crew|Ivo Dane|Salt Road||producer", "crew|Ana Reyes|Salt Road||producer", "crew|Tom Hale|Salt Road||producer",
			"crew|Bea Lunn|Salt Road||producer", "cast|Kit Marr|Salt Road||", "cast|Kit Marr|Blue Gate||", "cast|Sol Avery|Salt Road||",
		},
	},
	{
		name: "a show in single quotes named by the headline's genre noun; it stars",
		text: "Filming starts on the crime drama 'Salt Road'\nThe new crime drama 'Salt Road' is set in Oslo. It stars Ana Reyes and Tom Hale.",
		want: []string{"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||"},
	},
	{
		name: "character (actor) in a plot sentence, and by a surname named before",
		text: "The drama Salt Road stars Ana Reyes and Tom Hale.\nIn the finale, Mira Vance (Lena Park) had pushed the abusive Perry down the stairs. The story follows Nora (Reyes), a lawyer.",
		want: []string{
			"cast|Tom Hale|Salt Road||", "cast|Lena Park|Salt Road|Mira Vance|",
			"cast|Ana Reyes|Salt Road|Nora|", // the credit without a character merges into it
		},
	},
	{
		name: "the final season of a title with a possessive; star in the series; based on the novel by",
		text: "A new regular has joined the sixth and final season of The Keeper's Lamp. Ada Voss and Tom Hale star in the series based on the novel by Ruth Calder.",
		want: []string{"cast|Ada Voss|The Keeper's Lamp||", "cast|Tom Hale|The Keeper's Lamp||", "crew|Ruth Calder|The Keeper's Lamp||original author"},
	},
	{
		name: "an appositive names the show; credits include; a place before on is no title",
		text: "Filming has begun in Oslo on The Salt Road, a Nordic spy thriller starring Ana Reyes and Tom Hale.\nReyes's credits include Blue Gate and Iron Pass.",
		want: []string{"cast|Ana Reyes|The Salt Road||", "cast|Tom Hale|The Salt Road||", "cast|Ana Reyes|Blue Gate||", "cast|Ana Reyes|Iron Pass||"},
	},
	{
		name: "adaptation of a novel keeps its title; tentatively titled",
		text: "Ana Reyes will star in the BBC's adaptation of Ruth Calder's novel Glass Hours.\nIvo Dane's next film, tentatively titled Paper Moons, stars Tom Hale.",
		want: []string{"cast|Ana Reyes|Glass Hours||", "crew|Ruth Calder|Glass Hours||original author", "cast|Tom Hale|Paper Moons||"},
	},
	{
		name: "a roundup: the quoted show after on, the cast of a maker's show",
		text: "TV casting roundup\nCasting news: Tom Hale will guest on “The Lantern” as the hero's brother.\nAna Reyes has joined the cast of Ivo Dane's Glass Hours.",
		want: []string{"cast|Tom Hale|The Lantern||", "cast|Ana Reyes|Glass Hours||", "crew|Ivo Dane|Glass Hours||"},
	},
	{
		name: "filmographies: roles on shows like, directed adaptations such as",
		text: "The drama Salt Road adds Ana Reyes. In addition to Blue Gate, Reyes is known for her roles on shows like Iron Pass, Glass Hours and Dust 13.\n" +
			"It is directed by Ivo Dane, who has directed book adaptations such as “Paper Moons,” “Atonia” and “Red Fields.”",
		want: []string{
			"cast|Ana Reyes|Salt Road||", "cast|Ana Reyes|Iron Pass||", "cast|Ana Reyes|Glass Hours||", "cast|Ana Reyes|Dust 13||",
			"crew|Ivo Dane|Salt Road||director", "crew|Ivo Dane|Paper Moons||director", "crew|Ivo Dane|Atonia||director", "crew|Ivo Dane|Red Fields||director",
		},
	},
	{
		name: "a bulleted roundup: each item's show is its subject",
		text: "Casting roundup\n* The prequel series Salt Road has added Ana Reyes (Blue Gate) as Mira.\n* Iron Pass has added Tom Hale as a recurring guest star in Season 5.",
		want: []string{"cast|Ana Reyes|Salt Road|Mira|", "cast|Ana Reyes|Blue Gate||", "cast|Tom Hale|Iron Pass||"},
	},
	{
		name: "a show's possessive before a name; a singular performer noun credits one name",
		text: "The Salt Road is a five-part drama starring Ana Reyes and The Lantern's Tom Hale. Known for Iron Pass, Reyes leads the cast.\n" +
			"It will co-star Blue Gate star Ivo Dane, Kit Marr and Sol Avery.",
		want: []string{
			"cast|Ana Reyes|The Salt Road||", "cast|Tom Hale|The Salt Road||", "cast|Tom Hale|The Lantern||",
			"cast|Ivo Dane|The Salt Road||", "cast|Ivo Dane|Blue Gate||", "cast|Kit Marr|The Salt Road||", "cast|Sol Avery|The Salt Road||",
		},
	},
	{
		name: "will star a list; recurred on; played by actors; starring in a network's quoted drama; bankrolling",
		text: "The drama Salt Road is set in Oslo. The prequel will star Ana Reyes, Tom Hale and Bea Lunn. Reyes has recurred on Iron Pass, Blue Gate and Dust.\n" +
			"The remaining princes will be played by actors Kit Marr (Red Fields), Sol Avery and Dee Park.\n" +
			"Ivo Dane will be starring in KBS's upcoming crime comedy drama “Glass Hours.” Nia Ross and Ola Berg are bankrolling the film.",
		want: []string{
			"cast|Ana Reyes|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Bea Lunn|Salt Road||",
			"cast|Ana Reyes|Iron Pass||", "cast|Ana Reyes|Blue Gate||", "cast|Ana Reyes|Dust||",
			"cast|Kit Marr|Salt Road||", "cast|Kit Marr|Red Fields||", "cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||",
			"cast|Ivo Dane|Glass Hours||", "crew|Nia Ross|Glass Hours||producer", "crew|Ola Berg|Glass Hours||producer",
		},
	},
	{
		name: "a title with is; credits lines with a bracket before the verb; a role in another network's drama",
		text: "The English dub cast of The Last Knight is Dead! has been announced.\nThe cast includes:\n" +
			"- Ana Reyes (Mira in Iron Pass) is voicing Touka\n• Tom Hale as Rook (a fan favourite)\n" +
			"Joining them are Kit Marr, recently seen as Rob in ITV drama Glass Hours, and Sol Avery. He joins recently announced new series regular Dee Park",
		want: []string{
			"cast|Ana Reyes|The Last Knight is Dead!|Touka|", "cast|Ana Reyes|Iron Pass|Mira|", "cast|Tom Hale|The Last Knight is Dead!|Rook|",
			"cast|Kit Marr|The Last Knight is Dead!||", "cast|Kit Marr|Glass Hours|Rob|", "cast|Sol Avery|The Last Knight is Dead!||",
			"cast|Dee Park|The Last Knight is Dead!||",
		},
	},
	{
		name: "a roundup of premieres: T, starring X; a Korean surname alone; tentatively titled with a comma",
		text: "Premiere week rolled on, with KBS debuting Salt Road, starring Kim Ha-eun; Fox opening Iron Pass, starring Tom Hale and Ana Ruiz.\n" +
			"Kim also leads the film, tentatively titled Red Fields, Blue Hills.",
		want: []string{
			"cast|Kim Ha-eun|Salt Road||", "cast|Tom Hale|Iron Pass||", "cast|Ana Ruiz|Iron Pass||", "cast|Kim Ha-eun|Red Fields, Blue Hills||",
		},
	},
	{
		name: "works that include titles are no cast; the anime adaptation of T; T will feature X",
		text: "The live-action adaptation of Glass Hours: Love is War casts Ana Ruiz, whose recent works include Iron Pass and Red Fields.\nGlass Hours will feature Tom Hale and Gintama live-action actress Kit Marr.",
		want: []string{
			"cast|Ana Ruiz|Glass Hours: Love is War||", "cast|Tom Hale|Glass Hours: Love is War||", "cast|Kit Marr|Glass Hours: Love is War||",
			"cast|Kit Marr|Gintama||", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Red Fields||",
		},
	},
	{
		name: "crew: a title's helmer after by, novels by a writer, the X novel, a possessive with a comma, directing is, directed the films of",
		text: "Ana Ruiz has joined Salt Road, the upcoming crime series co-directed by Iron Pass helmer Tom Hale.\n" +
			"The show is based on the novels by German writer Kit Marr. It was also adapted by Ivo Dane, who also directed the live-action films of Red Fields and Blue Gate.\n" +
			"Directing is Sol Avery (Dust), alongside Dee Park and Nia Ross. Ola Berg is going to compose music for the show.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "crew|Tom Hale|Salt Road||director",
			"crew|Kit Marr|Salt Road||original author", "crew|Ivo Dane|Salt Road||writer", "crew|Ivo Dane|Red Fields||director",
			"crew|Ivo Dane|Blue Gate||director", "crew|Sol Avery|Salt Road||director", "crew|Sol Avery|Dust||",
			"crew|Dee Park|Salt Road||director", "crew|Nia Ross|Salt Road||director", "crew|Ola Berg|Salt Road||",
			"crew|Tom Hale|Iron Pass||director", // "Iron Pass helmer": a director's credit there too
		},
	},
	{
		name: "crew: the X novel of the same name; a possessive before a comma and the title; T is directed by",
		text: "Based on the Ruth Calder novel of the same name, The Lantern follows a town.\nRed Fields is directed by Ana Ruiz. ITV released a first look at Ivo Dane's latest period drama, Blue Gate.",
		want: []string{
			"crew|Ruth Calder|The Lantern||original author", "crew|Ana Ruiz|Red Fields||director", "crew|Ivo Dane|Blue Gate||",
		},
	},
	{
		name: "headlined by; award-winning names; compound nationalities; produced by a described duo; Billy (Actor)",
		text: "The drama Salt Road is set in Sydney. The cast is headlined by Ana Ruiz (“Iron Pass,” “Red Fields”) as well as Filipina-Australian actresses Kit Marr and Sol Avery.\n" +
			"It is directed by Emmy Award-winning Dee Park. It is produced by award-winning filmmaking duo Nia Ross and Ola Berg. Ruiz will play Frankie, who lives with Billy (Tom Hale).",
		want: []string{
			"cast|Ana Ruiz|Salt Road|Frankie|", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Red Fields||", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
			"crew|Dee Park|Salt Road||director", "crew|Nia Ross|Salt Road||producer", "crew|Ola Berg|Salt Road||producer", "cast|Tom Hale|Salt Road|Billy|",
		},
	},
	{
		name: "a surname of a full name mentioned without a credit; will feature actresses; a company's possessive before a name; wrote the adaptation of A's T",
		text: "The film adaptation of Ruth Calder's novel “Salt Road” will feature actresses Ana Ruiz and Kit Marr.\n" +
			"Dee Park has penned the script. Park is also producing with Tom Hale. Marr, known for her work on the MTV show “Dust,” plays Nora.\n" +
			"It is written by Ivo Dane, who also wrote the recent film adaptation of Ola Berg's “Iron Pass.”",
		want: []string{
			"crew|Ruth Calder|Salt Road||original author", "cast|Ana Ruiz|Salt Road||", "cast|Kit Marr|Salt Road|Nora|", "cast|Kit Marr|Dust||",
			"crew|Dee Park|Salt Road||writer", "crew|Dee Park|Salt Road||producer", "crew|Tom Hale|Salt Road||producer", "crew|Ivo Dane|Salt Road||writer",
			"crew|Ivo Dane|Iron Pass||writer", "crew|Ola Berg|Iron Pass||original author",
		},
	},
	{
		name: "known for voicing roles in other shows; a manga written by and illustrated by its authors",
		text: "The upcoming Salt Road anime adds Ana Ruiz. Ruiz is known for voicing Mira in Iron Pass, Nora in Red Fields and Kiri in Blue Gate.\n" +
			"The anime is based on a manga series written by Tom Hale with illustrations by Kit Marr.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass|Mira|", "cast|Ana Ruiz|Red Fields|Nora|", "cast|Ana Ruiz|Blue Gate|Kiri|",
			"crew|Tom Hale|Salt Road||original author", "crew|Kit Marr|Salt Road||original author",
		},
	},
	{
		name: "a bracket after two names credits both; an award before a name is no part of it",
		text: "The drama Salt Road is set in Perth. It is produced by Ana Ruiz and Tom Hale (“Iron Pass,” “Dust”). It is directed by Emmy Award-winning Kit Marr (“Red Fields”).",
		want: []string{
			"crew|Ana Ruiz|Salt Road||producer", "crew|Tom Hale|Salt Road||producer", "crew|Ana Ruiz|Iron Pass||", "crew|Tom Hale|Iron Pass||",
			"crew|Ana Ruiz|Dust||", "crew|Tom Hale|Dust||", "crew|Kit Marr|Salt Road||director", "crew|Kit Marr|Red Fields||",
		},
	},
	{
		name: "name particles; initials that start a name; an abbreviation in brackets; a title's possessive has no owner",
		text: "The drama Salt Road adds Ana de Silva and CCH Pounder. Pounder is known for her roles on shows like Iron Pass.\n" +
			"The Keeper's Lamp tells the story of an Intelligence Bureau (IB) officer. Tom Hale wrote the film adaptation of John le Carre's “Dust.”",
		want: []string{
			"cast|Ana de Silva|Salt Road||", "cast|CCH Pounder|Salt Road||", "cast|CCH Pounder|Iron Pass||",
			"crew|Tom Hale|Dust||writer", "crew|John le Carre|Dust||original author",
		},
	},
	{
		name: "the article's show: T's second season, the T cast, the second series of T, a thriller named T",
		text: "Earlier today, Funimation unveiled the English dub cast for Salt Road‘s second season.\n• Mira: Ana Ruiz\n• Rook: Tom Hale",
		want: []string{"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|"},
	},
	{
		name: "the quoted T cast has added",
		text: "The \"Iron Pass\" cast has added another name for season 2. Kit Marr, who is known for his work on \"Dust,\" will portray Neil.",
		want: []string{"cast|Kit Marr|Iron Pass|Neil|", "cast|Kit Marr|Dust||"},
	},
	{
		name: "the second series of T; a new thriller, named T",
		text: "The second series of Red Fields, ITV's drama, is back tonight. Ana Ruiz returns as Alec.\nTom Hale is set to direct a mysterious new thriller, named Glass Hours.",
		want: []string{"cast|Ana Ruiz|Red Fields|Alec|", "crew|Tom Hale|Glass Hours||director"},
	},
	{
		name: "a first name alone; joined by; another project titled T; with X and Y as the leads; a PD",
		text: "Director Ivo Dane made his debut with Red Fields. Now, Ivo is teaming up again with Ana Ruiz for another project titled Salt Road.\n" +
			"Ana will be joined by Tom Hale and Kit Marr. Netflix is planning a new drama called Glass Hours, with Sol Avery (Dust) and Dee Park as the leads. " +
			"It will be headed by PD Nia Ross.",
		want: []string{
			"crew|Ivo Dane|Red Fields||", "crew|Ivo Dane|Salt Road||director", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||",
			"cast|Sol Avery|Glass Hours||", "cast|Sol Avery|Dust||", "cast|Dee Park|Glass Hours||", "crew|Nia Ross|Glass Hours||director",
		},
	},
	{
		name: "a cast heading names its show; names alone in a bulleted list; a person before as is no show",
		text: "It's about Mira (Ana Ruiz) and Rook.\nSalt Road series 2 full cast\n• Ana Ruiz as Mira\n• Tom Hale as Rook\n• Kit Marr\n• Sol Avery",
		want: []string{"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||"},
	},
	{
		name: "a roundup item: a series adaptation of A's novel “T”; a quoted title with a possessive in brackets",
		text: "TV News Roundup\nStarz has ordered a TV series adaptation of Ana Ruiz's novel “Salt Road” straight to series. It stars Tom Hale (“Iron's Gate”).",
		want: []string{"crew|Ana Ruiz|Salt Road||original author", "cast|Tom Hale|Salt Road||", "cast|Tom Hale|Iron's Gate||"},
	},
	{
		name: "a film roundup: T, a romantic drama written by X; the adaptation of A's T; a heading with its network",
		text: "Film news\n— Ana Ruiz and Tom Hale will play the leads in Salt Road, a romantic drama written by Kit Marr, who will also direct.\n" +
			"— Director Sol Avery signed on to the adaptation of Dee Park's The Glass Hours.\nIron Pass (ATV)\nDirected by Nia Ross, starring Ola Berg.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "crew|Kit Marr|Salt Road||writer", "crew|Kit Marr|Salt Road||director",
			"crew|Sol Avery|The Glass Hours||director", "crew|Dee Park|The Glass Hours||original author",
			"crew|Nia Ross|Iron Pass||director", "cast|Ola Berg|Iron Pass||",
		},
	},
	{
		name: "joining the cast of T are; in the main roles are; along with",
		text: "The upcoming series Salt Road stars Ana Ruiz and Tom Hale as Mira and Rook respectively, along with Kit Marr and Sol Avery.\n" +
			"Joining the cast of Salt Road are Dee Park and Nia Ross. In the main roles are Ola Berg and Ivo Dane.",
		want: []string{
			"cast|Ana Ruiz|Salt Road|Mira|", "cast|Tom Hale|Salt Road|Rook|", "cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
			"cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Ola Berg|Salt Road||", "cast|Ivo Dane|Salt Road||",
		},
	},
	{
		name: "a list of makers' titles; serve as an engineer; scoring the soundtrack",
		text: "The anime Salt Road returns in April. Ana Ruiz will serve as ADR Engineer. Tom Hale is scoring the show's soundtrack.\n" +
			"Kit Marr, on the other hand, has Sol Avery's Iron Pass, Dee Park's Dust and Nia Ross's Red Fields.",
		want: []string{
			"crew|Ana Ruiz|Salt Road||", "crew|Tom Hale|Salt Road||", "crew|Sol Avery|Iron Pass||", "crew|Dee Park|Dust||", "crew|Nia Ross|Red Fields||",
		},
	},
	{
		name: "a role after and in a relative clause; after and in the sentence's verb pair; a title with The",
		text: "The drama Salt Road adds Ana Ruiz and Tom Hale.\nRuiz, who rose to fame in Dust and recently starred as Mira in The Glass Hours, said she was thrilled.\n" +
			"Hale recently guest-starred on Iron Pass and appeared as Rook Jr. in Red Fields 2.",
		want: []string{"cast|Ana Ruiz|Dust||",
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|The Glass Hours|Mira|",
			"cast|Tom Hale|Iron Pass||", "cast|Tom Hale|Red Fields 2|Rook Jr.|",
		},
	},
	{
		name: "a heading Cast names no show; a jury's jobs are no credits; one title of single words joined by and; a place ends a title",
		text: "The anime Salt Road gets an English dub. Its English cast includes:\nCast\n- Ana Ruiz (Mira in Wind and Cloud and Rain) as Yuna\n" +
			"The jury consists of screenwriter and director Tom Hale. Producer Kit Marr has been busy selling the series Iron Pass in Los Angeles.",
		want: []string{"cast|Ana Ruiz|Salt Road|Yuna|", "cast|Ana Ruiz|Wind and Cloud and Rain|Mira|", "crew|Kit Marr|Iron Pass||producer"},
	},
	{
		name: "T is bringing back X; with the Korean title “T”; a quoted sentence is no title",
		text: "Iron Pass is bringing back Ana Ruiz for more fun!\n\"Ana is returning for next season because she had a tremendous time,\" a producer said.\n" +
			"Ruiz will reprise her role as Mira.\nA new series, with the Korean title “Glass Hours,” stars Tom Hale as Rook.",
		want: []string{"cast|Ana Ruiz|Iron Pass|Mira|", "cast|Tom Hale|Glass Hours|Rook|"},
	},
	{
		name: "a roundup sentence split at its semicolons; an episode is no show",
		text: "BBC One autumn dramas\nThere's the four-part drama Salt Road, starring Ana Ruiz as a policeman whose compass spins; the ghost story Iron Pass, starring Tom Hale and Kit Marr as a couple who move north; and the thriller Dust, starring Sol Avery as a spy on the run.\n" +
			"Dee Park appears in Episode 5 as Greff.",
		want: []string{"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Iron Pass||", "cast|Kit Marr|Iron Pass||", "cast|Sol Avery|Dust||", "cast|Dee Park|Dust|Greff|"},
	},
	{
		name: "a staff list; a quoted title before a job noun; star in a director's thriller “T”; the previously-cast X",
		text: "Salt Road anime staff\nThe anime Salt Road premieres in April. The Director is Ana Ruiz. Character designs by Tom Hale.\n" +
			"Kit Marr is set to re-team with his “Iron Pass” director Sol Avery. “Dust” star Dee Park joins the previously-cast Nia Ross.\n" +
			"Ola Berg will star in director Ivo Dane's psychological thriller “Glass Hours.”",
		want: []string{
			"crew|Ana Ruiz|Salt Road||director", "crew|Tom Hale|Salt Road||", "crew|Sol Avery|Iron Pass||director",
			"cast|Dee Park|Dust||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
			"cast|Ola Berg|Glass Hours||", "crew|Ivo Dane|Glass Hours||director",
		},
	},
	{
		name: "a bulleted staff list; a clause with an adaptation of A's ghost story T",
		text: "The anime Salt Road premieres in April.\n• The Director is Ana Ruiz\n• Story written by Tom Hale\n" +
			"There's the four-part drama Dust, starring Kit Marr as a policeman who loses a friend; Sol Avery headlining Dee Park's adaptation of Nia Ross's ghost story The Lantern, alongside Ola Berg.",
		want: []string{
			"crew|Ana Ruiz|Salt Road||director", "crew|Tom Hale|Salt Road||writer", "cast|Kit Marr|Dust||",
			"cast|Sol Avery|The Lantern||", "cast|Ola Berg|The Lantern||", "crew|Dee Park|The Lantern||", "crew|Nia Ross|The Lantern||original author",
		},
	},
	{
		name: "a title in brackets is not the article's show; an award before a title",
		text: "Director Ivo Dane's prior collaborator Ana Ruiz (in the short film Dust) will star in Salt Road, a drama.\n" +
			"Oscar-winning Moonlight actor Sol Avery joins the cast.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Dust||", "crew|Ivo Dane|Salt Road||director", "cast|Sol Avery|Moonlight||", "cast|Sol Avery|Salt Road||",
		},
	},
	{
		name: "last seen in T; are part of T1 and T2",
		text: "The film Salt Road adds Ana Ruiz and Tom Hale. Ruiz, who was last seen in Iron Pass, plays a nurse. Both Ana Ruiz and Tom Hale are part of Dust and Red Fields.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass||",
			"cast|Ana Ruiz|Dust||", "cast|Tom Hale|Dust||", "cast|Ana Ruiz|Red Fields||", "cast|Tom Hale|Red Fields||",
		},
	},
	{
		name: "a sentence of character (actor) pairs reads them all that way",
		text: "The drama Salt Road returns.\nIn the finale, Mira Vance (Lena Park) had pushed Perry while he was attacking Nora Quist (Ute Brandtwein) and Ivo Dane (Kaspar Ollenfield).",
		want: []string{"cast|Lena Park|Salt Road|Mira Vance|", "cast|Ute Brandtwein|Salt Road|Nora Quist|", "cast|Kaspar Ollenfield|Salt Road|Ivo Dane|"},
	},
	{
		name: "a winner's bracket is a show; a semicolon list of actors and their characters; welcomed; an adverb is no show",
		text: "The drama Salt Road returns. Unfortunately, filming stopped. Unfortunately, it rained. Unfortunately, it snowed.\n" +
			"Emmy winner Ana Ruiz (Iron Pass) has signed on to star in the series. The stars leaving are Tom Hale (Nadia); Kit Marr (Carla); and Sol Avery (Omar).\n" +
			"The official account welcomed Dee Park and Nia Ross to the cast.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Tom Hale|Salt Road|Nadia|", "cast|Kit Marr|Salt Road|Carla|",
			"cast|Sol Avery|Salt Road|Omar|", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
		},
	},
	{
		name: "known as T's character; Titled T at a sentence's start",
		text: "Titled Salt Road, the first look poster shows Ana Ruiz. The film stars Ana Ruiz and Tom Hale.\nRuiz is likely best known as Iron Pass's Princess Mira and as Red Fields' Nora Vale.",
		want: []string{"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass|Princess Mira|", "cast|Ana Ruiz|Red Fields|Nora Vale|"},
	},
	{
		name: "T stars a list with a show's possessive inside; a company is no show",
		text: "The network confirmed a third season of Harbour Pictures’ Glass Orchard.\n" +
			"Crime drama Salt Road stars Iron Pass’ Ana Ruiz, The Deep End’s Tom Hale, Kit Marr and Sol Avery.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Tom Hale|Salt Road||", "cast|Tom Hale|The Deep End||",
			"cast|Kit Marr|Salt Road||", "cast|Sol Avery|Salt Road||",
		},
	},
	{
		name: "appear in T alongside a list; a list that is all on board",
		text: "The drama Salt Road begins filming. Actor Tom Hale will also appear in Glass Orchard alongside Iron Pass actress Ana Ruiz, Kit Marr and Sol Avery.\n" +
			"Dee Park, Nia Ross (sister of Omar Said), and Lu Chen are all on board.",
		want: []string{
			"cast|Tom Hale|Glass Orchard||", "cast|Ana Ruiz|Glass Orchard||", "cast|Ana Ruiz|Iron Pass||", "cast|Kit Marr|Glass Orchard||",
			"cast|Sol Avery|Glass Orchard||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Lu Chen|Salt Road||",
		},
	},
	{
		name: "T, which will star a list; an adverb opening a sentence is no person; a network after for is no part of a title",
		text: "The drama Salt Road returns. Meanwhile, the studio is making Glass Orchard, which will star Ana Ruiz and Tom Hale.\n" +
			"Interestingly, Kit Marr is not playing the lead. Mara Quint wrote Iron Pass for Netflix.",
		want: []string{"cast|Ana Ruiz|Glass Orchard||", "cast|Tom Hale|Glass Orchard||", "cast|Kit Marr|Salt Road||", "crew|Mara Quint|Iron Pass||writer"},
	},
	{
		name: "officers played by a list; roped in; essay the roles; a show's baddie",
		text: "The drama Salt Road returns. The story involves three officers played by Ana Ruiz, Tom Hale and Kit Marr.\n" +
			"Mara Quint has been roped in. Along with them, Dee Park and Nia Ross essay pivotal roles. Joining the cast is Iron Pass baddie Sol Avery.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Mara Quint|Salt Road||",
			"cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||", "cast|Sol Avery|Salt Road||", "cast|Sol Avery|Iron Pass||",
		},
	},
	{
		name: "the character that is Character (Actor); a word with a digit is no person",
		text: "The drama Salt Road returns. One character that will not be returning this season is Mira Vale (Ana Ruiz).\n" +
			"Rennett is an MI-6 special agent who works with Hana Wells (Tom Hale).",
		want: []string{"cast|Ana Ruiz|Salt Road|Mira Vale|", "cast|Tom Hale|Salt Road|Hana Wells|"},
	},
	{
		name: "X's credits include T1, while Y's include T2, T3 and T4 in straight quotes",
		text: "The drama Salt Road returns with Ana Ruiz and Tom Hale.\n" +
			"Ruiz's credits include \"Iron Pass\" and \"Glass Orchard,\" while Hale's include \"Red Fields,\" \"The Deep End\" and \"Night Ferry.\"",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Ana Ruiz|Iron Pass||", "cast|Ana Ruiz|Glass Orchard||",
			"cast|Tom Hale|Red Fields||", "cast|Tom Hale|The Deep End||", "cast|Tom Hale|Night Ferry||",
		},
	},
	{
		name: "will also star a list with a stand-up and an actor from T; also in the cast",
		text: "The drama Salt Road begins filming. Set in a job centre, the show will also star Ana Ruiz, stand-up Tom Hale, Kit Marr from Iron Pass and Sol Avery.\n" +
			"Dee Park and Nia Ross are also in the cast.",
		want: []string{
			"cast|Ana Ruiz|Salt Road||", "cast|Tom Hale|Salt Road||", "cast|Kit Marr|Salt Road||", "cast|Kit Marr|Iron Pass||",
			"cast|Sol Avery|Salt Road||", "cast|Dee Park|Salt Road||", "cast|Nia Ross|Salt Road||",
		},
	},
}
