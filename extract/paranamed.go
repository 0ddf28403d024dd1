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
		if x.carriesNamed(x.s, w.namedNext) && x.mainPerson() == "" {
			w.named = w.namedNext // the lead's read last: only here
		}
	} else {
		w.named = w.namedNext
	}
	w.namedNext = w.named
	x.namedAt = x.sentAt + 1
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
		if x.tok(e).text == "(" && x.personAt(e+1) > e+1 && !x.isShow(x.span(i, e)) || i > 0 && charBeforeIDs.has(x.toks[i-1].id) && x.tok(i-2).low != "known" {
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
// "he", "she", "his" or "her" among its first eight words or opens with a
// description that stands for a name (pronounStarts), or the next
// paragraph's first opens with one of them.
func (x *extractor) pronounLater() bool {
	i := x.sentAt + 1
	for ; i < len(x.sents) && !x.sents[i].first && !x.sents[i].head; i++ {
		if pronounOpens(x.sents[i].toks) || pronounStarts(x.sents[i].toks) {
			return true
		}
	}
	return i < len(x.sents) && x.sents[i].first && !x.sents[i].head && pronounStarts(x.sents[i].toks[openingAfterIntro(x.sents[i].toks):])
}

// openingAfterIntro is where the clause of toks starts after an opening
// phrase and its comma ("In 2007, she"), or 0.
func openingAfterIntro(toks []token) int {
	for k := 1; k < len(toks) && k < 6; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].kind != tWord && toks[k].kind != tNum {
			break
		}
	}
	return 0
}

// pronounOpens reports whether "he", "she", "his" or "her" is among the
// first eight words of toks.
func pronounOpens(toks []token) bool {
	for k := 0; k < len(toks) && k < 8; k++ {
		switch toks[k].low {
		case "he", "she", "his", "her":
			return true
		}
	}
	return false
}

// pronounStarts reports whether toks open with "he", "she", "his" or
// "her", or with a person's description that stands for a name ("The
// actress", "The 55-year-old").
func pronounStarts(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].low {
	case "he", "she", "his", "her":
		return true
	}
	if len(toks) > 3 && toks[0].low == "the" {
		for p := 1; p <= 3 && p < len(toks) && toks[p].kind != tPunct && !toks[p].cap; p++ {
			if titleStarNounsIDs.has(toks[p].id) || toks[p].flags&fAge != 0 {
				return true
			}
		}
	}
	return false
}

// carriesNamed reports whether the pronouns of s, a paragraph's first
// sentence, name the one person the paragraph before named (prev, "-" for
// more than one) before s names anyone, where the article has no lead
// person whom its pronouns name instead, which the caller asks last ("...
// and for 16 of those, X played C. ¶ She also played C in T": X): s opens
// with a pronoun or a description that stands for a name, and the
// paragraph before ends in the sentence just before s, its names noted,
// with no heading or entry's title line between.
func (x *extractor) carriesNamed(s *sentence, prev string) bool {
	return prev != "" && prev != "-" && !s.head && x.namedAt == x.sentAt && x.sentAt > 0 && x.sents[x.sentAt-1].para+1 == s.para &&
		pronounStarts(s.toks[openingAfterIntro(s.toks):])
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
