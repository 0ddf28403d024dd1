package extract

// subjectShowConstructions are TestConstructions' cases for the show an
// article is about where no pattern of its opening names it: what its
// quoted names say and what they do not.
var subjectShowConstructions = []construction{
	{
		name: "a character's quoted name (X's character, 'C'), repeated more than the work's title, is not the article's show",
		text: "On March 3, director Oren Vale spoke about his most recent work, 'The Glass Orchard'.\nThe crime film follows a courier named 'Tavi' (actor Ruben Oster), and the people who chase him.\nAmong them is Lena Moor's character, 'Foxglove', a quiet fixer.\n\"To me, 'Foxglove' was always Lena Moor. 'Foxglove' had to be her,\" he said.",
		want: []string{"crew|Oren Vale|The Glass Orchard||director", "cast|Ruben Oster|The Glass Orchard|Tavi|", "cast|Lena Moor|The Glass Orchard||"},
	},
	{
		name: "a business in the story ('the courier service ‘T’') is not the show of an untitled series",
		text: "New Danish comedy series in the works\n\nThe creators of the hit series Tarn are working on a new series.\n\nWriter Ola Fenn is working with actors Mette Lind and Nils Brekke on a series about the courier service ‘The Red Satchel’, a front for smuggling. Over the years, The Red Satchel riders have built a loyal customer base. The Red Satchel is in trouble.\n\nThe series will also star Karin Holt.",
		want: nil,
	},
	{
		name: "works inside the story (its two in-story anime films, \"A\" and \"B\") are not the article's show, however often named",
		text: "The live-action film of author Ama Rho's novel about the music business, Glow Street!, has announced the voice cast for its two in-story anime films, \"Paper Moth\" and \"Iron Lark.\"\n\"Paper Moth\" voice cast:\nKei Mura as Sora\n\"Iron Lark\" voice cast:\nRin Oda as Hana\nThe film will be narrated by Yuma Sato. \"Paper Moth\" is the heroine's debut film in the story, while \"Iron Lark\" is her rival's new film.",
		want: nil,
	},
}
