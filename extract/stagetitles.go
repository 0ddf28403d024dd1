// Stage works: a title the article calls a play, a musical or a Broadway or
// stage production ("the original 1948 Broadway production of “Mister
// Roberts,” starring X", "the musical Hamilton") is no series or film, and
// its credits are no facts.

package extract

import (
	"bytes"
	"strings"
)

// stageCues end the words that call the title after them a stage work.
var stageCues = []string{"broadway production of", "stage production of", "west end production of", "stage version of",
	"the play", "the musical", "stage play", "broadway musical", "broadway play", "broadway revival of"}

// stageCueEnds are the last words of stageCues, each with the cues that
// end with it and the words before it (their prefix, "" for none):
// stageCuesIn searches a sentence for each end once, not for each cue, and
// reads the prefixes before it. No end and no cue can overlap itself, so
// that every place of a cue is found at a place of its end.
var stageCueEnds = func() (ends []stageCueEnd) {
	for _, end := range []string{"production of", "version of", "revival of", "play", "musical"} {
		e := stageCueEnd{end: []byte(end)}
		for _, c := range stageCues {
			if strings.HasSuffix(c, end) {
				e.cues = append(e.cues, c)
			}
		}
		ends = append(ends, e)
	}
	return ends
}()

// stageCueEnd is one of stageCueEnds.
type stageCueEnd struct {
	end  []byte
	cues []string // the stageCues ending with end
}

// stageCueWords are the words of which stageCues each have one: a sentence
// whose word bits hold none of them names no stage work.
var stageCueWords = wordMask("production", "version", "revival", "play", "musical")

// stageCue is where one of stageCues ends in a sentence's text, and where
// it starts.
type stageCue struct {
	text       string
	start, end int
}

// stageCuesIn finds every stageCue, in any case, in the sentences whose
// words may end one, once per article: stageTitle then looks only there,
// not through the whole text for each title.
func (x *extractor) stageCuesIn() []stageCue {
	var out []stageCue
	var buf [512]byte // most sentences fit: low takes no allocation
	low := buf[:0]
	last := "" // the text read last: the clauses of a sentence share it
	for i := range x.sents {
		s := &x.sents[i]
		text := s.text
		if s.whole != "" {
			text = s.whole
		}
		if text == last || !shareWord(&stageCueWords.wordBits, &s.words) {
			continue
		}
		last = text
		low = append(low[:0], text...) // ASCII lower case keeps every offset
		for k, c := range low {
			if 'A' <= c && c <= 'Z' {
				low[k] = c + 'a' - 'A'
			}
		}
		for _, e := range stageCueEnds {
			for k := 0; ; {
				j := bytes.Index(low[k:], e.end) // the text is not copied into a string
				if j < 0 {
					break
				}
				at, end := k+j, k+j+len(e.end)
				for _, c := range e.cues {
					if st := end - len(c); st >= 0 && string(low[st:at]) == c[:len(c)-len(e.end)] {
						out = append(out, stageCue{text, st, end})
					}
				}
				k = end
			}
		}
	}
	return out
}

// stageTitle reports whether the text calls title a stage work where it
// names it: one of cues (stageCuesIn), then spaces or quotes, or spaces,
// "the" and spaces or quotes, then the title, the cue within 40 bytes
// before it.
func stageTitle(title string, cues []stageCue) bool {
	for _, c := range cues {
		text := c.text
		at := func(start, i int) bool { return i-start <= 40 && strings.HasPrefix(text[i:], title) }
		if at(c.start, skipSpaceQuotes(text, c.end)) {
			return true
		}
		i := c.end
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if (strings.HasPrefix(text[i:], "the") || strings.HasPrefix(text[i:], "The")) && at(c.start, skipSpaceQuotes(text, i+3)) {
			return true
		}
	}
	return false
}

// skipSpaceQuotes returns where the spaces and opening quotes from text[i]
// end.
func skipSpaceQuotes(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == ' ' || text[i] == '"' || text[i] == '\'':
			i++
		case strings.HasPrefix(text[i:], "“") || strings.HasPrefix(text[i:], "‘"):
			i += len("“")
		default:
			return i
		}
	}
	return i
}

// shareWord reports whether a and b have a word bit in common.
func shareWord(a, b *wordBits) bool {
	for i := range a {
		if a[i]&b[i] != 0 {
			return true
		}
	}
	return false
}
