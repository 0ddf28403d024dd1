package extract

// engDebutConstructions are TestConstructions' cases for a performer's
// first work named after a verb of debut or "first role".
var engDebutConstructions = []construction{
	{
		name: "X debuted in T (2019): a year's bracket makes the bare title a work",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Mira Dasan debuted in Blue Rain (2019).",
		want: []string{"cast|Mira Dasan|Blue Rain||"},
	},
	{
		name: "X debuted as an actress in the series T; Y debuted with T2 (2011)",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Ana Selo debuted as an actress in the series Red Moon. Ivo Rask debuted with Low Tide (2011).",
		want: []string{"cast|Ana Selo|Red Moon||", "cast|Ivo Rask|Low Tide||"},
	},
	{
		name: "X's first role was in T, Y's screen debut came in the film T2",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Tomas Berg's first role was in Red Moon. Ana Selo's screen debut came in the film Low Tide.",
		want: []string{"cast|Tomas Berg|Red Moon||", "cast|Ana Selo|Low Tide||"},
	},
	{
		name: "debuted in Cannes, debuted in 2012, first role was in London: a place or a year is no work",
		text: "Harbor adds cast\n\nThe new drama Harbor has added three actors. Ana Selo debuted in Cannes in 2010. Ivo Rask debuted in 2012. Lena Vik's first role was in London.",
		want: nil,
	},
}
