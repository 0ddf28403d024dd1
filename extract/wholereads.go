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
	r.reads[x.sentAt].open = int32(len(r.log.asks))
}

// rereadWhole, in the second reading, takes the state the first reading's
// opening of s left, where that opening would read s as it did, and then
// adds the credits the first reading's rules read in s and leaves the
// state they left, where they would read it as they did too, or else
// applies the rules (resumeRules): it reports whether it read s.
func (x *extractor) rereadWhole(s *sentence) bool {
	r := &x.memo.rr
	if x.first || !rereadRules || x.sentAt >= len(r.reads) || len(r.pre) <= x.sentAt {
		return false
	}
	rd := &r.reads[x.sentAt]
	pre := &r.pre[x.sentAt]
	if rd.s != s || !pre.same(&x.sentState) {
		return false
	}
	// whom the sentences before name is the first reading's where the
	// opening reads it: what it and the rules read of it then is too,
	// where the knowledge answers as before. The lead's person is read
	// only in the first two paragraphs; elsewhere the questions compare it
	// as it is.
	in, out := &r.states[2*x.sentAt], &r.states[2*x.sentAt+1]
	lead := s.para <= 1
	for f := range whoFields {
		if (lead || !leadField(f)) && !pre.who.sameField(&x.who, f) {
			return false
		}
	}
	if !x.sameAsBefore(rd.open, rd.asks[0], in, lead) {
		return false
	}
	x.ready(s)
	clear(x.brOver)
	if s.parens {
		markBrackets(x.inBr, s.toks)
	}
	x.sentState.restoreOpening(in, lead)
	x.sseasons = x.mentionedSeasons()
	if traceSentence != nil {
		traceSentence(x)
	}
	if rd.ok && x.sameAsBefore(rd.asks[0], rd.asks[1], in, lead) {
		x.replay(rd.adds[0], rd.adds[1])
		x.sentState.restore(out)
	} else {
		x.resumeRules()
	}
	return true
}

// sameAsBefore reports whether the knowledge answers the questions
// r.log.asks[from:to] of a sentence whose opening rereadWhole takes as the
// first reading did, and the lead's person is the same where the questions
// read it outside the lead.
func (x *extractor) sameAsBefore(from, to int32, in *sentState, lead bool) bool {
	for _, a := range x.memo.rr.log.asks[from:to] {
		if a.kind == askWho {
			if f := whoField(a.key[0] - 'a'); !lead && leadField(f) && !in.who.sameField(&x.who, f) {
				return false
			}
		} else if !x.know.answersNoTo(a) {
			return false
		}
	}
	return true
}

// restoreOpening makes st the state in that the first reading's opening
// left, where st is the state that opening started from: whom the
// sentences before name too, in st's own storage, but for the lead's
// person outside the lead, which the opening leaves as it is.
func (st *sentState) restoreOpening(in *sentState, lead bool) {
	cur := *st
	*st = *in
	if !lead {
		st.who.mainPerson, st.who.mainGender = cur.who.mainPerson, cur.who.mainGender
	}
	st.seasons = keptOr(cur.seasons, in.seasons)
	st.headingKeys = keptOr(cur.headingKeys, in.headingKeys)
	st.jobOf = append(cur.jobOf[:0], in.jobOf...)
	// the opening swaps the two buffers of the groups (noteSubject): the
	// earlier group is the one st had
	st.who.group = append(cur.who.prevGroup[:0], in.who.group...)
	st.who.prevGroup = cur.who.group
}

// leadField reports whether f is the lead's person or its gender, which
// only the opening of the first two paragraphs reads (noteSubject).
func leadField(f whoField) bool { return f == whoMainPerson || f == whoMainGender }
