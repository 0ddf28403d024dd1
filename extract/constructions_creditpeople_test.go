package extract

import "testing"

// creditPeopleConstructions are cases for the people of a credit sentence:
// a list whose last item follows "as well as", a joining clause that names
// a quoted title before its list, and a describing word that opens the
// sentence before a name.
var creditPeopleConstructions = []construction{
	{
		name: "a subject list joined by ', as well as' between commas ('A and B, as well as C, will star in T'): every item is cast",
		text: "Silver Rain sets its cast\n\nAna Selo and Bram Kettel, as well as Nnamdi Okafor, will star in \"Silver Rain.\"",
		want: []string{"cast|Ana Selo|Silver Rain||", "cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "a subject list joined by 'as well as' with no commas ('A, B as well as C star in T'): every item is cast",
		text: "Silver Rain sets its cast\n\nAna Selo, Bram Kettel as well as Nnamdi Okafor star in \"Silver Rain.\"",
		want: []string{"cast|Ana Selo|Silver Rain||", "cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "a joining clause with a quoted title before its list ('Joining the cast of \"T\" are A and B')",
		text: "Silver Rain adds two\n\nJoining the cast of \"Silver Rain\" are Bram Kettel and Nnamdi Okafor.",
		want: []string{"cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "a joining clause with a person and a quoted title ('Joining A in \"T\" are B and C'): all three are cast",
		text: "Silver Rain adds two\n\nJoining Ana Selo in \"Silver Rain\" are Bram Kettel and Nnamdi Okafor.",
		want: []string{"cast|Ana Selo|Silver Rain||", "cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "'Also starring in \"T\" are A and B': the clause opens the sentence, its title inside it",
		text: "Silver Rain adds two\n\nAlso starring in \"Silver Rain\" are Bram Kettel and Nnamdi Okafor.",
		want: []string{"cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "a describing word that opens the sentence ('Talented A stars in T') is no part of the name",
		text: "Silver Rain sets its lead\n\nTalented Ana Selo stars in \"Silver Rain.\" Acclaimed Bram Kettel and Nnamdi Okafor co-star.",
		want: []string{"cast|Ana Selo|Silver Rain||", "cast|Bram Kettel|Silver Rain||", "cast|Nnamdi Okafor|Silver Rain||"},
	},
	{
		name: "'Young' before a name keeps its place in the name (a surname too)",
		text: "Silver Rain sets its lead\n\nYoung Ana Selo stars in \"Silver Rain.\"",
		want: []string{"cast|Young Ana Selo|Silver Rain||"},
	},
}

// TestCreditPeopleConstructions checks creditPeopleConstructions as
// TestConstructions checks its cases.
func TestCreditPeopleConstructions(t *testing.T) {
	for _, tt := range creditPeopleConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
