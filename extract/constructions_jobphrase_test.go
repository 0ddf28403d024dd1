package extract

// jobPhraseConstructions are TestConstructions' cases for a staff list
// whose subject names the work between the job noun and its verb
// (jobphrase.go).
var jobPhraseConstructions = []construction{
	{
		name: "Other directors for the first season include A, B and C: directors, not cast; the cast line before stays cast",
		text: "Cast revealed for “Harbour Lights”\n\nThe ensemble cast includes Dara Vell as Mina Osk. Other directors for the first season include Tomas Brink, Ola Merrit and Sanne Kovik.",
		want: []string{"cast|Dara Vell|Harbour Lights|Mina Osk|", "crew|Tomas Brink|Harbour Lights||director", "crew|Ola Merrit|Harbour Lights||director", "crew|Sanne Kovik|Harbour Lights||director"},
	},
	{
		name: "Writers on Season 2 include A and B; Producers on the project include C and D: the job noun opens the subject past the work",
		text: "“Harbour Lights” returns\n\n“Harbour Lights” begins filming in May. Writers on Season 2 include Tomas Brink and Ola Merrit. Producers on the project include Sanne Kovik and Bo Rellan.",
		want: []string{"crew|Tomas Brink|Harbour Lights||writer", "crew|Ola Merrit|Harbour Lights||writer", "crew|Sanne Kovik|Harbour Lights||producer", "crew|Bo Rellan|Harbour Lights||producer"},
	},
	{
		name: "not directors of photography on the film include A; not the cast for the season includes B (cast)",
		text: "“Harbour Lights” begins filming\n\n“Harbour Lights” begins filming in May. Directors of photography on the film include Tomas Brink. The cast for the first season includes Ola Merrit.",
		want: []string{"cast|Ola Merrit|Harbour Lights||"},
	},
}

func init() {
	castListEndConstructions = append(castListEndConstructions, jobPhraseConstructions...)
}
