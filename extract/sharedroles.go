package extract

// sharedRole reports whether the subjects of the play verb at k, several
// people joined by "and", share the verb's one character: "A and B will
// portray C", "A and B join forces to voice C". The verb's subject is the
// whole list, which ends right before the verb or its auxiliaries.
func (x *extractor) sharedRole(k int, subjects []string) bool {
	if len(subjects) < 2 || len(subjects) > 3 || x.tok(k).low == "role" {
		return false
	}
	v := k - 1
	for v > 0 && (x.tok(v).has(cAuxWords) || x.tok(v).low == "also" || x.tok(v).low == "to" || x.tok(v).low == "forces" || x.tok(v).low == "join" || x.tok(v).low == "set") {
		v--
	}
	if x.tok(v).text == ")" {
		if o := x.openOf(v); o >= 0 && o < v {
			v = o - 1 // "and Justin Briner (My Hero Academia's Izuku) will portray"
		}
	}
	// the last subject's name ends at v; "and" stands between the names
	pe := x.personBefore(v + 1)
	return pe <= v && x.tok(pe-1).low == "and"
}

// appositiveChar reads, after a play verb's object at i that opens with a
// possessive or an article, the character an appositive names: "embodies
// her comedic other half, disgraced young comedy writer Ava", "plays his
// rival, ambitious detective Sam Hale". It returns the name's span, or
// i, i.
func (x *extractor) appositiveChar(i int) (int, int) {
	switch x.tok(i).low {
	case "her", "his", "their", "a", "an", "the":
	default:
		return i, i
	}
	if x.tok(i).cap {
		return i, i
	}
	m := i + 1
	for m < len(x.toks) && m < i+6 && x.tok(m).kind == tWord && !x.tok(m).cap {
		m++
	}
	if x.tok(m).text != "," || m == i+1 {
		return i, i
	}
	m++
	if l := x.tok(m - 2).low; l == "lead" || l == "protagonist" || l == "heroine" || l == "hero" {
		// "plays the lead, Harry Dunn", "plays the lead, a nurse named Rose"
		if a := x.tok(m).low; a == "a" || a == "an" {
			for q := m + 1; q < len(x.toks) && q < m+7 && x.tok(q).kind == tWord && !x.tok(q).cap; q++ {
				if n := x.tok(q).low; n == "named" || n == "called" {
					m = q + 1
					break
				}
			}
		}
		if e := x.charAt(m); e > m && x.boundary(e) && x.knownPerson(x.span(m, e)) == "" {
			return m, e
		}
		return i, i
	}
	d := m
	for d < len(x.toks) && d < m+5 && x.tok(d).kind == tWord && !x.tok(d).cap && !x.tok(d).has(cStopWords) {
		d++
	}
	if d == m {
		return i, i // the name must follow describing words: "her sister, Ava"
	}
	e := x.charAt(d)
	if e <= d || !x.boundary(e) || x.knownPerson(x.span(d, e)) != "" {
		return i, i
	}
	return d, e
}

// playedJob reports whether the job noun at k describes a character a
// play verb before it names: "embodies her other half, disgraced young
// comedy writer Ava", "plays a struggling writer named Lowen".
func (x *extractor) playedJob(k int) bool {
	for m := k - 1; m >= 0 && m > k-12; m-- {
		t := x.tok(m)
		if t.has(cPlayVerbs) && !t.cap {
			return true
		}
		if t.cap && m > 0 || t.kind == tPunct && t.text != "," {
			return false
		}
	}
	return false
}

// participleSubject gives the person a sentence opens with for a play verb
// in a participle clause after a comma: "X (T) joins the cast in the same
// episode, playing Bregan councillor Harken". It gives nil where the
// verb is no participle or no person opens the sentence.
func (x *extractor) participleSubject(k int) []string {
	switch x.tok(k).low {
	case "playing", "portraying", "voicing":
	default:
		return nil
	}
	if x.tok(k-1).text != "," || x.subjectEnd() <= 0 || x.subjectEnd() >= k-1 || x.subject() == "" {
		return nil
	}
	for m := x.subjectEnd(); m < k-1; m++ {
		if l := x.tok(m).low; l == "who" || l == "which" || l == "while" || l == "and" && x.personAt(m+1) > m+1 {
			return nil // another clause, or another person, between
		}
	}
	return []string{x.subject()}
}

