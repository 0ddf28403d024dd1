package extract

// bracketRule reads a sentence's brackets one after another, and the second
// reading runs it anew wherever one of its questions is answered otherwise
// (resumes.go): most often the questions of one bracket, where a show or a
// surname it names became known. The first reading keeps, before each
// bracket and after the last, where bracketRule's questions and credits
// had reached in the logs and what it had learnt of the sentence's pairs
// (charActor, actorChar, playing); each bracket notes again the questions
// of an answer kept from before it (reask), so that its questions are all
// its reading rests on, with the pairs learnt before it. The count of
// Character (Actor) brackets it starts with (charActorPairs) is kept with
// its own questions. Where the second reading runs bracketRule from the
// first reading's state, it replays each bracket whose questions are
// answered as then and which starts with the same pairs learnt, no token
// used and no bracket read over, and reads the others anew.

// bracketPoint is where bracketRule had reached before the bracket at k
// (len(toks) after the last) in the first reading.
type bracketPoint struct {
	k                             int32
	asks, adds                    int32
	charActor, actorChar, playing bool
	// ok: no token was used and no bracket read over up to here: the
	// credits replayed leave the state a reading anew would
	ok bool
}

// bracketsFrom is what the second reading's resumeRules passes to
// bracketRule: where the state at its start is the first reading's (on),
// and then the index in rereads.brs of its next point (at) and the
// extractor's usedGen at its start.
type bracketsFrom struct {
	on   bool
	at   int32
	used uint32
}

// bracketsRead is what the first reading's bracketRule read in a sentence:
// its points, rereads.brs[brs[0]:brs[1]], and the count of pairs it
// started with (pairs), from the questions rereads.log.asks[pairAsks[0]:
// pairAsks[1]].
type bracketsRead struct {
	brs, pairAsks [2]int32
	pairs         bool
}

// bracketPairs returns whether the sentence's brackets pair two characters
// or more with their actors (charActorPairs): in the first reading keeping
// its questions; in the second, where bracketRule starts from the first
// reading's state, the first reading's answer where its questions are
// answered as then.
func (x *extractor) bracketPairs() bool {
	r := &x.memo.rr
	if r.reading {
		b := &r.reads[x.sentAt].br
		a := x.asked()
		pairs := x.charActorPairs() >= 2
		*b = bracketsRead{brs: [2]int32{int32(len(r.brs)), int32(len(r.brs))}, pairAsks: [2]int32{a, x.asked()}, pairs: pairs}
		r.brUsed, r.brSeg = x.usedGen, r.segment
		return pairs
	}
	if r.brFrom.on {
		b := &r.reads[x.sentAt].br
		r.brFrom.at, r.brFrom.used = b.brs[0], x.usedGen
		if b.brs[0] == b.brs[1] {
			r.brFrom.on = false
		} else if x.sameAnswers(&r.whos[2*x.sentAt+1], b.pairAsks[0], b.pairAsks[1]) {
			return b.pairs
		}
	}
	return x.charActorPairs() >= 2
}

// bracketAt, in the first reading, keeps bracketRule's point before the
// bracket at k; the bracket's questions start there. In the second, it
// replays the bracket at k where the first reading's would read the same
// (see above), setting the pairs learnt after it, and returns the token
// after it; else k.
func (x *extractor) bracketAt(k int, charActor, actorChar, playing *bool) int {
	r := &x.memo.rr
	if r.reading {
		a := x.asked()
		r.brs = append(r.brs, bracketPoint{k: int32(k), asks: a, adds: int32(len(r.adds)),
			charActor: *charActor, actorChar: *actorChar, playing: *playing, ok: x.usedGen == r.brUsed && len(x.brOver) == 0})
		if b := &r.reads[x.sentAt].br; b.brs[1] > b.brs[0] {
			r.segment = a // the first bracket's questions start with the pairs'
		}
		r.reads[x.sentAt].br.brs[1] = int32(len(r.brs))
		return k
	}
	f := &r.brFrom
	if !f.on {
		return k
	}
	end := r.reads[x.sentAt].br.brs[1]
	for f.at < end && int(r.brs[f.at].k) < k {
		f.at++
	}
	if f.at+1 >= end {
		return k
	}
	p, q := &r.brs[f.at], &r.brs[f.at+1]
	from := p.asks
	if f.at == r.reads[x.sentAt].br.brs[0] {
		from = r.reads[x.sentAt].br.pairAsks[0]
	}
	if int(p.k) != k || !q.ok || p.charActor != *charActor || p.actorChar != *actorChar || p.playing != *playing ||
		x.usedGen != f.used || len(x.brOver) != 0 || !x.sameAnswers(&r.whos[2*x.sentAt+1], from, q.asks) {
		return k
	}
	if q.adds > p.adds {
		x.replay(p.adds, q.adds)
	}
	*charActor, *actorChar, *playing = q.charActor, q.actorChar, q.playing
	return int(q.k)
}

// endBrackets ends bracketRule: in the first reading, keeping its point
// after the last bracket, the segment's questions starting where they did
// before it; in the second, no longer replaying.
func (x *extractor) endBrackets(k int, charActor, actorChar, playing bool) {
	r := &x.memo.rr
	if r.reading {
		x.bracketAt(k, &charActor, &actorChar, &playing)
		r.segment = r.brSeg
	}
	r.brFrom.on = false
}
