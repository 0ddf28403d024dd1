package extract

import "strings"

// serviceNouns follow a one-word name that is a streaming service's, a
// network's or a studio's, never a show's: "some Zelomax movies", "Zelomax
// subscribers", "Zelomax originals".
var serviceNouns = set(`movies originals subscribers subscriptions`)

// serviceNamed reports whether the headline writes the one-word name title
// before a service noun: "some Zelomax movies" makes Zelomax a service.
func (x *extractor) serviceNamed(title string) bool {
	if len(x.sents) == 0 || !x.sents[0].head || strings.IndexByte(title, ' ') >= 0 {
		return false
	}
	t := x.sents[0].toks
	for k := 0; k+1 < len(t); k++ {
		if t[k].text == title && serviceNounsIDs.has(t[k+1].id) {
			return true
		}
	}
	return false
}
