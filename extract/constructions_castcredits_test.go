package extract

// castCreditConstructions are TestConstructions' cases for cast and role
// credits in shapes news of any country uses: a performer's past shows
// listed before the performer noun, dubbing and voice work, careers told
// in prose.
var castCreditConstructions = []construction{
	{
		name: "'Former A, B and C actress X': each title of a list before the performer noun is X's earlier show",
		text: "Soap news\n\nFormer Riverbend, Broken Oaths and Kwela actress Thandi Mokoena will be joining the cast of Sunrise Lane to play Lerato.",
		want: []string{"cast|Thandi Mokoena|Broken Oaths||", "cast|Thandi Mokoena|Kwela||", "cast|Thandi Mokoena|Riverbend||", "cast|Thandi Mokoena|Sunrise Lane|Lerato|"},
	},
}
