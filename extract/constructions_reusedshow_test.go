package extract

// reusedShowConstructions are TestConstructions' cases for the article
// show the second reading takes over from the first (knowasks.go): it
// changes which titles are shows, as setting the show does.
var reusedShowConstructions = []construction{
	{
		name: "'RVH-Produzentin Mira Kolbe erklärte' in a later paragraph of an article whose show the second reading takes over from the first: crew with the job in the article's show",
		text: "Neue Serie mit Ana Selo und Bren Talvik\n\nDie Schauspielerin Ana Selo («Kestrel») hat eine Hauptrolle in der neuen ARD-Vorabendserie «Harbor Nord» übernommen. Wie auch Bren Talvik («Dusk Road») wird sie dabei für die Wasserschutzpolizei ermitteln. Die Dreharbeiten haben diese Woche begonnen, wie der Rundfunk Varnholm-Havel (RVH) am Donnerstag mitteilte.\n\nRVH-Produzentin Mira Kolbe erklärte dazu, die Stadt sei Schauplatz vieler Filme.",
		want: []string{"cast|Ana Selo|Harbor Nord||", "cast|Ana Selo|Kestrel||", "cast|Bren Talvik|Dusk Road||", "crew|Mira Kolbe|Harbor Nord||producer"},
	},
	{
		name: "'wie der Rundfunk Varnholm-Havel (RVH) mitteilte': the bracket holds the broadcaster's capitals, an abbreviation, no title",
		text: "Harbor Nord wird gedreht\n\nAna Selo spielt die Hauptrolle in der Serie «Harbor Nord», wie der Rundfunk Varnholm-Havel (RVH) am Donnerstag mitteilte.",
		want: []string{"cast|Ana Selo|Harbor Nord||"},
	},
}
