package extract

import "testing"

// frontedWorksConstructions are the cases for the works fronted by "In
// addition to", "Besides", "Apart from" and "After" (frontedworks.go).
var frontedWorksConstructions = []construction{
	{
		name: "'In addition to T1, X has starred in T2': T1 is no person (and gives no credit)",
		text: "Copper Tides renewed\nCopper Tides returns in May with Bram Vunk. In addition to Harbor Lights, Ana Selo has starred in Dry Creek.",
		want: []string{"cast|Bram Vunk|Copper Tides||", "cast|Ana Selo|Dry Creek||"},
	},
	{
		name: "'Apart from T1, X has starred in T3', 'Besides “T2”, Y has appeared in T3': no people (a quoted T2 is Y's work, read as before); 'After T4, T5 and T6, Y returns': each title the subject's",
		text: "Copper Tides renewed\nCopper Tides returns in May with Bram Vunk. Apart from Harbor Lights, Ana Selo has starred in Dry Creek. Besides “Salt Road”, Dov Kessel has appeared in Red Moon. After Iron Bay, Red Mill and Stone Key, Cleo Marr returns to television.",
		want: []string{
			"cast|Bram Vunk|Copper Tides||", "cast|Ana Selo|Dry Creek||", "cast|Dov Kessel|Red Moon||", "cast|Dov Kessel|Salt Road||",
			"cast|Cleo Marr|Iron Bay||", "cast|Cleo Marr|Red Mill||", "cast|Cleo Marr|Stone Key||",
		},
	},
	{
		name: "'In addition to A, B also joins the cast': people; 'After T wrapped, X took a break': a clause",
		text: "Copper Tides renewed\nCopper Tides returns in May with Bram Vunk. In addition to Cleo Marr, Ana Selo also joins the cast. After Harbor Lights wrapped, Dov Kessel took a break.",
		want: []string{"cast|Bram Vunk|Copper Tides||", "cast|Cleo Marr|Copper Tides||", "cast|Ana Selo|Copper Tides||"},
	},
}

func TestFrontedWorksConstructions(t *testing.T) {
	for _, tt := range frontedWorksConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
