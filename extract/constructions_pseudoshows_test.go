package extract

// pseudoShowConstructions are TestConstructions' cases for names read as
// a credit's show that are none: people, characters, awards, places.
var pseudoShowConstructions = []construction{
	{
		name: "They join the previously announced cast of A and B: a list of people after cast of, no show; the later characters go to the article's show",
		text: "Ana Selo, Rui Dama and Ines Varo have joined the cast of the new Zelomax series Harbor as series regulars.\n\nThey join the previously announced cast of Tomas Reva and Lino Pardo in the upcoming drama series based on Marta Quill's novel trilogy.\n\nSelo will portray Brother Kell, the eldest living member of the ruling family. Dama will play Osta, a genius.",
		want: []string{"cast|Ana Selo|Harbor|Brother Kell|", "cast|Rui Dama|Harbor|Osta|", "cast|Ines Varo|Harbor||", "crew|Marta Quill|Harbor||original author"},
	},
	{
		name: "convict C (British actor A of T1 and T2) and his wife, D (award-winning Aussie B): the character, then the described actor and the actor's titles",
		text: "Filming begins on Zelomax series Harbor\n\nFilming begins next week on the Zelomax mini-series Harbor.\n\nThe series follows convict Tomas Kell (British actor Rui Dama of Stone Gate and Blue Lantern) and his wife, Osta (award-winning Aussie Ines Varo) as they sail to a new colony.",
		want: []string{"cast|Rui Dama|Harbor|Tomas Kell|", "cast|Rui Dama|Stone Gate||", "cast|Rui Dama|Blue Lantern||", "cast|Ines Varo|Harbor|Osta|"},
	},
	{
		name: "Ana Selo (playing DC Tomas Kell): a verb in the bracket, no described actor",
		text: "Harbor series 3 begins filming\n\nFilming has begun on the third season of Harbor.\n\nReturning are Ana Selo (playing DC Tomas Kell) and Rui Dama (Osta).",
		want: []string{"cast|Ana Selo|Harbor|DC Tomas Kell|", "cast|Rui Dama|Harbor|Osta|"},
	},
	{
		name: "one of the most famous movie stars in Korea; starred as C in the 2011 Vell award winning revival: a country and a prize, no show",
		text: "Ana Selo joins the cast of Zelomax drama Harbor\n\nAna Selo has joined the cast of the Zelomax drama Harbor.\n\nSelo is one of the most famous movie stars in Korea, with hits including \"Stone Gate\" (2003). She also starred as Osta in the 2011 Vell award winning revival of \"Blue Lantern.\"",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: "was cast in Kell's 1978 sophomore feature T: a one-word maker's possessive, a year and a kind of work before the title, no show Kell",
		text: "Veteran actor Ana Selo dies at 90\n\nVeteran character actor Ana Selo, best known for her work with director Tomas Kell, has died. She was 90.\n\nSelo was cast in Kell's 1978 sophomore feature Harbor, the beginning of a long association.",
		want: []string{"cast|Ana Selo|Harbor||", "crew|Tomas Kell|Harbor||"},
	},
	{
		name: "roles in Kell and Osta, Harbor, Stone Gate, and Blue Lantern: a list closed by a comma and and keeps the first item's and, no show Kell or Osta",
		text: "Veteran actor Ana Selo dies at 70\n\nVeteran actor Ana Selo has died at 70.\n\nSelo is best remembered for her roles in Kell and Osta, Harbor, Stone Gate, and Blue Lantern.",
		want: []string{"cast|Ana Selo|Kell and Osta||", "cast|Ana Selo|Harbor||", "cast|Ana Selo|Stone Gate||", "cast|Ana Selo|Blue Lantern||"},
	},
}
