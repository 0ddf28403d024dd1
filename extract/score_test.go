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

// camelSplit finds a lower-case letter glued to a capital: "BinPark".
var camelSplit = regexp.MustCompile(`([a-z])([A-Z])`)

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

// scoreArticles extracts each article and scores its facts against its gold
// file, as the shared scorer does, logging the scorer's table; articles maps
// an article's path to its gold file's path.
func scoreArticles(t *testing.T, articles map[string]string) (cast, role, crew, all tally) {
	t.Helper()
	paths := make([]string, 0, len(articles))
	for ap := range articles {
		paths = append(paths, ap)
	}
	sort.Strings(paths)
	for _, ap := range paths {
		a, err := ReadFile(ap)
		if err != nil {
			t.Fatal(err)
		}
		g, p := factSets(readFacts(t, articles[ap])), factSets(Extract(a, Options{}))
		c := tally{intersect2(g.cast, p.cast), len(p.cast), len(g.cast)}
		r := tally{matchRoles(g.role, p.role), len(p.role), len(g.role)}
		w := tally{intersect2(g.crew, p.crew), len(p.crew), len(g.crew)}
		t.Logf("%-50s cast %d/%d/%d  role %d/%d/%d  crew %d/%d/%d", a.ID, c.tp, c.pred, c.gold, r.tp, r.pred, r.gold, w.tp, w.pred, w.gold)
		for _, set := range []struct {
			name       string
			gold, pred map[[2]string]bool
		}{{"cast", g.cast, p.cast}, {"crew", g.crew, p.crew}} {
			for k := range set.gold {
				if !set.pred[k] {
					t.Logf("    missed %s %v", set.name, k)
				}
			}
			for k := range set.pred {
				if !set.gold[k] {
					t.Logf("    extra  %s %v", set.name, k)
				}
			}
		}
		cast = tally{cast.tp + c.tp, cast.pred + c.pred, cast.gold + c.gold}
		role = tally{role.tp + r.tp, role.pred + r.pred, role.gold + r.gold}
		crew = tally{crew.tp + w.tp, crew.pred + w.pred, crew.gold + w.gold}
	}
	all = tally{cast.tp + role.tp + crew.tp, cast.pred + role.pred + crew.pred, cast.gold + role.gold + crew.gold}
	t.Logf("set    precision recall  F1     (tp/predicted/gold)")
	for _, s := range []struct {
		name string
		t    tally
	}{{"cast", cast}, {"role", role}, {"crew", crew}, {"all", all}} {
		p, r, f := s.t.prf()
		t.Logf("%-6s %9.3f %6.3f %6.3f  (%d/%d/%d)", s.name, p, r, f, s.t.tp, s.t.pred, s.t.gold)
	}
	_, _, f := all.prf()
	t.Logf("overall F1 %.3f", f)
	return cast, role, crew, all
}

// TestScoreAgainstGold extracts every article in testdata and scores the
// facts against the hand-checked gold facts in testdata/gold.
func TestScoreAgainstGold(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in testdata/gold (%v)", err)
	}
	articles := map[string]string{}
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".jsonl")
		articles[filepath.Join("testdata", name+".txt")] = gp
	}
	cast, role, crew, all := scoreArticles(t, articles)
	for _, s := range []struct {
		name string
		t    tally
	}{{"cast", cast}, {"role", role}, {"crew", crew}} {
		if _, _, f := s.t.prf(); f < 0.90 {
			t.Errorf("%s F1 %.3f, want at least 0.90", s.name, f)
		}
	}
	if _, _, f := all.prf(); f < 0.95 {
		t.Errorf("overall F1 %.3f, want at least 0.95", f)
	}
}

// corpusArticles lists testdata/corpus: each article (NAME.txt or NAME.html)
// with its gold file NAME.jsonl.
func corpusArticles(t *testing.T) map[string]string {
	t.Helper()
	dir := filepath.Join("testdata", "corpus")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]string{}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if ext != ".txt" && ext != ".html" {
			continue
		}
		gold := filepath.Join(dir, strings.TrimSuffix(e.Name(), ext)+".jsonl")
		if _, err := os.Stat(gold); err != nil {
			t.Errorf("corpus article %s has no gold file: %v", e.Name(), err)
			continue
		}
		articles[filepath.Join(dir, e.Name())] = gold
	}
	if len(articles) < 50 {
		t.Fatalf("the corpus holds %d articles, want at least 50", len(articles))
	}
	return articles
}

// corpusFloor is the corpus' overall F1 when it was last set, less a
// little: a change that scores lower is a regression. Raise it as the
// extractor improves; folding in a held-out set lowers the corpus' figure
// (0.894 before the twenty-third set, 0.877 with it; 0.875 before the
// thirty-second, 0.867 with it; 0.868 before the thirty-third, 0.859 with
// it; 0.861 before the thirty-fourth, 0.855 with it; 0.855 before the
// thirty-fifth, 0.847 with it; 0.848 before the thirty-sixth, 0.838 with
// it; 0.841 before the thirty-seventh, 0.833 with it; 0.833 before the
// thirty-eighth, 0.826 with it; 0.826 before the thirty-ninth, 0.820 with
// it; 0.821 before the fortieth, 0.817 with it; 0.818 before the
// forty-first, 0.811 with it; 0.812 before the forty-second, 0.807 with
// it; 0.807 before the forty-third, 0.798 with it; 0.800 before the
// forty-fourth, 0.793 with it; 0.794 before the forty-fifth, 0.788 with
// it; 0.788 before the forty-sixth, 0.781 with it; 0.782 before the
// forty-seventh and the ninth batch of new articles, 0.774 with them;
// 0.777 with the players of bracketed pairs read by a family's surname;
// 0.777 before the forty-eighth, 0.772 with it; 0.774 before the
// forty-ninth, 0.768 with it; 0.771 before the fiftieth, 0.765 with it;
// 0.773 before the fifty-first, 0.768 with it).
const corpusFloor = 0.765

