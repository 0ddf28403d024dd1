package extract

import "strings"

// Quoted names in an article's opening that are no show of its own: a
// character's ("Kim's character, 'Nobleman'"), a thing's in the story ("the
// delivery service 'The Green Jersey'"), or a work inside the story ("its
// two in-story anime films, "T""). The article's show is not guessed from
// them.

// thingNouns name what a quoted name may be other than a show: a person in
// the story, a business, a place, a song. "the delivery service ‘T’", "his
// character, ‘C’", "a boxer named ‘M’".
var thingNouns = set(`character characters role roles persona alter ego alias nickname codename
	service company firm business brand app startup band gang club restaurant bar cafe café shop store
	hotel ship boat village town island school academy agency organisation organization cult
	song single album track anthem theme tune slogan catchphrase`)

// fictionWords say that the works a sentence names after them exist only in
// the story: "its two in-story anime films", "the fictional series".
var fictionWords = set(`in-story in-universe fictional fictitious imaginary make-believe film-within-a-film show-within-a-show`)

// quotedThing reports whether the quoted name opening at k is no show of the
// article's: after a noun of a thing or a character ("the delivery service
// ‘T’", "his character, ‘C’"), after "named" or "called" that follow no
// kind of show ("a boxer named ‘M’"), or in a clause that says the works it
// names are inside the story ("its two in-story anime films, “A” and “B”").
func (x *extractor) quotedThing(k int) bool {
	p := k - 1
	if x.tok(p).text == "," {
		p--
	}
	if w := x.tok(p); thingNounsIDs.has(w.id) && !w.cap {
		return true
	}
	if w := x.tok(p); (w.low == "named" || w.low == "called" || w.low == "nicknamed") && !w.cap && !x.tok(p-1).has(cGenreNouns) {
		return true
	}
	if w := x.tok(p); w.low == "as" && !w.cap && x.personBefore(p) < p {
		return true // "the casting of X as ‘C’": a character
	}
	for m := k - 1; m >= 0 && m >= k-30; m-- {
		w := x.tok(m)
		if w.text == "." || w.text == ";" || w.text == ":" {
			break
		}
		if fictionWordsIDs.has(w.id) {
			return true
		}
	}
	return false
}

// roleAt reports whether the capitalized name at k is a character's: after
// a verb of playing or "as" ("who played Kestrel", "famous as Kestrel"), or
// in a bracket after a person's name ("Ivo Sandal (Kestrel)").
func (x *extractor) roleAt(k int) bool {
	p := x.tok(k - 1)
	return k > 0 && (p.has(cPlayVerbs) && !p.cap || p.low == "as" && !p.cap) || x.roleAfterName(k)
}

// colonFull returns the title that text writes as title, a colon and
// capitalized words ("Narcos: Mexico") at least twice and at least half the
// times it writes title, or "": the show is the one with its subtitle.
func colonFull(text, title string) string {
	if title == "" {
		return ""
	}
	i := strings.Index(text, title+": ")
	if i < 0 {
		return ""
	}
	rest := text[i+len(title)+2:]
	end := 0
	for w := 0; w < 4 && end < len(rest) && rest[end] >= 'A' && rest[end] <= 'Z'; w++ {
		j := strings.IndexAny(rest[end:], " ,.;:!?\n")
		if j < 0 {
			end = len(rest)
			break
		}
		end += j
		if rest[end] != ' ' || end+1 >= len(rest) || rest[end+1] < 'A' || rest[end+1] > 'Z' {
			break
		}
		end++
	}
	full := strings.TrimSpace(title + ": " + rest[:end])
	if end == 0 || strings.Count(text, full) < 2 || strings.Count(text, full)*2 < wordCount(text, title) {
		return ""
	}
	return full
}
