package extract

// pseudoShowConstructions are TestConstructions' cases for names read as
// a credit's show that are none: people, characters, awards, places.
var pseudoShowConstructions = []construction{
	{
		name: "They join the previously announced cast of A and B: a list of people after cast of, no show; the later characters go to the article's show",
		text: "Ana Selo, Rui Dama and Ines Varo have joined the cast of the new Zelomax series Harbor as series regulars.\n\nThey join the previously announced cast of Tomas Reva and Lino Pardo in the upcoming drama series based on Marta Quill's novel trilogy.\n\nSelo will portray Brother Kell, the eldest living member of the ruling family. Dama will play Osta, a genius.",
		want: []string{"cast|Ana Selo|Harbor|Brother Kell|", "cast|Rui Dama|Harbor|Osta|", "cast|Ines Varo|Harbor||", "crew|Marta Quill|Harbor||original author"},
	},
}
