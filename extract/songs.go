package extract

// This file reads the singers of a show's songs, who are no cast: "X will
// return to perform the opening theme song", "Y will return for the first
// ending theme", "Z returns to sing the theme tune".

// songVerbs sing or play a song.
var songVerbs = set(`perform sing record sings performs records`)

// songNouns name a show's song.
var songNouns = set(`song songs theme themes tune anthem soundtrack`)

// songAfter reports whether the words from k, after a casting verb such as
// "return", say that the person sings the show's song: "to perform the
// original opening theme song", "for the first ending theme".
func (x *extractor) songAfter(k int) bool {
	w := x.tok(k)
	if w.low == "to" && songVerbsIDs.has(x.tok(k+1).id) {
		k += 2
	} else if w.low != "for" {
		return false
	} else {
		k++
	}
	for m := k; m < len(x.toks) && m < k+6; m++ {
		t := &x.toks[m]
		if t.kind != tWord || t.cap {
			return false
		}
		if songNounsIDs.has(t.id) {
			return true
		}
	}
	return false
}
