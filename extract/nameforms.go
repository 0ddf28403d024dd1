// Name forms a rule reads a person or a character by: a name of short
// syllables, a weekday as a given name, a nickname in quotes, a nation's
// plural before a name, "the former" and "the latter", a character who goes
// by a given name alone.

package extract

import "strings"

// syllableEnd reports whether the capitalized stop word at k ends a
// character's name of short syllables at the end of the sentence or
// before a comma: "a character named Ae Soon."
func (x *extractor) syllableEnd(k int) bool {
	t := &x.toks[k]
	if !t.cap || t.kind != tWord || len(t.low) > 4 || !t.has(cStopWords) || k < 2 {
		return false
	}
	prev := &x.toks[k-1]
	if !isName(prev) || len(prev.low) > 3 || x.toks[k-2].cap {
		return false // "Ae" after a lower-case word: the name's first syllable
	}
	return k+1 == len(x.toks) || x.toks[k+1].text == "." || x.toks[k+1].text == ","
}

// nationalPlural reports whether w names people by their nation: "the
// Aussies X and Y", "Brits".
func nationalPlural(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && describeWords[w[:len(w)-1]]
}

// weekdayGiven reports whether the weekday at i is a character's given
// name, a name word after it: "stars as Wednesday Addams". A preposition
// before it makes it a day: "on Friday Netflix announced".
func (x *extractor) weekdayGiven(i int) bool {
	t := x.tok(i)
	if !t.cap || t.kind != tWord || !weekdaysIDs.has(t.id) || x.isUsed(i) {
		return false
	}
	n := x.tok(i + 1)
	if !isName(n) || n.has(cDateWords|cNetworks) {
		return false
	}
	switch x.tok(i - 1).low {
	case "as", "plays", "play", "played", "playing", "portrays", "portray", "portrayed", "voices", "voiced", "named", "called":
		return true
	}
	return false
}

// formerLatter returns the person "the former" or "the latter" before the
// verb at k names (past auxiliaries: "the former will play"): the first or
// the last of the two an earlier sentence, one of the two before, opened
// with ("Newcomers A and B will be on hand. Per Deadline, the former will
// play C"). Else "".
func (x *extractor) formerLatter(k int) string {
	j := k - 1
	for j > 0 && (x.toks[j].has(cAuxWords) || x.toks[j].low == "also" || isQuote(x.toks[j].text)) && !x.toks[j].cap {
		j--
	}
	if j < 1 || x.toks[j-1].low != "the" || x.pair()[0] == "" || x.pairAge() > 2 {
		return ""
	}
	switch x.toks[j].low {
	case "former":
		return x.pair()[0]
	case "latter":
		return x.pair()[1]
	}
	return ""
}

// notePair keeps the two people a sentence opens with, whom "the former"
// and "the latter" of the next sentences name.
func (x *extractor) notePair() {
	x.who.pairAge++
	if len(x.who.group) == 2 {
		x.who.pair = [2]string{x.who.group[0], x.who.group[1]}
		x.who.pairAge = 0
	}
}

// nickOuter is the character's name from ps to j, with a given name and a
// quoted nickname before it: "Annie "Rebel" Bello (Sagal)", "Ser “Red”
// Tolan (X)".
func (x *extractor) nickOuter(ps, j int) string {
	if ps >= 4 && isQuote(x.toks[ps-1].text) && isCharWord(&x.toks[ps-2]) && x.toks[ps-2].cap && isQuote(x.toks[ps-3].text) && isCharWord(&x.toks[ps-4]) && x.toks[ps-4].cap &&
		x.toks[ps-1].start == x.toks[ps-2].end && x.toks[ps-3].end == x.toks[ps-2].start {
		return x.span(ps-4, j)
	}
	if j == ps+1 && ps >= 2 && x.toks[ps-1].low == "or" && isCharWord(&x.toks[ps-2]) && x.toks[ps-2].cap && x.toks[ps-2].kind == tWord && !x.tok(ps-3).cap && !x.toks[ps-2].has(cStopWords) {
		return x.span(ps-2, ps-1) // "the mother of Isabelle or Belai (X)": the name, then what she is called
	}
	return x.span(ps, j)
}

// soloCharInner reports whether the full name in the bracket part p after
// the full name ps..j is a character's: the article names its first word
// alone at least twice and the outer name's first word never, where
// characters go by given names and actors by surnames.
func (x *extractor) soloCharInner(ps, j int, p part) bool {
	if x.sshow == "" || p.j-p.i < 2 || !x.personShaped(ps, j) || !x.personShaped(p.i, p.j) {
		return false
	}
	if f := &x.toks[p.i]; f.has(cStopWords|cRomance|cTitleGlue) || x.solo(f.text) < 2 || x.solo(x.toks[ps].text) > 0 {
		return false // not "Guillem Clua (La Riera)": an article opens a title
	}
	if x.know.crewed(x.fold(x.span(ps, j))) {
		return false // the outer name is a maker's: the bracket holds a title
	}
	inner := x.span(p.i, p.j)
	return !x.isShow(inner) && x.knownPerson(inner) == "" && !x.showLike(p.i, p.j)
}

