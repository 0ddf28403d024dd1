package extract

// topBillVerbs say that their subject leads a cast: "X headlines T", "A and
// B topbill “T”".
var topBillVerbs = set(`topbill topbills topbilled headline headlines headlined headlining topline toplines toplined`)

// topBillBits are the bits of topBillVerbs (mayHold).
var topBillBits = setMask(topBillVerbs)

// topBillsTitle reports whether the verb at k, one of topBillVerbs, has an
// unquoted title right after it and a person right before it: "Mia Corral
// headlines Harbour Lane", not "the headlines Monday" nor "made headlines".
func (x *extractor) topBillsTitle(k int) bool {
	if k < 2 || x.tok(k).cap || !x.titleStarts(k+1) || x.tok(k+1).low == "the" || x.tok(k+1).low == "a" {
		return false
	}
	switch x.tok(k - 1).low {
	case "will", "to", "also", "now":
		return x.personBefore(k-1) < k-1 || x.personBefore(k-2) < k-2
	}
	return x.personBefore(k) < k
}
