package neo4j

import (
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestFuzzyLuceneQuery checks, without a server, that the full-text query
// for typos asks for every word graph.FuzzyKey lets a search word match:
// each word one edit away (over the runes of the word and a few others)
// that FuzzyKey matches is a term of the word's group, reading ? as any
// one rune.
func TestFuzzyLuceneQuery(t *testing.T) {
	alphabet := []rune("abegmqsu2éß")
	for _, w := range []string{"gme", "squid", "aab", "séoul", "2024", "ßeé", strings.Repeat("x", graph.FuzzyMaxRunes)} {
		q := fuzzyLuceneQuery([]string{w})
		group, ok := strings.CutPrefix(q, "+(")
		if !ok || !strings.HasSuffix(group, ")") || strings.Count(q, "+") != 1 {
			t.Errorf("fuzzyLuceneQuery(%q) = %q, want one group +(...)", w, q)
			continue
		}
		terms := strings.Fields(strings.TrimSuffix(group, ")"))
		if len(terms) > 4*graph.FuzzyMaxRunes+1 {
			t.Errorf("%q: %d terms, over the bound the doc gives", w, len(terms))
		}
		r := []rune(w)
		var near []string
		for i := 0; i <= len(r); i++ {
			if i < len(r) {
				near = append(near, string(r[:i])+string(r[i+1:]))
				if i+1 < len(r) {
					near = append(near, string(r[:i])+string(r[i+1])+string(r[i])+string(r[i+2:]))
				}
			}
			for _, c := range alphabet {
				near = append(near, string(r[:i])+string(c)+string(r[i:]))
				if i < len(r) {
					near = append(near, string(r[:i])+string(c)+string(r[i+1:]))
				}
			}
		}
		for _, c := range near {
			if matched := graph.NewFuzzyKey(w).Score(c) > 0; matched != graph.FuzzyWord(c) {
				t.Errorf("%q is one edit from %q: FuzzyKey matches it: %v, want %v", c, w, matched, !matched)
			} else if matched && !matchesAny(terms, c) {
				t.Errorf("%q is one edit from %q, but no term of %q matches it", c, w, q)
			}
		}
	}
	if q := fuzzyLuceneQuery([]string{"kim", "si", "eun"}); !strings.Contains(q, " +si ") || strings.Count(q, "+(") != 2 {
		t.Errorf("fuzzyLuceneQuery(kim si eun) = %q, want si as a plain term between two groups", q)
	}
}

// matchesAny reports whether s matches one of the terms, ? matching one rune.
func matchesAny(terms []string, s string) bool {
	for _, t := range terms {
		tr, sr := []rune(t), []rune(s)
		if len(tr) != len(sr) {
			continue
		}
		ok := true
		for i := range tr {
			if tr[i] != '?' && tr[i] != sr[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
