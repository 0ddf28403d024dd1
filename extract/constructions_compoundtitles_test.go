package extract

// compoundTitleConstructions are TestConstructions' cases for a title
// joined by a hyphen to a job noun, unquoted (languagecompound.go).
var compoundTitleConstructions = []construction{
	{
		name: `de: "Riverdale-Star A": the title before the hyphen, the star after it`,
		text: "Neue Staffel für „Harbor“\n\nDie Serie geht weiter. Neu dabei ist Seaview-Star Bram Vunk.",
		want: []string{"cast|Bram Vunk|Harbor||", "cast|Bram Vunk|Seaview||"},
	},
	{
		name: `de: "Mit dabei sind Seaview-Star A und B": the compound inside a cast list`,
		text: "Neue Staffel für „Harbor“\n\nDie Serie geht weiter. Mit dabei sind Seaview-Star Harlan Brisk und Marla Brenner.",
		want: []string{"cast|Harlan Brisk|Harbor||", "cast|Marla Brenner|Harbor||", "cast|Harlan Brisk|Seaview||"},
	},
	{
		name: `de: "Co-Star A": one English word, no title`,
		text: "Harbor: Die zweite Staffel kommt\n\nDas ZDF dreht die zweite Staffel der Krimiserie „Harbor“. Auch Co-Star Ana Selo ist dabei.",
		want: []string{"cast|Ana Selo|Harbor||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, compoundTitleConstructions...)
}
