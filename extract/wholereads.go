package extract

// A sentence's opening (what sentence reads before the rules: its cue
// words, its show, whom it opens with) is read with the log of the rules'
// questions on in the first reading (logOpening). Where the state before
// the opening is the first reading's, whom the sentences before name
// included, and the knowledge learnt answers every question of the opening
// and of the rules as the empty knowledge did, the second reading takes the
// state the opening left in the first reading and adds the credits its
// rules read, without reading the sentence at all (rereadWhole). Most
// sentences of news copy name no one the first reading learnt of.

// keepOpening, in the first reading, keeps the state before the opening of
// the sentence readied, and where its questions start in the log.
func (r *rereads) keepOpening(x *extractor) {
	r.keep(&r.pre[x.sentAt], &x.sentState)
	r.keepWho(&r.whos[2*x.sentAt], &x.who)
	r.reads[x.sentAt].open = int32(len(r.log.asks))
}

// rereadWhole, in the second reading, takes the state the first reading's
// opening of s left, where that opening would read s as it did, and then
// adds the credits the first reading's rules read in s and leaves the
// state they left, where they would read it as they did too, or else
// applies the rules (resumeRules): it reports whether it read s.
//
// Some of whom the sentences before name only passes through the opening
// (passField): the person of the last credit read (sentPerson, sentCast,
// which the opening moves to lastPerson and lastCast), the subject (which
// the opening moves to prevSubject, and keeps unless it sets its own:
// "Cooke" of the first reading where the second has "Olivia Cooke"), where
// the last opening's subject ended (each opening sets its own), and the
// lead's person once there is one, the group a list opening the sentence
// names (the opening makes it anew and moves the one before to prevGroup)
// and the pair of people "the former" and "the latter" name, with its age
// (notePair sets them only from a group of two, else ages the pair). Where the two readings differ in those, the
// opening of the second still gives its own, and the questions that read
// them compare what each reading had.
func (x *extractor) rereadWhole(s *sentence) bool {
	r := &x.memo.rr
	r.showKept = false
	if x.first || !rereadRules || x.sentAt >= len(r.reads) || len(r.pre) <= x.sentAt {
		return false
	}
	rd := &r.reads[x.sentAt]
	pre, preWho, inWho := &r.pre[x.sentAt], &r.whos[2*x.sentAt], &r.whos[2*x.sentAt+1]
	if rd.s != s || !pre.sameBeforeOpening(&x.sentState) {
		return false
	}
	in, out := &r.states[2*x.sentAt], &r.states[2*x.sentAt+1]
	// the opening sets the lead's person only in the first two paragraphs,
	// and only where there is none yet (noteSubject): where this reading
	// has one, it passes through whether the first reading had one or not
	lead := s.para <= 1 && x.who.mainPerson == ""
	for f := range whoFields {
		if !passField(f, lead) && !preWho.sameField(&x.who, f) {
			return false
		}
	}
	var opened whoState
	if !x.openedWho(&opened, inWho, preWho, s, lead, rd) {
		return false
	}
	for j, a := range r.log.asks[rd.open:rd.asks[0]] {
		if a.kind == askWho {
			// read before the opening moved it, or after
			if f := whoField(a.key[0] - 'a'); passField(f, lead) && (!preWho.sameField(&x.who, f) || !inWho.sameField(&opened, f)) {
				r.showKept = rd.showAsks > 0 && rd.open+int32(j) >= rd.showAsks-1
				return false
			}
		} else if !x.know.answersNoTo(a) {
			r.showKept = rd.showAsks > 0 && rd.open+int32(j) >= rd.showAsks-1
			return false
		}
	}
	x.ready(s)
	x.added.start(s)
	clear(x.brOver)
	if s.parens {
		markBrackets(x.inBr, s.toks)
	}
	x.sentState.restoreOpening(in)
	x.who.restoreOpened(&opened)
	x.namedAt = x.sentAt + 1
	x.sseasons = x.mentionedSeasons()
	if traceSentence != nil {
		traceSentence(x)
	}
	if rd.ok && x.sameAsBefore(rd.asks[0], rd.asks[1], inWho, lead) {
		x.replay(rd.adds[0], rd.adds[1])
		x.sentState.restore(out)
	} else {
		x.resumeRules()
	}
	return true
}

// sameAsBefore reports whether the knowledge answers the questions
// r.log.asks[from:to] of the rules of a sentence whose opening rereadWhole
// took as the first reading did, and whom the sentences before name is the
// same where they read a field that passes through the opening.
func (x *extractor) sameAsBefore(from, to int32, in *whoState, lead bool) bool {
	for _, a := range x.memo.rr.log.asks[from:to] {
		if a.kind == askWho {
			if f := whoField(a.key[0] - 'a'); passField(f, lead) && !in.sameField(&x.who, f) {
				return false
			}
		} else if !x.know.answersNoTo(a) {
			return false
		}
	}
	return true
}

// sameBeforeOpening reports whether a and b are the same state before a
// sentence's opening, but for the person of the last credit read, which
// the opening only moves to whom the sentences before name.
func (a *sentState) sameBeforeOpening(b *sentState) bool {
	p, c := b.sentPerson, b.sentCast
	b.sentPerson, b.sentCast = a.sentPerson, a.sentCast
	same := a.same(b)
	b.sentPerson, b.sentCast = p, c
	return same
}

// passField reports whether field f of whom the sentences before name only
// passes through the opening: the opening neither reads it (but through the
// methods, whose questions are logged) nor writes it but from the state,
// or, the subject and where it ends, from what it reads itself
// (setSubject; subjectEnd is set anew by every opening). The lead's person
// and gender are read and set only in the first two paragraphs, where there
// is none yet (noteSubject): lead. The group is made anew by every opening,
// which moves the one before to prevGroup and drops the prevGroup before;
// the pair is set only from a group of two, else kept a sentence older.
// So every field passes but the lead's (passFields), and the lead's too
// where lead is false.
func passField(f whoField, lead bool) bool {
	return f < whoFields && (!lead || passFields>>f&1 != 0)
}

