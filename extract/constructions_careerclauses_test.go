package extract

// careerClauseConstructions are TestConstructions' cases for careers told
// with the works first ("T1 and T2 were among the productions he appeared
// in") or a role in an adaptation, as obituaries and profiles tell them.
var careerClauseConstructions = []construction{
	{
		name: "made her film debut in T, made her TV debut in 1964 in T, making her television debut in T: a screen's debut names the work after \"in\"; not \"made his directorial debut\" as cast, nor \"made her acting debut in 1990\"",
		text: "Rosa Valle dies at 82\n\nRosa Valle, the actress, has died. With over 140 credits to her name, Valle made her TV debut in 1964 in The Old Yard. In 1967, she made her film debut in The Quiet Hour. Nora Fitch trained in Leeds before making her television debut in Glass Bay back in 1990. Kim Ross made her acting debut in 1990.",
		want: []string{"cast|Rosa Valle|The Old Yard||", "cast|Rosa Valle|The Quiet Hour||", "cast|Nora Fitch|Glass Bay||"},
	},
	{
		name: "Born on May 2, 1928, in London, X worked ...; he appeared in the film 'T': the date's year and the place are the opening phrase, X the subject a later he names",
		text: "Actor Tomas Wren dies at 95\n\nTomas Wren, an actor known for his roles in films such as 'Salt Road', has died.\n\nBorn on May 2, 1928, in London, Wren worked for several theatre companies. His first credited role dates back to 1952, when he appeared in the film 'Harbour Lights'.\n\nBorn on June 3, 1931, Mara Quist trained as a dancer. She appeared in the film Gull Point.",
		want: []string{"cast|Tomas Wren|Salt Road||", "cast|Tomas Wren|Harbour Lights||", "cast|Mara Quist|Gull Point||"},
	},
	{
		name: "he also appeared occasionally in television series such as 'T1', 'T2' or 'T3': an adverb before the glue, single quotes, the list's last item after or",
		text: "Actor Tomas Wren dies at 81\n\nTomas Wren, an actor known for his roles in films such as 'Salt Road', has died.\n\nAt the beginning of his career, he also appeared occasionally in television series such as 'Harbour Lights', 'Gull Point' or 'Copper Bay'.",
		want: []string{"cast|Tomas Wren|Salt Road||", "cast|Tomas Wren|Harbour Lights||", "cast|Tomas Wren|Gull Point||", "cast|Tomas Wren|Copper Bay||"},
	},
	{
		name: "X appeared in productions such as T1 and T2; Y starred in series like T3, T4 or T5",
		text: "Night Ferry cast named\n\nMara Quist and Ana Belt lead the film Night Ferry.\n\nQuist appeared in productions such as Harbour Lights and Gull Point. Belt starred in series like Copper Bay, Rose Lane or Long Shore.",
		want: []string{"cast|Mara Quist|Night Ferry||", "cast|Ana Belt|Night Ferry||", "cast|Mara Quist|Harbour Lights||", "cast|Mara Quist|Gull Point||", "cast|Ana Belt|Copper Bay||", "cast|Ana Belt|Rose Lane||", "cast|Ana Belt|Long Shore||"},
	},
	{
		name: "T1, T2 and T3 were among other productions he appeared in: the works of the person the article's lead names",
		text: "Actor Tomas Wren dies at 81\n\nThe actor Tomas Wren has died at the age of 81, his family said.\n\nHe will be remembered as a gentleman.\n\nHarbour Lights, Gull Point and Night Ferry were among other productions he appeared in.",
		want: []string{"cast|Tomas Wren|Harbour Lights||", "cast|Tomas Wren|Gull Point||", "cast|Tomas Wren|Night Ferry||"},
	},
	{
		name: "T1 and T2 are among her best-known credits: the person the sentence before opened with",
		text: "Mara Quist honoured\n\nMara Quist received a lifetime award on Sunday. Harbour Lights and Gull Point are among her best-known credits.",
		want: []string{"cast|Mara Quist|Harbour Lights||", "cast|Mara Quist|Gull Point||"},
	},
	{
		name: "a pronoun of the other gender than the lead's names no one: no credit",
		text: "Actress Mara Quist dies at 81\n\nThe actress Mara Quist has died at the age of 81, her family said.\n\nShe was much loved.\n\nHarbour Lights and Gull Point were among other productions he appeared in.",
		want: nil,
	},
	{
		name: "Born Y, X has appeared in numerous films and dramas since his debut in 1999, including T1 (SBS, 2005), T2 (2006) and T3: X's works, the birth name no other person",
		text: "Tomas Wren joins thriller\n\nTomas Wren will appear in the film Night Ferry, his agency said on Thursday.\n\nBorn Tom Wrenski, Wren, 37, has appeared in numerous films and dramas since his debut in 1999, including “Harbour Lights” (SBS, 2005), “Gull Point” (2006) and “Copper Bay” (2008).",
		want: []string{"cast|Tomas Wren|Night Ferry||", "cast|Tomas Wren|Harbour Lights||", "cast|Tomas Wren|Gull Point||", "cast|Tomas Wren|Copper Bay||"},
	},
	{
		name: "She can be seen in films such as T1, T2 and, most recently, T3: the title after the commas is listed too",
		text: "Mara Quist to lead pilot\n\nMara Quist will star in the pilot Rose Lane. She can also be seen in films such as Harbour Lights, Gull Point and, most recently, Copper Bay.",
		want: []string{"cast|Mara Quist|Rose Lane||", "cast|Mara Quist|Harbour Lights||", "cast|Mara Quist|Gull Point||", "cast|Mara Quist|Copper Bay||"},
	},
	{
		name: "X finished shooting historical film “T”; A and B started filming for drama T2: each cast in the title after the genre noun",
		text: "Tomas Wren joins thriller\n\nTomas Wren will appear in the film Night Ferry, his agency said. Most recently, Wren finished shooting historical film “Salt Road” in which he plays a swindler.\n\nAna Belt and Mara Quist started filming for drama Blue Harbour.",
		want: []string{"cast|Tomas Wren|Night Ferry||", "cast|Tomas Wren|Salt Road||", "cast|Ana Belt|Blue Harbour||", "cast|Mara Quist|Blue Harbour||"},
	},
	{
		name: "Director X has started shooting the film T: the maker's shoot, no cast",
		text: "Night Ferry begins\n\nDirector Ana Belt has started shooting the film Night Ferry.",
		want: []string{"crew|Ana Belt|Night Ferry||director"},
	},
	{
		name: "His first role was on the TEN series T opening a paragraph: the person the paragraph before spoke of; an acronym before a genre noun is a network",
		text: "Tomas Wren joins Long Shore\n\nTomas Wren has joined the soap Long Shore as Jim Pell.\n\nHis first role was on the TEN series Copper Bay in 2010.",
		want: []string{"cast|Tomas Wren|Long Shore|Jim Pell|", "cast|Tomas Wren|Copper Bay||"},
	},
	{
		name: "The handsome actor starred in the movie T opening a paragraph: the person the paragraph before spoke of",
		text: "Tomas Wren's new series announced\n\nTomas Wren will lead the series Long Shore. Wren returned to the screen with the series Copper Bay in 2019.\n\nThe handsome actor starred in the movie Salt Road, which was shot for Netflix.",
		want: []string{"cast|Tomas Wren|Long Shore||", "cast|Tomas Wren|Copper Bay||", "cast|Tomas Wren|Salt Road||"},
	},
	{
		name: "an answer under a heading that names its speaker alone: my role in “T” is the speaker's",
		text: "Excerpts from our interviews with rising stars\n\nThree actresses tell us about their careers.\n\nMara Quist\n\nWhich role have you found most challenging?\n\nEvery role has its challenges, but one that comes to mind is my role in “Harbour Lights”. I had to play a man!",
		want: []string{"cast|Mara Quist|Harbour Lights||"},
	},
	{
		name: "a quote that says who speaks (“…my role in T,” Y said) is not read as the heading's person's",
		text: "Excerpts from our interviews with rising stars\n\nMara Quist\n\n“I loved my role in Harbour Lights,” Ana Belt said of her friend.",
		want: nil,
	},
	{
		name: "Former T1, T2 and T3 actor X made his debut on T4 as Y's new love interest: X's earlier shows, and T4 (a short title of the section heading's show is that show)",
		text: "Soap stars coming to your screens\n\nLong Shore The Harbour\n\nFormer Gull Point, Copper Bay and Salt Road actor Tomas Wren made his debut on Long Shore as Ana's new love interest. Long Shore The Harbour airs on weekdays.",
		want: []string{"cast|Tomas Wren|Gull Point||", "cast|Tomas Wren|Copper Bay||", "cast|Tomas Wren|Salt Road||", "cast|Tomas Wren|Long Shore The Harbour||"},
	},
	{
		name: "X will be debuting tonight on T as Y's boyfriend: cast in T, no character; an episode debuting on Friday is no credit",
		text: "Soap news\n\nAlthough Ben Cole will be debuting tonight on Gull Point as Ana's boyfriend, sources claim he will still be a part of Salt Road.\n\nThe host told the outlet's Top Five podcast in an episode debuting on Friday.",
		want: []string{"cast|Ben Cole|Gull Point||"},
	},
	{
		name: "X made her TV debut on T as C: cast as C in T",
		text: "Soap news\n\nMara Quist made her TV debut on Harbour Lights as Lady Ann Pell last night.",
		want: []string{"cast|Mara Quist|Harbour Lights|Lady Ann Pell|"},
	},
	{
		name: "His last Bollywood outing was Y's T (1986): the performer the sentence before opened with is in T, Y made it",
		text: "Tomas Wren returns\n\nTomas Wren has joined the cast of the film Long Shore. He plays a retired sailor. His last Bollywood outing was Ana Belt's Night Ferry (1986).",
		want: []string{"cast|Tomas Wren|Long Shore||", "cast|Tomas Wren|Night Ferry||", "crew|Ana Belt|Night Ferry||"},
	},
	{
		name: "X, who has also been in Merseyside soap T, will be on screen: one title after a place and a genre noun",
		text: "Tomas Wren joins Long Shore\n\nTomas Wren has joined the soap Long Shore. Liverpool-born Wren, who has also been in Merseyside soap Brook Lane, will be on screen for a few months.",
		want: []string{"cast|Tomas Wren|Long Shore||", "cast|Tomas Wren|Brook Lane||"},
	},
	{
		name: "he said that his role as a racist police superintendent, C, in ITV's T: C in T, after a paragraph that opens with a list of works (no people)",
		text: "Actor Tomas Wren dies at 70\n\nThe actor Tomas Wren has died at the age of 70.\n\nHarbour Lights, Gull Point and Night Ferry were among other productions he appeared in.\n\nSpeaking last month, he said that his role as a racist police superintendent, Jim Pell, in ITV’s Salt Road had been very important.",
		want: []string{"cast|Tomas Wren|Harbour Lights||", "cast|Tomas Wren|Gull Point||", "cast|Tomas Wren|Night Ferry||", "cast|Tomas Wren|Salt Road|Jim Pell|"},
	},
	{
		name: "The actor's final role came in 2010's T and the U in which he voiced the narrator: one title with 'and the' inside, ending at the clause",
		text: "Actor Tomas Wren dies\n\nThe actor Tomas Wren has died aged 94.\n\nThe actor's final role came in 2010's The Harbour and the Gull in which he lent his voice to the narrator.",
		want: []string{"cast|Tomas Wren|The Harbour and the Gull||"},
	},
	{
		name: "X has only appeared in TV drama “T1”, in a supporting role and a cameo in “T2”: X in both",
		text: "Tomas Wren to star in new drama\n\nTomas Wren will star in the drama Long Shore. Wren has only appeared in TV drama, “Harbour Lights”, in a supporting role and a cameo in “Gull Point”.",
		want: []string{"cast|Tomas Wren|Long Shore||", "cast|Tomas Wren|Harbour Lights||", "cast|Tomas Wren|Gull Point||"},
	},
	{
		name: "Director X has wrapped T. He is now shooting the thriller U: a maker's shoot, no cast",
		text: "Ana Belt wraps Night Ferry\n\nDirector Ana Belt has wrapped the film Night Ferry. He is currently shooting the thriller Salt Road.",
		want: []string{"crew|Ana Belt|Night Ferry||director"},
	},
	{
		name: "Her film debut was in T in 1947 with Y: the person the sentence before opened with is in T",
		text: "Actress Mara Quist dies at 91\n\nThe actress Mara Quist has died aged 91.\n\nShe studied piano and singing. Her film debut was in The Glass Hour in 1947 with Ana Belt.",
		want: []string{"cast|Mara Quist|The Glass Hour||"},
	},
}
