package extract

// A roundup's bare title heading: a short line in title case that is one
// title and nothing more ("Steel Flower", "Love, Lies"), over a paragraph
// whose sentence opens with its credits ("Starring A, B and C", "Directed
// by X, it follows ...", "A new indie drama, directed by X, opens with").
// The title is the show of that section.

import "github.com/castgraph/castgraph/graph"

// titleHeading reads heading i, past the headline, as a section's title:
// the title and its own script ("Tokyo Ghoul – 東京喰種 [Live Action
// Coverage]"), a season's news ("Wisting season 2: BBC Four confirms
// transmission date") or a bare title over its credits ("Love, Lies" over
// "Starring A, B and C."). It returns the title, or "".
func (x *extractor) titleHeading(i int) string {
	s := &x.sents[i]
	if title := x.scriptHeading(s); title != "" {
		return title
	}
	if title := x.seasonHeading(s); title != "" {
		return title
	}
	return x.bareTitleHeading(i)
}

// headlineBareTitle makes a headline that is a bare title over credits
// ("The Quiet Actor" over "Directed by X, it follows ...") the show of the
// opening section, in an article whose own show is not found otherwise.
func (x *extractor) headlineBareTitle(i int) {
	if x.show != "" {
		return
	}
	if title := x.bareTitleHeading(i); title != "" {
		x.setFocus(title)
	}
}

// bareTitleHeading reads heading i as a bare title over a paragraph that
// opens a sentence with a credit's cue and names no other title before it,
// in an article with no show of its own (a roundup). It returns the title,
// or "".
func (x *extractor) bareTitleHeading(i int) string {
	s := &x.sents[i]
	t := s.toks
	n := len(t)
	if x.show != "" {
		return "" // a review's "Performances" over "The film stars X": the article's own show is the credits'
	}
	if !s.head || n == 0 || n > 6 || !t[0].cap || t[0].kind != tWord {
		return ""
	}
	comma := false
	for k, tk := range t {
		switch {
		case tk.text == ",":
			if comma || k == 0 || k == n-1 {
				return "" // "Love, Lies", not a list of names
			}
			comma = true
		case tk.kind == tWord && tk.cap:
		case tk.kind == tWord && bareTitleGlueIDs.has(tk.id) && k > 0 && k < n-1:
		default:
			return "" // a verb, a number or a stop: a headline, not a title
		}
	}
	title := graph.CleanSpace(s.text)
	if notTitle(title) || describes(title) || explainerHeading(title) || castNounHeading(title) || x.isNetwork(title) ||
		x.knownPerson(title) != "" || !comma && x.personShaped(0, n) && x.startsName(0) {
		return ""
	}
	for j := i + 1; j < len(x.sents) && x.sents[j].para <= s.para+1; j++ {
		if x.sents[j].para == s.para+1 && (!x.sents[j].head || creditLabelLine(x.sents[j].toks)) && (creditOpening(x.sents[j].toks) || x.sents[j].first && (itStars(x.sents[j].toks) || castQuestion(x.sents[j].toks))) {
			return title
		}
	}
	return ""
}

// creditCueVerbs are the participles that open a credit with "by".
var creditCueVerbs = map[string]bool{"directed": true, "written": true, "created": true, "produced": true, "helmed": true, "co-written": true, "co-directed": true}

// itStars reports whether a paragraph opens with "It stars" or "The film
// stars": the cast of the title over it.
func itStars(t []token) bool {
	if len(t) > 2 && t[0].low == "the" && (t[1].low == "film" || t[1].low == "movie" || t[1].low == "series" || t[1].low == "drama" || t[1].low == "show") {
		t = t[1:]
	} else if len(t) < 2 || t[0].low != "it" {
		return false
	}
	return t[1].low == "stars"
}

// bareTitleGlue holds the lower-case words a title in title case keeps.
var bareTitleGlue = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "in": true, "on": true, "to": true, "for": true, "with": true, "at": true, "from": true, "or": true}

// creditOpening reports whether a sentence opens with a credit's cue,
// "Starring X", "Directed by X", "Written and directed by X", or reaches it after a description in lower
// case ("A new indie drama, directed by X"): no capital before the cue but
// the sentence's first word, so no other title is the credit's.
func creditOpening(t []token) bool {
	if creditLabelLine(t) {
		return true // "Cast: A, B", "Main roles: A and B"
	}
	for k := 0; k < len(t) && k < 10; k++ {
		tk := t[k]
		if tk.low == "starring" || creditCueVerbsIDs.has(tk.id) && k+1 < len(t) && t[k+1].low == "by" {
			return k == 0 || t[k-1].text == "," || k == 2 && t[1].low == "and" && creditCueVerbsIDs.has(t[0].id) // "Written and directed by X"
		}
		if k > 0 && (tk.cap || tk.kind != tWord && tk.text != ",") {
			return false
		}
	}
	return false
}
