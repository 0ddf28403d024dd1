package extract

// titleStageConstructions are TestConstructions' cases for the spans and
// cues of title mentions: a title with "the" before its kind of show, a
// title with commas before a performer's noun, "ex-" before a title, a
// hyphenated kind of show, "acted in", a part described at length before
// the title it was played in, a sentence adverb that opens no name, and a
// headline's title with a maker, a performer or "Cast" after it.
var titleStageConstructions = []construction{
	{
		name: "'X directed T the Animation': the kind after 'the' is the title's, no company's name",
		text: "Harbor studio sets its slate\n\nDena Prow directed Sakra Wors the Animation.\n",
		want: []string{"crew|Dena Prow|Sakra Wors the Animation||director"},
	},
	{
		name: "'X also acted in T1 and T2': 'acted in' reads a list of earlier work as 'appeared in' does",
		text: "Kilo Garra lands a role in Harbor\n\nKilo Garra has joined the cast of Harbor.\nGarra also acted in Doctor Whem and The Avongers.\n",
		want: []string{"cast|Kilo Garra|Harbor||", "cast|Kilo Garra|Doctor Whem||", "cast|Kilo Garra|The Avongers||"},
	},
	{
		name: "'Earlier this pair appeared in T', 'Previously X starred in T': a sentence adverb opens no name; the pair is the sentence before's two people",
		text: "Harbor adds Ana Selo and Bo Rinn\n\nAna Selo and Bo Rinn have joined the cast of Harbor.\nEarlier this pair appeared in Kholeja, a comedy.\nPreviously Selo starred in Iron Bay.\n",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Kholeja||", "cast|Bo Rinn|Kholeja||", "cast|Ana Selo|Iron Bay||"},
	},
	{
		name: "'the coming-of-age-drama T, directed by X': a hyphenated kind of show before the title",
		text: "Busan festival opens\n\nThe festival opened with the coming-of-age-drama Paradoxe in Servo, directed by Doza Niu.\n",
		want: []string{"crew|Doza Niu|Paradoxe in Servo||director"},
	},
	{
		name: "'A, B, C star X', 'the A, B actor X': a title with commas before a performer's noun, no list of people",
		text: "Harbor adds Jula Stev\n\nTrully, Maddly, Deepy star Jula Stev has joined the cast of Harbor.\nOn May 25, the Plesse Come Back, Mistor actor Dano Rook joins the cast of Harbor too.\n",
		want: []string{"cast|Jula Stev|Harbor||", "cast|Jula Stev|Trully, Maddly, Deepy||", "cast|Dano Rook|Harbor||", "cast|Dano Rook|Plesse Come Back, Mistor||"},
	},
	{
		name: "'She played C's mother in T': a relation of a named character, played in T",
		text: "Tina Lans dies at 96\n\nTina Lans starred in Harbor Lights for ten years.\nShe played Kora Vell’s mother in Bloo Hawaai.\n",
		want: []string{"cast|Tina Lans|Harbor Lights||", "cast|Tina Lans|Bloo Hawaai||"},
	},
	{
		name: "'played a younger version of C in T', 'starred as the mother of C in T': a part described at length, then its title",
		text: "Mina Lans dies at 90\n\nMina Lans starred in Harbor Lights for ten years.\nShe played a younger version of Kora in Bloo Hawaai.\nShe also starred as the mother of Dara in Iron Bay.\n",
		want: []string{"cast|Mina Lans|Harbor Lights||", "cast|Mina Lans|Bloo Hawaai||", "cast|Mina Lans|Iron Bay||"},
	},
	{
		name: "'Ex-T star X': 'ex-' is no part of the title",
		text: "Low Tide adds a new face\n\nEx-Harbor Lights star Tina Vell has joined the cast of Low Tide.\n",
		want: []string{"cast|Tina Vell|Low Tide||", "cast|Tina Vell|Harbor Lights||"},
	},
	{
		name: "headline 'Wavo orders comedy T from A B': the maker after 'from' is no part of the title",
		text: "Wavo orders comedy Harbor Lights from Ana Selo\n\nWavo has released the first trailer for Harbor Lights. The series stars Bo Dar and Ka Lin.\n",
		want: []string{"cast|Bo Dar|Harbor Lights||", "cast|Ka Lin|Harbor Lights||"},
	},
	{
		name: "headline '‘T’ Star A B Talks Season 2': a performer and a verb before the season, no title",
		text: "‘Harbor Lights’ Star Ana Selo Talks Season 2\n\nWavo has released the first trailer for Harbor Lights. The series stars Bo Dar and Ka Lin.\n",
		want: []string{"cast|Bo Dar|Harbor Lights||", "cast|Ka Lin|Harbor Lights||"},
	},
	{
		name: "headline 'A B Joins T Cast': 'Cast' is no word of the title",
		text: "Ana Selo Joins Harbor Lights Cast\n\nWavo has released the first trailer for Harbor Lights. The series stars Bo Dar and Ka Lin.\n",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bo Dar|Harbor Lights||", "cast|Ka Lin|Harbor Lights||"},
	},
}
