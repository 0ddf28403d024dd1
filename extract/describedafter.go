package extract

// describedAfterA returns the index of the "a" or "an" that the
// capitalized words ending at j follow ("X, a Lark Theatre actor who plays
// C": the company's name describes the actor, it names no one), or -1
// when no such article stands up to three capitalized words back.
func (x *extractor) describedAfterA(j int) int {
	for m := j; m >= 0 && m > j-4; m-- {
		if w := &x.toks[m]; !w.cap || w.kind != tWord {
			if (w.low == "a" || w.low == "an") && m < j {
				return m
			}
			return -1
		}
	}
	return -1
}
