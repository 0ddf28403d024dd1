package extract

// showGuessPlaceConstructions are the cases for the titles the evidence for the
// article's show weighs that name a network's service or a place
// (showguessplaces.go): "BBC Drama", "TV 2 Play", "Western Canada".
var showGuessPlaceConstructions = []construction{
	{
		name: `a network's name and one word more opening the headline, "BBC Drama", is no show: the cast goes to no guessed show`,
		text: "BBC Drama unveils its autumn slate\n\nBBC Drama has ordered six new series this year, BBC Drama said on Monday. In the thriller, Mara Quint stars as Dev Olan.",
		want: nil,
	},
	{
		name: `a compass word before a place, "Western Canada", is no show`,
		text: "Western Canada shines at the festival\n\nFilms from Western Canada fill the lineup, the festival said of Western Canada. Mara Quint stars as Dev Olan, a mother on the lake.",
		want: nil,
	},
	{
		name: `near miss: a title of two capitalised words, "Harbor Lane", named again below, stays the article's show`,
		text: "Harbor Lane shines at the festival\n\nHarbor Lane fills the lineup, the festival said of Harbor Lane. Mara Quint stars as Dev Olan, a mother on the lake.",
		want: []string{"cast|Mara Quint|Harbor Lane|Dev Olan|"},
	},
	{
		name: `a quoted nickname inside a person's name, "schoolgirl ‘Nick Nora’ Selo", is no show: the soap named below is`,
		text: "Ana Selo to return after 20 years\n\nAna Selo is returning to Harbor Lane after 20 years.\n\nThe actress starred in the soap as schoolgirl ‘Nick Nora’ Selo back in the 1980s, alongside Mara Quint and Dev Olan.\n\nSelo left Harbor Lane in 1989.",
		want: []string{"cast|Ana Selo|Harbor Lane||", "cast|Mara Quint|Harbor Lane||", "cast|Dev Olan|Harbor Lane||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, showGuessPlaceConstructions...)
}
