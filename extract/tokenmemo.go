package extract

import "unsafe"

// tokenMemo holds the answers of personAt and personBefore for the tokens
// of the sentence being read: the rules ask them again and again for the
// same tokens. An answer depends on the tokens, on those marked used, and on
// what makes a show (the epoch, the knowledge, the sentence's show); the
// answers are kept only while all of these stay as they were when the first
// was given.
type tokenMemo struct {
	at     []int32 // personAt(i)+1 at i, or 0 when not yet asked
	before []int32 // personBefore(j)+1 at j, or 0 when not yet asked
	// where the questions of each answer lie in the log of the first
	// reading's rules, valid where the answer is: a segment of the rules
	// that takes an answer an earlier one gave asks them again (resumes.go)
	atAsks, beforeAsks [][2]int32
	// the answers of titleAt, in a state of their own: asked between
	// answers of personAt in another state, they would clear these
	titles *titleMemo
	// pairSide is 2 + the side the sentence's bracketed pairs settle
	// (pairSide, pairfamily.go), or 0 when not yet asked; pairAsks where
	// its questions lie in the log
	pairSide int8
	pairAsks [2]int32
	// the list the sentence's opening read at its subject (openingList,
	// listparses.go), for listRule at the same token: openK is 1 + the
	// token, or 0 where none is kept; read in the first reading or not
	// (openFirst), with the article's show openShow and openFacts credits
	// read so far; its questions lie in the log at openAsks
	openK     int32
	openFirst bool
	openFacts int
	openShow  *showState
	openAsks  [2]int32
	openItems []item
	// namesAsked counts the asks of personAt and personBefore past their
	// first test of the token, the only ways titleAt reads the tokens used
	// and the sentence's show (notPerson, showBehind): a title answer given
	// while it stays the same read neither, and holds across their change
	namesAsked uint32

	// the state the answers hold in: the sentence (its tokens are
	// s.toks), the tokens used (usedGen changes with them), the epoch and
	// the sentence's show. The knowledge changes only where a reading
	// starts, which makes the memo anew (kept). toks is nil where the memo
	// holds nothing.
	toks        *token
	usedGen     uint32
	epoch       uint32
	s           *sentence
	sshow, fold string
	// resets counts the times the memo was made anew for another state:
	// an answer is kept where it is unchanged after the reading that gave
	// it (the readings change no state of their own, but one that moved it
	// would have asked for the memo of its own state)
	resets uint32
}

// kept is m without its answers: its storage, for the next reading.
func (m *tokenMemo) kept() tokenMemo {
	if m.titles != nil {
		m.titles.state.toks = nil // holds no more
	}
	return tokenMemo{at: m.at[:0], before: m.before[:0], atAsks: m.atAsks[:0], beforeAsks: m.beforeAsks[:0], titles: m.titles, openItems: m.openItems[:0], namesAsked: m.namesAsked}
}

// holds reports whether the answers in m hold in x's present state.
func (m *tokenMemo) holds(x *extractor) bool {
	return m.s == x.s && m.usedGen == x.usedGen && m.epoch == x.epoch && m.toks != nil && same(m.sshow, x.sshow) && same(m.fold, x.sshowFold)
}

