package extract

import "slices"

// listRule reads a list at most capitalized words of a sentence (parseList,
// about 440 an op), and the second reading runs it anew wherever one of
// its questions, or one of the rules' before it in its segment, is
// answered otherwise (resumes.go): a sentence whose one list now names a
// known show is read again at every word. A list's reading depends on the
// sentence's tokens, those marked used, the sentence's show, the article's
// show and the knowledge, which it asks through the log. The first reading
// keeps each list listRule read where no token was used, with where its
// questions lie in the log (an answer kept from before it, personAt's or
// titleAt's, notes its questions again there, as a later segment does);
// the second reading takes the list where none of these changed.

// listParse is a list listRule read in the first reading: at token k, its
// items rereads.items[items[0]:items[1]] and its questions
// rereads.log.asks[asks[0]:asks[1]]. It was read where no token was used,
// under the sentence's show and the article's show the rules of its
// sentence started with (rereads.states).
type listParse struct {
	k           int32
	asks, items [2]int32
}

// listAt is parseList(k) for listRule.
func (x *extractor) listAt(k int) []item {
	r := &x.memo.rr
	if r.reading {
		if in := &r.states[2*x.sentAt]; x.usedGen != r.unused || !same(x.sshow, in.sshow) || !same(x.sshowFold, in.sshowFold) || x.showState != in.showState {
			return x.listOnce(k)
		}
		a, seg := x.asked(), r.segment
		r.segment = a
		items := x.listOnce(k)
		r.segment = seg
		i := int32(len(r.items))
		if len(items) > 0 {
			r.items = append(r.items, items...)
		}
		r.parses = append(r.parses, listParse{k: int32(k), asks: [2]int32{a, x.asked()}, items: [2]int32{i, int32(len(r.items))}})
		return items
	}
	if p := x.keptList(k); p != nil {
		x.items = append(x.items[:0], r.items[p.items[0]:p.items[1]]...)
		return x.items
	}
	return x.listOnce(k)
}

// openingList is parseList(k) for the sentence's opening (noteSubject),
// kept in the token memo for listRule, which most often reads a list at
// the same token: its questions noted from the log's present length on,
// an answer kept from before noting its questions again there (as listAt
// does), so that they are all the list asked.
func (x *extractor) openingList(k int) []item {
	r := &x.memo.rr
	a, seg := x.asked(), r.segment
	r.segment = a
	items := x.parseList(k)
	r.segment = seg
	m := x.tokenMemo()
	m.openK, m.openFirst, m.openFacts, m.openShow, m.openAsks = int32(k+1), x.first, len(x.facts), x.showState, [2]int32{a, x.asked()}
	m.openItems = append(m.openItems[:0], items...)
	return items
}

// listOnce is parseList(k), or the list the opening read at k where the
// token memo still holds it (no token used, the same sentence's show,
// article's show, reading and credits), its questions noted again.
func (x *extractor) listOnce(k int) []item {
	if m := &x.pmemo; m.openK == int32(k+1) && m.holds(x) && m.openShow == x.showState && m.openFirst == x.first && m.openFacts == len(x.facts) {
		if r := &x.memo.rr; x.know.log == &r.log {
			r.log.asks = append(r.log.asks, r.log.asks[m.openAsks[0]:m.openAsks[1]]...)
		}
		x.items = append(x.items[:0], m.openItems...)
		return x.items
	}
	return x.parseList(k)
}

// keptList returns the list the first reading's listRule read at k in the
// sentence being read, where the second reading would read the same; else
// nil.
func (x *extractor) keptList(k int) *listParse {
	r := &x.memo.rr
	if x.first || x.s == nil || x.sentAt >= len(r.reads) || x.usedGen != r.unused || len(r.readAnew) > 0 && slices.Contains(r.readAnew, x.s) {
		return nil
	}
	rd := &r.reads[x.sentAt]
	if rd.s != x.s {
		return nil
	}
	for i := rd.parses[0]; i < rd.parses[1]; i++ {
		p := &r.parses[i]
		if int(p.k) < k {
			continue
		}
		if in := &r.states[2*x.sentAt]; int(p.k) > k || x.sshow != in.sshow || x.sshowFold != in.sshowFold || !sameShow(in.showState, x.showState) ||
			!x.sameAnswers(&r.whos[2*x.sentAt+1], p.asks[0], p.asks[1]) {
			return nil
		}
		return p
	}
	return nil
}
