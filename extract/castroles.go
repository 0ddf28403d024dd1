package extract

import "strings"

// Cast and role constructions of entertainment news read here:
//
//   - a lead named by the part: "X would be the male lead for T", "Y will
//     be the female lead" (the sentence's show; not "the lead singer");
//   - a double role: "X will play the dual roles of A and B", "X plays a
//     double role as A and B", "playing two characters as A and B" (one
//     performer, each character);
//   - an obituary's "Another notable role came in T, in which he played
//     Alzheimer's disease sufferer C" opening a paragraph (the article's
//     lead person; followups.go);
//   - "he" or "she" with nobody named before in the paragraph: the article's
//     lead person, whose gender the lead's noun ("Actress X") or else the
//     article's pronouns give (an obituary's "he starred alongside Y in T");

// leadPartAt reports whether "the male lead", "the female lead", "the second
// lead" or "the heroine" stands at i, ending the clause or before "for",
// "in" or "of" (not "the lead singer").
func (x *extractor) leadPartAt(i int) bool {
	if x.tok(i).low != "the" {
		return false
	}
	m := i + 1
	switch x.tok(m).low {
	case "male", "female", "main", "second", "new":
		m++
	}
	p := x.tok(m)
	if p.cap || !leadWords[p.low] || p.low == "villain" || p.low == "antagonist" {
		return false
	}
	n := x.tok(m + 1)
	return n.kind == tPunct || m+1 >= len(x.toks) || n.low == "for" || n.low == "in" || n.low == "of" || n.low == "role"
}

// dualRoleAt reports whether the characters a play verb or "as" at k reads
// at obj are one performer's double role: "the dual roles of A and B", "a
// double role as A and B", "two characters as A and B".
func (x *extractor) dualRoleAt(k, obj int, isAs bool) bool {
	i, j := obj, obj+1 // the number word, the part noun
	if isAs {
		i, j = k-2, k-1
	} else if l := x.tok(i).low; l == "the" || l == "a" {
		i, j = i+1, j+1
	}
	switch x.tok(i).low {
	case "dual", "double", "twin", "two":
	default:
		return false
	}
	switch x.tok(j).low {
	case "role", "roles", "characters", "parts":
		return isAs || x.tok(j+1).low == "of"
	}
	return false
}

// leadGender is the gender of the person the article's lead opens with:
// the lead's noun's ("Actress X"), else the article's pronouns', where
// nearly all are of one gender ("he", "his", "him" against "she", "her")
// and the headline names the person; else 0.
func (x *extractor) leadGender() byte {
	if x.mainGender != 0 {
		return x.mainGender
	}
	if x.pronounSex == 0 {
		x.pronounSex = '-'
		m, f := 0, 0
		about := false // the headline names the lead's person: the article is about them
		last := x.mainPerson[strings.LastIndexByte(x.mainPerson, ' ')+1:]
		for i := range x.sents {
			if x.sents[i].head {
				about = about || x.sents[i].para == 0 && last != "" && strings.Contains(x.sents[i].text, last)
				continue
			}
			for _, t := range x.sents[i].toks {
				switch t.low {
				case "he", "his", "him":
					m++
				case "she", "her", "hers":
					f++
				}
			}
		}
		switch {
		case !about:
		case m >= 2 && m >= 4*f:
			x.pronounSex = 'm'
		case f >= 2 && f >= 4*m:
			x.pronounSex = 'f'
		}
	}
	if x.pronounSex == '-' {
		return 0
	}
	return x.pronounSex
}
