package extract

// countryNames name countries and the regions sales are made to: a
// bracket after a name that holds one is its market or home, no title
// ("sales to AXN (Spain), Mega Channel (Greece, Cyprus) and Lumière
// (Benelux)").
var countryNames = set(`uk us usa u.k. u.s. britain england scotland wales ireland france spain portugal italy germany
	austria switzerland greece cyprus benelux belgium netherlands holland luxembourg denmark sweden norway finland
	iceland poland russia ukraine turkey hungary romania bulgaria croatia serbia czechia slovakia slovenia
	estonia latvia lithuania canada mexico brazil argentina chile colombia peru australia india china japan korea
	taiwan thailand vietnam indonesia malaysia singapore philippines nigeria kenya israel egypt scandinavia
	nordics latam mena apac emea`)

// countryName reports whether s is one country's or region's name.
func countryName(s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return false
	}
	return countryNames[string(lowerInto(buf[:0], s))]
}
