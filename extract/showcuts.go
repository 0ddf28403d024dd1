// A title cut short: "C from Home and Away" read as a credit in "Home", the
// first words of the article's show, which the sentence names in full.

package extract

import "strings"

// showCut reports whether show is the first words of the article's show
// and the sentence names the article's show in full at that place: a title
// a rule stopped at "and", "of" or "in" ("Home" of "Home and Away").
func (x *extractor) showCut(show string) bool {
	if x.show == "" || x.s == nil || len(show) >= len(x.show) || x.show[len(show)] != ' ' || !strings.HasPrefix(x.show, show) {
		return false
	}
	i := strings.Index(x.s.text, x.show)
	return i >= 0 && strings.Count(x.s.text, show) == strings.Count(x.s.text, x.show)
}
