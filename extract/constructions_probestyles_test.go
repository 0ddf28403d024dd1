package extract

// probeStyleConstructions are TestConstructions' cases for constructions
// found wanting in made-up articles written in the styles of outlets the
// corpus does not hold: who's-who explainers, trade exclusives, roundups.
var probeStyleConstructions = []construction{
	{
		name: "X starred in T1 and played C in the BBC's T2: the verb after and opens a clause, and the network's possessive stands before T2",
		text: "The Quiet Field: who's who\n\nNoah Penwell plays Arthur in The Quiet Field. Penwell previously starred in The Tinker's Daughter and played Jem in the BBC's Two Rivers.",
		want: []string{"cast|Noah Penwell|The Quiet Field|Arthur|", "cast|Noah Penwell|The Tinker's Daughter||", "cast|Noah Penwell|Two Rivers|Jem|"},
	},
	{
		name: "her turn as C in HBO's T: C in a network's possessive is no show, and T no person",
		text: "Mira Holt joins 'Salt Acre'\n\nMira Holt has joined the cast of Salt Acre. Holt, a Bafta nominee for her turn as Inspector Jo Vale in HBO's South Quay, plays the lead.",
		want: []string{"cast|Mira Holt|Salt Acre||"},
	},
}
