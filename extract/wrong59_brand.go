package extract

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A brand read as a show: "Executive producers include Hexbook’s Ana Selo
// and Ben Kor", "adapted from Cara Dunn’s Hexbook novel", where the article
// writes the same word, elsewhere, at the head of a company's name with
// words between it and the company's noun: "Hexbook Inkline Studios’ Dov
// Lee". A company named for its brand is the brand's; a show's own company
// is its title and the noun alone ("Injustice Films" beside the drama
// Injustice), and keeps its show.
//
// Only a one-word show is asked, and only where the article holds a
// capitalized company noun after it: one scan of the article per such
// show, kept for the article's other facts of it.

// brandShows drops, in place, the facts whose show is a brand by the
// article's own text.
func brandShows(facts []graph.Fact, text string) []graph.Fact {
	if len(facts) == 0 || wrong59Off {
		return facts
	}
	var asked []string // the one-word shows asked, and
	var brands []bool  // their answers
	out := facts[:0]
	for _, f := range facts {
		s := f.Show
		if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' || strings.IndexByte(s, ' ') >= 0 {
			if !nicknameShow(&f, text) { // wrong59_nickname.go
				out = append(out, f)
			}
			continue
		}
		i := slices.Index(asked, s)
		if i < 0 {
			asked, brands = append(asked, s), append(brands, brandInText(s, text))
			i = len(asked) - 1
		}
		if !brands[i] {
			out = append(out, f)
		}
	}
	return out
}

// brandInText reports whether text writes show, one word, as the head of a
// company's name: show, one to three capitalized words that name no
// network, and a company's noun (brandEnds) capitalized.
func brandInText(show, text string) bool {
	if len(show) < 3 || strings.IndexByte(show, ' ') >= 0 || show[0] < 'A' || show[0] > 'Z' {
		return false
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], show)
		if j < 0 {
			return false
		}
		at := i + j + len(show)
		i = at
		if at >= len(text) || text[at] != ' ' || i-len(show) > 0 && brandWordByte(text[i-len(show)-1]) {
			continue
		}
		words := strings.Fields(text[at:min(len(text), at+120)])
		for n, w := range words {
			if n > 3 || w == "" || w[0] < 'A' || w[0] > 'Z' {
				break
			}
			end := brandEnd(w)
			if n > 0 && end {
				return true
			}
			if end || brandNotBetween[strings.ToLower(trimPunct(w))] || isNetwork(trimPunct(w)) {
				break // "Harbor Film Festival", "Varrow Films": a place's or a show's own, no brand before more words
			}
		}
	}
	return false
}

// brandNotBetween are the words that make a company's name a festival's, a
// place's or a medium's, not a brand's, where they stand between the show's
// word and the company's noun.
var brandNotBetween = set(`film international national city festival tv television animation`)

// brandEnd reports whether w, its possessive cut, is one of brandEnds.
func brandEnd(w string) bool {
	l := strings.ToLower(trimPunct(w))
	l = strings.TrimSuffix(strings.TrimSuffix(l, "’s"), "'s")
	l = strings.TrimSuffix(strings.TrimSuffix(l, "’"), "'")
	return brandEnds[l]
}

// brandEnds are the nouns that end a company's name for certain: not a
// festival's, a channel's or a medium's ("TV", "Media", "Screen").
var brandEnds = set(`studios studio pictures productions production entertainment films ventures`)

// brandWordByte reports whether b is an ASCII letter or digit.
func brandWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
