package extract

import "testing"

// TestQuoteMarkConstructions runs quoteMarkConstructions as
// TestConstructions runs its cases.
func TestQuoteMarkConstructions(t *testing.T) {
	for _, tt := range quoteMarkConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}

// quoteMarkConstructions are TestConstructions' cases for quoted titles
// typed with the wrong marks (quotemarks.go): a closing ‘ for ’ with an
// apostrophe inside, a backtick, two apostrophes, a straight opening mark
// closed by “; and a quoted title before its cast after "with" or "con"
// (quotedwith.go). The credit takes the quoted title, not the article's show.
var quoteMarkConstructions = []construction{
	{
		name: "a closing ‘ typed for ’, an apostrophe inside ('the new drama ‘L’Ispettore Kade‘ stars A and B'): the quoted title, not the headline's show",
		text: "Harbor adds Cal Dorne\n\nThe new drama ‘L’Ispettore Kade‘ stars Ana Selo and Ben Oru.",
		want: []string{"cast|Ana Selo|L’Ispettore Kade||", "cast|Ben Oru|L’Ispettore Kade||"},
	},
	{
		name: "a closing ‘ before a comma ('Also coming is ‘Tide Hill‘, with A in the lead')",
		text: "Harbor adds Cal Dorne\n\nAlso coming is ‘Tide Hill‘, with Tom Brel in the lead.",
		want: []string{"cast|Tom Brel|Tide Hill||"},
	},
	{
		name: "a straight opening mark closed by “ ('the new drama \"Kessel Bay“ stars A')",
		text: "Harbor adds Cal Dorne\n\nThe new drama \"Kessel Bay“ stars Tomas Brel.",
		want: []string{"cast|Tomas Brel|Kessel Bay||"},
	},
	{
		name: "a backtick opening a single quote ('The series `Salt Road' stars A'): the title without its marks",
		text: "Harbor adds Cal Dorne\n\nThe series `Salt Road' stars Mia Vell.",
		want: []string{"cast|Mia Vell|Salt Road||"},
	},
	{
		name: "two apostrophes for a double quote ('The series ''Glass Hill'' stars A')",
		text: "Harbor adds Cal Dorne\n\nThe series ''Glass Hill'' stars Ada Fenn.",
		want: []string{"cast|Ada Fenn|Glass Hill||"},
	},
	{
		name: "speech closed by ‘ before 'said' stays speech ('‘I love this show‘, said A, who plays C'): no title, the article's show",
		text: "Harbor adds Cal Dorne\n\n‘I love this show‘, said Ana Selo, who plays Mira.",
		want: []string{"cast|Ana Selo|Harbor|Mira|"},
	},
	{
		name: "a quoted title then a date and the cast after 'con' ('anche ‘Sorelle di Tide‘ dal 3 ottobre, con A e B'): the quoted title, not the article's show",
		text: "Harbor adds Cal Dorne\n\nDal 3 ottobre al via anche ‘Sorelle di Tide‘ dal 3 ottobre, con Ana Selo e Bea Roe.",
		want: []string{"cast|Ana Selo|Sorelle di Tide||", "cast|Bea Roe|Sorelle di Tide||"},
	},
	{
		name: "a person's earlier work in quotes before 'with' ('known for ‘Tide Hill’, with B, joins T'): the sentence's show stays",
		text: "Harbor adds Cal Dorne\n\nAna Selo, known for ‘Tide Hill’, with Ben Oru, joins Harbor.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Ben Oru|Harbor||", "cast|Ana Selo|Tide Hill||"},
	},
}
