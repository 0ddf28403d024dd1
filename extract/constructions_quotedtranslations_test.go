package extract

// quotedTranslationConstructions are TestConstructions' cases for a title
// and its translation in brackets inside one pair of quotes
// (quotedtranslations.go).
var quotedTranslationConstructions = []construction{
	{
		name: `"It’s ‘T (Translation)’.": the quoted title's bracket translates it, no person in a show`,
		text: "Lakorn of the year\n\nThe lakorn of the year is clear. It’s ‘Sang Rawi (Red Hills)’.",
		want: nil,
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, quotedTranslationConstructions...)
}
