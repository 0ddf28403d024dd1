package extract

import "testing"

// pairFamilyConstructions are the cases for a list of name pairs whose
// brackets hold a family of characters, or whose verb is a player's
// (pairfamily.go).
var pairFamilyConstructions = []construction{
	{
		name: "A (Stingray Dunmore), B (C2 Dunmore), C (C3 Dunmore) and D (C4) will be leaving the soap: a surname the brackets share makes them characters, though one's first word starts no name",
		text: "Harrow Lane exits\n\nHarrow Lane is losing four of its stars, the soap confirmed.\n\nAnd later this year, Ana Selo (Stingray Dunmore), Piet Varga (Lena Dunmore), Cora Imbert (Rory Dunmore) and Bram Vunk (Sam Holt) will also be leaving the soap.",
		want: []string{"cast|Ana Selo|Harrow Lane|Stingray Dunmore|", "cast|Piet Varga|Harrow Lane|Lena Dunmore|", "cast|Cora Imbert|Harrow Lane|Rory Dunmore|", "cast|Bram Vunk|Harrow Lane|Sam Holt|"},
	},
	{
		name: "C1 Dunmore (A), C2 Dunmore (B): a surname the names before the brackets share makes them the characters",
		text: "Harrow Lane exits\n\nHarrow Lane is losing three of its stars, the soap confirmed.\n\nLater this year, Rory Dunmore (Ana Selo), Lena Dunmore (Piet Varga) and Sam Holt (Cora Imbert) will also be leaving the soap.",
		want: []string{"cast|Ana Selo|Harrow Lane|Rory Dunmore|", "cast|Piet Varga|Harrow Lane|Lena Dunmore|", "cast|Cora Imbert|Harrow Lane|Sam Holt|"},
	},
	{
		name: "Others set to depart include A (C1), B (C2), and C (C3): a player's verb reads the players first",
		text: "Harrow Lane exits\n\nHarrow Lane is losing three of its stars this spring, the soap confirmed.\n\nOthers set to depart include Ana Selo (Rory Quist), Piet Varga (Lena Brandt), and Cora Imbert (Sam Holt).",
		want: []string{"cast|Ana Selo|Harrow Lane|Rory Quist|", "cast|Piet Varga|Harrow Lane|Lena Brandt|", "cast|Cora Imbert|Harrow Lane|Sam Holt|"},
	},
	{
		name: "classic characters like C1 (A), C2 (B) are leaving: a sentence that speaks of characters keeps the characters first",
		text: "Harrow Lane exits\n\nHarrow Lane is losing two of its stars this spring, the soap confirmed.\n\nClassic characters like Rory Quist (Ana Selo) and Lena Brandt (Piet Varga) are leaving.",
		want: []string{"cast|Ana Selo|Harrow Lane|Rory Quist|", "cast|Piet Varga|Harrow Lane|Lena Brandt|"},
	},
}

func TestPairFamilyConstructions(t *testing.T) {
	for _, tt := range pairFamilyConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
