package extract

// A maker's work in the genitive of Danish, Norwegian, Swedish and
// German, which join the "s" to the name with no apostrophe: "Siden
// bragede Lia Booths stjernespækkede ‘Agent’ ud over stepperne", "Ida
// Fenns hyllade ”Grannarna”", "Sam Rowes neuer Film „Kesselglas“" give a
// crew credit of the name without its "s" in the quoted title, as "X's
// ‘T’" does (possessives.go). Read only where up to three words in lower
// case (or a German noun of works, "Film") stand between the name and the opening quote, none a preposition
// or a noun of books or parts ("Lia Booths rolle i ‘T’" is her part, "Ida
// Fenns roman ”T”" a novel), and where the sentence holds a function word
// of these languages, so that English "Tom Hanks ‘Big’" is no genitive.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

func (x *extractor) genitiveMakerRule() {
	t := x.toks
	if len(t) < 4 {
		return
	}
	// The sentence's words are asked of the languages' function words
	// only once a name in "s" before a quote is found: few sentences
	// have one, and every sentence would have been split into words.
	lang := 0
	for k := 1; k+2 < len(t); k++ {
		w := &t[k]
		n := len(w.low)
		if w.kind != tWord || !w.cap || n < 4 || w.low[n-1] != 's' || w.low[n-2] == 's' || x.inBr[k] {
			continue
		}
		at := k + 1
		for at < len(t) && at <= k+3 && t[at].kind == tWord && (!t[at].cap || germanWorkNoun(t[at].low) != "") && !genitiveStops[t[at].low] {
			at++
		}
		if at >= len(t) || !isQuote(t[at].text) {
			continue
		}
		if lang == 0 {
			lang = 2
			if x.sentHasGenitiveLanguage() {
				lang = 1
			}
		}
		if lang == 2 {
			return
		}
		e := x.titleAt(at, false)
		if e <= at+1 {
			continue
		}
		st := -1
		for s := k - 1; s >= 1 && s >= k-3 && t[s].cap && t[s].kind == tWord; s-- {
			if x.personAt(s) == k+1 {
				st = s
				break
			}
		}
		if st < 0 && t[0].cap && t[0].kind == tWord && k <= 3 && x.personAt(0) == k+1 {
			st = 0
		}
		if st < 0 {
			continue
		}
		name := x.span(st, k+1)
		name = name[:len(name)-1]
		title := unquote(x.span(at, e))
		if x.isNetwork(name) || x.isNetwork(title) || x.knownPerson(title) != "" {
			continue
		}
		x.add(graph.KindCrew, name, title, "", "")
	}
}

// genitiveStops are the words in lower case after a genitive that make
// the quoted title after them no work of its maker's: prepositions, and
// nouns of a part or a book.
var genitiveStops = set(`i in på om som af av fra från von vom zu als for för für med mit til till
	rolle rollen roller roman romanen romaner bog bogen bok boken buch bestseller novelle figur
	boksserie bokserie bokserien bogserie bøger böcker bücher romanserie romanreihe buchreihe`)

// genitiveLanguageWords are function words of Danish, Norwegian, Swedish
// and German that English does not write.
var genitiveLanguageWords = set(`og och er är ikke inte ikkje ud ut af av på til till fra från frå nye nya nyeste senaste
	får fått kommer bliver blir blev vil skal ska både också även også hos ved vid
	und ist mit ein eine einen einem im vom zum zur auf neue neuen neuer neues`)

// sentHasGenitiveLanguage reports whether the sentence being read holds a
// word of genitiveLanguageWords.
func (x *extractor) sentHasGenitiveLanguage() bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(x.s.text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r > 127) }) {
		if genitiveLanguageWords[f] {
			return true
		}
	}
	return false
}
