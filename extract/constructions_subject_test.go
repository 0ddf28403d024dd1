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
	{
		name: "a section label in capitals before the headline (SCANDI CRIME T: ...) is no part of the show's title",
		text: "SCANDI CRIME Glasberg: SVT confirms second series\n\nSwedish channel SVT has confirmed the date of the return. The crime drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a headline on a promotion names the article's show before its noun: N releases T teaser",
		text: "SVT releases Glasberg teaser\n\nSwedish channel SVT has shown the first images of the series. The crime drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a promotion's noun and for name the article's show in the opening: has released a first trailer for T",
		text: "Channel 5 has released a trailer\n\nChannel 5 has released a first trailer for Harrow Lane, its new drama. The drama stars Maja Lind and Oskar Berg.",
		want: []string{"cast|Maja Lind|Harrow Lane||", "cast|Oskar Berg|Harrow Lane||"},
	},
	{
		name: "a headline in sentence case, X joins T, names the show and credits X; the first name alone is no title",
		text: "Maja Lind joins Glasberg\n\nMaja Lind is the latest name to join the cast. The crime drama also stars Oskar Berg.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Oskar Berg|Glasberg||"},
	},
	{
		name: "a roundup's heading T season 2: ... governs its section, and the second series under it is T's; a label in capitals before a headline is dropped",
		text: "NORDIC NOIR SVT releases Glasberg trailer\n\nSwedish channel SVT has released a trailer for Glasberg. The crime drama stars Maja Lind.\n\nTarnvik season 2: BBC Four confirms transmission date\n\nAs we said at the weekend, season two of Nordic Noir, Tarnvik, is on its way back.\n\nThe second series sees detective Ola Tarn (Sven Holm) taking on two cases.",
		want: []string{"cast|Maja Lind|Glasberg||", "cast|Sven Holm|Tarnvik|Ola Tarn|"},
	},
	{
		name: "a character's name in brackets after the headline's person, X (C), or after played, is no guess for the show of an untitled series",
		text: "Ivo Marek Sandal (Kestrel) \u2013 New TV Series\n\nIvo Marek Sandal, who played Kestrel for years, is back. The series will also star Dana Kos. Many still call him Kestrel.",
		want: nil,
	},
}
