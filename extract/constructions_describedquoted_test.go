package extract

import "testing"

// describedQuotedConstructions are the cases for a quoted title that
// opens the sentence after an article and a noun not known as a genre
// (describedquoted.go).
var describedQuotedConstructions = []construction{
	{
		name: "'The Gothic tale “T” stars A and B' before 'The series T2 opens ...': A and B in T only, not also in the article's show T2",
		text: "Streamer orders new dramas\nThe Gothic tale “Harrow Vale” stars Ana Selo and Bram Vunk. The series Copper Tides opens in May.",
		want: []string{"cast|Ana Selo|Harrow Vale||", "cast|Bram Vunk|Harrow Vale||"},
	},
	{
		name: "'A new saga ‘T’ will star A': T is the sentence's show, not the headline's",
		text: "Copper Tides renewed for a third season\nCopper Tides returns in May. A new saga ‘Harrow Vale’ will star Ana Selo.",
		want: []string{"cast|Ana Selo|Harrow Vale||"},
	},
	{
		name: "'Its new Gothic tale “T” stars A', 'Netflix's new “T” stars A', 'The streamer's tale “T” will star A', 'Meanwhile “T” stars A': T only, not also the article's show",
		text: "Streamer orders new dramas\nThe series Copper Tides opens in May. Its new Gothic tale “Harrow Vale” stars Ana Selo. Netflix's new “Dry Creek” stars Bram Vunk. The streamer's Gothic tale “Salt Road” will star Cleo Marr. Meanwhile “Iron Bay” stars Dov Kessel.",
		want: []string{"cast|Ana Selo|Harrow Vale||", "cast|Bram Vunk|Dry Creek||", "cast|Cleo Marr|Salt Road||", "cast|Dov Kessel|Iron Bay||"},
	},
	{
		name: "'The “T” stars A and B join the cast': stars of T, and cast in the article's show",
		text: "Copper Tides renewed\nCopper Tides returns in May. The “Harrow Vale” stars Ana Selo and Bram Vunk join the cast.",
		want: []string{"cast|Ana Selo|Harrow Vale||", "cast|Bram Vunk|Harrow Vale||", "cast|Ana Selo|Copper Tides||", "cast|Bram Vunk|Copper Tides||"},
	},
}

func TestDescribedQuotedConstructions(t *testing.T) {
	for _, tt := range describedQuotedConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
