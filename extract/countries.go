package extract

// Brackets that hold no title: countries and markets, stock tickers,
// photo credits, places, abbreviations spelt out either way.

import "strings"

// countryNames name countries and the regions sales are made to: a
// bracket after a name that holds one is its market or home, no title
// ("sales to AXN (Spain), Mega Channel (Greece, Cyprus) and Lumière
// (Benelux)").
var countryNames = set(`uk us usa u.k. u.s. u.k u.s britain england scotland wales ireland france spain portugal italy germany
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
	l := lowerInto(buf[:0], s)
	return countryBits.mayHoldBytes(l) && (countryNames[string(l)] || countryPairs[string(l)])
}

// nameFlag is the answer of ask about s, kept in the name cache under
// bit (hasCountry, hasPlace, hasPhoto): a credit's show and a bracket's
// owner are asked again and again, in both readings.
func (x *extractor) nameFlag(s string, bit uint16, ask func(string) bool) bool {
	n := x.memo.lookup(s)
	if n.has&bit == 0 {
		if ask(s) {
			n.is |= bit
		}
		n.has |= bit
	}
	return n.is&bit != 0
}

// countryName is the package's countryName of s, kept in the name cache.
func (x *extractor) countryName(s string) bool { return x.nameFlag(s, hasCountry, countryName) }

// placeName is the package's placeName of s, kept in the name cache.
func (x *extractor) placeName(s string) bool { return x.nameFlag(s, hasPlace, placeName) }

// photoCredit is the package's photoCredit of s, kept in the name cache.
func (x *extractor) photoCredit(s string) bool { return x.nameFlag(s, hasPhoto, photoCredit) }

// countryBits are the word bits of countryNames and countryPairs
// (mayHoldBytes).
var countryBits = unionMask(setMask(countryNames), setMask(countryPairs))

// countryPairs are the countries of two words: "Daisy (South Korea)",
// "(New Zealand)".
var countryPairs = map[string]bool{
	"south korea": true, "north korea": true, "south africa": true, "new zealand": true, "hong kong": true,
	"united states": true, "united kingdom": true, "saudi arabia": true, "sri lanka": true, "costa rica": true,
	"puerto rico": true, "czech republic": true, "el salvador": true,
}

// businessWords say a sentence is about a company's business: a bracket of
// capitals after a name there is its stock's ticker.
var businessWords = []string{"earnings", "shares", "stock", "revenue", "quarter", "investors", "profit"}

// tickerBracket reports whether the bracket from k to c holds a stock's
// ticker after a company's name from ps: "Paramount Global (PARA) reported
// third quarter earnings", "Netflix (NFLX)".
func (x *extractor) tickerBracket(ps, k, c int) bool {
	w := x.tok(k + 1).text
	if c != k+2 || len(w) < 2 || len(w) > 5 || !isUpperCase(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	if n := x.span(ps, k); x.isNetwork(n) || isCompany(n) {
		return true
	}
	if x.s == nil {
		return false
	}
	for _, b := range businessWords {
		if strings.Contains(x.s.text, b) {
			return true
		}
	}
	return false
}

// photoCredits end the name of a picture agency: "(Getty Images)",
// "(Anadolu Agency)", "(AFP)".
var photoCredits = set(`images agency press photo photos afp reuters ap`)

// photoCredit reports whether s names a picture agency or news agency, the
// source of a photo, no title.
func photoCredit(s string) bool {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	var buf [32]byte
	if len(s) > len(buf) {
		return false
	}
	l := lowerInto(buf[:0], s)
	return photoCreditBits.mayHoldBytes(l) && photoCredits[string(l)]
}

// photoCreditBits are photoCredits' word bits (mayHoldBytes).
var photoCreditBits = setMask(photoCredits)

// placeName reports whether s names a city or a country: "New York City",
// "Spain".
func placeName(s string) bool {
	if strings.HasSuffix(s, " City") {
		return true
	}
	var buf [32]byte
	if len(s) > len(buf) {
		return false
	}
	l := string(lowerInto(buf[:0], s))
	return placeNameWords.mayHoldWord(l) && (placeWords[l] || countryNames[l])
}

// placeNameWords are the bits of placeWords and countryNames (mayHoldWord).
var placeNameWords = unionMask(setMask(placeWords), setMask(countryNames))

// spelledOut reports whether the one word from ps to j, in capitals, is
// the abbreviation the bracket from k to c spells out: "CND (Campaign for
// Nuclear Disarmament)".
func (x *extractor) spelledOut(ps, j, k, c int) bool {
	w := x.tok(ps).text
	if j-ps != 1 || len(w) < 2 || !isUpperCase(w) || c-k < 3 {
		return false
	}
	n := 0
	for m := k + 1; m < c; m++ {
		t := x.tok(m)
		if !t.cap {
			continue // "for", "of"
		}
		if n >= len(w) || t.text[0] != w[n] {
			return false
		}
		n++
	}
	return n == len(w)
}

// abbreviates reports whether the bracket from k to c holds, in capitals,
// the first letters of the capitalized words before it, past "of" and
// "and": "the Ministry of Information and Broadcasting (MIB)".
func (x *extractor) abbreviates(k, c int) bool {
	w := x.tok(k + 1).text
	if c != k+2 || len(w) < 2 || len(w) > 6 || !isUpperCase(w) {
		return false
	}
	n := len(w)
	for m := k - 1; m >= 0 && m > k-12 && n > 0; m-- {
		t := x.tok(m)
		switch {
		case t.cap && t.kind == tWord:
			n--
			if t.text[0] != w[n] {
				return false
			}
		case t.low == "of" || t.low == "and" || t.low == "for" || t.low == "the" || t.low == "&":
		default:
			return false
		}
	}
	return n == 0
}

// placeAt reports whether the name at i follows a preposition of place:
// "in the United Kingdom", "from Ohio".
func (x *extractor) placeAt(i int) bool {
	switch x.tok(i - 1).low {
	case "at":
		return !lookNounsIDs.has(x.tok(i - 2).id) // not "the first look at X as C"
	case "in", "from", "into", "across", "throughout", "during", "near", "outside":
		return true
	}
	return false
}

// placeOpener reports whether the name at i is the place of a sentence's
// opening phrase: "Born in Maracaibo, X began", "In Lagos, X".
func (x *extractor) placeOpener(i int) bool {
	if !x.placeAt(i) {
		return false
	}
	switch x.tok(i - 2).low {
	case "born", "raised", "based":
		return i == 2
	}
	return i == 1
}

// placeListNouns name places, before "of" and a list of them: "in the
// provinces of Sienna (Montalbo) and Arezzino".
var placeListNouns = set(`province provinces region regions city cities town towns municipality municipalities
	village villages county counties district districts island islands state states`)

// placeListItem reports whether the one word from ps to j, which a bracket
// follows, is an item of a list of places: "filming continued in Ulmo,
// Venzola, Codrino (Villa Marsin) and Gorizzo", "in the provinces of Sienna
// (Montalbo)": a place, and the bracket another place, no name nor show.
// The list reads back over one-to-three-word capitalized items to a
// lower-case "in" after a lower-case word (a verb, not "starred in") or to
// "of" after a place's noun.
func (x *extractor) placeListItem(ps, j int) bool {
	if j-ps != 1 || x.tok(ps).kind != tWord || x.knownPerson(x.span(ps, j)) != "" {
		return false
	}
	if o := x.tok(ps - 1); o.low == "of" && !o.cap {
		return placeListNounsIDs.has(x.tok(ps - 2).id) // "the provinces of Sienna (X)": a place, whatever names start so
	}
	if x.startsName(ps) {
		return false
	}
	m := ps - 1
	for n := 0; n < 8; n++ {
		w := x.tok(m)
		switch {
		case w.low == "in" && !w.cap:
			p := x.tok(m - 1)
			return n > 0 && p.kind == tWord && !p.cap && !p.has(cCastVerbs) && !filmographyNounsIDs.has(p.id)
		case w.text == "," || w.low == "and" && !w.cap:
			m--
			for q := 0; q < 3 && x.tok(m).cap && x.tok(m).kind == tWord; q++ {
				m--
			}
			if x.tok(m+1).cap && x.tok(m+1).kind == tWord {
				continue
			}
			return false
		default:
			return false
		}
	}
	return false
}
