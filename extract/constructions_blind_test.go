package extract

// blindSetConstructions are TestConstructions' cases for constructions the
// later blind sets showed (once scored and folded into the corpus).
var blindSetConstructions = []construction{
	{
		name: "former T writer A and actor B: the title stands before both",
		text: "Inside Mann is a drama.\n\nThe show marks a reunion for former Doctor Whoo writer Moffatt and actor Tennantt, while Sherlock director Paul McGuigann will helm the series.",
		want: []string{"cast|Tennantt|Doctor Whoo||", "crew|Moffatt|Doctor Whoo||writer", "crew|Paul McGuigann|Sherlock||director", "crew|Paul McGuigann|Inside Mann||director"},
	},
	{
		name: "A new film, T (also known as U), opened; It stars well-known actors A and B; co-directed by three women – A, B and C; Set in 2020, the film (no title)",
		text: "A new film, Heroo (also known as Her Storyy), opened this weekend.\n\nThe film is co-directed by three women – Li Shaohongg, Joan Chenn, and Sylvia Changg. It stars well-known actors Zhou Xunn and Jackson Yeee. Set in 2020, the film tells of the pandemic.",
		want: []string{"crew|Li Shaohongg|Heroo||director", "crew|Joan Chenn|Heroo||director", "crew|Sylvia Changg|Heroo||director", "cast|Zhou Xunn|Heroo||", "cast|Jackson Yeee|Heroo||"},
	},
}
