package extract

// The words that open a bracket's part before the title it names, "(seen
// in T)", "(recently seen in T)", "(season 3 of T)", "(the upcoming
// adaptation of T)": passed over, so that the part reads as "(in T)" does.

// upcomingWords describe a work to come before its kind: "(the upcoming
// adaptation of T)".
var upcomingWords = set(`upcoming new forthcoming recent film movie series`)

// seenWords open a bracket part before "in": "(recently seen in T)".
var seenWords = set(`recently previously last lately also seen`)

// bracketLeadIn is where the part of a bracket from i to j goes on past
// the words that open it before its title: at "in" of "seen in T" (which
// bracketParts reads as "(in T)"), at T of "season 3 of T"; i where none
// open it.
func (x *extractor) bracketLeadIn(i, j int) int {
	k := i
	if x.numberNetworkAt(k) && k+2 < j {
		return k + 2 // "(Seven's T)": the network's possessive
	}
	if x.tok(k).low == "the" && !x.tok(k).cap {
		k++
	}
	if t := x.tok(k); (t.low == "season" || t.low == "series") && x.tok(k+1).kind == tNum && x.tok(k+2).low == "of" && k+3 < j && x.titleStarts(k+3) {
		return k + 3 // "(season 3 of T)": T
	}
	if k > i {
		a := k
		for a < k+2 && a < j && upcomingWordsIDs.has(x.tok(a).id) {
			a++ // "the upcoming adaptation of T"
		}
		if w := x.tok(a); (w.low == "adaptation" || w.low == "remake" || w.low == "reboot") && !w.cap && x.tok(a+1).low == "of" && a+2 < j && x.titleStarts(a+2) {
			return a + 2 // "(T1, the upcoming adaptation of T2)": T2
		}
	}
	k = i
	for k < j && k < i+3 && !x.tok(k).cap && seenWordsIDs.has(x.tok(k).id) {
		k++
	}
	if k > i && x.tok(k-1).low == "seen" && x.tok(k).low == "in" {
		return k // "(recently seen in T)": "in T"
	}
	if at := x.worksLabelEnd(i, j); at > i {
		return at // "(last three telenovelas: T1, T2)", "(credits include T1, T2)"
	}
	return i
}
