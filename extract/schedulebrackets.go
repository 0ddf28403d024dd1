package extract

// A listing's bracket of when and where a show airs, after its title in a
// heading: "SALT ROAD (Sundays from 10:00-11:00 p.m. on VTN)", "T (Tuesday
// at 9 p.m. on KBX)". The bracket's part that opens with a day's name, one
// or many ("Sunday", "Sundays"), and goes on in lower case or with a time,
// is the show's slot: no title, and the title before it no person.

// scheduleAt reports whether the bracket's part at i (ending before j)
// opens with a day's name, singular or plural, followed by a word in lower
// case or a number: "Sundays from 10:00", "Tuesday at 9 p.m.".
func (x *extractor) scheduleAt(i, j int) bool {
	if i+1 >= j {
		return false
	}
	t := &x.toks[i]
	if !t.cap || t.kind != tWord || len(t.low) < 6 {
		return false
	}
	low := t.low
	if !weekdays[low] {
		if low[len(low)-1] != 's' || !weekdays[low[:len(low)-1]] {
			return false
		}
	}
	n := &x.toks[i+1]
	return n.kind == tNum || n.kind == tWord && !n.cap
}
