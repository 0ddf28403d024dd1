package extract

// hyphenGivenConstructions are TestConstructions' cases for two given
// names joined by a hyphen that start a person's name (namewords.go
// hyphenGivens).
var hyphenGivenConstructions = []construction{
	{
		name: `"C (Lise-Anne X) is new to the fold": a bracket's name opened by two given names joined by a hyphen is the character's actor, no show`,
		text: "Salt Road returns for a second season\n\nThe second season of Salt Road returns this autumn. Mara (Lise-Anne Tovel) is new to the fold as the lead detective in charge at the bureau.",
		want: []string{"cast|Lise-Anne Tovel|Salt Road|Mara|"},
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, hyphenGivenConstructions...)
}
