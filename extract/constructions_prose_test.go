package extract

// careerProseConstructions are TestConstructions' cases for careers told
// in running prose, as obituaries and profiles tell them: the performer is
// the name or the pronoun the sentence opens with, and the works follow a
// clause or a possessive.
var careerProseConstructions = []construction{
	{
		name: ", later starring in T1, T2 and T3; , also appearing in T: a word of time or addition between the comma and the participle",
		text: "Vera Lind dies at 90\n\nVera Lind, the actress, has died. In 1960, she made her stage debut in Oslo, later starring in Grey Dawn, Iron Bell and Pale Moon with Otto Brandt.\n\nHer brother Karl Lind became a singer, also appearing in Cold Harbour.",
		want: []string{"cast|Vera Lind|Grey Dawn||", "cast|Vera Lind|Iron Bell||", "cast|Vera Lind|Pale Moon||", "cast|Karl Lind|Cold Harbour||"},
	},
	{
		name: "He built up a career which spanned decades, appearing in shows such as T1, T2 and long-running medical series T3: the obituary's person in each",
		text: "Actor Tom Vell dies aged 88\n\nActor Tom Vell has died aged 88, his agent said.\n\nHe built up a career in television which spanned five decades, appearing in shows such as Harbour Lights, Hobson’s Lane and long-running medical series Ward Nine.",
		want: []string{"cast|Tom Vell|Harbour Lights||", "cast|Tom Vell|Hobson’s Lane||", "cast|Tom Vell|Ward Nine||"},
	},
	{
		name: "X won a prize, which she followed with roles in T1 and T2",
		text: "Profile: Ada Rusk\n\nAda Rusk won a drama award in 1990, which she followed with roles in Cold Estuary and Paper Moons.",
		want: []string{"cast|Ada Rusk|Cold Estuary||", "cast|Ada Rusk|Paper Moons||"},
	},
	{
		name: "she was a regular on T; her breakout role as C in T2: the article's lead person, whose pronouns the article uses",
		text: "Actress Ada Rusk dies at 80\n\nActress Ada Rusk has died at 80, her family said.\n\nShe was a regular on Castle Parade. Her breakout role as Nurse Kay Linn in Cold Estuary made her a star.",
		want: []string{"cast|Ada Rusk|Castle Parade||", "cast|Ada Rusk|Cold Estuary|Nurse Kay Linn|"},
	},
	{
		name: "an obituary's career shows are none of them the article's: a sentence with no title in the next paragraph takes no show",
		text: "Actor Tom Vell dies aged 88\n\nActor Tom Vell has died aged 88, his agent said.\n\nHe was a regular on the police drama Tin Roof.\n\nAnn Dale, who directed him for ten years, said he was a gentleman.",
		want: []string{"cast|Tom Vell|Tin Roof||"},
	},
	{
		name: "He appeared in the 2005 adaptation of X's novel T: cast in T, X its original author; his stage roles include T2: a play, no credit",
		text: "Actor Tom Vell dies aged 88\n\nActor Tom Vell has died aged 88, his agent said.\n\nHe appeared in the 2005 adaptation of Ray Tolland's novel Glass Harvest. His stage roles include The Iron Bell.",
		want: []string{"cast|Tom Vell|Glass Harvest||", "crew|Ray Tolland|Glass Harvest||original author"},
	},
	{
		name: "The actor was best known for his portrayal of C in the sitcom T: the obituary's person; 'his portrayal C in the sitcom, Yes, T2' keeps the title's comma",
		text: "Actor Tom Vell dies aged 88\n\nActor Tom Vell has died aged 88, his agent said.\n\nThe actor was best known for his portrayal of Sir Alan Reed in the sitcom Tin Roof.\n\nHe was also loved for his portrayal Lord Dunmore in the satire, Quite, Your Grace and its sequel.",
		want: []string{"cast|Tom Vell|Tin Roof|Sir Alan Reed|", "cast|Tom Vell|Quite, Your Grace|Lord Dunmore|"},
	},
	{
		name: "Interview: X on T, a title named only in the headline: 'the series', 'the show' and the interviewee's part are T's",
		text: "Interview: Ada Rusk on Glass Harvest\n\nAda Rusk has had a busy year. She told us about the new series and her career.\n\nThe series also stars Tom Vell and Ben Ode. She plays a nurse.\n\nThe show was created by Kay Linn.",
		want: []string{"cast|Ada Rusk|Glass Harvest||", "cast|Tom Vell|Glass Harvest||", "cast|Ben Ode|Glass Harvest||", "crew|Kay Linn|Glass Harvest||creator"},
	},
	{
		name: "a job noun before the name opening a sentence (Director X has wrapped T) leaves X the person the next sentence's pronoun names",
		text: "Salt Road wraps filming\n\nDirector Kay Linn has wrapped the thriller Salt Road. She is known for her films “Night Bus” and “Iron Bell”.",
		want: []string{"crew|Kay Linn|Salt Road||director", "crew|Kay Linn|Night Bus||", "crew|Kay Linn|Iron Bell||"},
	},
	{
		name: "an obituary's career: rose to prominence as one of the stars of the daytime soap opera T; joined the T2 reboot in the role of politician C; his best known performance was as a butler in the 1993 film T3; to appear in a TV series called T4",
		text: "Actor Tom Vell dies aged 88\n\nAmerican actor Tom Vell has died aged 88. The Los Angeles-born actor first rose to prominence as one of the stars of the daytime soap opera Pine Hollow. He later joined the Star Raiders reboot in the role of politician Sam Fry.\n\nPerhaps his best known movie performance was as a butler in the 1993 film Green Vale.\n\nHe was living in Spain, having gone there to appear in a TV series called Castle Road.",
		want: []string{"cast|Tom Vell|Pine Hollow||", "cast|Tom Vell|Star Raiders|Sam Fry|", "cast|Tom Vell|Green Vale||", "cast|Tom Vell|Castle Road||"},
	},
	{
		name: "The actor's final role came in 2010's T; X's breakthrough role came in the sitcom T2: the owner of the possessive opening the sentence",
		text: "Actor Tom Vell dies aged 88\n\nActor Tom Vell has died aged 88.\n\nThe actor's final role came in 2010's The Moon Bay.\n\nVell's breakthrough role came in the sitcom Blue Lake.",
		want: []string{"cast|Tom Vell|The Moon Bay||", "cast|Tom Vell|Blue Lake||"},
	},
	{
		name: "a novela is a kind of show: 'The actress is taking on a role in the novela “T”' casts her in T, not in the show of the sentences before",
		text: "Harbour Street adds Tom Vell\n\nTom Vell has joined the soap Harbour Street.\n\nAda Rusk is busy too. The actress is taking on a role in the novela “Glass Harvest”.",
		want: []string{"cast|Tom Vell|Harbour Street||", "cast|Ada Rusk|Glass Harvest||"},
	},
}
