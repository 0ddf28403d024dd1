package extract

import "testing"

// landedLeadConstructions are the cases for "landed the lead in T"
// (landedlead.go).
var landedLeadConstructions = []construction{
	{
		name: "'X then landed the lead in T'; 'He then landed the lead in T2' after a sentence opening with Y",
		text: "Copper Tides renewed\nCopper Tides returns in May. Ana Selo then landed the lead in Harbor Lights. Bram Vunk began on stage. He then landed the lead in Dry Creek.",
		want: []string{"cast|Ana Selo|Harbor Lights||", "cast|Bram Vunk|Dry Creek||"},
	},
	{
		name: "'X will lead in T': a verb, no lead noun after a landing verb",
		text: "Copper Tides renewed\nCopper Tides returns in May. Ana Selo will lead in Harbor Lights.",
		want: nil,
	},
}

func TestLandedLeadConstructions(t *testing.T) {
	for _, tt := range landedLeadConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
