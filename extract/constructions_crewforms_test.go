package extract

// crewFormConstructions are TestConstructions' cases for the forms crew
// credits take: names two makers share, the makers' titles in ranges and
// lists.
var crewFormConstructions = []construction{
	{
		name: "A and B C directed T, A and B C created T: both share the surname; not in a list (A, B and C D), not a cast credit",
		text: "Harbor premieres\n\nBertram and Leopold Varnaby directed Harbor. Hedda and Ilse Tolliver created the comedy Night Ward. Tova, Sigrid and Margit Lundqvist wrote Blue Static. Rudolf and Torsten Olander star in Glass Orchard.",
		want: []string{"crew|Bertram Varnaby|Harbor||director", "crew|Leopold Varnaby|Harbor||director", "crew|Hedda Tolliver|Night Ward||creator", "crew|Ilse Tolliver|Night Ward||creator",
			"crew|Tova|Blue Static||writer", "crew|Sigrid|Blue Static||writer", "crew|Margit Lundqvist|Blue Static||writer", "cast|Rudolf|Glass Orchard||", "cast|Torsten Olander|Glass Orchard||"},
	},
}
