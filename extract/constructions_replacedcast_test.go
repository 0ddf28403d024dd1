package extract

// replacedCastConstructions are TestConstructions' cases for a recast
// told with "replacing" and no character: "Selo is replacing actress
// Mira Dovel, who left the project".
var replacedCastConstructions = []construction{
	{
		name: "A is replacing actress B, who left: both cast of the sentence's show, B no character",
		text: "Ana Selo joins ‘Harbor’\n\nActress Ana Selo has joined Harbor, a new comedy pilot. Selo is replacing actress Mira Dovel, who left the project just a few days ago.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Mira Dovel|Harbor||"},
	},
	{
		name: "A is helping B: a verb's object after is, no character",
		text: "Harbor Finds Its Lead\n\nThe comedy Harbor is casting. Ana Selo will star in Harbor. Selo is helping Mira Dovel.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: "A replaces B as director: crew, left to the crew rules",
		text: "Harbor Finds Its Lead\n\nAna Selo will star in Harbor. Bren Talo replaces Mira Dovel as director.",
		want: []string{"cast|Ana Selo|Harbor||", "crew|Bren Talo|Harbor||director", "crew|Mira Dovel|Harbor||director"},
	},
}
