package extract

import "testing"

// fieldEntryConstructions are TestFieldEntryConstructions' cases for entries laid
// out as fields: a ranked list's title line, "1. T (2021)", over label
// lines of its credits ("Main Roles: A as C", "Cast: A, B", "Director: X",
// "Adapted From: The novel T2 by Y").
var fieldEntryConstructions = []construction{
	{
		name: "a ranked list's title lines '1. T (2021)' with 'and' or 'of' inside, over 'Cast: A, B' and 'Main Roles:A as C (original script)': each entry's title is the show of its fields",
		text: "The best fantasy dramas of the year\n\nHere are the dramas to watch.\n\n1. Love and Kessel (2021)\n\n- Main Roles:Tala Brenning as Yu Sifeng (禹司凤), Osric Vane (袁冰妍) as Chu Xuanji (褚璇玑)\n\n- Episodes: 59\n\n2. Harbor of Stars (2021)\n\nCast: Mira Oswald, Ines Calder\n\nThe drama follows a girl who leaves home.",
		want: []string{"cast|Ines Calder|Harbor of Stars||", "cast|Mira Oswald|Harbor of Stars||", "cast|Osric Vane|Love and Kessel|Chu Xuanji|", "cast|Tala Brenning|Love and Kessel|Yu Sifeng|"},
	},
	{
		name: "a ranked entry '1. T' over 'Cast: A as C' and 'Director: X' (a line-up's fields): the rank is no part of the title, and the cast line no line-up reads is the entry's too",
		text: "The best fantasy dramas of the year\n\nHere are the dramas to watch.\n\n1. Love and Kessel\n\nCast: Tala Brenning as Yu Sifeng, Osric Vane as Chu Xuanji\n\nDirector: Hale Morrow\n\n2. Harbor of Stars\n\nStarring: Mira Oswald, Ines Calder",
		want: []string{"cast|Ines Calder|Harbor of Stars||", "cast|Mira Oswald|Harbor of Stars||", "cast|Osric Vane|Love and Kessel|Chu Xuanji|", "cast|Tala Brenning|Love and Kessel|Yu Sifeng|", "crew|Hale Morrow|Love and Kessel||director"},
	},
	{
		name: "a label line that ends in a bracket, 'Main Roles: A (原名) as C (原名)', 'Adapted From: The novel T2 by Y (原名)': the label is no title",
		text: "Kestrel Bay returns to Netflix\n\nThe drama Kestrel Bay is back this spring.\n\nMain Roles: Tala Brenning (禹司凤) as Yu Sifeng (禹司凤), Osric Vane (袁冰妍) as Chu Xuanji (褚璇玑)\n\nAdapted From: The novel Liu Mei by Hale Morrow (十四郎)",
		want: []string{"cast|Osric Vane|Kestrel Bay|Chu Xuanji|", "cast|Tala Brenning|Kestrel Bay|Yu Sifeng|", "crew|Hale Morrow|Kestrel Bay||original author"},
	},
	{
		name: "a review's block of fields, 'Country: South Korea' under 'Year Released: 2022' and over 'Director: X': a field is no entry's title, the credits stay in the review's show",
		text: "Review: Kessel Harbor\n\nStarring: Tala Brenning, Osric Vane\nYear Released: 2022\nCountry: South Korea\nDirector: Hale Morrow\nScreenwriter: Ines Calder\n\nTala Brenning works as a detective. He is always determined.",
		want: []string{"cast|Osric Vane|Kessel Harbor||", "cast|Tala Brenning|Kessel Harbor||", "crew|Hale Morrow|Kessel Harbor||director", "crew|Ines Calder|Kessel Harbor||writer"},
	},
}

func TestFieldEntryConstructions(t *testing.T) {
	for _, tt := range fieldEntryConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
