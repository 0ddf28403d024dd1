package extract

// foreignMonths are month names of other languages than English, in lower
// case (dateWords holds the English ones).
var foreignMonths = set(`janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
	gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
	januar februar märz juni juli oktober dezember
	janeiro fevereiro março maio junho julho outubro novembro dezembro`)

// datedBracket reports whether the bracket's part from i to j holds a date,
// a day's number beside a month's or a day's name: "Ana Selo (20 July
// 1925 - 23 March 2017)", a life span; "(le 22 septembre prochain sur
// Canal 9)", an air date. Such a bracket after a name holds no title.
func (x *extractor) datedBracket(i, j int) bool {
	for m := i; m < j; m++ {
		if t := x.tok(m); t.kind != tNum || len(t.text) > 2 {
			continue
		}
		for _, n := range [2]int{m - 1, m + 1} {
			if t := x.tok(n); n >= i && n < j && t.kind == tWord && (t.has(cDateWords) || foreignMonthsIDs.has(t.id)) {
				return true
			}
		}
	}
	return false
}
