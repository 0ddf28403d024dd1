package extract

import (
	"reflect"
	"slices"
)

// A sentence the second reading cannot reread whole (rereads.go) is most
// often one where the answers of one or two rules changed: "Kim Si-eun
// (Squid Game Season 2)" once Squid Game is a known show changes what
// listRule and bracketRule ask, not what the hundred rules after them ask.
// The first reading keeps, at a few resume points in the rules table, the
// state the rules of each sentence had reached there (the sentState, the
// tokens used as characters' names) and where their questions and credits
// had reached in the logs. The rules between two points are a segment; the
// second reading replays a segment (adds the credits its rules read in the
// first reading, and takes the state the first reading had at its end)
// where the state at its start is the first reading's and the knowledge
// answers each of its questions as it did in the first reading, and runs
// its rules anew elsewhere.
//
// A segment's questions must then be all that its rules' answers rest on:
// an answer a rule keeps for the rest of the sentence (the token memo's
// personAt and personBefore) notes its questions again in the log when a
// later segment takes it (reask).

// resumeBefore are the indexes in rules of the rules at which a segment
// starts: bracketRule, whose answers change most often, after the rules
// before it (roleRule and listRule, the costliest, among them); the two
// rules after it (crewByRule, madeByRule); jobNounRule and the rules after
// it up to possCharRule; possCharRule and the pronouns' rules after it,
// whose answers change where the person a possessive or a pronoun names
// gained a full name; and the rest. Measured: more points cost the first
// reading more than they spare the second (a point before pronounJoinRule
// alone cost 70K instructions an op more than it spared; before workedRule,
// 25K), and a point before jobNounRule spares 50K more than one before
// crewByRule.
var resumeBefore = ruleIndexes((*extractor).bracketRule, (*extractor).jobNounRule, (*extractor).possCharRule,
	(*extractor).castingOfRule)

// ruleIndexes returns the index in rules of each of fs.
func ruleIndexes(fs ...func(*extractor)) []int {
	var idx []int
	for _, f := range fs {
		p := reflect.ValueOf(f).Pointer()
		for i := range rules {
			if reflect.ValueOf(rules[i].apply).Pointer() == p {
				idx = append(idx, i)
			}
		}
	}
	return idx
}

// resumePoint is what the first reading's rules of a sentence had reached
// before rule resumeBefore[j].
type resumePoint struct {
	st   sentState
	used [2]int32 // rereads.marks[used[0]:used[1]]: the tokens used then
	asks int32    // the questions asked before it: rereads.log.asks[:asks]
	adds int32    // the credits read before it: rereads.adds[:adds]
	ok   bool     // no bracket read over: brOver was empty
}

// recordRules applies every rule to the sentence readied in the first
// reading, keeping the resume points.
func (x *extractor) recordRules() {
	r := &x.memo.rr
	pts := r.points[x.sentAt*len(resumeBefore) : (x.sentAt+1)*len(resumeBefore)]
	r.segment = int32(len(r.log.asks))
	i := 0
	var gen uint32 // the extractor's usedGen at the point before
	for p, next := range resumeBefore {
		x.runRange(i, next)
		i = next
		if p > 0 && x.usedGen == gen {
			// no token used since the point before: its marks are these
			pts[p].used = pts[p-1].used
		} else {
			pts[p].used[0] = int32(len(r.marks))
			r.marks = append(r.marks, x.used...)
			pts[p].used[1] = int32(len(r.marks))
		}
		gen = x.usedGen
		r.keepPoint(&pts[p], x)
	}
	x.runRange(i, len(rules))
}

// asked is the number of questions in the log of the first reading's
// rules, where it is the log kept.
func (x *extractor) asked() int32 {
	if r := &x.memo.rr; x.know.log == &r.log {
		return int32(len(r.log.asks))
	}
	return 0
}

// reask notes again the questions asks of the log of the first reading's
// rules, where an answer kept from an earlier segment gave them.
func (x *extractor) reask(asks [2]int32) {
	if r := &x.memo.rr; x.know.log == &r.log && asks[0] < r.segment {
		r.log.asks = append(r.log.asks, r.log.asks[asks[0]:asks[1]]...)
	}
}

// keepPoint keeps the state of x at a resume point in pt, but for the
// tokens used (recordRules).
func (r *rereads) keepPoint(pt *resumePoint, x *extractor) {
	r.keep(&pt.st, &x.sentState)
	pt.asks, pt.adds = int32(len(r.log.asks)), int32(len(r.adds))
	r.segment = pt.asks
	pt.ok = len(x.brOver) == 0
}