// same reports whether a and b are the same string in memory: equal, and
// cheaper to compare than their bytes. Strings equal in their bytes
// elsewhere in memory count as different.
func same(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// tokenMemo returns the memo for x's present state: the answers given
// since, or none when anything they depend on has changed.
func (x *extractor) tokenMemo() *tokenMemo {
	m := &x.pmemo
	if m.holds(x) {
		return m
	}
	n := len(x.toks)
	at, before, atAsks, beforeAsks := m.at, m.before, m.atAsks, m.beforeAsks
	if cap(at) < n+1 {
		at, before = make([]int32, n+33), make([]int32, n+33)
		atAsks, beforeAsks = make([][2]int32, n+33), make([][2]int32, n+33)
	}
	at, before = at[:n], before[:n+1]
	clear(at)
	clear(before)
	// atAsks and beforeAsks are written with the answers: not cleared
	// every field, one by one: a literal is made on the stack and copied over
	m.at, m.before, m.atAsks, m.beforeAsks, m.toks = at, before, atAsks[:n], beforeAsks[:n+1], unsafe.SliceData(x.toks)
	m.usedGen, m.epoch, m.s, m.sshow, m.fold, m.resets, m.pairSide, m.openK = x.usedGen, x.epoch, x.s, x.sshow, x.sshowFold, m.resets+1, 0, 0
	return m
}

// personAt reads a person's name starting at token i; it returns the end.
func (x *extractor) personAt(i int) int {
	if i < 0 || i >= len(x.toks) {
		x.pmemo.namesAsked++
		return x.personAtUncached(i)
	}
	if !x.toks[i].cap {
		return i // a name, a month and a given name start in capitals
	}
	m := &x.pmemo
	m.namesAsked++
	if !m.holds(x) { // tested here, inlined: most asks find the memo holding
		m = x.tokenMemo()
	}
	if e := m.at[i]; e != 0 {
		x.reask(m.atAsks[i])
		return int(e - 1)
	}
	resets := m.resets
	a := x.asked()
	e := x.personAtUncached(i)
	if m.resets == resets {
		m.at[i] = int32(e + 1)
		m.atAsks[i] = [2]int32{a, x.asked()}
	}
	return e
}

// personBefore reads a person's name ending before token j; it returns the
// start.
func (x *extractor) personBefore(j int) int {
	if j < 0 || j > len(x.toks) {
		x.pmemo.namesAsked++
		return x.personBeforeUncached(j)
	}
	if j == 0 || !x.toks[j-1].cap {
		return j // a name ends in capitals
	}
	m := &x.pmemo
	m.namesAsked++
	if !m.holds(x) {
		m = x.tokenMemo()
	}
	if i := m.before[j]; i != 0 {
		x.reask(m.beforeAsks[j])
		return int(i - 1)
	}
	resets := m.resets
	a := x.asked()
	i := x.personBeforeUncached(j)
	if m.resets == resets {
		m.before[j] = int32(i + 1)
		m.beforeAsks[j] = [2]int32{a, x.asked()}
	}
	return i
}

// titleMemo holds the answers of titleAt for the tokens of the sentence
// being read, as tokenMemo holds personAt's: they depend on the same state.
type titleMemo struct {
	state tokenMemo // the state the answers hold in, and its resets; no answers
	// the answer of titleAt(i, loose) at slots[loose][i], where its gen is
	// state.resets: a new state leaves the old answers stale, not cleared
	slots [2][]titleSlot
	// namesGen counts the changes of the tokens used and of the sentence's
	// show alone: they leave stale only the answers that asked personAt or
	// personBefore (names), given at an older namesGen
	namesGen uint32
}

// titleSlot is one answer of titleAt: its end + 1, and where its questions
// lie in the log of the first reading's rules.
type titleSlot struct {
	gen, namesGen uint32
	names         bool // personAt or personBefore was asked for it
	end           int32
	asks          [2]int32
}

// titleMemo returns the memo of titleAt for x's present state.
func (x *extractor) titleMemo() *titleMemo {
	m := x.pmemo.titles
	if m == nil {
		m = new(titleMemo)
		x.pmemo.titles = m
	}
	if m.state.holds(x) {
		return m
	}
	if st := &m.state; st.toks != nil && st.toks == unsafe.SliceData(x.toks) && len(m.slots[0]) == len(x.toks) && st.s == x.s && st.epoch == x.epoch &&
		x.memo.rr.unused <= st.usedGen {
		// only the tokens used or the sentence's show changed, with the
		// sentence not readied since (ready clears the brackets' marks too,
		// which titleAt reads: byOneWord): the answers that asked no names
		// hold
		st.usedGen, st.sshow, st.fold = x.usedGen, x.sshow, x.sshowFold
		m.namesGen++
		return m
	}
	n := len(x.toks)
	resets := m.state.resets + 1
	if cap(m.slots[0]) < n || resets == 0 {
		m.slots = [2][]titleSlot{make([]titleSlot, n+32), make([]titleSlot, n+32)}
		resets = 1 // no slot of the new storage holds an answer of gen 1
	}
	m.slots[0], m.slots[1] = m.slots[0][:n], m.slots[1][:n]
	m.state = tokenMemo{toks: unsafe.SliceData(x.toks),
		usedGen: x.usedGen, epoch: x.epoch, s: x.s, sshow: x.sshow, fold: x.sshowFold, resets: resets}
	return m
}

// tokensRead says that a token of the sentence was read anew in place (a
// word of another language as its English one): titleAt's answers may
// change, and are asked again.
func (x *extractor) tokensRead() {
	if x.s != nil {
		x.memo.rr.readAnew = append(x.memo.rr.readAnew, x.s)
	}
	if m := x.pmemo.titles; m != nil {
		m.state.toks = nil // holds no more
	}
	x.pmemo.pairSide, x.pmemo.openK = 0, 0
}

// titleAt reads a title starting at token i; it returns its end, or i
// where none starts there (titleAtUncached, titles.go).
func (x *extractor) titleAt(i int, loose bool) int {
	if i < 0 || i >= len(x.toks) {
		return x.titleAtUncached(i, loose)
	}
	if t := &x.toks[i]; t.kind != tPunct && !t.cap && t.kind != tNum && !(loose && t.kind == tWord) && !digitTitleWord(t) {
		return i // no quote, and no word a title starts with
	}
	m := x.pmemo.titles
	if m == nil || !m.state.holds(x) { // tested here, inlined, as personAt does
		m = x.titleMemo()
	}
	resets := m.state.resets
	sl := &m.slots[boolInt(loose)][i]
	if sl.gen == resets && (!sl.names || sl.namesGen == m.namesGen) {
		x.reask(sl.asks)
		if sl.names {
			x.pmemo.namesAsked++ // for the title being read around it
		}
		return int(sl.end - 1)
	}
	a, namesGen, names := x.asked(), m.namesGen, x.pmemo.namesAsked
	e := x.settledEnd(i, x.titleAtUncached(i, loose))
	if m.state.resets == resets {
		*sl = titleSlot{gen: resets, namesGen: namesGen, names: x.pmemo.namesAsked != names, end: int32(e + 1), asks: [2]int32{a, x.asked()}}
	}
	return e
}

// use marks the token at k as read as a character's name: no person's.
func (x *extractor) use(k int) {
	x.used[k] = true
	x.usedGen++
}
