package extract

// A title's character in a bracket: "Mariko Tenjin (Star Idol's Hina
// Kasuga) as Rena Obi": after the possessive, two or three capitalized
// words of which none is a word titles are made of are a character's name,
// not the rest of a title like "JoJo's Bizarre Adventure" or "DaVinci's
// Demons".

// charAfterPoss reports whether the words from i to j, after a bracket's
// possessive, are two or three capitalized words none of which titles
// hold (titlewords.txt).
func (x *extractor) charAfterPoss(i, j int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for q := i; q < j; q++ {
		if w := &x.toks[q]; w.kind != tWord || !w.cap || titleWords[w.low] {
			return false
		}
	}
	return true
}
