package extract

// The article's show and what goes with it (its key, initials, season, how
// sure it is, the last section heading's show and the keys of the headings
// read so far) change a few times an article, where articleShow finds the
// show and where a heading sets the focus, while the first reading keeps
// sentState seven times a sentence and the second compares it as often.
// They are held by pointer in sentState, as the kinds are: the states kept
// and compared share one showState until it changes, and a change makes a
// new one (withShow), never writing the one held.

import "slices"

// showState is the article's show as sentState holds it. Its fields are
// read through sentState (x.show, x.seasons, ...) and written only through
// withShow.
type showState struct {
	show    string // the article's own show
	showKey string
	abbr    string // its initials: "HOTD"
	seasons []int  // the article's season, if it is about one
	section string // the show the last section heading named: "season two" under it is its season
	// headingKeys are the show keys of the headings read so far, in order
	headingKeys []string
	showGuess   float64 // how sure the article's show is: 1 when a pattern named it
}

// noShow is the showState of an article before its show is found: shared,
// never written.
var noShow = &showState{}

// withShow makes x's showState a copy of the one it holds, changed by f.
func (x *extractor) withShow(f func(st *showState)) {
	st := *x.showState
	f(&st)
	x.showState = &st
}

// setShowGuess sets how sure the article's show is.
func (x *extractor) setShowGuess(g float64) {
	x.withShow(func(st *showState) { st.showGuess = g })
}

// sameShow reports whether a and b hold the same article's show; nil holds
// none.
func sameShow(a, b *showState) bool {
	if a == b {
		return true
	}
	if a == nil {
		a = noShow
	}
	if b == nil {
		b = noShow
	}
	return a.show == b.show && a.showKey == b.showKey && a.abbr == b.abbr && slices.Equal(a.seasons, b.seasons) && a.section == b.section &&
		slices.Equal(a.headingKeys, b.headingKeys) && a.showGuess == b.showGuess
}
