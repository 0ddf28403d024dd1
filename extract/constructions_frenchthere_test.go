package extract

import "testing"

// frenchThereConstructions are the cases for French "y" ("there") before
// a casting verb (languagecareer.go).
var frenchThereConstructions = []construction{
	{
		name: `French "A y reprend son rôle de C", "B y campe un policier", "D y prête sa voix à E": "y" is no "and"`,
		text: "« Copper Tides » revient sur TF1\n\nLa série « Copper Tides » revient en mai. Ana Selo y reprend son rôle de Clara. Bram Vunk y campe un policier. Cleo Marr y prête sa voix à Nina.",
		want: []string{"cast|Ana Selo|Copper Tides|Clara|", "cast|Bram Vunk|Copper Tides||", "cast|Cleo Marr|Copper Tides|Nina|"},
	},
	{
		name: `Spanish "A y B protagonizan T": "y" stays "and"`,
		text: "Mar de fondo llega en mayo\n\nAna Selo y Bram Vunk protagonizan la serie Mar de fondo.",
		want: []string{"cast|Ana Selo|Mar de fondo||", "cast|Bram Vunk|Mar de fondo||"},
	},
}

func TestFrenchThereConstructions(t *testing.T) {
	for _, tt := range frenchThereConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
