// Stage works: a title the article calls a play, a musical or a Broadway or
// stage production ("the original 1948 Broadway production of “Mister
// Roberts,” starring X", "the musical Hamilton") is no series or film, and
// its credits are no facts.

package extract

import "strings"

// stageCues end the words that call the title after them a stage work.
var stageCues = []string{"broadway production of", "stage production of", "west end production of", "stage version of",
	"the play", "the musical", "stage play", "broadway musical", "broadway play", "broadway revival of"}

// stageText reports whether the article's text may call a title a stage
// work: one of stageCues' last words is in it.
func stageText(text string) bool {
	return strings.Contains(text, "roduction of") || strings.Contains(text, "e play") || strings.Contains(text, "y play") || strings.Contains(text, "musical") ||
		strings.Contains(text, "ersion of") || strings.Contains(text, "evival of")
}

// stageTitle reports whether the article's text calls title a stage work
// where it names it: one of stageCues, then maybe quotes, then the title.
func (x *extractor) stageTitle(title string) bool {
	text := x.a.Text
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], title)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(title)
		before := strings.TrimRight(text[max(0, at-40):at], " \"“‘'")
		if strings.HasSuffix(before, "the") || strings.HasSuffix(before, "The") {
			before = strings.TrimRight(before[:len(before)-3], " ")
		}
		low := strings.ToLower(before)
		for _, c := range stageCues {
			if strings.HasSuffix(low, c) {
				return true
			}
		}
	}
	return false
}
