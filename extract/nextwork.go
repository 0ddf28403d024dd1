package extract

// A person's next work, not yet titled: "has flown to Turkey to start work
// on his next film with Sundar C". The show the text was about stays
// behind; the sentences that follow speak of the new work, which has no
// title yet, until one is named.

var bitNext = wordBit("next")

// nextWorks are the nouns of an untitled next work.
var nextWorks = set(`film movie project venture outing`)

// untitledNext reports whether the sentence goes on to an owner's next work
// with no title after it: "his next film with X", "her next project". Not
// "his next film, titled T", "her next film T", "his next film is T".
func (x *extractor) untitledNext() bool {
	if !x.sentHasWord(bitNext) {
		return false
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if t[k].low != "next" || t[k].cap {
			continue
		}
		if o := t[k-1].low; o != "his" && o != "her" && o != "their" {
			continue
		}
		n := k + 1
		if !nextWorks[t[n].low] {
			continue
		}
		switch a := x.tok(n + 1); {
		case a.low == "with" || a.low == "under" || a.low == "which" || a.low == "that" || a.low == "." && n+2 == len(t):
			return true // "his next film with Sundar C"
		}
	}
	return false
}
