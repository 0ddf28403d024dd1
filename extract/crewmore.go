package extract

// More crew constructions: "overseen by T showrunner X", ...

// overseerJob reads, after "overseen by" at i, a crew job noun in lower
// case that stands before a name within a few words ("overseen by Grey's
// Anatomy showrunner X") and gives its index, or 0: a studio office ("VP
// Production X") is no crew job.
func (x *extractor) overseerJob(i int) int {
	for m := i; m < len(x.toks) && m < i+9; m++ {
		w := x.tok(m)
		if w.kind == tPunct {
			return 0
		}
		if w.has(cJobNoun) && !w.cap && w.low != "executive" && jobNouns[w.low] != "" && x.personAt(m+1) > m+1 {
			return m
		}
	}
	return 0
}
