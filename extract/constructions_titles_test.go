package extract

// titleConstructions are TestConstructions' cases for titles cut by the
// marks and words inside them, and for shows named by a short form.
var titleConstructions = []construction{
	{
		name: "X (T1, A B’ C, T2): a plural possessive inside a bracketed title is no closing quote",
		text: "New drama Silver Harbor starts\n\nThe film stars Sally Gentle (Veep, Bridget Moss’ Diary, Miranda).",
		want: []string{"cast|Sally Gentle|Silver Harbor||", "cast|Sally Gentle|Veep||", "cast|Sally Gentle|Bridget Moss’ Diary||", "cast|Sally Gentle|Miranda||"},
	},
}
