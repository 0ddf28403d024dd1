package extract

// The article's show written whole around a colon: a franchise's name
// before it ("Star Voyage: Deep Harbor", which the lead shortens to "Deep
// Harbor") or a subtitle after it ("Harbour Lane: The Return"), kept where
// the article writes the whole title often.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonHeadFull returns the title that the text writes as capitalized
// words, a colon and title ("Star Voyage: Deep Harbor" for "Deep Harbor")
// at least twice and at least half the times it names title, or "". The
// words before the colon are no section label ("Review: T", "Exclusive:
// T"), network or person.
func (x *extractor) colonHeadFull(title string) string {
	text := x.a.Text
	if title == "" || !strings.Contains(text, ": "+title) {
		return ""
	}
	head, heads := "", 0
	for i := range indexes(text, ": "+title) {
		if h := colonHeadBefore(text[:i]); h != "" {
			if h == head {
				heads++
			} else if heads == 0 {
				head, heads = h, 1
			}
		}
	}
	if heads < 2 || heads*2 < x.wordCount(title) {
		return ""
	}
	full := head + ": " + title
	if wordCount(text, full) < 2 {
		return "" // "Star Voyage: Deep Harbors": another word runs on
	}
	low := strings.ToLower(head)
	if x.isNetwork(head) || describes(head) || x.knownPerson(head) != "" || oneWordLabels[low] || placeWords[low] {
		return ""
	}
	label := true
	for _, w := range strings.Fields(low) {
		label = label && (labelWords[w] || oneWordLabels[w])
	}
	if label {
		return "" // "TV Review: Deep Harbor"
	}
	return full
}

// headGlue are the lower-case words a franchise's name may hold between its
// capitalized ones ("Chronicles of Vell"); "in", "on" or "for" before a
// title end it.
var headGlue = set(`of the a an and & de la le du des del di da y`)

// colonHeadBefore returns the one to four capitalized words that end text,
// glue words between them, where a sentence, a line or a bracket opens
// before them: "Star Voyage" of "showrunner of Star Voyage"; or "".
func colonHeadBefore(text string) string {
	end, start, words := len(text), len(text), 0
	for words < 5 {
		i := strings.LastIndexAny(text[:start], " \n\t(“\"‘")
		w := text[i+1 : start]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(words > 0 && headGlue[w]) || strings.ContainsAny(w, ".,;:!?") {
			break
		}
		if !headGlue[w] {
			words++
		}
		start = i + 1
		if i < 0 || text[i] != ' ' {
			break
		}
		start = i
	}
	head := strings.TrimSpace(text[start:end])
	if words == 0 || words > 4 || head == "" {
		return ""
	}
	for hasByte(head, ' ') {
		w := head[:strings.IndexByte(head, ' ')]
		if !headGlue[w] {
			break
		}
		head = head[len(w)+1:] // "of Star Voyage": the glue before the title is none of it
	}
	return head
}
