package extract

// leadConstructions are TestConstructions' cases for how an article names
// the show it is about in its headline and first sentences, where no cue
// word before the title says so.
var leadConstructions = []construction{
	{
		name: "a one-word soap's spoilers: 'T spoilers:' and 'T fans' make T the article's show, for a reprised role, Character (Actor) and a producer",
		text: "Harbourside spoilers: shock return for village bad boy\n\nHarbourside fans are in for a surprise next week as a familiar face returns.\n\nActor Tom Vale is reprising his role as troublemaker Kyle Penn, three years after the character was last seen.\n\nMeanwhile, Ada Moss (Rita Quill) faces a tough choice.\n\nProducer Lena Shaw teased that the storyline would change the village forever.",
		want: []string{"cast|Tom Vale|Harbourside|Kyle Penn|", "cast|Rita Quill|Harbourside|Ada Moss|", "crew|Lena Shaw|Harbourside||producer"},
	},
	{
		name: "'Marvel fans' named once is no show",
		text: "Marvel fans rejoice\n\nTom Vale will play Kyle Penn in the new film.",
		want: []string{},
	},
}
