package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/castgraph/castgraph/graph"
)

// The scoring below ports the facts scorer (tools/score-facts in the shared
// folder) so that the test needs no Python: the same three sets, the same
// folding, the same matching of characters.

// scoreSeasonTail matches a trailing season qualifier as the scorer does.
var scoreSeasonTail = regexp.MustCompile(`(?i)\s*[:,(\-–]?\s*\b(season|seasons|series|part|s)\s*\d+(\s*(,|and|&|-|–)\s*\d+)*\)?\s*$`)

// stripMarks is NFKD without combining marks.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Me, r) && !unicode.Is(unicode.Mc, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// scoreFold is the scorer's fold: marks dropped, lower case, letters and
// digits only.
func scoreFold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(stripMarks(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// scoreWords is the scorer's words: ASCII letters and digits, hyphens
// joined.
func scoreWords(s string) []string {
	s = strings.ToLower(stripMarks(s))
	var out []string
	for _, w := range nonWord.Split(strings.ReplaceAll(s, "-", ""), -1) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// scoreTitle drops season qualifiers and a leading "the", then folds.
func scoreTitle(s string) string {
	s = strings.TrimSpace(s)
	for {
		next := strings.TrimSpace(scoreSeasonTail.ReplaceAllString(s, ""))
		if next == s {
			break
		}
		s = next
	}
	if strings.HasPrefix(strings.ToLower(s), "the ") {
		s = s[4:]
	}
	return scoreFold(s)
}

type scoreSets struct {
	cast, crew map[[2]string]bool
	role       map[[3]string]bool
}

func factSets(facts []graph.Fact) scoreSets {
	s := scoreSets{cast: map[[2]string]bool{}, crew: map[[2]string]bool{}, role: map[[3]string]bool{}}
	for _, f := range facts {
		person, show := scoreFold(f.Person), scoreTitle(f.Show)
		if person == "" || show == "" {
			continue
		}
		switch f.Kind {
		case graph.KindCast:
			s.cast[[2]string{person, show}] = true
			if f.Character != "" {
				s.role[[3]string{person, show, strings.Join(scoreWords(f.Character), " ")}] = true
			}
		case graph.KindCrew:
			s.crew[[2]string{person, show}] = true
		}
	}
	return s
}

// matchRoles pairs gold and predicted roles one to one, as the scorer does:
// same person and show, and the words of one character contain the other's.
func matchRoles(gold, pred map[[3]string]bool) int {
	sorted := func(m map[[3]string]bool) [][3]string {
		var out [][3]string
		for k := range m {
			out = append(out, k)
		}
		sort.Slice(out, func(i, j int) bool { return strings.Join(out[i][:], "\x00") < strings.Join(out[j][:], "\x00") })
		return out
	}
	subset := func(a, b []string) bool {
		set := map[string]bool{}
		for _, w := range b {
			set[w] = true
		}
		for _, w := range a {
			if !set[w] {
				return false
			}
		}
		return true
	}
	hit, used := 0, map[[3]string]bool{}
	golds := sorted(gold)
	for _, p := range sorted(pred) {
		for _, g := range golds {
			if used[g] || g[0] != p[0] || g[1] != p[1] {
				continue
			}
			gw, pw := strings.Fields(g[2]), strings.Fields(p[2])
			if len(gw) > 0 && len(pw) > 0 && (subset(gw, pw) || subset(pw, gw)) {
				used[g] = true
				hit++
				break
			}
		}
	}
	return hit
}

func intersect2(a, b map[[2]string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// tally is true positives, predicted and gold counts for one set.
type tally struct{ tp, pred, gold int }

func (t tally) prf() (p, r, f float64) {
	switch {
	case t.pred > 0:
		p = float64(t.tp) / float64(t.pred)
	case t.gold == 0:
		p = 1
	}
	r = 1
	if t.gold > 0 {
		r = float64(t.tp) / float64(t.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func readFacts(t *testing.T, path string) []graph.Fact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []graph.Fact
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var fact graph.Fact
		if err := json.Unmarshal([]byte(line), &fact); err != nil {
			t.Fatalf("%s:%d: not JSON: %v", path, n, err)
		}
		out = append(out, fact)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestScoreAgainstGold extracts every article in testdata and scores the
// facts against the hand-checked gold facts in testdata/gold.
func TestScoreAgainstGold(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in testdata/gold (%v)", err)
	}
	var cast, role, crew tally
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".jsonl")
		a, err := ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		g, p := factSets(readFacts(t, gp)), factSets(Extract(a, Options{}))
		c := tally{intersect2(g.cast, p.cast), len(p.cast), len(g.cast)}
		r := tally{matchRoles(g.role, p.role), len(p.role), len(g.role)}
		w := tally{intersect2(g.crew, p.crew), len(p.crew), len(g.crew)}
		t.Logf("%-40s cast %d/%d/%d  role %d/%d/%d  crew %d/%d/%d", name, c.tp, c.pred, c.gold, r.tp, r.pred, r.gold, w.tp, w.pred, w.gold)
		for k := range g.cast {
			if !p.cast[k] {
				t.Logf("    missed cast %v", k)
			}
		}
		for k := range p.cast {
			if !g.cast[k] {
				t.Logf("    extra  cast %v", k)
			}
		}
		for k := range g.crew {
			if !p.crew[k] {
				t.Logf("    missed crew %v", k)
			}
		}
		for k := range p.crew {
			if !g.crew[k] {
				t.Logf("    extra  crew %v", k)
			}
		}
		cast = tally{cast.tp + c.tp, cast.pred + c.pred, cast.gold + c.gold}
		role = tally{role.tp + r.tp, role.pred + r.pred, role.gold + r.gold}
		crew = tally{crew.tp + w.tp, crew.pred + w.pred, crew.gold + w.gold}
	}
	all := tally{cast.tp + role.tp + crew.tp, cast.pred + role.pred + crew.pred, cast.gold + role.gold + crew.gold}
	t.Logf("set    precision recall  F1     (tp/predicted/gold)")
	for _, s := range []struct {
		name string
		t    tally
	}{{"cast", cast}, {"role", role}, {"crew", crew}, {"all", all}} {
		p, r, f := s.t.prf()
		t.Logf("%-6s %9.3f %6.3f %6.3f  (%d/%d/%d)", s.name, p, r, f, s.t.tp, s.t.pred, s.t.gold)
		if s.name != "all" && f < 0.90 {
			t.Errorf("%s F1 %.3f, want at least 0.90", s.name, f)
		}
	}
	_, _, f := all.prf()
	t.Logf("overall F1 %.3f", f)
	if f < 0.95 {
		t.Errorf("overall F1 %.3f, want at least 0.95", f)
	}
}
