package extract

// castRoleConstructions are TestConstructions' cases for cast and role
// constructions of entertainment news: leads named by their part, obituaries,
// obituaries' earlier roles, double roles.
var castRoleConstructions = []construction{
	{
		name: "X would be the male lead for T, Y will be the female lead (the sentence's show); not the lead singer",
		text: "The Silver Bride casts its leads\n\nNetflix's upcoming series The Silver Bride has found its leads. Media outlet Daily One reported on May 21st that Kim Dae Ho would be the male lead for the upcoming Netflix original series The Silver Bride. Lee Min Ha will be the female lead, and the script will be written by Park Su. Han So Ri is the lead singer of the band Blue Fox.",
		want: []string{"cast|Kim Dae Ho|The Silver Bride||", "cast|Lee Min Ha|The Silver Bride||", "crew|Park Su|The Silver Bride||writer"},
	},
	{
		name: "a double role: X will play the dual roles of A and B, Y plays a double role as C and D, playing two characters as E and F (one performer, each character)",
		text: "Moon Garden adds cast\n\ntvN's new drama Moon Garden has rounded out its cast. Ji Hoon will play the dual roles of Woo-jin and Soo-min, twins who struggle to find out the truth. Bo Ram plays a double role as Hana and Dana in the series. Chen Lulu will be taking on the challenge of playing two characters as Mei Lan and Su Lan. Min Ho and Sae Ron will play Jin and Yuri.",
		want: []string{"cast|Ji Hoon|Moon Garden|Woo-jin|", "cast|Ji Hoon|Moon Garden|Soo-min|", "cast|Bo Ram|Moon Garden|Hana|", "cast|Bo Ram|Moon Garden|Dana|", "cast|Chen Lulu|Moon Garden|Mei Lan|", "cast|Chen Lulu|Moon Garden|Su Lan|", "cast|Min Ho|Moon Garden|Jin|", "cast|Sae Ron|Moon Garden|Yuri|"},
	},
	{
		name: "an obituary's paragraph opening \"Another notable role came in T, in which he played C\" (the person the article's lead opened with; describing words after a possessive before C)",
		text: "Veteran actor Harold Pimble dies at 93\n\nBritish acting legend Harold Pimble has died at 93.\n\nAnother notable role came in Northern Lads, in which he played Alzheimer’s disease sufferer Felix, the father of the lead character.",
		want: []string{"cast|Harold Pimble|Northern Lads|Felix|"},
	},
	{
		name: "an obituary's \"he starred alongside Y in movie T\" with nobody named before in the paragraph: the lead's person, whose gender the article's pronouns give where the headline names them",
		text: "Veteran actor Harold Pimble dies at 93\n\nBritish acting legend Harold Pimble has died at 93.\n\nHis agent confirmed the news.\n\nIn a long career he switched between drama and comedy.\n\nIn addition to his TV roles, he starred alongside Frank Dellow in movie The Quiet Runner.",
		want: []string{"cast|Harold Pimble|The Quiet Runner||", "cast|Frank Dellow|The Quiet Runner||"},
	},
	{
		name: "co-stars in a chain: \"she appeared opposite A in the drama T1 and with Oscar winner B in 2019 series T2\" (B and the subject in T2)",
		text: "Actress Lia Moon dies\n\nActress Lia Moon has died. She appeared opposite Tom Lane in the drama Hollow Street and with Oscar winner Kim Bae in 2019 series Red Fox. She also starred alongside Ana Pell in Night Train.",
		want: []string{"cast|Tom Lane|Hollow Street||", "cast|Lia Moon|Hollow Street||", "cast|Kim Bae|Red Fox||", "cast|Lia Moon|Red Fox||", "cast|Ana Pell|Night Train||", "cast|Lia Moon|Night Train||"},
	},
	{
		name: "a title's character after a play verb: \"best known for playing Starfall: Rangers's Captain Oren\" (cast in that title, with the character)",
		text: "Actor Harold Pimble dies\n\nAmerican actor Harold Pimble, best known for playing Starfall: Rangers's Captain Oren, has died.",
		want: []string{"cast|Harold Pimble|Starfall: Rangers|Captain Oren|"},
	},
	{
		name: "a roundup under numbered headings: \"She will star in the new series T\" opening a section is the heading's person, not the section before's; \"in the new JTBC series T\", \"in Netflix's upcoming drama T\"",
		text: "Stars confirmed for new dramas\n\nMore stars are coming to K-dramas this year.\n\n3. Lee Sun Bin\n\nShe will star in the new series Sketch.\n\n4. Kim Ha Na\n\nShe will star in the new JTBC series Moon Garden. She also appears in Netflix's upcoming drama Glass Bay.",
		want: []string{"cast|Lee Sun Bin|Sketch||", "cast|Kim Ha Na|Moon Garden||", "cast|Kim Ha Na|Glass Bay||"},
	},
	{
		name: "a title-case headline \"X Joins Netflix Drama 'T'\": the network and the genre noun are no part of the title",
		text: "Mara Quint Joins Netflix Drama 'Harbor Lights'\n\nMara Quint has been cast as a series regular. Quint will play Nora Hale, a former detective.",
		want: []string{"cast|Mara Quint|Harbor Lights|Nora Hale|"},
	},
	{
		name: "a title-case headline \"Y Boards HBO Series U\"",
		text: "Dev Olan Boards HBO Series Night Ferry\n\nDev Olan will play Sam, the ferryman.",
		want: []string{"cast|Dev Olan|Night Ferry|Sam|"},
	},
	{
		name: "a title-case headline whose title opens with a format noun: \"X Joins Show Me Love\"",
		text: "Mara Quint Joins Show Me Love\n\nMara Quint has joined the cast.",
		want: []string{"cast|Mara Quint|Show Me Love||"},
	},
	{
		name: "\"T has cast X. The former U actor will play C\": the person last credited where no sentence opened with one, cast in U too; \"The U veteran has joined\"",
		text: "Harbor Lights adds two\n\nNetflix's Harbor Lights has cast Dev Olan. The former Night Ferry actor will play Sam, Nora's brother.\n\nHarbor Lights has also cast Mia Trell. The Blue Static veteran will play Ellen.",
		want: []string{"cast|Dev Olan|Harbor Lights|Sam|", "cast|Dev Olan|Night Ferry||", "cast|Mia Trell|Harbor Lights|Ellen|", "cast|Mia Trell|The Blue Static||"},
	},
	{
		name: "a role \"in\" or \"on\" a show described, not named (\"best known for her role as C in Birmingham-based gang drama\", \"on the US soap\"): no credit in the article's show",
		text: "Glass Bay begins filming\n\nFilming has begun on Glass Bay. Nia Rowe, who is best known for her role as Ada Finch in Birmingham-based gang drama, will star alongside Tom Vale. The actor was best known for playing Dr Sam Kell on the US soap.",
		want: []string{"cast|Nia Rowe|Glass Bay||", "cast|Tom Vale|Glass Bay||"},
	},
	{
		name: "\"The former T star will play C\": T of two words is no person (the person the sentence before opened with; cast in T)",
		text: "Harbor Lights adds Dev Olan\n\nDev Olan has joined Harbor Lights. The former Night Ferry star will play Sam.",
		want: []string{"cast|Dev Olan|Harbor Lights|Sam|", "cast|Dev Olan|Night Ferry||"},
	},
	{
		name: "a part described, not named, in a cast line-up: \"X is the corrupt police chief\", \"Meanwhile, veteran actress Y is Nora's mother\" (cast, no character); not \"X is the youngest\", \"X is a singer\", \"X is Tom Vale's wife\"",
		text: "Netflix drama 'Harbor Lights' rounds out cast\n\nNetflix's Harbor Lights has cast its leads. Tom Vale is the corrupt police chief. Ben Kodo is the youngest. Mia Lane is a singer. Jo Park is Tom Vale's wife. Meanwhile, veteran actress Lee Ann is Nora's mother.",
		want: []string{"cast|Tom Vale|Harbor Lights||", "cast|Lee Ann|Harbor Lights||"},
	},
	{
		name: "sharing the screen: \"Earlier, A and B shared screen space in T\", \"X will share the screen with Y in the action film T\", \"for 'T' where he will share the screen with Y\"; \"will be seen in a crucial role\"",
		text: "Kaalapani: Ravi Tej and Sree Leela reunite\n\nKaalapani is directed by Gopi Malin. Earlier, Ravi Tej and Sree Leela shared screen space in Dhamaka. Ravi Tej will share the screen with Jagan Babu in the action film Kaalapani. Prakash Rao will be seen in a crucial role.\n\nSid Malhotra recently wrapped up the shooting for 'Jodi' where he will share the screen with Pari Chopra.",
		want: []string{"crew|Gopi Malin|Kaalapani||director", "cast|Ravi Tej|Dhamaka||", "cast|Sree Leela|Dhamaka||", "cast|Ravi Tej|Kaalapani||", "cast|Jagan Babu|Kaalapani||", "cast|Prakash Rao|Kaalapani||", "cast|Sid Malhotra|Jodi||", "cast|Pari Chopra|Jodi||"},
	},
	{
		name: "a review's aside \"X, as his estranged wife C, matches him scene for scene\", \"Y, as D, steals the show\" (any verb after the aside)",
		text: "'The Salt Road' review: a haunting debut\n\nAiden Cole plays Tom, a fisherman. Rosa Lind, as his estranged wife Ellen, matches him scene for scene. Sam Hart, as Ellen's brother Joe, steals the show.",
		want: []string{"cast|Aiden Cole|The Salt Road|Tom|", "cast|Rosa Lind|The Salt Road|Ellen|", "cast|Sam Hart|The Salt Road|Joe|"},
	},
	{
		name: "\"X has joined the cast of “T” on NBC to play a character named C\" (the network after \"on\" is no name between the verb and its subject)",
		text: "Night Ward adds Edi Garr\n\nEdi Garr has joined the cast of “Night Ward” on NBC to play a character named Mr. Sollo.",
		want: []string{"cast|Edi Garr|Night Ward|Mr. Sollo|"},
	},
	{
		name: "\"The series will be led by T star X, as detective C, who ...\": an aside of the role after a name that follows \"by\" or a performer noun",
		text: "ITV drama The Blame casts its lead\n\nThe six-part series will be led by Fool Me Twice star Michelle Kegg, as detective DI Crane, who must navigate a murder investigation.",
		want: []string{"cast|Michelle Kegg|The Blame|DI Crane|", "cast|Michelle Kegg|Fool Me Twice||"},
	},
	{
		name: "a roundup's entry \"The first movie to release in 2015 is T!\" makes T the show of what follows; \"C will be played by the talented X\"",
		text: "Manga films of 2015\n\nMany manga films are coming this year, such as Lupo III and Black Tutor.\n\nThe first movie to release in the first half of 2015 is Maestra! (releases on Jan. 31), which is based on a manga.\n\nThe protagonist, young violinist Kosaka, will be played by the talented Tori Matsu.",
		want: []string{"cast|Tori Matsu|Maestra!|Kosaka|"},
	},
	{
		name: "\"C1, played by T's A, and C2, portrayed by U's B\": the item after A's comma is the next character, not a second performer",
		text: "Traces review\n\nTraces is a new drama. She finds help from Prof. Sarah Gord, played by The Missing’s Laura Frase, and Prof. Kathy Torr, portrayed by You Me Her’s Jenny Spen.",
		want: []string{"cast|Laura Frase|Traces|Prof. Sarah Gord|", "cast|Laura Frase|The Missing||", "cast|Jenny Spen|Traces|Prof. Kathy Torr|", "cast|Jenny Spen|You Me Her||"},
	},
	{
		name: "\"played by A and B (T)\" in a casting sentence: the bracket is B's earlier work alone; \"Rising stars C and D (U) feature\" credits both",
		text: "Lion review\n\nLion is moving. Later, he is adopted by a couple played by Nicole Kidd and David Wenn (Rise of an Empire). Rising stars Jon Sanph and Lea Kahn (Heartbeat) feature as teenage lovers.",
		want: []string{"cast|Nicole Kidd|Lion||", "cast|David Wenn|Lion||", "cast|David Wenn|Rise of an Empire||", "cast|Jon Sanph|Heartbeat||", "cast|Lea Kahn|Heartbeat||"},
	},
	{
		name: "\"Also attached to star are A and B\", \"Also set to appear are C and D\": an inverted cast list",
		text: "Jana Welk to Topline Hulu Limited Series 'The Quiet Hour'\n\nThe Quiet Hour has cast Jana Welk. Also attached to star are Priya Mand and Leo Hask. Also set to appear are Kim Dory and Sal Brent.",
		want: []string{"cast|Jana Welk|The Quiet Hour||", "cast|Priya Mand|The Quiet Hour||", "cast|Leo Hask|The Quiet Hour||", "cast|Kim Dory|The Quiet Hour||", "cast|Sal Brent|The Quiet Hour||"},
	},
	{
		name: "an obituary's \"T, in which he starred opposite Y\" (both in T, not the article's show) and \"a familiar face in T, where he played publican C\"; not \"moved to London, where he played Hamlet\"",
		text: "Stage and screen actor Harold Fench dies aged 84\n\nHarold Fench, the actor best known for playing grumpy shopkeeper Arthur Mole in the BBC sitcom Corner Shop, has died aged 84.\n\nFench was also a familiar face in Coronation Road, where he played publican Stan Booth. His film credits include Iron Harbour, in which he starred opposite Julie Marsh. He moved to London, where he played Hamlet at the Old Vic.",
		want: []string{"cast|Harold Fench|Corner Shop|Arthur Mole|", "cast|Harold Fench|Coronation Road|Stan Booth|", "cast|Harold Fench|Iron Harbour||", "cast|Julie Marsh|Iron Harbour||"},
	},
	{
		name: "an obituary's \"Another notable role came in T, in which he played C. The acclaimed coming of age drama also starred A, B and D\" (the genre noun names the title just credited)",
		text: "Veteran actor Harold Pimble dies at 93\n\nBritish acting legend Harold Pimble has died at 93.\n\nAnother notable role came in Northern Lads, in which he played grumpy grandfather Felix. The acclaimed coming of age drama also starred Dan Crewe, Mick Stronge and Gina Pell.",
		want: []string{"cast|Harold Pimble|Northern Lads|Felix|", "cast|Dan Crewe|Northern Lads||", "cast|Mick Stronge|Northern Lads||", "cast|Gina Pell|Northern Lads||"},
	},
	{
		name: "\"X (T1, T2) is adult C\" in a review's cast line-up: a bracket of earlier work between the name and \"is\"",
		text: "'Lion' review: a moving journey\n\nLion is moving. Sunny Paw plays the young Saroo. Dev Pat (Slum Kings, Marigold Hotel) is adult Saroo.",
		want: []string{"cast|Sunny Paw|Lion|Saroo|", "cast|Dev Pat|Lion|Saroo|", "cast|Dev Pat|Slum Kings||", "cast|Dev Pat|Marigold Hotel||"},
	},
	{
		name: "\"X has boarded T as C\"; \"C is brought to life by Y\", \"the detective, D, brought to life by Z, is superb\"",
		text: "Netflix thriller 'Glass Bay' adds three\n\nGlass Bay is a new Netflix thriller. Tom Ball has boarded Glass Bay as Ray Cole. Nora Vale is brought to life by Ana Pell. The detective, Sam Reed, brought to life by Leo Hask, is superb.",
		want: []string{"cast|Tom Ball|Glass Bay|Ray Cole|", "cast|Ana Pell|Glass Bay|Nora Vale|", "cast|Leo Hask|Glass Bay|Sam Reed|"},
	},
	{
		name: "a pairing: \"T will have X paired opposite Y\", \"A has been paired opposite B in U\" (both cast)",
		text: "Varun Dhav and Kiara Adv pair up for 'Jugg Jiyo 2'\n\nDirector Raj Mehta's Jugg Jiyo 2 will have Varun Dhav paired opposite Kiara Adv. Sara Ali has been paired opposite Kartik Aar in Love Aaj Kal 2.",
		want: []string{"crew|Raj Mehta|Jugg Jiyo 2||director", "cast|Varun Dhav|Jugg Jiyo 2||", "cast|Kiara Adv|Jugg Jiyo 2||", "cast|Sara Ali|Love Aaj Kal 2||", "cast|Kartik Aar|Love Aaj Kal 2||"},
	},
	{
		name: "\"X previously starred in the hit series T as C\": T after a genre noun is no person before \"as\", and the role is in T",
		text: "Turkish drama 'Kirik Kalpler' begins\n\nThe new series Kirik Kalpler stars Burak Ozcan as Kemal. Ozcan previously starred in the hit series Dirilis as Osman.",
		want: []string{"cast|Burak Ozcan|Kirik Kalpler|Kemal|", "cast|Burak Ozcan|Dirilis|Osman|"},
	},
	{
		name: "a review's fronted participle: \"Playing the villain, Ray Cole, X is chilling\", \"Portraying Anna, Y delivers her best work\"",
		text: "'Iron Harbour' review: a taut thriller\n\nIron Harbour is the best thriller of the year. Playing the villain, Ray Cole, Leo Hask is chilling. Portraying Anna, Julie Marsh delivers her best work.",
		want: []string{"cast|Leo Hask|Iron Harbour|Ray Cole|", "cast|Julie Marsh|Iron Harbour|Anna|"},
	},
	{
		name: "an interview's \"In “T” you play the role of C\": the person the headline opens with after a performer noun",
		text: "Actor Kim Dae Ho talks to us about acting on screen and stage\n\nSome of you know him from his work in film.\n\nIn “Strangers in Town” you play the role of Yoo Gi Ho, a resident of the town. How did you prepare?\n\nI read the webtoon first.",
		want: []string{"cast|Kim Dae Ho|Strangers in Town|Yoo Gi Ho|"},
	},
	{
		name: "an interview under a headline \"X On Her Wildly Different Role In “T”\": \"my character in T, C, was a challenge\" is X's role",
		text: "Kathy McNamee On Her Wildly Different Role In “The Stand”\n\n20. Which of your characters has been the hardest?\n\nI would say, though, my character in The Stand, Julie Lawton, was a challenge in a new way.",
		want: []string{"cast|Kathy McNamee|The Stand|Julie Lawton|"},
	},
	{
		name: "an interview's question \"What aspects of C1 from T1, C2 from T2, and even C3 from T3 were you able to identify with?\": each the interviewee's",
		text: "Kathy McNamee On Her Wildly Different Role In “The Stand”\n\n21. What aspects of Clara from Shadowrunners, Mina from Archer, and even Julie from The Stand were you able to personally identify with?\n\nAll of them, in a way.",
		want: []string{"cast|Kathy McNamee|Shadowrunners|Clara|", "cast|Kathy McNamee|Archer|Mina|", "cast|Kathy McNamee|The Stand|Julie|"},
	},
	{
		name: "\"his older brother Nano (Money Heist’s Jaime Lorent)\": a one-word character, then an actor's full name after a title's possessive (the actor in the title, and as the character in the sentence's show)",
		text: "'Elite' review: a Spanish teen drama\n\nElite is a Spanish drama. Samuel has to deal with his older brother Nano (Money Heist’s Jaime Lorent).",
		want: []string{"cast|Jaime Lorent|Money Heist||", "cast|Jaime Lorent|Elite|Nano|"},
	},
	{
		name: "a cast list that ends in \"or\" after commas: \"the cast also includes great names such as A, B or C\"",
		text: "'Grito' begins filming\n\nGrito is filming in Madrid. The cast also includes great Spanish names such as Belen Rua, Mercedes Sanpi or Willy Tole.",
		want: []string{"cast|Belen Rua|Grito||", "cast|Mercedes Sanpi|Grito||", "cast|Willy Tole|Grito||"},
	},
	{
		name: "a plural format word after a title in a bracket: \"X (The Marigold Hotel movies)\", \"Y (Night Ward films)\"",
		text: "'Lion' review: a moving journey\n\nLion is moving. Dev Pat (The Marigold Hotel movies) and Rona Mar (Night Ward films) join the cast.",
		want: []string{"cast|Dev Pat|Lion||", "cast|Dev Pat|The Marigold Hotel||", "cast|Rona Mar|Lion||", "cast|Rona Mar|Night Ward||"},
	},
}
