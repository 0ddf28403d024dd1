package extract

// labelledActorConstructions are TestConstructions' cases for a
// character's bracket that opens with its actor and a label mark before
// the actor's titles (labelledactor.go).
var labelledActorConstructions = []construction{
	{
		name: `"C (A:- T1, T2)": A plays C in the article's film, and was in T1 and T2`,
		text: "Harbor review: a quiet drama\n\nHarbor is a new film from director Ana Selo.\n\nIt follows two friends, Bernard (Tomas Velk:- Coral Road, Iron Bay) and Sarah (Mira Oduya:- Stone Yard).",
		want: []string{"crew|Ana Selo|Harbor||director", "cast|Tomas Velk|Harbor|Bernard|", "cast|Tomas Velk|Coral Road||", "cast|Tomas Velk|Iron Bay||", "cast|Mira Oduya|Harbor|Sarah|", "cast|Mira Oduya|Stone Yard||"},
	},
	{
		name: `"C (A – T1)" and "C (A: T1)": the same with a dash or a colon`,
		text: "Harbor review: a quiet drama\n\nHarbor is a new film from director Ana Selo.\n\nIt follows Bernard (Tomas Velk – Coral Road) and Sarah (Mira Oduya: Stone Yard, Iron Bay).",
		want: []string{"crew|Ana Selo|Harbor||director", "cast|Tomas Velk|Harbor|Bernard|", "cast|Tomas Velk|Coral Road||", "cast|Mira Oduya|Harbor|Sarah|", "cast|Mira Oduya|Stone Yard||", "cast|Mira Oduya|Iron Bay||"},
	},
}
