package extract

import "testing"

// showSupportConstructions are TestConstructions' cases for what may be a
// credit's show: a title the article supports, never the words around it.
var showSupportConstructions = []construction{
	{
		name: "“Working on the N Original ‘T’ is ...” said director X: the title quoted inside the speech is the show, not the speech's words",
		text: "Stars return to the screen\n\nPopular actors Ana Selo and Bo Rinn are set to return, starring in a new thriller series.\n\nThe show, “Harbor”, will premiere later this year on Streamflix.\n\n“Working on the Streamflix Original ‘Harbor’ is truly an exciting opportunity. Filmmakers dream of the chance to tell a story like this,” said series director and producer Cy Tessel.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||director", "crew|Cy Tessel|Harbor||producer"},
	},
	{
		name: "X, of the series T, will star in an upcoming movie. The movie is directed by Y: the movie has no title yet, no credit in T",
		text: "Ana Selo returns\n\nAna Selo, who led the series Harbor Lights for five seasons, will star in an upcoming movie. The movie is directed by Bo Rinn and also stars Cy Quell.",
		want: []string{"cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: "X will star in a new film after the sitcom T ended. The film, directed by Y: no credit in T",
		text: "Ana Selo returns\n\nAna Selo is set to star in a new film after her run on the sitcom Harbor Lights ended. The film, directed by Bo Rinn, will be released in 2024.",
		want: nil,
	},
	{
		name: "X will star in a new film, U, after the sitcom T ended. The film, directed by Y: the film is U",
		text: "Ana Selo returns\n\nAna Selo is set to star in a new film, Low Tide, after her run on the sitcom Harbor Lights ended. The film, directed by Bo Rinn, will be released in 2024.",
		want: []string{"cast|Ana Selo|Low Tide||", "crew|Bo Rinn|Low Tide||director"},
	},
	{
		name: "X set to appear in new Y pic, Y credited as a director in the article: Y is a maker, no show, and Y's credit stays",
		text: "[News] Bo Rinn set to appear in new Ana Selo pic.\n\nThe actor has signed with the director. Ana Selo directed the 2007 drama Low Tide.",
		want: []string{"crew|Ana Selo|Low Tide||director"},
	},
	{
		name: "She returned to play C in 2011 at the P concert film: a year and a place, no show",
		text: "Ana Selo dies at 80\n\nAna Selo, who played Rose in the drama Harbor Lights, has died. She returned to play the character in 2011 at the Royal Albert Hall concert film.",
		want: []string{"cast|Ana Selo|Harbor Lights|Rose|"},
	},
	{
		name: "according to the creator of the series X (THR): X holds the job, no title; the outlet's initials are no show",
		text: "Harbor: the series arrives\n\nThe new Streamflix series arrives Tuesday, according to the creator of the series Ana Selo (THR). Bo Rinn plays Dana.",
		want: []string{"cast|Bo Rinn|Harbor|Dana|"},
	},
	{
		name: "the drama T has been renewed (THR); X plays C (EW): the outlets' initials are no show",
		text: "Harbor renewed\n\nThe drama Harbor has been renewed for a second season (THR). Ana Selo plays Dana (EW).",
		want: []string{"cast|Ana Selo|Harbor|Dana|"},
	},
	{
		name: "The N original series stars X as C, N a service no table knows: no show named, no credit",
		text: "Streamflix original series\n\nThe Streamflix original series stars Ana Selo as Dana and Bo Rinn as Mara. It premieres on Streamflix in May. Streamflix announced it on Monday.",
		want: nil,
	},
	{
		name: "The N original series T stars X as C: the series is T",
		text: "Streamflix original series\n\nThe Streamflix original series Harbor stars Ana Selo as Dana and Bo Rinn as Mara. It premieres on Streamflix in May.",
		want: []string{"cast|Ana Selo|Harbor|Dana|", "cast|Bo Rinn|Harbor|Mara|"},
	},
	{
		name: "The drama T has cast X, Reuters reported: a news agency is a network, neither a person nor a show",
		text: "Harbor cast announced\n\nThe drama Harbor has cast Ana Selo, Reuters reported. Bo Rinn (Reuters) will direct.",
		want: []string{"cast|Ana Selo|Harbor||", "crew|Bo Rinn|Harbor||director"},
	},
}

func TestByNetwork(t *testing.T) {
	for s, want := range map[string]bool{"Cancelled by ABC": true, "Déprogrammée par ABC": true, "Harbor": false, "Stand by Me": true, "Harbor Lights": false} {
		if got := byNetwork(s); got != want {
			t.Errorf("byNetwork(%q) = %v, want %v", s, got, want)
		}
	}
}
