package extract

// A name the article uses for a person is no title: "She joins the ensemble
// cast of Harrow, Nell Duarte and Tomas Brel" after "Gibbs (Sam Harrow)"
// names Sam Harrow's surname, not a show; "Quinn Cox (Lia Booth)" after
// "Lia Booth will join the cast" names the actor, not a show of Quinn
// Cox's.

import (
	"strings"
	"unicode/utf8"
)

// personTitle reports whether show, the title of a credit of person, is a
// name the article uses for a person: the full name of a person it credited
// before, or one word that is the surname or the given name of a full name it
// mentions. A title that is the article's show, one it writes as a work
// (quoted, or with a work's noun: "the Roseanne cast", "the series
// Columbo"), or the name of a character it credits ("Monk" for Adrian
// Monk) stays a title.
func (x *extractor) personTitle(person, show string) bool {
	sk := x.fold(show)
	if sk == "" || sk == x.showKey || sk == x.fold(person) {
		return false
	}
	var full string
	if hasByte(show, ' ') {
		if first, _, _ := cutByte(show, ' '); strings.Count(show, " ") > 2 || !isNameStart(first) || !x.know.person(sk) || !x.creditedBefore(sk) {
			return false
		}
		full = show
	} else {
		full = x.know.surnameOf(sk)
		if full == "" || x.fold(full) == x.fold(person) {
			return false // a surname of two people, or the credit's own person's
		}
	}
	if x.know.char(x.fold(full)) || x.know.char(sk) {
		return false // a character called like the show
	}
	return !workWritten(x.a.Text, show)
}

// creditedBefore reports whether a credit read before this one, in this
// reading, has the person whose key is pk: a name the first reading alone
// took for a person ("Red Mile, Grey Lantern and Low Tide") may be a title.
func (x *extractor) creditedBefore(pk string) bool {
	x.know.askCredits()
	for i := range x.facts {
		if x.facts[i].key.person == pk {
			return true
		}
	}
	return false
}

// listedTitle is the show of a credit whose title, a person's name, opens
// a list of names ("the cast of Harrow, Nell Duarte and Tomas Brel"): the
// name is one of the cast, and the credit the sentence's show's (the
// article's, where the sentence took the name for its show). Else "": no
// credit.
func (x *extractor) listedTitle(title string) string {
	show := x.focus
	if x.fold(show) == x.fold(title) {
		show = x.show // the sentence read the name as its show
	}
	if x.s == nil || show == "" || x.fold(show) == x.fold(title) {
		return ""
	}
	text := x.s.text
	if i := strings.Index(text, title); i >= 0 {
		rest := text[i+len(title):]
		if strings.HasPrefix(rest, ", ") || strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " & ") {
			return show
		}
	}
	return ""
}

// workWritten reports whether text writes title as a work somewhere: in
// quotes, or beside a noun of a work ("the series T", "T cast", "T's
// finale").
func workWritten(text, title string) bool {
	return foundWhere(text, title, func(before, after string) bool {
		if b, a := lastRuneOf(before), firstRuneOf(after); strings.ContainsRune("\"“‘'«*_", b) && strings.ContainsRune("\"”’'»*_", a) {
			return true
		}
		low := strings.ToLower(before)
		for _, noun := range workNounsBefore {
			if strings.HasSuffix(low, noun) {
				return true
			}
		}
		after = strings.TrimPrefix(strings.TrimPrefix(after, "’s"), "'s")
		low = strings.ToLower(after)
		for _, noun := range workNounsAfter {
			if strings.HasPrefix(low, noun) && !startsLetter(low[len(noun):]) {
				return true
			}
		}
		return false
	})
}

var (
	workNounsBefore = []string{"series ", "film ", "movie ", "show ", "sitcom ", "drama ", "telenovela ", "soap ", "miniseries ", "documentary ", "season of "}
	workNounsAfter  = []string{" cast", " season", " series", " film", " movie", " finale", " premiere", " episode", " sequel", " reboot", " revival", " spin-off", " franchise", " star", " actor", " actress", " creator", " director"}
)

func startsLetter(s string) bool {
	return s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 0x80)
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
