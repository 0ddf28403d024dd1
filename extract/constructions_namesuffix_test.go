package extract

// nameSuffixConstructions are TestConstructions' cases for a name's
// suffix ("Jr.", "Sr.") before a bracket of the person's work.
var nameSuffixConstructions = []construction{
	{
		name: "A Jr. (T1) and B (T2) have gotten the greenlight: the full stop of Jr. ends no sentence before the bracket",
		text: "Fox Orders a Comedy\n\nBren Talo Jr. (Happy Stones) and Kal Veder (New Harbor) have gotten the greenlight.",
		want: []string{"cast|Bren Talo Jr.|Happy Stones||", "cast|Kal Veder|New Harbor||"},
	},
}
