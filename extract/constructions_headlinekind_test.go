package extract

// headlineKindConstructions are TestConstructions' cases for a
// sentence-case headline that opens with its title and a verb, the body
// naming the show only by its kind (headlinekind.go).
var headlineKindConstructions = []construction{
	{
		name: `"T starts filming" over "The drama follows ...": T is the article's show though the body never names it`,
		text: "Salt Road starts filming in Oslo\n\nThe drama follows a widow who returns home. Nora Vance plays Ida Brandt. Tom Hale also stars.",
		want: []string{"cast|Nora Vance|Salt Road|Ida Brandt|", "cast|Tom Hale|Salt Road||"},
	},
	{
		name: `"T arrives on Netflix in May" over "This series is ...": the title before the headline's verb`,
		text: "Salt Road arrives on Netflix in May\n\nThis series is set in Oslo. It stars Nora Vance and Tom Hale.",
		want: []string{"cast|Nora Vance|Salt Road||", "cast|Tom Hale|Salt Road||"},
	},
	{
		name: `a one-word given name or a person's full name opening the headline is no title: "Karthan starts shooting"`,
		text: "Karthan starts shooting in Chennai\n\nThe film is directed by Ravi Menon. Priya Lal also stars.",
		want: nil,
	},
	{
		name: `a person's full name opening the headline is no title: "Mira Solen starts filming"`,
		text: "Mira Solen starts filming in Oslo\n\nThe drama is directed by Ravi Menon. Priya Lal also stars.",
		want: nil,
	},
}
