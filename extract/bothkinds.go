package extract

// "The network ordered T1 and T2. X will executive produce both dramas":
// "both" and a plural kind of work after a job verb credits the two
// titles the sentence before named, not only the sentence's show.

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// bothWord holds the word bothKindsRule reads at.
var bothWord = wordMask("both")

// bothKinds are the plural kinds of work "both" may name.
var bothKinds = set(`dramas series films movies shows projects features`)

// bothKindsRule reads "X will direct both films", "X will executive
// produce both dramas": the subject is crew, with the verb's job, in each
// of two titles "T1 and T2" of the sentence before, in the same paragraph.
func (x *extractor) bothKindsRule() {
	if !x.sentHasAnyWord(bothWord) || x.sentAt < 1 || x.s == nil {
		return
	}
	t := x.toks
	for k := 1; k+1 < len(t); k++ {
		if !bothWord.holds(&t[k]) || t[k].cap || !bothKindsIDs.has(t[k+1].id) {
			continue
		}
		job, ok := jobVerbsIDs.lookup(t[k-1].id)
		if !ok || t[k-1].cap {
			continue
		}
		v := k - 1
		if x.tok(v-1).low == "executive" {
			v-- // "will executive produce"
		}
		prev := &x.sents[x.sentAt-1]
		if prev.para != x.s.para {
			return
		}
		titles := twoTitles(prev.toks)
		if len(titles) != 2 {
			return
		}
		for _, p := range x.subjectsBefore(v, 0) {
			for _, ti := range titles {
				x.add(graph.KindCrew, p, ti, "", job)
			}
		}
		return
	}
}

// twoTitles is the two titles a sentence names as "T1 and T2", each a run
// of capitalized words after a lower-case word, the second ending the
// sentence's clause; or nil.
func twoTitles(toks []token) []string {
	for a := 1; a+1 < len(toks); a++ {
		if toks[a].low != "and" || toks[a].cap || !toks[a-1].cap || !toks[a+1].cap {
			continue
		}
		s := a - 1
		for s > 0 && toks[s-1].cap && toks[s-1].kind == tWord {
			s--
		}
		e := a + 1
		for e < len(toks) && toks[e].cap && toks[e].kind == tWord {
			e++
		}
		if s == 0 || toks[s-1].cap || e < len(toks) && toks[e].kind == tWord && toks[e].cap {
			return nil
		}
		return []string{joinToks(toks[s:a]), joinToks(toks[a+1 : e])}
	}
	return nil
}

// joinToks is the tokens' texts joined by spaces.
func joinToks(toks []token) string {
	var b strings.Builder
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].text)
	}
	return b.String()
}
