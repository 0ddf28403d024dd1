package extract

// The article's show is found again in the second reading only when what
// the first reading learnt could change it: the first reading records every
// question findArticleShow asks of the knowledge (all answered "no" then,
// the knowledge being empty), and the second reuses the first's answer when
// the knowledge it has learnt answers each of them "no" as well.

import "unsafe"

// askKind is what a question asks of the knowledge.
type askKind uint8

const (
	askPerson  askKind = iota // persons[key]
	askChar                   // chars[key]
	askCrew                   // crew[key]
	askShow                   // shows[key]
	askSurname                // surname[key]
	askGiven                  // given[key]
	askReading                // which reading this is: an answer the second reading changes
	askCredits                // the credits read so far, which the two readings keep differently
	askWho                    // a field of whoState, not of the knowledge (rereads.go)
	// askNoCastSurname: castBySurname found no cast credit of the surname
	// key holds, "surname\x00outer", among the credits read so far: the
	// second reading's answer is the same where its credits give none
	// either, the credits the rules read after it being the first's
	askNoCastSurname
)

// knowAsk is one question asked of the knowledge.
type knowAsk struct {
	kind askKind
	key  string
}

// askLog records the questions asked of a knowledge.
type askLog struct {
	asks []knowAsk
}

//go:noinline
func (l *askLog) add(kind askKind, key string) {
	l.asks = append(l.asks, knowAsk{kind, key})
}

func (k *knowledge) person(key string) bool {
	if k.log != nil {
		k.log.add(askPerson, key)
	}
	return k.persons.has(key)
}

func (k *knowledge) char(key string) bool {
	if k.log != nil {
		k.log.add(askChar, key)
	}
	return k.chars.has(key)
}

func (k *knowledge) crewed(key string) bool {
	if k.log != nil {
		k.log.add(askCrew, key)
	}
	return k.crew.has(key)
}

func (k *knowledge) show(key string) bool {
	if k.log != nil {
		k.log.add(askShow, key)
	}
	return k.shows.has(key)
}

func (k *knowledge) surnameOf(key string) string {
	if k.log != nil {
		k.log.add(askSurname, key)
	}
	return k.surname.at(key)
}

func (k *knowledge) givenOf(key string) string {
	if k.log != nil {
		k.log.add(askGiven, key)
	}
	return k.given.at(key)
}

// askReading notes that the caller reads x.first: whether this is the first
// reading.
func (k *knowledge) askReading() {
	if k.log != nil {
		k.log.add(askReading, "")
	}
}

// surnameEntry is surname[key], and whether key is there at all: a surname
// of two people is there as "".
func (k *knowledge) surnameEntry(key string) (string, bool) {
	if k.log != nil {
		k.log.add(askSurname, key)
	}
	v, ok := k.surname.get(key)
	return v, ok
}

// askCredits notes that the caller reads x.facts, the credits read so far:
// the second reading's differ from the first's.
func (k *knowledge) askCredits() {
	if k.log != nil {
		k.log.add(askCredits, "")
	}
}

// answersNo reports whether k answers every one of asks "no" (false, "" or
// empty), as the empty knowledge does.
func (k *knowledge) answersNo(asks []knowAsk) bool {
	for _, a := range asks {
		if !k.answersNoTo(a) {
			return false
		}
	}
	return true
}

// answersNoTo reports whether k answers a "no". The second reading checks
// the same questions again and again (a sentence's, then its segments'),
// most of them with the same key string, the fold the name cache keeps:
// answers are kept by where the key lies in memory (k.asked), as the name
// cache's recent entries are, and a kept one costs no hashing.
func (k *knowledge) answersNoTo(a knowAsk) bool {
	if a.kind > askGiven || len(a.key) == 0 {
		return k.answersNoUncached(a)
	}
	at := unsafe.StringData(a.key)
	p := uintptr(unsafe.Pointer(at))
	slot := &k.asked[(p^p>>7^uintptr(len(a.key))<<3^uintptr(a.kind))%uintptr(len(k.asked))]
	if slot.at == at && slot.n == int32(len(a.key)) && slot.kind == a.kind {
		return slot.no
	}
	no := k.answersNoUncached(a)
	*slot = askedSlot{at: at, n: int32(len(a.key)), kind: a.kind, no: no}
	return no
}

// askedSlot is one kept answer of answersNoTo: the key's bytes and length,
// the question's kind, and whether the answer was "no".
type askedSlot struct {
	at   *byte
	n    int32
	kind askKind
	no   bool
}

// answersNoUncached is answersNoTo, looked up anew.
func (k *knowledge) answersNoUncached(a knowAsk) bool {
	switch a.kind {
	case askPerson:
		return !k.persons.has(a.key)
	case askChar:
		return !k.chars.has(a.key)
	case askCrew:
		return !k.crew.has(a.key)
	case askShow:
		return !k.shows.has(a.key)
	case askSurname:
		_, ok := k.surname.get(a.key)
		return !ok // a surname of one person, or of two (nearestFull)
	case askGiven:
		return k.given.at(a.key) == ""
	}
	return false
}

// traceArticleShow, when set (by tests), sees the show the article-show
// stage chose for the second reading ("" where it chose none), before any
// sentence is read.
var traceArticleShow func(show string)

// reuseArticleShow lets the second reading reuse the first's article show;
// tests turn it off to compare.
var reuseArticleShow = true

// articleShown is what findArticleShow left in the first reading.
type articleShown struct {
	ok                  bool // it may be reused: it read no sentence with ready
	show, showKey, abbr string
	seasons             []int
	showGuess           float64
	s                   *sentence
	toks                []token
	inBr                []bool
}

// articleShow finds the article's show: in the first reading with
// findArticleShow, noting what it asks of the knowledge; in the second
// reading as the first did, unless the knowledge learnt since could change
// the answer.
func (x *extractor) articleShow() {
	m := x.memo
	if x.first {
		m.log.asks = m.log.asks[:0]
		x.know.log = &m.log
		x.findArticleShow()
		x.know.log = nil
		m.shown = articleShown{ok: x.used == nil, show: x.show, showKey: x.showKey, abbr: x.abbr, seasons: x.seasons, showGuess: x.showGuess,
			s: x.s, toks: x.toks, inBr: x.inBr}
		return
	}
	if sh := &m.shown; sh.ok && reuseArticleShow && x.know.answersNo(m.log.asks) {
		x.withShow(func(st *showState) {
			st.show, st.showKey, st.abbr, st.seasons, st.showGuess = sh.show, sh.showKey, sh.abbr, sh.seasons, sh.showGuess
		})
		x.s, x.toks, x.inBr = sh.s, sh.toks, sh.inBr
		x.epoch = x.memo.newEpoch()
		return
	}
	x.findArticleShow()
}
