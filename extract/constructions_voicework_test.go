package extract

// voiceWorkConstructions are TestConstructions' cases for voice work named
// as a job done for titles: "X, who's done voices for T1, T2 and T3".
var voiceWorkConstructions = []construction{
	{
		name: "X, who’s done voices for T1, T2, and T3, says: cast in each title, no character",
		text: "Dubbing grows\n\nThe demand for dubs has grown.\n\nAna Selo, who’s done voices for Harbor Moon, Stone Bay II, and The Velder, says, “I have been doing dubs for ten years: you learn to think on your feet.”",
		want: []string{"cast|Ana Selo|Harbor Moon||", "cast|Ana Selo|Stone Bay II||", "cast|Ana Selo|The Velder||"},
	},
	{
		name: "X has provided the voices on T; X did voice work for U: cast in each",
		text: "Dubbing grows\n\nThe demand for dubs has grown.\n\nAna Selo has provided the voices on Harbor Moon. Bren Talo did voice work for The Velder.",
		want: []string{"cast|Ana Selo|Harbor Moon||", "cast|Bren Talo|The Velder||"},
	},
	{
		name: "X has done voices for years: no title after for, no fact",
		text: "Dubbing grows\n\nThe demand for dubs has grown.\n\nAna Selo has done voices for years.",
		want: []string{},
	},
}
