package extract

// crewNewsConstructions are TestConstructions' cases for crew credits and
// shows read from trade, festival and review copy, and for names that are
// no credit there.
var crewNewsConstructions = []construction{
	{
		name: "NET has renewed its drama T for a third season: the show is T, not the network that renews it",
		text: "Renewal news\n\nBrightwave has renewed its drama Harbor Lamps for a third season. The series, created by Dana Welt, stars Marc Ell as a ferry captain.",
		want: []string{"crew|Dana Welt|Harbor Lamps||creator", "cast|Marc Ell|Harbor Lamps||"},
	},
	{
		name: "filmmaker X (T), screenwriter Y (T2): a job noun before the name makes the bracket's titles crew credits, as director's does",
		text: "Festival jury named\n\nThe Velden festival opens in May. The jury will be headed by filmmaker Rhea Castan (The Long Field), with screenwriter Omar Belt (Night Ferry).",
		want: []string{"crew|Rhea Castan|The Long Field||", "crew|Omar Belt|Night Ferry||"},
	},
}
