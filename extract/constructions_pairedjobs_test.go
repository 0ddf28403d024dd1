package extract

// pairedJobConstructions are TestConstructions' cases for English credits
// where two participles share one "by": a job and hosting, two jobs after
// the title that opens the sentence.
var pairedJobConstructions = []construction{
	{
		name: "\"The show is executive-produced and hosted by actor X\": X a producer and a host (cast) of the sentence's show",
		text: "Harbor Lights gets a host\n\nNetflix has ordered the competition series Harbor Lights. The show is executive-produced and hosted by actor Ana Selo.",
		want: []string{"crew|Ana Selo|Harbor Lights||producer", "cast|Ana Selo|Harbor Lights||"},
	},
	{
		name: "\"“T” is a documentary series executive produced and hosted by X, and directed by Y\": a genre noun before the paired participles",
		text: "New slate unveiled\n\nThe network unveiled its fall slate. “Harbor Lights” is a documentary series executive produced and hosted by Ana Selo, and directed by Dev Olan.",
		want: []string{"crew|Ana Selo|Harbor Lights||producer", "cast|Ana Selo|Harbor Lights||", "crew|Dev Olan|Harbor Lights||director"},
	},
	{
		name: "\"T2 is written and directed by X\" after a sentence on T1: T2 opens the sentence and is its show",
		text: "Harbor Lights ordered\n\nNetflix has ordered the drama Harbor Lights. Night Ferry is written and directed by Mia Trell.",
		want: []string{"crew|Mia Trell|Night Ferry||writer", "crew|Mia Trell|Night Ferry||director"},
	},
}
