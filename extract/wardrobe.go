package extract

// Words around crew trades that name no show: clothes a person wore at an
// event, and their designer ("wore a custom gown by Lagos designer X"
// credits X with no show); a department before a trade ("Costume designer
// X").

// clothesWords name what someone wore to a premiere or a red carpet.
var clothesWords = set(`gown gowns dress dresses outfit outfits suit suits tuxedo jumpsuit frock couture ensemble look`)

// fashionTrades before "designer" make a trade of clothes or homes, never
// a show's crew: "fashion designer X", "jewellery designer Y".
var fashionTrades = set(`fashion jewellery jewelry interior bridal shoe handbag`)

// wornDesigner reports whether the designer noun at k makes clothes named
// in the few words before it: "a gown by designer X", "a dress by Lagos
// designer X".
func (x *extractor) wornDesigner(k int) bool {
	if l := x.tok(k).low; l != "designer" && l != "designers" {
		return false
	}
	if fashionTradesIDs.has(x.tok(k - 1).id) {
		return true // "reckless fashion designer X (Y)": a trade off any set, often a character's
	}
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if t := x.tok(m); clothesWordsIDs.has(t.id) && !t.cap {
			return true
		} else if t.kind == tPunct {
			return false
		}
	}
	return false
}

// departmentWords open a crew trade, never a title: "Costume designer X",
// "Sound designer Y", "Stunt coordinator Z".
var departmentWords = set(`costume costumes sound stunt stunts makeup make-up hair lighting set casting art visual`)
