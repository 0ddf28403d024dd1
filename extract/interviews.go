package extract

// Interviews: the person an interview's headline names ("Actor X talks to
// us about ...", "X On Her Role In “T”") is the "you" of its questions
// ("In “T” you play the role of C") and the "my" of its answers ("my
// character in T, C, was a challenge").

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// interviewee is the person an interview's headline opens with: the name
// after a performer noun ("Actor Lee Hyun Wook talks to us about ..."), or
// a name the first reading credited; else "".
func (x *extractor) interviewee() string {
	if x.guestRead {
		return x.guest
	}
	x.guestRead = true
	if len(x.sents) < 2 || x.sents[0].para != 0 || x.sents[1].para == 0 {
		return "" // the headline: the first paragraph, one sentence
	}
	t := x.sents[0].toks
	st := 0
	labeled := len(t) > 3 && t[1].text == ":" && (t[0].low == "interview" || t[0].low == "exclusive" || t[0].low == "q&a")
	if labeled {
		st = 2 // "Interview: X on T"
	}
	for st < len(t) && st < 5 && t[st].has(cCastNouns|cPrefixNouns|cDescribe) {
		st++ // "Actor", "Korean actress"
	}
	e := st
	for e < len(t) && e < st+4 && t[e].kind == tWord && t[e].cap && !t[e].has(cStopWords) {
		e++
	}
	if e-st < 2 {
		return ""
	}
	var b strings.Builder
	for i := st; i < e; i++ {
		if i > st {
			b.WriteByte(' ')
		}
		b.WriteString(t[i].text)
	}
	talk := false // "Katherine McNamara On Her Wildly Different Role": a name, then what the interview is about
	if e < len(t) && (st == 0 || labeled && st == 2) && e-st <= 3 && isNameStart(t[st].text) {
		switch t[e].low {
		case "on", "talks", "opens", "reveals", "says", "discusses", "dishes", ":", "–", "—":
			talk = true
		}
	}
	for n := e - st; n >= 2; n-- { // the name after a performer noun, else the longest the first reading knows
		name := b.String()
		if (st > 0 && t[st-1].has(cCastNouns|cPrefixNouns) || talk) && n == e-st || x.know.person(x.fold(name)) {
			x.guest = name
			return name
		}
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			b.Reset()
			b.WriteString(name[:i])
		}
	}
	return ""
}

// myCharacterRule reads an interview's "my character in T, C, was a
// challenge": the interviewee plays C in T.
func (x *extractor) myCharacterRule() {
	if !x.sentHasAnyWord(myWord) || x.interviewee() == "" {
		return // no token it reads at, or no interview
	}
	t := x.toks
	for k := 0; k+5 < len(t); k++ {
		if !myWord.holds(&t[k]) || t[k+1].low != "character" || t[k+2].low != "in" {
			continue
		}
		at := x.titlePrefix(k + 3)
		e := x.titleAt(at, false)
		if e <= at || !x.titleStarts(at) || x.tok(e).text != "," {
			continue
		}
		ce := x.charAt(e + 1)
		if ce <= e+1 || x.tok(ce).text != "," && !x.tok(ce).has(cAuxWords) {
			continue
		}
		title, char := unquote(x.span(at, e)), x.span(e+1, ce)
		if x.isNetwork(title) || x.knownPerson(char) != "" {
			continue
		}
		x.add(graph.KindCast, x.guest, title, char, "")
	}
}

// fromPairsRule reads an interview's question that lists the
// interviewee's characters, each with its title: "What aspects of Clary
// from T1, Mia from T2, and even Julie from T3 were you able to identify
// with?" (two pairs at least, and "you").
func (x *extractor) fromPairsRule() {
	if !x.sentHasWord(bitYou) || !x.sentHasWord(bitFrom) || x.interviewee() == "" {
		return // no token it reads at, or no interview
	}
	t := x.toks
	var pairs [][2]string
	for k := 1; k+2 < len(t); k++ {
		if t[k].low != "from" || t[k].cap {
			continue
		}
		cs := x.charBefore(k)
		at := k + 1
		e := x.titleAt(at, false)
		if cs == k || e <= at || !x.titleStarts(at) {
			continue
		}
		if n := x.tok(e); n.text != "," && n.text != "?" && n.low != "and" && n.kind != tWord {
			continue
		}
		char, title := x.span(cs, k), unquote(x.span(at, e))
		if x.knownPerson(char) != "" || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		pairs = append(pairs, [2]string{title, char})
	}
	if len(pairs) < 2 {
		return
	}
	for _, p := range pairs {
		x.add(graph.KindCast, x.guest, p[0], p[1], "")
	}
}

// bitYou is the bit of "you" (sentHasWord).
var bitYou = wordBit("you")

// myWord holds the word myCharacterRule reads at.
var myWord = wordMask("my")
