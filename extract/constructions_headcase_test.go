package extract

// sentenceCaseHeadlineConstructions are TestConstructions' cases for a
// headline in sentence case whose one run of capitalized words, named
// again below, is the article's show (headlinesentencecase.go).
var sentenceCaseHeadlineConstructions = []construction{
	{
		name: "'Where is T filmed?', T named again below: T is the show of 'The series stars A as C'",
		text: "Where is Kestrel Bay filmed?\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell and Osric Vane as Tobiah.",
		want: []string{"cast|Osric Vane|Kestrel Bay|Tobiah|", "cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'Everything we know about T', 'T finale recap', 'Review: T is a slow-burning delight': the headline's one title",
		text: "Review: Kestrel Bay is a slow-burning delight\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "'T finale recap': the title opening a sentence-case headline",
		text: "Kestrel Bay finale recap\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
	{
		name: "a sentence-case headline with two titles, 'After T1, T2, the streamer announces eight films': no article's show",
		text: "After Lantern Row, Glass Orchard, the streamer announces eight new films\n\nLantern Row and Glass Orchard were hits last year.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: nil,
	},
	{
		name: "a sentence-case headline's title named in the headline alone gives no article's show",
		text: "Where is Kestrel Bay filmed?\n\nFans have waited a long time for news.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: nil,
	},
	{
		name: "'T English dub cast revealed': the run of capitalized words cut back to the title named again below",
		text: "Kestrel Bay English dub cast revealed\n\nFans have waited a long time for news of Kestrel Bay.\n\nThe series stars Tala Brenning as Ada Quell.",
		want: []string{"cast|Tala Brenning|Kestrel Bay|Ada Quell|"},
	},
}
