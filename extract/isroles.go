package extract

// "X is C" in a cast line-up: "Ina Feleo is Margaux, the classy wife of
// Anselmo", "Gabby Eigenmann is the eligible bachelor Arthur".

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// isCharRule reads a sentence that opens with a full name, then "is" and
// a character: the present tense of a cast announcement, one performer a
// sentence. It reads only where casting words stand in the sentence or in
// one of the three before it, or such a sentence came four sentences before
// at most, and the character ends the clause (a comma,
// "in", a bracket or the full stop): "Tom Hanks is Oscar's favourite" or
// "X is President of Y" give nothing.
func (x *extractor) isCharRule() {
	t := x.toks
	if x.s.head || len(t) < 4 || x.sshow == "" {
		return
	}
	chain := x.isCharFrom(0)
	// "Bilson plays Jess, a journalist, and Grant is Caleb, a troubled
	// teen": a second clause of the same shape; "A is C1, B is C2 and D is
	// C3": after a clause read, a comma or "and" alone opens the next
	for k := 2; k+3 < len(t); k++ {
		if t[k].low == "and" && t[k-1].text == "," || t[k].text == ";" || chain && (t[k].text == "," || t[k].low == "and") {
			if x.tok(k+1).cap && x.tok(k+1).kind == tWord {
				chain = x.isCharFrom(k+1) && chain
			}
		}
	}
}

// isCharFrom reads isCharRule's clause from st; true where it gave a
// credit.
func (x *extractor) isCharFrom(st int) bool {
	t := x.toks
	v := -1
	for k, out := st+1, 1; k < len(t) && out < 9; k++ {
		if t[k].low == "is" && !t[k].cap {
			v = k
			break
		}
		if !x.inBr[k] && t[k].text != ")" {
			out++ // words outside a bracket: "X (T1, T2) is C"
		}
	}
	pe := v // where the name ends: before a bracket of earlier work, "X (T movies) is adult C"
	if v > 2 && t[v-1].text == ")" {
		if o := x.openOf(v - 1); o > 1 && x.inBr[v-2] {
			pe = o
		}
	}
	if v < 0 || !t[pe-1].cap || t[pe-1].kind != tWord {
		return false
	}
	ps := x.personBefore(pe)
	if ps < st {
		return false
	}
	surname := pe == st+1 && ps == st && x.resolve(t[st].text) != t[st].text // "Carr is Eli, his estranged son": the surname of a full name named before
	if pe-ps < 2 && !surname || ps > st && t[ps-1].kind == tWord && !t[ps-1].has(cPrefixNouns|cDescribe) && !t[ps-1].cap && t[ps-1].low != "meanwhile" ||
		ps == st+1 && (t[st].low == "playing" || t[st].low == "portraying" || t[st].low == "voicing") {
		return false // a full name that opens the clause; not "Playing C is X", read by frontPlayingRule
	}
	if w := x.tok(v + 1); !w.cap && w.kind == tWord && len(w.low) > 4 && strings.HasSuffix(w.low, "ing") {
		return false // "Selo is replacing Mira Dovel": a verb's object, not a character
	}
	cs, ce, ok := x.charNP(v + 1)
	if !ok || x.tok(v+1).cap && cs != v+1 {
		return false
	}
	switch x.tok(ce).text {
	case ",", ".", "in", "(", ";", "who", ":":
	case "and":
		if pe2 := x.personAt(ce + 1); cs != v+1 || pe2 <= ce+1 || x.tok(pe2).low != "is" {
			return false // "X is Lena and her sister": no clause of the same shape after it
		}
	default:
		if ce < len(t) {
			return false
		}
	}
	char := x.span(cs, ce)
	if isUpperCase(char) || describes(char) || x.knownPerson(char) != "" || x.isShow(char) || x.noCreditName(char) || x.tok(cs).has(cJobNoun|cStopWords|cMonth|cDateWords) {
		return false
	}
	i := x.sentIndex()
	if !x.castContext(i) && !(x.isCharAt > 0 && i-(x.isCharAt-1) <= 4) {
		return false
	}
	x.isCharAt = i + 1
	x.add(graph.KindCast, x.resolve(x.span(ps, pe)), x.sshow, char, "")
	return true
}

// sentIndex returns the index of the sentence being read in x.sents.
func (x *extractor) sentIndex() int {
	for i := range x.sents {
		if &x.sents[i] == x.s {
			return i
		}
	}
	return -1
}

// castContext reports whether sentence i, or one of the three before it in
// the article, has a casting word.
func (x *extractor) castContext(i int) bool {
	const c = cCastNouns | cCastVerbs | cPlayVerbs | cCastCue
	for k := i; k >= 0 && k >= i-3; k-- {
		if x.sents[k].classes&c != 0 {
			return true
		}
	}
	for k := i + 1; k < len(x.sents) && k <= i+3 && x.sents[k].para == x.sents[i].para; k++ {
		if x.sents[k].classes&c != 0 {
			return true // "X is C. ... Also starring A and B": a cast paragraph
		}
	}
	return false
}

// portrayingIsWords are the participles portrayingIsRule reads at.
var portrayingIsWords = wordMask("portraying", "playing")

// portrayingIsRule reads a sentence that opens with the role and ends with
// its performer: "Portraying an equally important role is
// internationally-acclaimed actress Cherie Gil", "Playing the villain is
// veteran actor X", "Playing the heroine will be X".
func (x *extractor) portrayingIsRule() {
	t := x.toks
	if len(t) < 5 || x.sshow == "" || !portrayingIsWords.holds(&t[0]) {
		return
	}
	v := -1
	for k := 2; k < len(t) && k < 14; k++ {
		if (t[k].low == "is" || t[k].low == "are") && !t[k].cap {
			v = k
			break
		}
		if t[k].low == "will" && k+1 < len(t) && t[k+1].low == "be" {
			v = k + 1 // "Playing the heroine will be X"
			break
		}
		if t[k].kind == tPunct {
			return
		}
	}
	if v < 0 {
		return
	}
	m := v + 1
	for q := 0; q < 4 && m < len(t) && t[m].kind == tWord && !t[m].cap && !t[m].has(cStopWords); q++ {
		m++ // "internationally-acclaimed actress", "veteran actor"
	}
	pe := x.personAt(m)
	if pe <= m || !x.personShaped(m, pe) && x.knownPerson(x.span(m, pe)) == "" {
		return
	}
	x.add(graph.KindCast, x.span(m, pe), x.sshow, "", "")
}
