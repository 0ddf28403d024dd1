package extract

// A job after a fame aside: "X of T fame is the screenplay writer", "Y of
// T1 and T2 fame is editor", "Z of T fame is the action director". X is
// crew on the sentence's show in that job, and the fame titles are X's as
// crew too.

// fameJobAfter reads, at i past "fame", "is" or "was", an optional article
// and up to two lower-case words before a noun of work off screen
// ("writer", "editor", "director"). It reports whether they stand there
// and the job they name: "" where a modifier other than "screenplay",
// "script" or "dialogue" qualifies a director ("action director", "music
// director" are no director's job).
func (x *extractor) fameJobAfter(i int) (string, bool) {
	if l := x.tok(i).low; l != "is" && l != "was" {
		return "", false
	}
	m := i + 1
	if l := x.tok(m).low; l == "the" || l == "a" || l == "an" || l == "its" || l == "their" {
		m++
	}
	mod := ""
	for q := 0; q < 3; q++ {
		w := x.tok(m)
		if w.kind != tWord || w.cap {
			return "", false
		}
		if w.has(cCrewCues) {
			if job, ok := jobNounsIDs.lookup(w.id); ok || w.low == "editor" || w.low == "designer" || w.low == "composer" {
				if n := x.tok(m + 1); n.kind == tWord && !n.has(cStopWords) || n.kind == tPoss {
					return "", false // "is the director's favourite": no job noun at the end
				}
				if mod != "" && mod != "screenplay" && mod != "script" && mod != "dialogue" && mod != "dialogues" && mod != "story" {
					job = ""
				}
				return job, true
			}
		}
		if w.has(cStopWords) {
			return "", false
		}
		mod = w.low
		m++
	}
	return "", false
}

// fameTitleEnd extends a title of a fame aside that ends at e over "in"
// and one capitalized word where "fame", a comma or "and" follows: "X of
// Once Upon a Time in Mumbai fame", whose title stops before "in".
func (x *extractor) fameTitleEnd(e int) int {
	if x.tok(e).low != "in" || x.tok(e).cap || !x.tok(e+1).cap || x.tok(e+1).kind != tWord {
		return e
	}
	if n := x.tok(e + 2); n.low == "fame" || n.text == "," || n.low == "and" && x.tok(e+3).cap {
		return e + 2
	}
	return e
}
