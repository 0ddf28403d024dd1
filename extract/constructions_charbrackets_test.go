package extract

import "testing"

func TestCharBracketConstructions(t *testing.T) {
	for _, tt := range charBracketConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}

// charBracketConstructions are TestCharBracketConstructions' cases for a character's
// bracket that holds its actor and more after a comma: the actor's earlier
// title, age, network or year.
var charBracketConstructions = []construction{
	{
		name: "Detective C1 (A1, T1) and her partner C2 (A2, T2) chase a killer: each bracket's first name is the actor, the title after the comma the actor's earlier work",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Detective Ava Renn (Tomas Brel, Night Road) and her partner Jon Kade (Nell Duarte, Grey Walls) chase a killer through the harbour town.",
		want: []string{
			"cast|Tomas Brel|Kessel Bay|Detective Ava Renn|", "cast|Tomas Brel|Night Road||",
			"cast|Nell Duarte|Kessel Bay|Jon Kade|", "cast|Nell Duarte|Grey Walls||",
		},
	},
	{
		name: "Detective C1 (A1, 34) and her partner C2 (A2, 41): an age after the actor is no show",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Detective Ava Renn (Tomas Brel, 34) and her partner Jon Kade (Nell Duarte, 41) chase a killer through the harbour town.",
		want: []string{"cast|Tomas Brel|Kessel Bay|Detective Ava Renn|", "cast|Nell Duarte|Kessel Bay|Jon Kade|"},
	},
	{
		name: "C (played by A, T): the actor after \"played by\", the title after the comma the actor's",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Ava Renn (played by Tomas Brel, Night Road) chases a killer through the harbour town.",
		want: []string{"cast|Tomas Brel|Kessel Bay|Ava Renn|", "cast|Tomas Brel|Night Road||"},
	},
	{
		name: "the cast includes A (T1, T2) and B (T3, T4), a title shaped like a name first: people's titles, no characters",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. The cast includes Tomas Brel (Night Road, Grey Walls) and Nell Duarte (Jack Irish, Low Tide).",
		want: []string{
			"cast|Tomas Brel|Kessel Bay||", "cast|Tomas Brel|Night Road||", "cast|Tomas Brel|Grey Walls||",
			"cast|Nell Duarte|Kessel Bay||", "cast|Nell Duarte|Jack Irish||", "cast|Nell Duarte|Low Tide||",
		},
	},
	{
		name: "A1 (C1), A2 (C2), A3 (Sister C3) and A4 (C4) appeared: a title word that starts one bracket's name says every bracket of the list holds the character",
		text: "Kessel Bay returns\n\nThe hospital drama Kessel Bay is back on Channel 4 this spring. Alongside them appeared Jola Fraszen (Monika Zybert), Marian Opan (Tadeusz Zybert), Edyta Jung (Sister Bozena) and Olga Bonczy (Edyta Kuszyn).",
		want: []string{
			"cast|Jola Fraszen|Kessel Bay|Monika Zybert|", "cast|Marian Opan|Kessel Bay|Tadeusz Zybert|",
			"cast|Edyta Jung|Kessel Bay|Sister Bozena|", "cast|Olga Bonczy|Kessel Bay|Edyta Kuszyn|",
		},
	},
	{
		name: "the same list in Polish, \"pojawiali się: A1 (C1), ... A3 (Siostra C3) i A4 (C4)\"",
		text: "Kessel Bay wraca\n\nSerial Kessel Bay wraca wiosną. Razem z nimi w serialu w rolach lekarzy pojawiali się: Jola Fraszen (Monika Zybert), Marian Opan (Tadeusz Zybert), Edyta Jung (Siostra Bozena) i Olga Bonczy (Edyta Kuszyn).",
		want: []string{
			"cast|Jola Fraszen|Kessel Bay|Monika Zybert|", "cast|Marian Opan|Kessel Bay|Tadeusz Zybert|",
			"cast|Edyta Jung|Kessel Bay|Siostra Bozena|", "cast|Olga Bonczy|Kessel Bay|Edyta Kuszyn|",
		},
	},
	{
		name: "C1 (A1), Dr C2 (A2) and C3 (A3): a title word before one name says the names before the brackets are the characters",
		text: "Kessel Bay returns\n\nThe hospital drama Kessel Bay is back on Channel 4 this spring. The town is home to Monika Zybert (Jola Fraszen), Dr Tadeusz Zybert (Marian Opan) and Edyta Kuszyn (Olga Bonczy).",
		want: []string{
			"cast|Jola Fraszen|Kessel Bay|Monika Zybert|", "cast|Marian Opan|Kessel Bay|Dr Tadeusz Zybert|", "cast|Olga Bonczy|Kessel Bay|Edyta Kuszyn|",
		},
	},
	{
		name: "her partner C [A] and Detective C2 – A2 – chase a killer: a name in square brackets, or between spaced dashes before a verb, after a name reads as a bracket",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Her partner Jon Kade [Nell Duarte] chases a killer. Detective Ava Renn – Tomas Brel – chases him to the harbour.",
		want: []string{"cast|Nell Duarte|Kessel Bay|Jon Kade|", "cast|Tomas Brel|Kessel Bay|Detective Ava Renn|"},
	},
	{
		name: "Detective C [A, T]: square brackets with the actor's earlier title after a comma",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Detective Ava Renn [Tomas Brel, Night Road] chases a killer.",
		want: []string{"cast|Tomas Brel|Kessel Bay|Detective Ava Renn|", "cast|Tomas Brel|Night Road||"},
	},
	{
		name: "it stars A1 as C1 and A2 as C2; the cast includes A1 (C1, T1) and A2 (C2, 41): a character the article knows, then the person's earlier title or age",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. It stars Tomas Brel as Ava Renn and Nell Duarte as Jon Kade. The cast includes Tomas Brel (Ava Renn, Night Road) and Nell Duarte (Jon Kade, 41).",
		want: []string{"cast|Tomas Brel|Kessel Bay|Ava Renn|", "cast|Tomas Brel|Night Road||", "cast|Nell Duarte|Kessel Bay|Jon Kade|"},
	},
	{
		name: "C (A, 34) chases a killer, with nothing to tell which name is the person: no credit, and neither name a show",
		text: "Kessel Bay returns\n\nThe crime drama Kessel Bay is back on Channel 4 this spring. Ava Renn (Tomas Brel, 34) chases a killer through the harbour town.",
		want: []string{},
	},
}
