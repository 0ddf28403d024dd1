package extract

// honoured reports whether the sentence gives a person an honour for a
// career, not a credit: "Italian director X received an honorary Palme
// d'Or", "director Y was given a lifetime achievement award". A job noun
// before a name in such a sentence credits no show.
func (x *extractor) honoured() bool {
	for i := range x.toks {
		switch x.toks[i].low {
		case "honorary", "honourary":
			return true
		case "lifetime":
			if x.tok(i+1).low == "achievement" {
				return true
			}
		case "named":
			if x.tok(i+1).low == "best" {
				return true // "X was named best director for T": T's, read by awardRule
			}
		}
	}
	return false
}
