package extract

// scheduleBracketConstructions are TestConstructions' cases for a
// listing's heading with its slot in brackets (schedulebrackets.go).
var scheduleBracketConstructions = []construction{
	{
		name: `"SALT ROAD (Sundays from 10:00-11:00 p.m. on VTN)" over "C (A) and D (B)": the slot is no title, and the heading is the entry's show`,
		text: "VTN unveils its new fall series\n\nVTN Studios announced nine new shows. New dramas Salt Road and Blue Gate were picked up. The Lantern, a one-hour drama for KBX, is currently going into production.\n\nSALT ROAD (Sundays from 10:00-11:00 p.m. on VTN)\n\nA chance meeting between photographer Mara Hale (Nia Ostrander) and attorney Jon Kade (Peter Dorn) leads to an attraction.",
		want: []string{"cast|Nia Ostrander|SALT ROAD|Mara Hale|", "cast|Peter Dorn|SALT ROAD|Jon Kade|"},
	},
	{
		name: `"T (Tuesdays at 9 p.m. on VTN)": a slot with a clock time`,
		text: "VTN unveils its new fall series\n\nVTN Studios announced nine new shows. The Lantern, a one-hour drama for KBX, is currently going into production.\n\nBlue Gate (Tuesdays at 9 p.m. on VTN)\n\nA chance meeting between photographer Mara Hale (Nia Ostrander) and attorney Jon Kade (Peter Dorn) leads to an attraction.",
		want: []string{"cast|Nia Ostrander|Blue Gate|Mara Hale|", "cast|Peter Dorn|Blue Gate|Jon Kade|"},
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, scheduleBracketConstructions...)
}
