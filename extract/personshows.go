package extract

// The last check before facts are written: a credit's show that the
// article gives as a person is no show. "Mira (played by Night Road,
// Grey Walls villainess, Tomas Brel)", "(Dir: Ana Selo. Cast: Tomas Brel,
// Ida Wren)": Tomas Brel is a person, and a credit "in Tomas Brel" read
// from a bracket after a name is a person's name taken for a title.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/castgraph/castgraph/graph"
)

// nameShapedShow reports whether a show is written as a person's name
// is: two to four words, each starting in capitals, none a number. Words
// are split at white space as strings.Fields splits them, in one pass
// over the bytes, a rune decoded only where a byte is not ASCII.
func nameShapedShow(show string) bool {
	n := 0
	inWord := false
	for i := 0; i < len(show); {
		c, size := rune(show[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(show[i:])
		}
		i += size
		switch {
		case c < utf8.RuneSelf && asciiSpace(byte(c)) || c >= utf8.RuneSelf && unicode.IsSpace(c):
			inWord = false
			continue
		case !inWord:
			inWord = true
			if n++; n > 4 || c >= 'a' && c <= 'z' {
				return false
			}
		}
		if c >= '0' && c <= '9' || c == ':' || c == '&' {
			return false
		}
	}
	return n >= 2
}

// asciiSpace reports whether c is white space of ASCII, as strings.Fields
// splits at it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// textPeople returns the folded names the text gives as people: a name
// after "played by" ("portrayed by", "voiced by", past describing words in
// lower case and performer's nouns), and the names of a credits label's
// list ("Cast: A, B", "Starring: A and B"). They are read once an article
// (the sentences are the same in both readings), when a show or a bracket's
// part shaped as a name first asks.
func (x *extractor) textPeople() map[string]bool {
	if !x.peopleRead {
		x.peopleRead = true
		x.people = x.readTextPeople()
	}
	return x.people
}

// textPeopleCues are the words readTextPeople reads at: a sentence whose
// words (sentence.words) hold none of their bits is passed over.
var textPeopleCues = wordMask("played", "portrayed", "voiced", "cast", "starring")

// readTextPeople reads textPeople's names from the sentences' tokens.
func (x *extractor) readTextPeople() map[string]bool {
	var names map[string]bool
	add := func(name string) {
		if names == nil {
			names = map[string]bool{}
		}
		names[graph.Fold(name)] = true
	}
	for si := range x.sents {
		if !shareWord(&textPeopleCues.wordBits, &x.sents[si].words) {
			continue
		}
		t := x.sents[si].toks
		for i := 0; i+1 < len(t); i++ {
			switch {
			case (t[i].low == "played" || t[i].low == "portrayed" || t[i].low == "voiced") && t[i+1].low == "by":
				at := i + 2
				for n := 0; n < 3 && at < len(t) && (t[at].kind == tWord && !t[at].cap && (!t[at].has(cStopWords) || t[at].low == "the") || t[at].has(cCastNouns)); n++ {
					at++ // "played by veteran actress A", "played by the excellent A"; not "played by star of T, A"
				}
				if name := nameRun(t, at); name != "" {
					add(name)
				}
			case (t[i].low == "cast" || t[i].low == "starring") && t[i].cap && t[i+1].text == ":":
				// "Cast: A, B and C"
				at := i + 2
				for at < len(t) {
					name := nameRun(t, at)
					if name == "" {
						break
					}
					add(name)
					at += strings.Count(name, " ") + 1
					if at < len(t) && (t[at].text == "," || t[at].low == "and") {
						at++
						continue
					}
					break
				}
			}
		}
	}
	return names
}

// nameRun is the name of two to four name words that starts at t[i], or
// "".
func nameRun(t []token, i int) string {
	j := i
	for j < len(t) && j-i < 5 && t[j].kind == tWord && isName(&t[j]) {
		j++
	}
	if j-i < 2 || j-i > 4 {
		return ""
	}
	return joinToks(t[i:j])
}

// personShow reports whether the credit's show is a name the article gives
// as a person, the person of a credit (keys) or a name of textPeople: not
// the article's own show, not the credit's own person, and no character
// the article names. The caller asks it only of a show shaped as a name
// (nameShapedShow), of few credits an article: the keys are read through
// for the show's fold, where a set of their persons would cost more to build.
func (x *extractor) personShow(f *graph.Fact, keys []factKey) bool {
	sk := x.fold(f.Show)
	return (keysPerson(keys, sk) || x.textPeople()[sk]) && sk != x.fold(f.Person) && x.skey(f.Show) != x.showKey && !x.know.char(sk)
}

// keysPerson reports whether one of keys is of the person whose fold is p.
func keysPerson(keys []factKey, p string) bool {
	for i := range keys {
		if keys[i].person == p {
			return true
		}
	}
	return false
}
