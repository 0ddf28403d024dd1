package extract

// engListConstructions are TestConstructions' cases for English cast
// lists where one "as" meets several names: a part and then more of the
// cast, or several parts that pair in order with several names.
var engListConstructions = []construction{
	{
		name: "It stars A as C, B and D: the names after the part are more of the cast, not more of A's parts",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. It stars Ana Selo as Lena, Ivo Rask and Mira Dasan.",
		want: []string{"cast|Ana Selo|Harbor|Lena|", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||"},
	},
	{
		name: "A as C, B and D also star: the list opens the sentence",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. Ana Selo as Lena, Ivo Rask and Mira Dasan also star.",
		want: []string{"cast|Ana Selo|Harbor|Lena|", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||"},
	},
	{
		name: "Also starring are A as C1, B, D, and E as C2: names between two pairs",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. Also starring are Ana Selo as Lena, Ivo Rask, Mira Dasan, and Tomas Berg as Kat.",
		want: []string{"cast|Ana Selo|Harbor|Lena|", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||", "cast|Tomas Berg|Harbor|Kat|"},
	},
	{
		name: "A, B and D as C1, C2 and C3 round out the cast: the last part before a plural casting verb pairs with D",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. Ana Selo, Ivo Rask and Mira Dasan as Lena, Tom and Kat round out the cast.",
		want: []string{"cast|Ana Selo|Harbor|Lena|", "cast|Ivo Rask|Harbor|Tom|", "cast|Mira Dasan|Harbor|Kat|"},
	},
	{
		name: "A and B as C1 and C2 Berg: two people before as, a full name among the parts stays a part",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. The film stars Ana Selo and Ivo Rask as Lena and Tom Berg, a couple in crisis.",
		want: []string{"cast|Ana Selo|Harbor|Lena Berg|", "cast|Ivo Rask|Harbor|Tom Berg|"},
	},
	{
		name: "A co-stars as the lead detective, B plays the editor: a part after a singular verb's clause is no list",
		text: "Harbor begins filming\n\nIn Harbor, slated for fall, Ana Selo stars as a young reporter. Ivo Rask co-stars as the lead detective, Mira Dasan plays the editor and Tomas Berg plays a co-worker.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||", "cast|Tomas Berg|Harbor||"},
	},
	{
		name: "A is C1, B is C2 and D is C3: after a clause read, a comma or a bare and opens the next of the same shape",
		text: "Harbor cast\n\nThe drama Harbor starts in May. Ana Selo is Lena, Ivo Rask is Tom and Mira Dasan is Kat.",
		want: []string{"cast|Ana Selo|Harbor|Lena|", "cast|Ivo Rask|Harbor|Tom|", "cast|Mira Dasan|Harbor|Kat|"},
	},
	{
		name: "A is C1 and her sister C2: no clause of the same shape after the bare and, no part read",
		text: "Harbor cast\n\nThe drama Harbor starts in May. Ana Selo is Lena and her sister Kat.",
		want: nil,
	},
	{
		name: "It also stars A, singer and actress B, and C; D was played by comedian and actor E: two trades joined by \"and\" before one name",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. It also stars Ana Selo, singer and actress Ivo Rask, and Mira Dasan. Lena was played by comedian and actor Tomas Vell.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||", "cast|Tomas Vell|Harbor|Lena|"},
	},
	{
		name: "The cast includes A, 30, B, 25 years old, and C, 37: an age between commas after a name is no item, the list goes on",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. The cast includes Ana Selo, 30, Ivo Rask, 25 years old, and Mira Dasan, 37.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ivo Rask|Harbor||", "cast|Mira Dasan|Harbor||"},
	},
	{
		name: "A, 30, was arrested: an age after a name outside a cast list gives nothing",
		text: "Harbor begins filming\n\nThe new drama Harbor begins filming in May. Police said Ana Selo, 30, and Ivo Rask, 25, were arrested.",
		want: []string{},
	},
}