// possRelationAt reports whether a character's possessive and a relation
// noun stand at i, a role described by whom it belongs to: "as Soo-jong's
// wife", "as Elle's best friend".
func (x *extractor) possRelationAt(i int) bool {
	e := x.charAt(i)
	if e <= i || x.tok(e).kind != tPoss {
		return false
	}
	for m := e + 1; m < len(x.toks) && m < e+4; m++ {
		t := x.tok(m)
		if t.cap || t.kind != tWord {
			return false
		}
		if relationWordsIDs.has(t.id) {
			return true
		}
	}
	return false
}

// relationWords name what a character is to another: "Heidi's boyfriend".
var relationWords = set(`wife husband son daughter mother father sister brother friend boyfriend girlfriend lover partner
	rival assistant secretary mentor grandmother grandfather aunt uncle cousin fiance fiancee fiancé fiancée
	stepmother stepfather sidekick bodyguard nemesis colleague neighbor neighbour ex-wife ex-husband`)

// appositiveCharNP reads a role described and then named after a comma,
// "that neighbour, Kwon Shi-woo", "the man after the serial killer, Bae
// Tae-jin": at i "the", "a", "that" or "this", up to seven words in lower
// case, a comma, and a name that ends the clause. It returns the name's
// span, or ok false.
func (x *extractor) appositiveCharNP(i int) (int, int, bool) {
	if l := x.tok(i).low; l != "the" && l != "a" && l != "an" && l != "that" && l != "this" || x.tok(i).cap && i > 0 {
		return 0, 0, false
	}
	for m := i + 1; m < len(x.toks) && m <= i+8; m++ {
		t := &x.toks[m]
		if t.text == "," {
			e := x.charAt(m + 1)
			if e <= m+1 || !(x.tok(e).text == "," || x.tok(e).text == "." || x.tok(e).low == "who" || e >= len(x.toks)) {
				return 0, 0, false
			}
			if x.knownPerson(x.span(m+1, e)) != "" || x.isShow(x.span(m+1, e)) || x.isNetwork(x.span(m+1, e)) {
				return 0, 0, false
			}
			return m + 1, e, true
		}
		if t.kind != tWord || t.cap || t.has(cAuxWords|cPlayVerbs|cCastVerbs) && !t.has(cStopWords) {
			return 0, 0, false // a verb: "plays the lead, says X"
		}
		switch t.low {
		case "his", "her", "their", "its", "my", "our", "your", "for", "to":
			return 0, 0, false // "as a gesture for his son, Aarav": someone else, no role
		}
	}
	return 0, 0, false
}

// inTheGenre reports whether a character at i is followed by "in the soap",
// "in the BBC One soap": a noun of the show's kind alone, which names the
// sentence's show ("X, best known as C in the BBC One soap, has died").
func (x *extractor) inTheGenre(i int) bool {
	if x.sshow == "" {
		return false
	}
	ce, named := i, false
	for ce < len(x.toks) && ce < i+8 && x.toks[ce].low != "in" && (x.toks[ce].kind == tWord || isQuote(x.toks[ce].text)) {
		named = named || x.toks[ce].cap
		ce++
	}
	if !named || x.tok(ce).low != "in" || x.tok(ce+1).low != "the" {
		return false
	}
	for m := ce + 2; m < len(x.toks) && m < ce+6; m++ {
		t := &x.toks[m]
		if t.has(cGenreNouns) && !t.cap {
			return m+1 == len(x.toks) || x.toks[m+1].kind == tPunct
		}
		if !t.cap && !t.has(cDescribe) {
			return false
		}
	}
	return false
}
