package extract

// Names read as a credit's show that are a place or a prize: "one of the
// most iconic movie stars in Korea", "starred as C in the 2013 Tony award
// winning revival of T".

import "strings"

// placeOrPrizeShow reports whether show is a country's name that is not
// the article's show ("stars in Korea"), or a year and a prize's name that
// the sentence follows with "award" ("the 2013 Tony award winning
// revival").
func (x *extractor) placeOrPrizeShow(show string) bool {
	if len(show) > 3 && x.countryName(show) && !isUpperCase(show) {
		return x.fold(show) != x.fold(x.show)
	}
	if len(show) > 5 && show[0] >= '1' && show[0] <= '2' && show[4] == ' ' && x.s != nil {
		if i := strings.Index(x.s.text, show); i >= 0 {
			rest := x.s.text[i+len(show):]
			return strings.HasPrefix(rest, " award") || strings.HasPrefix(rest, " Award")
		}
	}
	return false
}
