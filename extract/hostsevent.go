package extract

// A place or a body that "will play host to" an event: "Cape Town will
// play host to a major event, the Cape Town World Cinema Festival". The
// idiom says where the event is held, not who hosts a show.

import "strings"

var (
	bitHost = wordBit("host")
	bitTo   = wordBit("to")
)

// playHostTo reports whether the sentence has person play host to
// something: "X will play host to a festival", "X plays host to the
// awards", "X is set to play host to".
func (x *extractor) playHostTo(person string) bool {
	if x.s == nil || !x.sentHasWord(bitHost) || !x.sentHasWord(bitTo) {
		return false
	}
	text := x.s.text
	i := strings.Index(text, person)
	if i < 0 {
		return false
	}
	rest := text[i+len(person):]
	for _, aux := range [...]string{" will", " is set to", " is to", " has", " also", " once again", " again"} {
		rest = strings.TrimPrefix(rest, aux)
	}
	for _, v := range [...]string{" play host to ", " plays host to ", " played host to ", " playing host to "} {
		if strings.HasPrefix(rest, v) {
			return eventAhead(rest[len(v):])
		}
	}
	return false
}

// eventNouns name events a place is host to.
var eventNouns = set(`event events festival festivals ceremony ceremonies awards summit conference premiere premieres screening
	screenings gala tournament championship championships games exhibition fair market convention expo celebrations`)

// eventAhead reports whether one of the first six words of s names an
// event: "a major event, the ...", "the annual film festival".
func eventAhead(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 6 {
			break
		}
		if eventNouns[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return true
		}
	}
	return false
}
