package extract

import "testing"

// nameJobLineConstructions are TestNameJobLineConstructions' cases for an
// interview page laid out by show: a title heading, then "Name, job" lines
// over each person's answers.
var nameJobLineConstructions = []construction{
	{
		name: "an interview page: the heading 'T1' over 'A, actor/writer' and answers, then 'T2' over 'B, actor' and 'C, director': each line's person is credited in the heading's show",
		text: "Meet the makers of this year's short film festival\n\nWe asked the filmmakers about their work.\n\nKessel Boy\n\nTomas Brel, actor/writer\n\nWe shot it over a weekend with borrowed cameras.\n\nToast of Harbor\n\nSam Rowe, actor\n\nIt was my first lead role and I loved every minute.\n\nAna Selo, director\n\nWe had no money at all, so we borrowed everything.",
		want: []string{"cast|Sam Rowe|Toast of Harbor||", "cast|Tomas Brel|Kessel Boy||", "crew|Ana Selo|Toast of Harbor||director", "crew|Tomas Brel|Kessel Boy||writer"},
	},
	{
		name: "one 'A, director' line alone under a heading is a caption, not a page of them: no credit from it",
		text: "Meet the makers of this year's short film festival\n\nWe asked the filmmakers about their work.\n\nKessel Boy\n\nTomas Brel, director\n\nWe shot it over a weekend with borrowed cameras.",
		want: nil,
	},
}

func TestNameJobLineConstructions(t *testing.T) {
	for _, tt := range nameJobLineConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
