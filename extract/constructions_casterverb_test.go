package extract

import "testing"

// casterVerbConstructions are the cases for a person's name before "cast"
// (castlikes.go: casterOpens).
var casterVerbConstructions = []construction{
	{
		name: "'Tom Ferro cast Ana Selo in his film': the one who casts, no show",
		text: "Copper Tides gets a new star\nTom Ferro cast Ana Selo in his film.",
		want: nil,
	},
	{
		name: "'Silver Harbor casts A as C', 'T has cast B': the show casts",
		text: "Copper Tides gets a new star\nSilver Harbor casts Ana Selo as the mayor. Copper Tides has cast Bram Vunk.",
		want: []string{"cast|Ana Selo|Silver Harbor||", "cast|Bram Vunk|Copper Tides||"},
	},
}

func TestCasterVerbConstructions(t *testing.T) {
	for _, tt := range casterVerbConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
