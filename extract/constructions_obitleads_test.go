package extract

// obitLeadConstructions are TestConstructions' cases for an obituary's
// lead that gives whom the paragraphs' "she" and "he" name.
var obitLeadConstructions = []construction{
	{
		name: "Dame A, the British-born actress whose career ..., died; one-sentence paragraphs opening 'She': the lead's person, her gender given by the aside's noun",
		text: "Dame Ana Selo, the British-born actress whose long career included dozens of roles, died at age 88, her family said on Tuesday.\n\nShe was five days shy of her 89th birthday.\n\nShe was given an honorary prize in 2013.\n\nShe won prizes for stage work and also starred in major films such as The Quiet Orchard and Death on the Marsh.",
		want: []string{"cast|Ana Selo|The Quiet Orchard||", "cast|Ana Selo|Death on the Marsh||"},
	},
	{
		name: "Sir A, the veteran actor, has died; 'He starred in T1 and T2' two paragraphs on: the lead's person",
		text: "Sir Orrin Vell, the veteran actor, has died at 91.\n\nHe was given a lifetime prize in 2001.\n\nHe starred in films such as Marrow Lane and Ostler Point.",
		want: []string{"cast|Orrin Vell|Marrow Lane||", "cast|Orrin Vell|Ostler Point||"},
	},
}
