package extract

// Whom a pronoun opening a sentence names where no sentence of its
// paragraph opened with a person: the one person the paragraph named
// before it. "A report claimed that T will feature a special appearance by
// singer and actor X. If true, it will mark the star's first appearance in
// a historical drama. He last starred in the drama U": X is in U. Where
// the paragraph named two people or more, the pronoun's person is unsure.

// noteNamed keeps, for the pronouns of the sentences after this one, the
// person the paragraph's sentences name: named is the one before this
// sentence, namedNext the one with it. It reads names only where a later
// sentence of the paragraph has "he", "she", "his" or "her" among its
// first words.
func (x *extractor) noteNamed() {
	w := &x.who
	if x.s.first {
		w.named = ""
	} else {
		w.named = w.namedNext
	}
	w.namedNext = w.named
	switch {
	case w.named == "-":
		x.namedRead(namedUnsure)
		return
	case !x.pronounLater():
		x.namedRead(namedNoPronoun)
		return
	}
	found := false // a known person read
	for i := 0; i < len(x.toks); i++ {
		if t := &x.toks[i]; !t.cap || t.kind != tWord {
			continue
		}
		e := x.personAt(i)
		if e <= i {
			continue
		}
		if x.tok(e).text == "(" && x.personAt(e+1) > e+1 && !x.isShow(x.span(i, e)) || i > 0 && charBefore[x.toks[i-1].low] && x.tok(i-2).low != "known" {
			w.namedNext = "-" // "C (A)", "A as C" (not "also known as"): a character beside the person
			if found {
				x.namedRead(namedPerson)
			} else {
				x.namedRead(namedCharacter)
			}
			return
		}
		p := x.knownPerson(x.span(i, e))
		found = found || p != ""
		if p != "" && p != w.namedNext {
			if w.namedNext != "" {
				w.namedNext = "-" // two people: a pronoun after them is unsure
				x.namedRead(namedPerson)
				return
			}
			w.namedNext = p
		}
		i = e - 1
	}
	if found {
		x.namedRead(namedPerson)
	} else {
		x.namedRead(namedNone)
	}
}

// charBefore are the words before a character's name.
var charBefore = set(`as plays played playing portrays portrayed portraying`)

// pronounLater reports whether a later sentence of the paragraph has
// "he", "she", "his" or "her" among its first eight words.
func (x *extractor) pronounLater() bool {
	for i := x.sentAt + 1; i < len(x.sents) && !x.sents[i].first && !x.sents[i].head; i++ {
		t := x.sents[i].toks
		for k := 0; k < len(t) && k < 8; k++ {
			switch t[k].low {
			case "he", "she", "his", "her":
				return true
			}
		}
	}
	return false
}

// pronounNamed is the person a "he", "she", "his" or "her" at j names where
// no sentence of its paragraph opened with a person: the article's lead
// person where the article's pronouns are of the pronoun's gender
// (leadOfPronoun) and the paragraph named no one else before it; the one
// person the paragraph named where the lead is not of the pronoun's
// gender; an interview's guest where that is the lead; else none, the
// person unsure.
func (x *extractor) pronounNamed(j int) string {
	lead := x.leadOfPronoun(j)
	switch p := x.named(); {
	case p == "" || p == lead:
		return lead
	case p != "-" && lead == "":
		return p
	case lead == x.interviewee() && x.interviewLed():
		return lead // "Interview: X on T" ... "The series also stars A and B. She plays C": X
	}
	return ""
}

// interviewLed reports whether the article's headline says it is an
// interview: "Interview: X on T", "X talks T", "X opens up about T".
func (x *extractor) interviewLed() bool {
	if len(x.sents) < 2 || x.sents[0].para != 0 || x.sents[1].para == 0 {
		return false
	}
	for _, t := range x.sents[0].toks {
		switch t.low {
		case "interview", "q&a", "talks", "opens", "reveals", "says", "discusses", "dishes", "on":
			return true
		}
	}
	return false
}
