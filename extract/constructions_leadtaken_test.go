package extract

// leadTakenConstructions are TestConstructions' cases for a lead part
// taken or held in a work in German and Dutch ("hat eine Hauptrolle in
// der neuen ARD-Serie «T» übernommen", "heeft een hoofdrol in de serie T").
var leadTakenConstructions = []construction{
	{
		name: "A («T1») hat eine Hauptrolle in der neuen ARD-Vorabendserie «T» übernommen: cast in T and in T1",
		text: "Neue Serie mit Ana Selo\n\nDie Schauspielerin Ana Selo («Low Tide») hat eine Hauptrolle in der neuen ARD-Vorabendserie «Harbor Nord» übernommen.",
		want: []string{"cast|Ana Selo|Harbor Nord||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: "A übernimmt eine Hauptrolle in der neuen Serie «T»: cast in T",
		text: "Neue Serie mit Ana Selo\n\nAna Selo übernimmt eine Hauptrolle in der neuen Serie «Harbor Nord».",
		want: []string{"cast|Ana Selo|Harbor Nord||"},
	},
	{
		name: "A heeft een hoofdrol in de nieuwe serie T: cast in T",
		text: "Nieuwe serie met Ana Selo\n\nAna Selo heeft een hoofdrol in de nieuwe serie Harbor Nord.",
		want: []string{"cast|Ana Selo|Harbor Nord||"},
	},
}
