package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// Seasons named in a sentence: "Season 2", "the third season".

// mentionedSeasons are the seasons a sentence names outside brackets and
// other titles: "season 3", "Seasons 2 and 3", "the second season".
func (x *extractor) mentionedSeasons() []int {
	if !x.sentHasAnyWord(seasonWords) {
		return nil // no "season" nor "seasons": none named
	}
	var buf [8]int
	out := buf[:0] // copied by MergeSeasons below
	t := x.toks
	// only a season word starts what is read: "season 3" at it, "the
	// third season" at the word before it, read first as the word before
	// is read before it
	for k := range t {
		if !seasonWords.holds(&t[k]) {
			continue
		}
		if j := k - 1; j >= 0 && t[k].low == "season" && !x.inBr[j] && ordinalBits.mayHold(&t[j]) {
			if o, ok := ordinalsIDs.lookup(t[j].id); ok {
				out = append(out, o)
			}
		}
		if x.inBr[k] || k+1 >= len(t) {
			continue
		}
		if k > 0 && t[k-1].cap && t[k-1].kind == tWord {
			// "Squid Game Season 3" belongs to that title, unless it is
			// the sentence's own show.
			st := x.titleBefore(k)
			if x.skey(x.span(st, k)) != x.skey(x.sshow) && x.skey(x.span(st, k)) != x.showKey {
				continue
			}
		}
		if t[k+1].kind == tNum {
			out = append(out, atoi(t[k+1].text))
			for j := k + 2; j+1 < len(t) && (t[j].low == "and" || t[j].text == "," || t[j].text == "&") && t[j+1].kind == tNum; j += 2 {
				out = append(out, atoi(t[j+1].text))
			}
		} else if o, ok := ordinalsIDs.lookup(t[k+1].id); ok {
			out = append(out, o)
		}
	}
	return graph.MergeSeasons(out, nil)
}

// seasonWords are the words mentionedSeasons reads at.
var seasonWords = wordMask("season", "seasons")

// seasonOnlyFirst reports whether w, in lower case, may open a seasonOnly
// span: "season", "series", "part", "episode", "chapter", "volume".
func seasonOnlyFirst[S string | []byte](w S) bool {
	switch string(w) { // read in place: no string made of a []byte
	case "season", "series", "part", "episode", "chapter", "volume":
		return true
	}
	return false
}

// seasonOnly reports whether s names a season and nothing else: "Season
// 5", "series two".
func seasonOnly(s string) bool {
	var buf [32]byte
	if w, _, ok := plainFirstWord(buf[:0], s); ok && !seasonOnlyFirst(w) {
		return false // the first word is none of them
	}
	n, num := 0, false
	for f := range strings.FieldsSeq(s) {
		w := string(lowerInto(buf[:0], f))
		switch n++; n {
		case 1:
			if w != "season" && w != "series" && w != "part" && w != "episode" && w != "chapter" && w != "volume" {
				return false
			}
		case 2:
			_, ord := ordinals[w]
			num = allDigits(w) || ord
		default:
			return false
		}
	}
	return n == 2 && num
}

// atoi reads the number of up to four digits that s starts with.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// seasonNum is the number a season's number token gives: "2", or "two" in
// "season two of T".
func seasonNum(t *token) int {
	if t.kind == tNum {
		return atoi(t.text)
	}
	return ordinalsIDs.get(t.id)
}

// mergeInto is graph.MergeSeasons(a, b) for a caller that replaces a with
// the result: where a is sorted without repeats and b names no season a
// lacks, it returns a as it is, with no new slice. Seasons are never
// written in place, so a slice may stand for several credits.
func mergeInto(a, b []int) []int {
	if len(a) == 0 {
		return graph.MergeSeasons(a, b)
	}
	for i := 1; i < len(a); i++ {
		if a[i-1] >= a[i] {
			return graph.MergeSeasons(a, b)
		}
	}
	for _, s := range b {
		if !sortedHas(a, s) {
			return graph.MergeSeasons(a, b)
		}
	}
	return a
}

// sortedHas reports whether a, sorted, holds s.
func sortedHas(a []int, s int) bool {
	for _, v := range a {
		if v >= s {
			return v == s
		}
	}
	return false
}
