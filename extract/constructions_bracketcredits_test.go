package extract

// bracketCreditConstructions are TestConstructions' cases for a person
// with a bracket of past titles after the name who also takes the credit
// the sentence gives: the bracket is an aside, the list goes on past it.
var bracketCreditConstructions = []construction{
	{
		name: "the cast also includes A ('T1', 'T2'), B ('T3',) C ('T4'), D ('T5', 'T6',), E ('T7') and F ('T8'): a comma set inside the bracket still joins the items",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. The cast also includes Nia Ostrander ('Salt Road', 'Lantern Hill'), Tom Baxley ('Copper Vale',) Anna Keswick ('Glass Orchard', 'Night Ferry'), Peter Dorn ('Blue Meadow', 'The Keep',), Ilsa Varrow ('Red Dune') and Jomo Rotch ('Tin Roof').",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Nia Ostrander|Salt Road||", "cast|Nia Ostrander|Lantern Hill||",
			"cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Glass Orchard||", "cast|Anna Keswick|Night Ferry||",
			"cast|Peter Dorn|Harrow Lane||", "cast|Peter Dorn|Blue Meadow||", "cast|Peter Dorn|The Keep||",
			"cast|Ilsa Varrow|Harrow Lane||", "cast|Ilsa Varrow|Red Dune||",
			"cast|Jomo Rotch|Harrow Lane||", "cast|Jomo Rotch|Tin Roof||",
		},
	},
	{
		name: "the cast includes A (as C), B ('T1',) C (Network, year) and D ('T2'): past a bracket ending in a comma the list goes on; a network and a year are no show",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. The cast also includes Nia Ostrander (as Mara), Tom Baxley ('Copper Vale',) Anna Keswick (BBC One, 2019) and Peter Dorn ('Blue Meadow').",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Harrow Lane||", "cast|Peter Dorn|Harrow Lane||", "cast|Peter Dorn|Blue Meadow||",
		},
	},
	{
		name: "X (T1, T2) said the shoot was cold: a person with past titles who is only quoted takes no credit in the sentence's show",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. Nia Ostrander (Salt Road, Lantern Hill) said the shoot was cold.",
		want: []string{"cast|Nia Ostrander|Salt Road||", "cast|Nia Ostrander|Lantern Hill||"},
	},
	{
		name: "A (T1) and B (T2) take centre stage while C (T3) and D (T4) are first-grade support; while E (T5) plays: a second list of bracketed names after a cast list is cast too",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. Beloved British actors Nia Ostrander (Salt Road) and Tom Baxley (Copper Vale) take centre stage while Anna Keswick (Glass Orchard) and Peter Dorn (Blue Meadow) are first-grade support.",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Nia Ostrander|Salt Road||", "cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Glass Orchard||", "cast|Peter Dorn|Harrow Lane||", "cast|Peter Dorn|Blue Meadow||",
		},
	},
	{
		name: "… take centre stage while local favourites C (T3, T4) and D (T5, T6) are first-grade support: \"favourites\" before names with brackets of titles names people, not works",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. Beloved British actors Nia Ostrander (Salt Road, Lantern Hill) and Tom Baxley (Copper Vale) take centre stage while local favourites Anna Keswick (Glass Orchard, Red Dune) and Peter Dorn (Blue Meadow, Tin Roof) are first-grade support.",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Nia Ostrander|Salt Road||", "cast|Nia Ostrander|Lantern Hill||", "cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Glass Orchard||", "cast|Anna Keswick|Red Dune||",
			"cast|Peter Dorn|Harrow Lane||", "cast|Peter Dorn|Blue Meadow||", "cast|Peter Dorn|Tin Roof||",
		},
	},
	{
		name: "… take centre stage while C (T3) said the shoot was cold: a quoted person after the cast list takes no credit in the sentence's show",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. Beloved British actors Nia Ostrander (Salt Road) and Tom Baxley (Copper Vale) take centre stage while Anna Keswick (Glass Orchard) said the shoot was cold.",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Nia Ostrander|Salt Road||", "cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Glass Orchard||",
		},
	},
	{
		name: "the most recognizable names are A (T1) and B (T2); the new faces are C (T3, T4) and D (T5): names introduced by their past titles after \"names are\" are the sentence's cast",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. The most recognizable names are Nia Ostrander (Salt Road) and Tom Baxley (Copper Vale). The new faces are Anna Keswick (Glass Orchard, Red Dune) and Peter Dorn (Blue Meadow).",
		want: []string{
			"cast|Nia Ostrander|Harrow Lane||", "cast|Nia Ostrander|Salt Road||", "cast|Tom Baxley|Harrow Lane||", "cast|Tom Baxley|Copper Vale||",
			"cast|Anna Keswick|Harrow Lane||", "cast|Anna Keswick|Glass Orchard||", "cast|Anna Keswick|Red Dune||", "cast|Peter Dorn|Harrow Lane||", "cast|Peter Dorn|Blue Meadow||",
		},
	},
	{
		name: "the biggest names at the festival are A and B: names with no bracket after \"names are\" take no credit",
		text: "Harrow Lane begins filming\n\nThe drama Harrow Lane has begun filming in Dublin. The biggest names at the festival are Nia Ostrander and Tom Baxley.",
		want: nil,
	},
	{
		name: "A (T1), B (T2), and 21 Laps will co-produce the film; C and 3 Arts Entertainment will produce: a company whose name opens with a number, last in the subject list, leaves the people their credit",
		text: "Harrow Lane gets a director\n\nThe film Harrow Lane is in the works at Fox. Nia Ostrander (Salt Road), Tom Baxley (Copper Vale), and 21 Laps will co-produce the film.\n\nCopper Dune gets a director\n\nThe film Copper Dune is in the works at Fox. Anna Keswick and 3 Arts Entertainment will produce the film.",
		want: []string{
			"crew|Nia Ostrander|Harrow Lane||producer", "crew|Nia Ostrander|Salt Road||", "crew|Tom Baxley|Harrow Lane||producer", "crew|Tom Baxley|Copper Vale||",
			"crew|Anna Keswick|Copper Dune||producer",
		},
	},
}
