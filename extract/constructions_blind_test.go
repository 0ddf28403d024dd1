package extract

// blindSetConstructions are TestConstructions' cases for constructions the
// later blind sets showed (once scored and folded into the corpus).
var blindSetConstructions = []construction{
	{
		name: "former T writer A and actor B: the title stands before both",
		text: "Inside Mann is a drama.\n\nThe show marks a reunion for former Doctor Whoo writer Moffatt and actor Tennantt, while Sherlock director Paul McGuigann will helm the series.",
		want: []string{"cast|Tennantt|Doctor Whoo||", "crew|Moffatt|Doctor Whoo||writer", "crew|Paul McGuigann|Sherlock||director", "crew|Paul McGuigann|Inside Mann||director"},
	},
}
