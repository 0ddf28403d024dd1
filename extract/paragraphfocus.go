package extract

import "strings"

// A show named inside a paragraph, after its first sentence, is what the
// rest of that paragraph may speak of; the next paragraph goes back to the
// article's show, named in the article's first line: "Harbor: Ana Selo
// joins the cast. She plays C in Harbor. She starred in Tide in 2019. ¶
// Ben Oru plays D." gives Ben Oru to Harbor, not to Tide. A later
// paragraph whose first sentence names the show set aside takes it up
// again.

// paraSentence reads s, readying the focus where s opens a paragraph and
// keeping the focus the paragraph's first sentence leaves.
func (x *extractor) paraSentence(s *sentence) {
	if !s.first {
		x.sentence(s)
		return
	}
	x.paragraphFocus(s)
	x.sentence(s)
	x.paraFocus = x.focus
}

// paragraphFocus readies the focus for s, a paragraph's first sentence.
func (x *extractor) paragraphFocus(s *sentence) {
	if s.para == 0 || x.show == "" {
		return
	}
	if x.focus == x.show {
		if x.dropped != "" && x.dropped != x.show && strings.Contains(s.text, x.dropped) {
			x.focus = x.dropped // "Also in upcoming Tide, A plays C"
		}
		return
	}
	if x.focus == x.paraFocus || x.focus == "" || strings.Contains(s.text, x.focus) || !strings.Contains(x.sents[0].text, x.show) {
		return // the paragraph before was about the focus from its start, or this one names it again; an article whose first line does not name its show
	}
	x.focus, x.dropped = x.show, x.focus
}
