package extract

// A title before a performer's noun in an appositive with an indefinite
// article: "X, a former T star,", "X, best known as a T cast member,",
// "X, an ex-housemate of the T reality TV show,", "X, a former T
// actress,". An indefinite article
// before a capitalized word and "star" names an industry or a stage as
// often as a show ("a Broadway star", "a YouTube star", "a Harvard alum"),
// so the title is taken only before the nouns of a member of a show's
// cast ("cast member", "housemate", "contestant"), or after "former", or
// where the article knows it as a show ("a Red Mile alum").

import "strings"

// memberNounMask holds the nouns of a member of a show's cast that are no
// performer nouns (cCastNouns): "cast member", "housemate", "contestant".
var memberNounMask = wordMask("member", "members", "housemate", "ex-housemate", "contestant", "ex-contestant")

// screenNouns are the performer nouns that, after "former" and a title,
// credit a screen role: not "star", "regular" or "veteran" of a band or a
// football club ("a former Chelsea star"), nor "singer", "model".
var screenNouns = set(`actor actress`)

// notShowBeforeNoun are capitalized words that name an industry, a stage or
// a platform before "star" or "actor": "a Broadway star", "a YouTube star".
var notShowBeforeNoun = set(`broadway youtube tiktok instagram theatre theater stage west end disney marvel`)

// appositiveArticle returns where the article of an appositive that starts
// at i is, past "best known as" or "known as", and whether it is "the"; -1
// where there is none.
func (x *extractor) appositiveArticle(i int) (int, bool) {
	a := i
	if x.tok(a).low == "best" && !x.tok(a).cap && x.tok(a+1).low == "known" {
		a++
	}
	if x.tok(a).low == "known" && !x.tok(a).cap && x.tok(a+1).low == "as" {
		a += 2 // "X, best known as a T cast member,"
	}
	switch w := x.tok(a); {
	case w.cap:
		return -1, false
	case w.low == "the":
		return a, true
	case w.low == "a" || w.low == "an":
		return a, false
	}
	return -1, false
}

// memberTitle reads, past the indefinite article at a, "a [former] T
// star", "a T cast member", "an ex-housemate of the T reality TV show",
// "a contestant on the T show" and returns T, or "".
func (x *extractor) memberTitle(a int) string {
	m := a + 1
	former := false
	if l := x.tok(m).low; !x.tok(m).cap && (l == "former" || l == "ex" || l == "onetime" || l == "one-time") {
		m, former = m+1, true
	}
	if l := x.tok(m).low; !x.tok(m).cap && (l == "housemate" || l == "ex-housemate" || l == "contestant" || l == "ex-contestant" ||
		l == "cast" && (x.tok(m+1).low == "member" || x.tok(m+1).low == "members")) {
		// "an ex-housemate of the T reality TV show", "a cast member of the T series"
		if l == "cast" {
			m++
		}
		if p := x.tok(m + 1).low; p != "of" && p != "on" && p != "in" || x.tok(m+2).low != "the" {
			return ""
		}
		s := m + 3
		e := x.titleAt(s, false)
		if e <= s || !x.showNounAt(e) {
			return ""
		}
		return x.memberTitleText(s, e)
	}
	e := x.titleAt(m, false)
	if e <= m {
		return ""
	}
	n := x.tok(e)
	end := e + 1
	switch {
	case n.cap:
		return ""
	case n.low == "cast" && (x.tok(e+1).low == "member" || x.tok(e+1).low == "members"):
		end = e + 2 // "a T cast member"
	case n.low == "housemate" || n.low == "contestant":
	case screenNounsIDs.has(n.id) && former:
		// "a former T actress": not "a Harvard alum", "an Army veteran"
	case (screenNounsIDs.has(n.id) || n.low == "star" || n.low == "alum" || n.low == "alumna" || n.low == "alumnus") && x.isShow(x.span(m, e)):
		// "a Red Mile alum", "a Red Mile star": a show the article knows
	default:
		return ""
	}
	if !x.boundary(end) {
		return ""
	}
	return x.memberTitleText(m, e)
}

// showNounAt reports whether a show's noun follows at e: "show", "series",
// "reality TV show", "sitcom".
func (x *extractor) showNounAt(e int) bool {
	if x.tok(e).low == "reality" && !x.tok(e).cap {
		e++
	}
	if l := x.tok(e).low; l == "tv" || l == "television" {
		e++
	}
	w := x.tok(e)
	return !w.cap && (w.low == "show" || w.has(cGenreNouns))
}

// memberTitleText is the title from i to e, unless it names a network, an
// industry, a place or a person (but a show the first reading took).
func (x *extractor) memberTitleText(i, e int) string {
	ti := unquote(x.span(i, e))
	if notShowBeforeNoun[strings.ToLower(ti)] || notShowBeforeNounIDs.has(x.tok(i).id) || x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" && !x.isShow(ti) {
		return ""
	}
	return ti
}

// castMemberAfter reports whether "cast member" follows at e: the words
// before it are a show's ("a T cast member"), no person's.
func (x *extractor) castMemberAfter(e int) bool {
	return x.tok(e).low == "cast" && !x.tok(e).cap && (x.tok(e+1).low == "member" || x.tok(e+1).low == "members")
}
