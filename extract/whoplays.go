package extract

import "strings"

// whoPlaysFull reads a who's-who explainer's question heading: under "Who
// plays Lady Eleanor Harrowgate?", "X plays Lady Eleanor" names the
// character the heading does, in full. It returns the heading's name where
// char is its first words, else char.
func (x *extractor) whoPlaysFull(char string) string {
	for i := x.sentAt - 1; i >= 0 && i >= x.sentAt-3; i-- {
		s := x.sents[i].text
		rest, ok := strings.CutPrefix(s, "Who plays ")
		if !ok {
			if strings.HasSuffix(s, "?") {
				return char // another question: another section
			}
			continue
		}
		rest = strings.TrimSuffix(rest, "?")
		if in := strings.Index(rest, " in "); in > 0 {
			rest = rest[:in] // "Who plays Edward in T?"
		}
		if len(rest) > len(char) && strings.HasPrefix(rest, char) && rest[len(char)] == ' ' {
			return rest
		}
		return char
	}
	return char
}
