package extract

// nameMentionConstructions are TestConstructions' cases for people's names
// the mentions stage read cut or not at all: a Korean family name that is
// also a function word ("So Ji-sub", "An Bo-hyun", "No Min-woo"); a
// one-word name that joins a cast after a performer's noun that opens the
// sentence ("Singer X joins the cast of T") or alone, where people are
// credited under it ("Malio joins the cast"); a Korean given name written as
// one word, a stage name in brackets or a later mention ("Kim Tae-rin
// (Taerin)", "Taerin plays C"); two words of a longer name used alone after
// it ("Emre Yavuzcan" of "Tolga Emre Yavuzcan"); a month as the surname of
// a name of three words ("Asta Kamma August"); a singer's group in an aside
// between commas ("X, of the group Y, joins"); a surname two credited
// people share, after a trade's noun ("director Park").
var nameMentionConstructions = []construction{
	{
		name: "So X-y, An X-y, No X-y in a cast list: a Korean family name that is a stop word before a hyphenated given name",
		text: "Iron Bloom adds cast\n\nThe drama Iron Bloom stars So Ji-hwan, An Bo-ryeong, No Min-seok and Kwak Tae-min.",
		want: []string{"cast|So Ji-hwan|Iron Bloom||", "cast|An Bo-ryeong|Iron Bloom||", "cast|No Min-seok|Iron Bloom||", "cast|Kwak Tae-min|Iron Bloom||"},
	},
	{
		name: "So X Y (T) plays C; An X-Y directed: the family name opens the sentence, before a spaced or a capitalized given name",
		text: "Iron Bloom adds cast\n\nThe drama Iron Bloom has begun filming. So Yi Rang (Paper Lanterns) plays Mina. An Bo-Ryeong directed the series.",
		want: []string{"cast|So Yi Rang|Iron Bloom|Mina|", "cast|So Yi Rang|Paper Lanterns||", "crew|An Bo-Ryeong|Iron Bloom||director"},
	},
	{
		name: "a headline's So X-y to star in T; his given name alone later is the full name",
		text: "So Ji-hwan to star in new thriller Silver Tide\n\nSo Ji-hwan will star in the thriller Silver Tide, the agency said. Ji-hwan previously starred in Moss Harbour.",
		want: []string{"cast|So Ji-hwan|Silver Tide||", "cast|So Ji-hwan|Moss Harbour||"},
	},
	{
		name: "So, No and An as words stay out of names: So Kim Tae-min stars; No Way Home",
		text: "Iron Bloom adds cast\n\nThe drama Iron Bloom has begun filming. So Kim Tae-min stars in Iron Bloom. No Way Home was a hit.",
		want: []string{"cast|Kim Tae-min|Iron Bloom||"},
	},
	{
		name: "Singer X joins the cast of T, Actress Y has been added to the cast: a one-word name after a performer's noun that opens the sentence",
		text: "Iron Bloom adds cast\n\nThe drama Iron Bloom has begun filming. Singer Vireya joins the cast of Iron Bloom. Actress Tamsoli has been added to the cast. Rapper Kexo Brand and Dunmore join the cast too.",
		want: []string{"cast|Vireya|Iron Bloom||", "cast|Tamsoli|Iron Bloom||", "cast|Kexo Brand|Iron Bloom||", "cast|Dunmore|Iron Bloom||"},
	},
	{
		name: "X joins the cast of T, X and Y join the cast: a one-word name people are credited under (mononyms.txt), alone or first in the list",
		text: "Iron Bloom adds cast\n\nThe drama Iron Bloom has begun filming. Malio joins the cast of Iron Bloom. Orfeh and Kim Ha-rin join the cast too. Dunmore joins the cast.",
		want: []string{"cast|Malio|Iron Bloom||", "cast|Orfeh|Iron Bloom||", "cast|Kim Ha-rin|Iron Bloom||"},
	},
	{
		name: "A (Stage) and B: a Korean given name written as one word in brackets is the person's stage name, no show, and names her later",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane stars Han Bo-reum (Boreum) and Jeon Da-ye. Boreum plays Perla, a florist. Yoon Se Ah also joins the cast. Seah plays Hana.",
		want: []string{"cast|Han Bo-reum|Marrow Lane|Perla|", "cast|Jeon Da-ye|Marrow Lane||", "cast|Yoon Se Ah|Marrow Lane|Hana|"},
	},
	{
		name: "Stage (A) and B (T): the stage name first, the full name in brackets, is no character; Y (CAPS) of a name people are credited under",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane stars Daye (Jeon Da-ye) and Han Bo-reum (Blue Gate). Kwak Min-seo (ESOM) joins them.",
		want: []string{"cast|Jeon Da-ye|Marrow Lane||", "cast|Han Bo-reum|Marrow Lane||", "cast|Han Bo-reum|Blue Gate||", "cast|Kwak Min-seo|Marrow Lane||"},
	},
	{
		name: "A B C ... B C plays; D E F ... D E plays: the last two or the first two words of a credited name of three are that person",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane stars Gabo Serrano Bastida and Rosa Maria Ibarra. Serrano Bastida plays a priest named Tobin, and Rosa Maria plays Idalia. Rising star Tolga Emre Yavuzcan also joins the cast. Tolga Emre previously starred in Dark Meadow.",
		want: []string{"cast|Gabo Serrano Bastida|Marrow Lane|Tobin|", "cast|Rosa Maria Ibarra|Marrow Lane|Idalia|", "cast|Tolga Emre Yavuzcan|Marrow Lane||", "cast|Tolga Emre Yavuzcan|Dark Meadow||"},
	},
	{
		name: "A, B C August and D: a month is the surname of a name of three words in a list, and the list goes on past it",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane stars Maren Augustsen, Brita Solveig August and Ilse Halvorsen. Marrow Lane premieres on Sunday, May 5.",
		want: []string{"cast|Maren Augustsen|Marrow Lane||", "cast|Brita Solveig August|Marrow Lane||", "cast|Ilse Halvorsen|Marrow Lane||"},
	},
	{
		name: "Singer X, of the group Y, joins the cast of T; X, of the girl group Y, and Z join: the group in the aside is no person",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane has begun filming. Singer Vireya, of the group Blue Nine, joins the cast of Marrow Lane. Ada Tamsoli, of the girl group Blue Nine, and Ilse Halvorsen join the cast too.",
		want: []string{"cast|Vireya|Marrow Lane||", "cast|Ada Tamsoli|Marrow Lane||", "cast|Ilse Halvorsen|Marrow Lane||"},
	},
	{
		name: "X of girl group Y joins the cast of T, X, of the band Y, joins: a one-word name before a music group is a person",
		text: "Marrow Lane adds cast\n\nThe drama Marrow Lane has begun filming. Vireya of girl group Blue Nine joins the cast of Marrow Lane. Tamsoli, of the band Blue Nine, joins the cast too. Dunmore of Salt Road joins the cast.",
		want: []string{"cast|Vireya|Marrow Lane||", "cast|Tamsoli|Marrow Lane||"},
	},
	{
		name: "director Park, Director Park: a family name two credited people share, after a job noun, is the one credited off screen",
		text: "Marrow Lane begins filming\n\nThe thriller Marrow Lane, directed by Jeon Sang-woo, stars Jeon Yu-bin and Lee Jun-ho. It is the first collaboration between actress Yu-bin and director Jeon. Director Jeon previously helmed Silent River.",
		want: []string{"crew|Jeon Sang-woo|Marrow Lane||director", "cast|Jeon Yu-bin|Marrow Lane||", "cast|Lee Jun-ho|Marrow Lane||", "crew|Jeon Sang-woo|Silent River||director"},
	},
	{
		name: "writer Orrick, actor Orrick: a surname two credited people share, after a trade's noun, is the one of that trade",
		text: "Marrow Lane begins filming\n\nMarrow Lane, written by Dale Orrick, stars Wren Orrick and Lee Jun-ho. Writer Orrick previously wrote Silent River. Actor Orrick also starred in Salt Road.",
		want: []string{"crew|Dale Orrick|Marrow Lane||writer", "cast|Wren Orrick|Marrow Lane||", "cast|Lee Jun-ho|Marrow Lane||", "crew|Dale Orrick|Silent River||writer", "cast|Wren Orrick|Salt Road||"},
	},
}
