package extract

import "strings"

// A given name before "and" and a full name of two words shares its
// surname wherever a rule credits the given name alone with a crew job: "Joel and Ethan
// Coen directed T", "Robert and Michelle King created the show" credit
// Joel Coen and Robert King (rules that read "directed by A and B C" say so
// themselves: shareSurname).

// pairedSurname returns person with the surname of the full name after
// "and" where the sentence names person, a given name alone, right before
// it; else "". Only for crew credits (a cast credit shares it only where
// the pair opens the sentence before a cast verb: castPair). Not a name in a list ("A, B and C D": B is a person of one
// name), nor a name credited under one word.
func (x *extractor) pairedSurname(person string) string { return x.pairedSurnameOf(person, false) }

// pairedSurnameOf is pairedSurname; kin says the sentence speaks of kin
// (familyWord), where the given names need not be the datasets'.
func (x *extractor) pairedSurnameOf(person string, kin bool) string {
	if person == "" || strings.IndexByte(person, ' ') >= 0 || !kin && !isNameStart(person) || hasLower(mononyms, person) {
		return ""
	}
	t := x.toks
	for k := 0; k+3 < len(t); k++ {
		if t[k].text != person || t[k+1].low != "and" || t[k+1].cap {
			continue
		}
		if k > 0 && (t[k-1].text == "," || isName(&t[k-1]) && t[k-1].cap) {
			return "" // "A, B and C D"; "Kim and Lee Min-ho": B a surname, or one name of a list
		}
		g, s := &t[k+2], &t[k+3]
		if !isName(g) || !isName(s) || !g.cap || !s.cap || s.start != g.end+1 || !kin && !isNameStart(g.text) ||
			k+4 < len(t) && isName(&t[k+4]) && t[k+4].cap {
			return ""
		}
		return person + " " + s.text
	}
	return ""
}

// crewVerbAt reports whether a crew verb stands at k, where subjectsBefore
// reads the people before it: "A and director B created T" reads past the
// job noun to A, as "A and actress B" reads past the performer's noun.
func (x *extractor) crewVerbAt(k int) bool {
	return k >= 0 && k < len(x.toks) && x.toks[k].has(cJobVerb|cWriteVerb) && !x.toks[k].cap
}

// familyNouns name kin who share a surname: "their real-life children
// Cassy and Mavy X", "brothers Joe and Anthony Y".
var familyNouns = set(`children sons daughters brothers sisters siblings twins kids couple`)

// familyNounBits are the bits of familyNouns (mayHold).
var familyNounBits = setMask(familyNouns)

// familyWord reports whether the sentence has one of familyNouns: there a
// given name before "and" and a full name takes its surname in a cast
// credit too.
func (x *extractor) familyWord() bool {
	if !x.sentHasAnyWord(familyNounBits) {
		return false // asked at each credit: most sentences have none of the words
	}
	for i := range x.toks {
		if x.toks[i].kind == tWord && !x.toks[i].cap && familyNounsIDs.has(x.toks[i].id) {
			return true
		}
	}
	return false
}

// familyPair sets *full to person with the surname of the full name after
// "and" in a sentence that speaks of kin, for a cast credit: "their
// children Cassy and Mavy X as C1 and C2"; it reports whether it did.
func (x *extractor) familyPair(person string, full *string) bool {
	if person == "" || strings.IndexByte(person, ' ') >= 0 || !x.familyWord() {
		return false
	}
	*full = x.pairedSurnameOf(person, true)
	return *full != ""
}

// pairCastVerbs, after "A and B C" opening a sentence, make the two the
// performers of a pair who share the surname: "Anna and Teodor Vask star
// in T", "Anna and Teodor Vask will play the twins".
var pairCastVerbs = set(`star stars play lead headline front co-star`)

// castPair sets *full to person with the surname of the full name after
// "and" where the sentence opens with "A and B C" and a cast verb (past
// auxiliaries): "Anna and Teodor Vask star in T" credits Anna Vask; it
// reports whether it did. The first word must be a given name the datasets
// know, and no known single name.
func (x *extractor) castPair(person string, full *string) bool {
	if person == "" || strings.IndexByte(person, ' ') >= 0 {
		return false
	}
	st := x.introEnd()
	if st+4 >= len(x.toks) || x.toks[st].text != person || x.toks[st+1].low != "and" {
		return false
	}
	v := st + 4
	for m := 0; m < 4 && (x.tok(v).has(cAuxWords) || x.tok(v).low == "set" || x.tok(v).low == "to" || x.tok(v).low == "also"); m++ {
		v++
	}
	if w := x.tok(v); w.cap || !pairCastVerbsIDs.has(w.id) {
		return false
	}
	if !isNameStart(person) || hasLower(mononyms, person) {
		return false // "Zendaya and Tom Holland star in T": one name, then a full name
	}
	*full = x.pairedSurnameOf(person, true)
	return *full != ""
}
