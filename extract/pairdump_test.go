package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestDumpPairs writes, with CASTGRAPH_PAIRS set to a folder, each corpus
// article's facts and, for each sentence of the second reading, the people
// and titles the mention stage finds in it: the data the learned pair
// model is measured and trained on. Without it, it does nothing. With
// CASTGRAPH_PAIRS_GOLD_TITLES set too, each article is read knowing the
// titles of its gold facts as shows (Options.KnownShow): what a perfect
// title-mention stage would give the rules.
func TestDumpPairs(t *testing.T) {
	out := os.Getenv("CASTGRAPH_PAIRS")
	if out == "" {
		t.Skip("a measuring tool, not a check: scripts/pair-model runs it with CASTGRAPH_PAIRS set to a folder to dump the mentions and facts it reads (extract/LEARNED.md)")
	}
	files := dumpArticles(t, "CASTGRAPH_PAIRS_IN")
	defer func() { rereadRules = true; traceSentence = nil }()
	rereadRules = false
	type mention struct {
		I, J  int
		Text  string
		Name  string `json:",omitempty"`
		Quote bool   `json:",omitempty"`
		Known bool   `json:",omitempty"`
	}
	type rec struct {
		Sent     int
		Evidence string
		Show     string
		SShow    string
		Subject  string
		Cast     bool
		Crew     bool
		Toks     []string
		Classes  []uint64
		Caps     []bool
		People   []mention
		Titles   []mention
	}
	var recs []rec
	traceSentence = func(x *extractor) {
		r := rec{Sent: x.sentAt, Evidence: x.s.clean(), Show: x.show, SShow: x.sshow, Subject: x.who.subject, Cast: x.castWords, Crew: x.crewSentence}
		for i := range x.toks {
			r.Toks = append(r.Toks, x.toks[i].low)
			r.Classes = append(r.Classes, x.toks[i].class)
			r.Caps = append(r.Caps, x.toks[i].cap)
		}
		for i := 0; i < len(x.toks); {
			if e := x.titleAt(i, false); e > i {
				text := x.span(i, e)
				q := isQuote(x.toks[i].text)
				u := unquote(text)
				title, _ := x.split(u)
				if q || x.isShow(title) || x.isShow(u) {
					r.Titles = append(r.Titles, mention{I: i, J: e, Text: title, Quote: q, Known: x.isShow(title)})
					i = e
					continue
				}
			}
			if e := x.personAt(i); e > i {
				name := x.span(i, e)
				if !x.isShow(name) {
					r.People = append(r.People, mention{I: i, J: e, Text: name, Name: x.resolve(name)})
				}
				i = e
				continue
			}
			i++
		}
		recs = append(recs, r)
	}
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs = recs[:0]
		var opt Options
		if os.Getenv("CASTGRAPH_PAIRS_GOLD_TITLES") != "" {
			opt.KnownShow = goldTitles(f)
		}
		facts := Extract(a, opt)
		base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(f), ".txt"), ".html")
		w, err := os.Create(filepath.Join(out, base+".pairs.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(w)
		for _, r := range recs {
			enc.Encode(r)
		}
		w.Close()
		w, _ = os.Create(filepath.Join(out, base+".facts.jsonl"))
		enc = json.NewEncoder(w)
		for _, f := range facts {
			enc.Encode(f)
		}
		w.Close()
	}
}

// dumpArticles lists the articles (*.txt, *.html) a measuring dump reads:
// those of the folder the environment variable names, or the corpus'.
func dumpArticles(t *testing.T, env string) []string {
	in := os.Getenv(env)
	if in == "" {
		in = filepath.Join("testdata", "corpus")
	}
	files, _ := filepath.Glob(filepath.Join(in, "*.txt"))
	more, _ := filepath.Glob(filepath.Join(in, "*.html"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatalf("no articles (*.txt, *.html) in %s", in)
	}
	return files
}

// goldTitles is a KnownShow that knows the shows of the gold facts beside
// the article at path.
func goldTitles(path string) func(string) bool {
	shows := map[string]bool{}
	b, _ := os.ReadFile(strings.TrimSuffix(strings.TrimSuffix(path, ".txt"), ".html") + ".jsonl")
	for _, line := range strings.Split(string(b), "\n") {
		var f struct{ Show string }
		if json.Unmarshal([]byte(line), &f) == nil && f.Show != "" {
			shows[graph.ShowKey(f.Show)] = true
		}
	}
	return func(title string) bool { return shows[graph.ShowKey(title)] }
}