// TestCorpus scores the extractor on the whole real-article corpus
// (testdata/corpus, sources in its SOURCES.md) and guards against
// regressions; "go test -run TestCorpus -v" prints the scorer's table.
func TestCorpus(t *testing.T) {
	_, _, _, all := scoreArticles(t, corpusArticles(t))
	if _, _, f := all.prf(); f < corpusFloor {
		t.Errorf("corpus overall F1 %.3f, below the floor %.2f", f, corpusFloor)
	}
}

// TestCorpusFactsNameWhatTheArticleSays checks every fact the corpus gives:
// its person and its show are written in the article (folded), so that no
// fact names someone or something the article does not contain.
func TestCorpusFactsNameWhatTheArticleSays(t *testing.T) {
	for ap := range corpusArticles(t) {
		a, err := ReadFile(ap)
		if err != nil {
			t.Fatal(err)
		}
		text := scoreFold(a.Text)
		words := map[string]bool{}
		for _, w := range scoreWords(a.Text) {
			words[w] = true
		}
		// and the parts of hyphenated words: "Shahrukh Khan-led" names Khan
		for _, w := range scoreWords(strings.ReplaceAll(a.Text, "-", " ")) {
			words[w] = true
		}
		// and a name in the genitive of Danish, Norwegian, Swedish and
		// German without its "s": "Ana Selos ‘T’" names Ana Selo
		for _, w := range scoreWords(a.Text) {
			if len(w) > 3 && w[len(w)-1] == 's' {
				words[w[:len(w)-1]] = true
			}
		}
		// and of two names a lost comma glued: "Lee Joo BinPark Sung Hoon"
		for _, w := range scoreWords(camelSplit.ReplaceAllString(a.Text, "$1 $2")) {
			words[w] = true
		}
		for _, f := range Extract(a, Options{}) {
			// every word of the name: "Joe and Anthony Russo" names
			// Anthony Russo
			named := true
			for _, w := range scoreWords(f.Person) {
				named = named && words[w]
			}
			if !named {
				t.Errorf("%s: fact %s names a person the article does not contain", a.ID, brief(f))
			}
			if !strings.Contains(text, scoreFold(f.Show)) {
				t.Errorf("%s: fact %s names a show the article does not contain", a.ID, brief(f))
			}
		}
	}
}

// TestConfidence: every fact of the corpus has a confidence in (0, 1], the
// more confident facts are the more precise, and MinConfidence keeps
// exactly the facts at or above it.
func TestConfidence(t *testing.T) {
	var all, strong tally
	for ap, gp := range corpusArticles(t) {
		a, err := ReadFile(ap)
		if err != nil {
			t.Fatal(err)
		}
		facts := Extract(a, Options{})
		kept := 0
		for _, f := range facts {
			if f.Confidence <= 0 || f.Confidence > 1 {
				t.Errorf("%s: fact %s has confidence %v, want (0, 1]", a.ID, brief(f), f.Confidence)
			}
			if f.Confidence >= 0.8 {
				kept++
			}
		}
		filtered := Extract(a, Options{MinConfidence: 0.8})
		if len(filtered) != kept {
			t.Errorf("%s: MinConfidence 0.8 kept %d facts, want the %d at or above it", a.ID, len(filtered), kept)
		}
		g := factSets(readFacts(t, gp))
		for _, s := range []struct {
			facts []graph.Fact
			t     *tally
		}{{facts, &all}, {filtered, &strong}} {
			p := factSets(s.facts)
			s.t.tp += intersect2(g.cast, p.cast) + intersect2(g.crew, p.crew)
			s.t.pred += len(p.cast) + len(p.crew)
		}
	}
	pa, _, _ := all.prf()
	ps, _, _ := strong.prf()
	t.Logf("precision of cast and crew credits: all facts %.3f, confidence ≥ 0.8 %.3f", pa, ps)
	if ps < pa {
		t.Errorf("facts with confidence ≥ 0.8 are less precise (%.3f) than all facts (%.3f)", ps, pa)
	}
}

// TestSeedArticle: the article the facts contract was written from still
// gives every fact of its gold file.
func TestSeedArticle(t *testing.T) {
	a, err := ReadFile(filepath.Join("testdata", "all-of-us-are-dead-season-2.txt"))
	if err != nil {
		t.Fatal(err)
	}
	g := factSets(readFacts(t, filepath.Join("testdata", "gold", "all-of-us-are-dead-season-2.jsonl")))
	p := factSets(Extract(a, Options{}))
	for k := range g.cast {
		if !p.cast[k] {
			t.Errorf("missed cast credit %v", k)
		}
	}
	for k := range g.crew {
		if !p.crew[k] {
			t.Errorf("missed crew credit %v", k)
		}
	}
	if n := matchRoles(g.role, p.role); n != len(g.role) {
		t.Errorf("matched %d of %d roles", n, len(g.role))
	}
}
