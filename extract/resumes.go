package extract

import (
	"reflect"
	"slices"
)

// A sentence the second reading cannot reread whole (rereads.go) is most
// often one where the answers of one or two rules changed: "Kim Si-eun
// (Squid Game Season 2)" once Squid Game is a known show changes what
// listRule and bracketRule ask, not what the hundred rules after them
// ask. The first reading keeps, for each rule of a sentence, where its
// questions start in the log, and at a few resume points in the rules
// table the state the rules had reached there (the sentState, the tokens
// used as characters' names). The second reading runs the rules anew up
// to the first resume point after the last rule whose answers changed,
// and where the state is then the same as the first reading's there, adds
// the credits the rules after it read in the first reading instead of
// running them.

// resumeBefore are the indexes in rules of the rules before which the
// second reading may resume its replay: after bracketRule, after which
// most changed sentences ask the same; after pronounJoinRule, past the
// rules of people's pronouns and possessives.
var resumeBefore = ruleIndexes((*extractor).bracketRule, (*extractor).pronounJoinRule)

// ruleIndexes returns the index in rules after each of fs.
func ruleIndexes(fs ...func(*extractor)) []int {
	var idx []int
	for _, f := range fs {
		p := reflect.ValueOf(f).Pointer()
		for i := range rules {
			if reflect.ValueOf(rules[i].apply).Pointer() == p {
				idx = append(idx, i+1)
			}
		}
	}
	return idx
}

// resumePoint is the state the first reading's rules of a sentence had
// reached before rule resumeBefore[j].
type resumePoint struct {
	st   sentState
	used [2]int32 // rereads.marks[used[0]:used[1]]: the tokens used then
	adds int32    // the credits read before it: rereads.adds[:adds]
	ok   bool     // no bracket read over: brOver was empty
}

// recordRules applies every rule to the sentence readied in the first
// reading, keeping where each rule's questions start and the state at the
// resume points.
func (x *extractor) recordRules() {
	r := &x.memo.rr
	rs := rules // read once: the rules do not change it
	n := len(rs) + 1
	ra := r.ruleAsks[x.sentAt*n : (x.sentAt+1)*n]
	pts := r.points[x.sentAt*len(resumeBefore) : (x.sentAt+1)*len(resumeBefore)]
	p := 0
	for i := range rs {
		if p < len(pts) && resumeBefore[p] == i {
			r.keepPoint(&pts[p], x)
			p++
		}
		ra[i] = int32(len(r.log.asks))
		x.conf = rs[i].confidence
		rs[i].apply(x)
	}
	ra[len(rs)] = int32(len(r.log.asks))
}

// keepPoint keeps the state of x at a resume point in pt.
func (r *rereads) keepPoint(pt *resumePoint, x *extractor) {
	r.keep(&pt.st, &x.sentState)
	pt.used[0] = int32(len(r.marks))
	r.marks = append(r.marks, x.used...)
	pt.used[1] = int32(len(r.marks))
	pt.adds = int32(len(r.adds))
	pt.ok = len(x.brOver) == 0
}

// resumeRules applies the rules to a sentence of the second reading that
// reread could not add whole: anew up to the first resume point after the
// last rule whose answers changed, and from there as the first reading
// read them where the state there is the same.
func (x *extractor) resumeRules() {
	r := &x.memo.rr
	rs := rules
	if !rereadRules || x.sentAt >= len(r.reads) || len(r.ruleAsks) < (x.sentAt+1)*(len(rs)+1) {
		x.runRules()
		return
	}
	rd := &r.reads[x.sentAt]
	in := &r.states[2*x.sentAt]
	if !rd.ok || rd.s != x.s || !in.same(&x.sentState) {
		x.runRules()
		return
	}
	// the last question answered otherwise than in the first reading
	last := int32(-1)
	for a := rd.asks[1] - 1; a >= rd.asks[0]; a-- {
		if ask := r.log.asks[a]; ask.kind == askWho && !in.who.sameField(&x.who, whoField(ask.key[0]-'a')) || ask.kind != askWho && !x.know.answersNoTo(ask) {
			last = a
			break
		}
	}
	n := len(rs) + 1
	ra := r.ruleAsks[x.sentAt*n : (x.sentAt+1)*n]
	rule := 0 // the rule that asked it
	for rule < len(rs) && ra[rule+1] <= last {
		rule++
	}
	p := 0 // the resume point after it
	for p < len(resumeBefore) && resumeBefore[p] <= rule {
		p++
	}
	if p == len(resumeBefore) {
		x.runRules()
		return
	}
	k := resumeBefore[p]
	for i := range rs[:k] {
		x.conf = rs[i].confidence
		rs[i].apply(x)
	}
	pt := &r.points[x.sentAt*len(resumeBefore)+p]
	if !pt.ok || len(x.brOver) != 0 || !pt.st.sameAt(&x.sentState) || !slices.Equal(r.marks[pt.used[0]:pt.used[1]], x.used) {
		for i := k; i < len(rs); i++ {
			x.conf = rs[i].confidence
			rs[i].apply(x)
		}
		return
	}
	x.replay(pt.adds, rd.adds[1])
	x.sentState.restore(&r.states[2*x.sentAt+1])
}

// sameAt reports whether a and b are the same state at a resume point, but
// for whom the credits read so far name: the rules after it do not read
// sentPerson and sentCast, and add reads only whether they are empty.
func (a *sentState) sameAt(b *sentState) bool {
	if (a.sentPerson == "") != (b.sentPerson == "") || (a.sentCast == "") != (b.sentCast == "") {
		return false
	}
	p, c := b.sentPerson, b.sentCast
	b.sentPerson, b.sentCast = a.sentPerson, a.sentCast
	same := a.same(b)
	b.sentPerson, b.sentCast = p, c
	return same
}
