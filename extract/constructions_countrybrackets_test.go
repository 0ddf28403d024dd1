package extract

// countryBracketConstructions are TestConstructions' cases for a country
// in the brackets after names of a cast list (brackets.go): where the
// actor is from, no character.
var countryBracketConstructions = []construction{
	{
		name: "'The cast includes A, B (Singapore), C (Singapore), D': a country in brackets after several names of a cast list is where each is from, no character",
		text: "Harbor Lights. Thats the title of the 8 episode series that had me as a supporting actor to Bel Rono.\n\nThe series is set to be released in Singapore's Suria channel later this year. The cast includes Bel Rono, Ana Selo, Tiva Marsk (Singapore), Odo Brask (Singapore), Lido Marsk, Vella (Singapore), Rona Dale (Singapore), Ives Kern and also Vell Orrin.",
		want: []string{"cast|Bel Rono|Harbor Lights||", "cast|Ana Selo|Harbor Lights||", "cast|Tiva Marsk|Harbor Lights||", "cast|Odo Brask|Harbor Lights||", "cast|Lido Marsk|Harbor Lights||",
			"cast|Vella|Harbor Lights||", "cast|Rona Dale|Harbor Lights||", "cast|Ives Kern|Harbor Lights||"},
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, countryBracketConstructions...)
}
