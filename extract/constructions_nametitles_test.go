package extract

// nameTitleConstructions are TestConstructions' cases for a person's name
// read as a title (nametitles.go): a surname or a full name the article
// uses for a person is no show, unless the article writes it as a work or
// as a character's name.
var nameTitleConstructions = []construction{
	{
		name: "the surname of an actor in brackets ('Gibbs (Sam Harrow)') opening a list after 'cast of': one of the cast, the list the article's show's",
		text: "Lia Booth joins Harbor Watch\n\nLia Booth will join the cast of Harbor Watch. She will play Mira, a detective who arrives in town.\n\nThe show's main character, Gibbs (Sam Harrow), is a retired captain. She joins the large ensemble cast of Harrow, Nell Duarte, Tomas Brel and Rui Mata.",
		want: []string{"cast|Lia Booth|Harbor Watch|Mira|", "cast|Sam Harrow|Harbor Watch|Gibbs|", "cast|Nell Duarte|Harbor Watch||", "cast|Tomas Brel|Harbor Watch||", "cast|Rui Mata|Harbor Watch||"},
	},
	{
		name: "a surname used alone after the full name ('Booth also starred in Tide') opening a cast list: no show 'Booth'",
		text: "Harbor Watch adds two\n\nLia Booth joins Harbor Watch as Gert. Gert (Lia Booth) is a ferry captain. Booth also starred in Tide. Tomas Brel joins the ensemble cast of Booth, Nell Duarte and Rui Mata.",
		want: []string{"cast|Lia Booth|Harbor Watch|Gert|", "cast|Tomas Brel|Harbor Watch||"},
	},
	{
		name: "a title that is a character's name ('Adrian Monk in Monk') stays a title",
		text: "Monk gets a revival\n\nTomas Brel will again play Adrian Monk in Monk, the detective series. Nell Duarte joins the cast of Monk, Ana Selo and Rui Mata.",
		want: []string{"cast|Tomas Brel|Monk|Adrian Monk|", "cast|Nell Duarte|Monk||"},
	},
	{
		name: "a title shaped like a full name that the article writes as a work ('Roseanne Vale star', 'Roseanne Vale's first season') stays a title",
		text: "Ana Selo returns in a new comedy\n\nAna Selo, who starred in Roseanne Vale, will lead Harbor Lights. Tomas Brel also joins. Brel was a regular on Roseanne Vale's first season.\n\nRoseanne Vale star Nell Duarte is also on board.",
		want: []string{"cast|Ana Selo|Roseanne Vale||", "cast|Tomas Brel|Roseanne Vale||", "cast|Nell Duarte|Roseanne Vale||"},
	},
}
