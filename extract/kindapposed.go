package extract

import "strings"

// A one-word title that is also the surname of someone in the article,
// named a work by the appositive after it: "Gandhi, the sweeping new series
// by X, premieres". The appositive's genre noun makes the word a title.

// kindApposed reports whether the title ending at e is followed by an
// appositive that names a kind of work: ", the new series", ", a
// sweeping international drama". Only lower-case words come between the
// article and the genre noun, none of them "of" ("X, the star of the
// series" names a person).
func (x *extractor) kindApposed(e int) bool {
	if x.tok(e).text != "," {
		return false
	}
	if a := x.tok(e + 1).low; a != "the" && a != "a" && a != "an" {
		return false
	}
	for m := e + 2; m < e+6; m++ {
		w := x.tok(m)
		if w.kind != tWord || w.cap || w.low == "of" {
			return false
		}
		if w.has(cGenreNouns) {
			return x.tok(m+1).kind != tPoss && !strings.ContainsAny(w.text, "'’") // not "X, the new series' lead"

		}
	}
	return false
}
