package extract

import (
	"math"
)

// confidence is the confidence of a credit of person in show read now: the
// rule's, less where the article's show was guessed or the name is one no
// credit dataset starts a name with.
func (x *extractor) confidence(person, show string) float64 {
	c := x.conf
	if x.skey(show) == x.showKey && x.showGuess > 0 {
		c *= x.showGuess
	}
	first, _, multi := cutByte(person, ' ')
	n := x.memo.lookup(first) // a credit's person is asked again for each of its credits
	if n.has&hasNameStart == 0 {
		n.nameStart, n.has = isNameStart(first), n.has|hasNameStart
	}
	if !n.nameStart {
		if multi {
			c *= 0.9
		} else {
			c *= 0.7 // a single unknown word: "Playmaker", "Arjun"
		}
	}
	return math.Round(c*100) / 100
}
