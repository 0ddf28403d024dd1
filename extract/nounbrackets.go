package extract

// A player's name alone in brackets after a character that a common noun
// describes, with no show in the sentence: the show is the sentence's (the
// article's). "The judge (A) gives him one last chance", "under a new
// educator (B)", "in the body of a child (C)", "a wealthy young couple (A
// and B)", "La juge (A)", "un nouvel éducateur (B)". Cast in that show,
// with no character: the noun describes the character, it names none.
// Plot summaries of reviews and season previews print their cast so, in
// every language. A noun of a job off screen, of an event's people or of a
// work ("a veteran director (A)", "the winners (A and B)", "a documentary
// (A)"), a full name in the few words before the noun ("Tom Hale and his
// wife (A)": a real person's kin; "Leo's widow (A)", a character's, is
// read), or a bracket holding anything but names, gives nothing. A noun of
// players ("165 Spanish actors (A, B, C)") reads its names so too. The
// names may follow a verb of playing and "by", an adverb before it: "their
// estranged father (played by A)", "a neighbour (memorably portrayed by
// B)", "the family dog (voiced by C)".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// offscreenNouns name people who are no character: the people of a
// company, of an event, of the press, of a person's own life.
var offscreenNouns = set(`spokesperson spokesman spokeswoman representative representatives rep reps publicist publicists
	source sources executive executives exec execs president vice-president chairman chairwoman chair ceo cfo coo founder co-founder cofounder
	owner owners boss head chief manager managers agent agents partner partners investor investors employee employees staff
	host hosts co-host presenter presenters anchor anchors reporter reporters journalist journalists critic critics columnist editor editors
	winner winners runner-up nominee nominees honoree honorees laureate recipient recipients finalist finalists contestant contestants
	guest guests attendee attendees speaker speakers moderator panelist panelists jury juror jurors member members delegate delegates
	fan fans viewer viewers audience official officials minister mayor governor senator spokespeople
	singer rapper comedian model friend friends colleague colleagues`)

// describedNounBracket reads the bracket k..c (c its closing) as the
// player of the character a common noun before it describes.
func (x *extractor) describedNounBracket(k, c int) bool {
	if x.sshow == "" || k < 2 || c <= k+1 {
		return false
	}
	w := x.tok(k - 1)
	if w.kind != tWord || w.cap || len(w.low) < 3 || w.has(cStopWords|cPlayVerbs|cCastVerbs|cGenreNouns|cNetworks|cDateWords) || offscreenNouns[w.low] {
		return false
	}
	if _, job := jobNounsIDs.lookup(w.id); job || thingNounsIDs.has(w.id) {
		return false // "a veteran director (A)", "the delivery service (A)"
	}
	for m := k - 2; m >= 0 && m >= k-6; m-- {
		p := x.tok(m)
		if p.text == "." || p.text == ";" || p.text == ":" || p.text == "(" || p.text == ")" {
			break
		}
		if e := x.personAt(m); p.cap && e > m+1 && x.personShaped(m, e) {
			return false // "Tom Hale and his wife (A)", "Tom Hale's wife (A)": kin of a real person
		}
	}
	var names [4][2]int
	n := 0
	for s := x.playedByInBracket(k+1, c); s < c; {
		e := x.personAt(s)
		if e <= s && x.tok(s).cap && x.tok(s).kind == tWord {
			e = s + 1 // a surname alone, read below only as one the article gave in full
		}
		if e <= s || e > c || n == len(names) || x.isShow(x.span(s, e)) {
			return false
		}
		if !x.personShaped(s, e) && !(e == s+1 && hasByte(x.resolve(x.span(s, e)), ' ')) {
			return false // one word is read only as the surname of a name the article gave in full: "a Southern lawyer (Hale)"
		}
		names[n] = [2]int{s, e}
		n++
		if e == c {
			break
		}
		if l := x.tok(e).low; x.tok(e).text == "," || l == "and" || coordinatedAnd[l] {
			s = e + 1
			continue
		}
		return false // "(A of T)", "(A, 2019)": more than names
	}
	if n == 0 || names[n-1][1] != c {
		return false
	}
	for _, nm := range names[:n] {
		x.add(graph.KindCast, x.span(nm[0], nm[1]), x.sshow, "", "")
	}
	return true
}

// playedByVerbs are the participles of playing that may open a bracket of
// names after a described character: "(played by A)".
var playedByVerbs = map[string]bool{"played": true, "portrayed": true, "voiced": true}

// playedByInBracket is where the names of the bracket opened at s (closed
// at c) start: past "played by", "portrayed by" or "voiced by" and an
// adverb before them ("unconvincingly portrayed by"), or s itself.
func (x *extractor) playedByInBracket(s, c int) int {
	at := s
	if w := x.tok(at); w.kind == tWord && !w.cap && len(w.low) > 4 && strings.HasSuffix(w.low, "ly") && playedByVerbs[x.tok(at+1).low] {
		at++
	}
	if playedByVerbs[x.tok(at).low] && x.tok(at+1).low == "by" && at+2 < c {
		return at + 2
	}
	return s
}
