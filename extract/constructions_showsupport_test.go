package extract

// showSupportConstructions are TestConstructions' cases for what may be a
// credit's show: a title the article supports, never the words around it.
var showSupportConstructions = []construction{
	{
		name: "“Working on the N Original ‘T’ is ...” said director X: the title quoted inside the speech is the show, not the speech's words",
		text: "Stars return to the screen\n\nPopular actors Ana Selo and Bo Rinn are set to return, starring in a new thriller series.\n\nThe show, “Harbor”, will premiere later this year on Streamflix.\n\n“Working on the Streamflix Original ‘Harbor’ is truly an exciting opportunity. Filmmakers dream of the chance to tell a story like this,” said series director and producer Cy Tessel.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "crew|Cy Tessel|Harbor||director", "crew|Cy Tessel|Harbor||producer"},
	},
}
