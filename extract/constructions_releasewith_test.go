package extract

import "testing"

// releaseWithConstructions are the cases for the people a show opens with
// (releasewith.go).
var releaseWithConstructions = []construction{
	{
		name: "'The series T opens in May with A', 'T will premiere with B and C in the leads': cast in T",
		text: "Streamer orders new dramas\nThe series Harbor Lights opens in May with Ana Selo. The drama Dry Creek will premiere in June with Bram Vunk and Cleo Marr in the leads.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bram Vunk|Dry Creek||", "cast|Cleo Marr|Dry Creek||"},
	},
	{
		name: "'T premieres at Cannes with director X in attendance', 'T returns with a new season': no cast (the director is crew by his job noun)",
		text: "Streamer orders new dramas\nThe series Harbor Lights premieres at Cannes with director Tom Ferro in attendance. The drama Dry Creek returns with a new season.",
		want: []string{"crew|Tom Ferro|Harbor Lights||director"},
	},
}

func TestReleaseWithConstructions(t *testing.T) {
	for _, tt := range releaseWithConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