// pastNationals returns start, or the "the" before it where the item
// opens with a nation's plural: "include the Aussies X and Y".
func (x *extractor) pastNationals(start int) int {
	if x.tok(start).cap && nationalPlural(x.tok(start).low) && x.tok(start-1).low == "the" {
		return start - 1
	}
	if p := x.tok(start - 1); p.cap && start > 1 && strings.IndexByte(p.low, '-') > 0 && describesWord(p.low) && !x.tok(start-2).cap {
		return start - 1 // "it also stars Dundee-born X"
	}
	return start
}

// gluedName returns the length of the first of two names that lost the
// space between them, where a Korean family name of three letters or more
// follows a short syllable in one word and a capitalized word comes next
// ("BinPark Sung Hoon", "HoonKwak Dong Yeon"); else len(w).
func gluedName(w, rest string) int {
	if len(rest) < 2 || rest[0] != ' ' || rest[1] < 'A' || rest[1] > 'Z' {
		return len(w)
	}
	for p := 2; p+3 <= len(w) && p <= 5; p++ {
		if w[p] < 'A' || w[p] > 'Z' || w[p-1] < 'a' || w[p-1] > 'z' {
			continue
		}
		var buf [8]byte
		tail := w[p:]
		if len(tail) > len(buf) {
			return len(w)
		}
		for q := 0; q < len(tail); q++ {
			c := tail[q]
			if c >= 'A' && c <= 'Z' {
				if q > 0 {
					return len(w) // "McDonaldKim": no lower-case tail
				}
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				return len(w)
			}
			buf[q] = c
		}
		if koreanFamily[string(buf[:len(tail)])] {
			return p
		}
		return len(w)
	}
	return len(w)
}

// describedPlayedBy reports whether ", played by" before the list at start
// follows a character described, not named: "a former military
// policeman-turned-police recruit, played by X (T1, T2)".
func (x *extractor) describedPlayedBy(start int) bool {
	m := start
	for q := 0; q < 2 && x.tok(m-1).kind == tWord && !x.tok(m-1).cap && !x.tok(m-1).has(cStopWords); q++ {
		m--
	}
	d := x.tok(m - 4)
	return x.tok(m-1).low == "by" && x.tok(m-3).text == "," && d.kind == tWord && !d.cap && !d.has(cStopWords)
}

// koreanFamily are Korean family names that start names written in three
// title-case syllables ("Jung Ji In", "Moon So Ri").
var koreanFamily = set(`kim lee park choi jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn song yoo yu
	ko go moon mun yang son bae baek heo nam sim noh ha kwak sung cha joo ju woo min ryu na jin ji uhm um won chun jeon jun
	hong byun byeon chae gong gu koo bang pyo seong yeo yook tak eom ra shim yeon yi`)

// koreanSyllable reports whether the capitalized token at k, a short word
// that is also an English function word ("In", "So", "Do"), is the last
// syllable of a Korean name: "Jung Ji In", "Moon So Ri". Within a
// sentence, "In" in capitals after a family name and a syllable is no
// preposition.
func (x *extractor) koreanSyllable(k int) bool {
	if k < 1 || k >= len(x.toks) {
		return false
	}
	t := &x.toks[k]
	if !t.cap || t.kind != tWord || len(t.low) > 3 || !t.has(cStopWords) || !isName(&x.toks[k-1]) || len(x.toks[k-1].low) > 4 {
		return false
	}
	if koreanFamilyIDs.has(x.toks[k-1].id) && k+1 < len(x.toks) && (isName(&x.toks[k+1]) && len(x.toks[k+1].low) <= 5 || x.toks[k+1].text == "(") {
		return true // "Moon So Ri", "King Yi In (Jo Jung Suk)"
	}
	if k+1 < len(x.toks) && (x.toks[k+1].text == "," || x.toks[k+1].low == "and") && k >= 2 && (x.toks[k-2].text == "," || x.toks[k-2].kind == tWord && !x.toks[k-2].cap) {
		return true // "actors Yan An, Chen Yuxian": a capitalized syllable ends a name in a list
	}
	return k >= 2 && koreanFamilyIDs.has(x.toks[k-2].id) && x.toks[k-2].cap
}

// prizeNouns are no part of a person's name: "Grand Prize (Daesang): X".
var prizeNouns = set(`prize prizes award awards trophy`)

// prizeNounWords are the bits of prizeNouns (mayHold).
var prizeNounWords = setMask(prizeNouns)

// namedCharInner reports whether the one word in the bracket after a
// performer's name is a part the article calls a character elsewhere:
// "Ali Kaya (Mete) will join ... the Mete character Kaya is going to
// play", "the role of Mete". Not a title, then, but the part.
func (x *extractor) namedCharInner(ps, j int, p part) bool {
	if x.sshow == "" || p.j-p.i != 1 || !x.personShaped(ps, j) || !x.startsName(ps) {
		return false
	}
	inner := x.toks[p.i].text
	if len(inner) < 3 || !x.toks[p.i].cap || x.isShow(inner) || x.knownPerson(inner) != "" {
		return false
	}
	// " Mete character", "character Mete", "role of Mete"
	return foundWhere(x.a.Text, inner, func(before, after string) bool {
		return strings.HasSuffix(before, " ") && strings.HasPrefix(after, " character") || strings.HasSuffix(before, "character ") || strings.HasSuffix(before, "role of ")
	})
}
