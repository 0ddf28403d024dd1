package extract

// loneWordConstructions are TestConstructions' cases for a bracket of
// titles after one word that names no person (lonewords.go): a company, a
// dateline's place, a character before its actor.
var loneWordConstructions = []construction{
	{
		name: "'produced by award winners Quellbrix (T1, T2)': a company's word before a bracket of its titles credits no one; the director's bracket still credits the director",
		text: "Harbor Lights gets a premiere date\n\nThe documentary Harbor Lights is produced by award winners Quellbrix (Tallow Creek, Vantry Road) and directed by Ana Selo (Pale Orchard).",
		want: []string{"crew|Ana Selo|Harbor Lights||director", "crew|Ana Selo|Pale Orchard||"},
	},
	{
		name: "a dateline 'VARNHOLM (APX) –' before the lead: the place and the agency are no credit",
		text: "Harbor begins filming\n\nVARNHOLM (APX) – Ana Selo will star in the new drama series Harbor, the broadcaster said on Monday.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
	{
		name: "a surname after the full name, 'Selo (Pale Orchard, Dusk Road)': the bracket's titles are the full name's",
		text: "Harbor adds two stars\n\nThe drama series Harbor has cast Ana Selo and Bren Talvik. Selo (Pale Orchard, Dusk Road) plays a sailor.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bren Talvik|Harbor||", "cast|Ana Selo|Pale Orchard||", "cast|Ana Selo|Dusk Road||"},
	},
	{
		name: "a dateline in capitals before the names, 'VARNHOLM, A and B star in T': the capitals' word, which no one is credited under, is no person",
		text: "Harbor begins filming\n\nVARNHOLM, Ana Selo and Bren Talvik star in the new drama series Harbor, the broadcaster said on Monday.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bren Talvik|Harbor||"},
	},
}