// passFields has a bit for each field of whoState that passes through the
// opening in any paragraph: all but the lead's person and gender.
const passFields = (1<<whoFields - 1) &^ (1<<whoMainPerson | 1<<whoMainGender)

// openedWho sets w to whom the sentences before name after the opening of
// s, in the second reading: the first reading's, in (pre before it), but for the
// fields that pass through the opening, which it gives as sentence does,
// from what the first reading's opening read (rd: whether it set the
// subject, what noteNamed read). It reports false where that is not enough
// to give them.
func (x *extractor) openedWho(w, in, pre *whoState, s *sentence, lead bool, rd *rulesRead) bool {
	*w = *in
	if !lead {
		w.mainPerson, w.mainGender = x.who.mainPerson, x.who.mainGender
	}
	w.prevSubject = x.who.subject // as noteSubject moves it
	if !rd.subjectSet {
		w.subject = x.who.subject
	}
	w.lastPerson, w.lastCast = x.who.lastPerson, x.who.lastCast
	w.prevGroup = x.who.group // as noteSubject moves it: restoreOpened does the same
	if len(in.group) != 2 {
		// notePair set none: the pair before is kept, a sentence older
		w.pair, w.pairAge = x.who.pair, x.who.pairAge+1
	}
	if x.sentPerson != "" {
		w.lastPerson = x.sentPerson
	}
	if x.sentCast != "" {
		w.lastCast = x.sentCast
	}
	if s.first {
		w.lastCast = ""
	}
	if named, next, ok := rd.named.opened(s, x.who.namedNext, x.carriedName(s, w.mainPerson)); ok {
		w.named, w.namedNext = named, next
	} else if x.who.named != pre.named || x.who.namedNext != pre.namedNext {
		return false // noteNamed would read names the first reading did not
	}
	return true
}

// carriedName is the name noteNamed carries into s from the paragraph
// before (carriesNamed), where the article's lead person is lead.
func (x *extractor) carriedName(s *sentence, lead string) string {
	if x.carriesNamed(s, x.who.namedNext) && lead == "" {
		return x.who.namedNext
	}
	return ""
}

// namedReading is what noteNamed read in a sentence's opening in the first
// reading: whether it read the sentence's names, and what it found.
type namedReading uint8

const (
	namedUnread    namedReading = iota // no opening read: nothing known
	namedNoPronoun                     // no pronoun later in the paragraph: no names read
	namedUnsure                        // the paragraph named two people or more before it: no names read
	namedNone                          // names read, and neither a character beside a person nor a known person
	namedCharacter                     // a character beside a person ("C (A)", "A as C")
	namedPerson                        // a known person
)

// namedRead notes, in the first reading, what noteNamed read in the
// sentence's opening.
func (x *extractor) namedRead(n namedReading) {
	if r := &x.memo.rr; x.first && x.sentAt < len(r.reads) {
		r.reads[x.sentAt].named = n
	}
}

// opened gives named and namedNext after the opening of s in the second
// reading, where the first reading's opening read what n says and the
// second reading's namedNext before it is next; the opening's questions
// answered as in the first reading, its names read the same: no known
// person among them. It reports false where the second reading's opening
// would read names the first did not read.
func (n namedReading) opened(s *sentence, next, carried string) (named, namedNext string, ok bool) {
	if !s.first {
		named = next
	} else {
		named = carried // carriesNamed
	}
	switch {
	case n == namedUnread:
		return "", "", false
	case named == "-":
		return named, named, true // noteNamed reads no names
	case n == namedNoPronoun || n == namedNone:
		return named, named, true
	case n == namedCharacter:
		return named, "-", true
	}
	return "", "", false
}

// restoreOpening makes st the state in that the first reading's opening
// left, where st is the state that opening started from, in st's own
// storage.
func (st *sentState) restoreOpening(in *sentState) {
	jobOf := st.jobOf
	*st = *in
	st.jobOf = append(jobOf[:0], in.jobOf...)
}

// restoreOpened makes w whom the sentences before name after the opening,
// as opened gives them, where w is whom they named before it, in w's own
// storage.
func (w *whoState) restoreOpened(opened *whoState) {
	group, prevGroup := w.group, w.prevGroup
	*w = *opened
	// the opening swaps the two buffers of the groups (noteSubject): the
	// earlier group is the one w had
	w.group = append(prevGroup[:0], opened.group...)
	w.prevGroup = group
}

// setSubject makes p the subject, whom a "he" or "she" of the sentences
// after names (noteSubject), and notes in the first reading that the
// sentence's opening set it: the second reading's subject before it does
// not change the opening's.
func (x *extractor) setSubject(p string) {
	x.who.subject = p
	if r := &x.memo.rr; x.first && x.sentAt < len(r.reads) {
		r.reads[x.sentAt].subjectSet = true
	}
}

// openPersonSection reads heading s as the section's person ("3. Ana
// Lee"), or none, and returns the person. A person's heading makes the
// person the one a "he" or "she" of the section names ("He directed T"),
// and the last one named, as a sentence that opens with the name does:
// no person of the section before.
func (x *extractor) openPersonSection(s *sentence) string {
	p := x.headingPerson(s)
	x.headPerson = p
	if p != "" {
		x.who.subject, x.who.lastPerson, x.who.lastCast = p, p, ""
		x.sentPerson, x.sentCast = "", "" // the section before's, which the next sentence would make the last
	}
	return p
}