// resumeRules applies the rules to a sentence of the second reading that
// reread could not add whole, segment by segment: replayed where the state
// at its start is the first reading's and its answers are the same, else
// anew.
func (x *extractor) resumeRules() {
	r := &x.memo.rr
	rs := rules
	np := len(resumeBefore)
	if !rereadRules || x.sentAt >= len(r.reads) || len(r.points) < (x.sentAt+1)*np {
		x.runRules()
		return
	}
	rd := &r.reads[x.sentAt]
	in, out := &r.states[2*x.sentAt], &r.states[2*x.sentAt+1]
	if !rd.ok || rd.s != x.s || !in.same(&x.sentState) {
		x.runRules()
		return
	}
	pts := r.points[x.sentAt*np : (x.sentAt+1)*np]
	synced := true // the state is the first reading's at the segment's start
	asks, adds, i := rd.asks[0], rd.adds[0], 0
	for p := 0; p <= np; p++ {
		// the segment from rule i to rule end, its questions and credits
		// in the logs up to endAsks and endAdds
		end, endAsks, endAdds := len(rs), rd.asks[1], rd.adds[1]
		if p < np {
			end, endAsks, endAdds = resumeBefore[p], pts[p].asks, pts[p].adds
		}
		if synced && (p == np || pts[p].ok) && x.sameAnswers(&r.whos[2*x.sentAt+1], asks, endAsks) {
			x.replay(adds, endAdds)
			if p == np {
				x.sentState.restore(out)
				return
			}
			x.sentState.restore(&pts[p].st)
			copy(x.used, r.marks[pts[p].used[0]:pts[p].used[1]])
			x.usedGen++
		} else {
			// bracketRule, which starts its segment, replays the brackets
			// read as before (bracketparses.go)
			r.brFrom = bracketsFrom{on: synced && p == 1}
			x.runRange(i, end)
			r.brFrom.on = false
			synced = p < np && pts[p].ok && len(x.brOver) == 0 && pts[p].st.sameAt(&x.sentState) &&
				slices.Equal(r.marks[pts[p].used[0]:pts[p].used[1]], x.used)
		}
		i, asks, adds = end, endAsks, endAdds
	}
}

// sameAnswers reports whether the knowledge and whom the sentences before
// name answer the questions r.log.asks[from:to] as they did in the first
// reading, where whom they named before the rules was in.
func (x *extractor) sameAnswers(in *whoState, from, to int32) bool {
	asks := x.memo.rr.log.asks[from:to]
	later := false
	for _, a := range asks {
		switch a.kind {
		case askNoCastSurname:
			later = true // the costliest: the credits read so far, asked after all the others
		case askWho:
			if !in.sameField(&x.who, whoField(a.key[0]-'a')) {
				return false
			}
		default:
			if !x.know.answersNoTo(a) {
				return false
			}
		}
	}
	if later {
		for _, a := range asks {
			if a.kind == askNoCastSurname && !x.noCastSurname(a) {
				return false
			}
		}
	}
	return true
}

// sameAt reports whether a and b are the same state at a resume point, but
// for whom the credits read so far name: no rule reads sentPerson and
// sentCast, and add sets each only where it is empty, so that the credits
// a segment replays set them as the same credits read anew would, whether
// they were empty at its start or not.
func (a *sentState) sameAt(b *sentState) bool {
	p, c := b.sentPerson, b.sentCast
	b.sentPerson, b.sentCast = a.sentPerson, a.sentCast
	same := a.same(b)
	b.sentPerson, b.sentCast = p, c
	return same
}

// logOpening, in the first reading, turns on the log of the rules for the
// sentence's opening too (its show, its subject), before the questions of
// its rules: the answers of personAt given there stay in the token memo
// for the rules, which note their questions again where they take them
// (reask), as a later segment does.
func (x *extractor) logOpening() {
	if r := &x.memo.rr; x.first && rereadRules && x.sentAt < len(r.reads) {
		x.pmemo = x.pmemo.kept() // answers given before, without the log, are asked again
		x.know.log = &r.log
		r.keepOpening(x)
	}
}

// logAsks is where the questions of an answer begun at a lie in the log of
// the first reading's rules, where that log is on; else none ({-1, -1}).
func (x *extractor) logAsks(a int32) [2]int32 {
	if r := &x.memo.rr; x.know.log == &r.log {
		return [2]int32{a, int32(len(r.log.asks))}
	}
	return [2]int32{-1, -1}
}

// relogged notes again, where the log of the first reading's rules is on,
// the questions asks of a kept answer (resolve's, knownPerson's), and
// reports whether it could: false where the log is another, or where the
// answer was given without it, which is then asked anew to note them.
func (x *extractor) relogged(asks [2]int32) bool {
	r := &x.memo.rr
	if x.know.log != &r.log || asks[0] < 0 {
		return false
	}
	r.log.asks = append(r.log.asks, r.log.asks[asks[0]:asks[1]]...)
	return true
}
