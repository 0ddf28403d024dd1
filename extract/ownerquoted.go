package extract

// A series named after its owner and a comma: "la nouvelle série d’ARTE,
// « t »", "la nueva serie de N, «T»". The owner, which the name lists may
// lack, is no title; the quotation after the comma is.

// ownerThenQuoted reads, at o after a series' "of" (French "de", "d’"),
// an owner and the quoted title after its comma: "la nouvelle série
// d’ARVO, « T »", "la nueva serie de Kestra, «T»". It returns where the
// quoted title starts, or -1.
func (x *extractor) ownerThenQuoted(o int) int {
	if w := x.tok(o).text; w == "’" || w == "'" {
		o++ // the elided "d’"
	}
	if !x.tok(o).cap {
		return -1
	}
	e := o + 1
	for e < len(x.toks) && e < o+4 && x.tok(e).cap && x.tok(e).kind == tWord {
		e++
	}
	if x.tok(e).text != "," || !isQuote(x.tok(e+1).text) {
		return -1
	}
	return e + 1
}
