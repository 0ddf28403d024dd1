package neo4j

import (
	"context"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/samples"
)

// sampleBatches reads the sample facts files, one batch each.
func sampleBatches(tb testing.TB) []graph.Batch {
	tb.Helper()
	names, err := fs.Glob(samples.Facts(), "*.jsonl")
	if err != nil || len(names) == 0 {
		tb.Fatalf("sample facts: %v (%d files)", err, len(names))
	}
	var batches []graph.Batch
	for _, name := range names {
		f, err := samples.Facts().Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		facts, err := jsonl.Read(f, name)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		batches = append(batches, graph.Batch{Source: name, Facts: facts})
	}
	return batches
}

func openEmbedded(tb testing.TB) *embedded.Store {
	tb.Helper()
	s := embedded.New(embedded.Config{Dir: tb.TempDir()}, zerolog.New(zerolog.NewTestWriter(tb)))
	if err := s.Open(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return s
}

// TestSameAnswersAsEmbedded loads the sample facts into this store and the
// embedded one and asks both the same questions: every show, every person,
// searches on every word and its first letters, linking actors of every pair of
// shows and shortest paths between many pairs of nodes.
func TestSameAnswersAsEmbedded(t *testing.T) {
	serverURI(t)
	ctx := context.Background()
	n4, em := openEmpty(t), openEmbedded(t)
	defer n4.Close()
	defer em.Close()
	stores := []graph.Store{em, n4}

	same := sameAnswers(t, n4, em, "%s:\nneo4j:    %+v (%v)\nembedded: %+v (%v)")

	batches := sampleBatches(t)
	for _, round := range []string{"load", "reload"} {
		for _, b := range batches {
			same(round+" "+b.Source, func(s graph.Store) (any, error) { return s.Load(ctx, b) })
		}
	}
	same("stats", func(s graph.Store) (any, error) { return s.Stats(ctx) })

	var people, shows []string
	words := map[string]bool{}
	for _, b := range batches {
		for _, f := range b.Facts {
			people = append(people, f.Person)
			shows = append(shows, f.Show)
			for _, w := range strings.Fields(graph.Fold(f.Person + " " + f.Show + " " + f.Character)) {
				words[w] = true
				r := []rune(w)
				for i := 1; i <= min(3, len(r)); i++ {
					words[string(r[:i])] = true
				}
			}
		}
	}
	slices.Sort(people)
	people = slices.Compact(people)
	slices.Sort(shows)
	shows = slices.Compact(shows)
	for _, p := range people {
		same("person "+p, func(s graph.Store) (any, error) { return s.Person(ctx, p) })
	}
	for _, sh := range shows {
		same("show "+sh, func(s graph.Store) (any, error) { return s.Show(ctx, sh) })
	}
	for w := range words {
		same("search "+w, func(s graph.Store) (any, error) { return s.Search(ctx, w, 25) })
	}
	for _, text := range []string{"season 2", "House of the Dragon Season 3", "the split", "ô", "x y z"} {
		same("search "+text, func(s graph.Store) (any, error) { return s.Search(ctx, text, 25) })
	}
	// Typos: searches with one edit in a word or a name, and the
	// suggestions of the person or show a misspelt name does not find.
	// One typo a word, the three kinds in turn: each kind meets about a
	// third of the words, at a third of the searches' cost.
	typoTexts := 0
	for w := range words {
		if ts := typos(w); ts != nil {
			typo := ts[typoTexts%len(ts)]
			typoTexts++
			same("search "+typo, func(s graph.Store) (any, error) { return s.Search(ctx, typo, 25) })
		}
	}
	sameError := func(what string, call func(s graph.Store) error) {
		t.Helper()
		if werr, gerr := call(em), call(n4); fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("%s:\nneo4j:    %v\nembedded: %v", what, gerr, werr)
		}
	}
	for _, p := range people {
		typo := typoName(p)
		same("search "+typo, func(s graph.Store) (any, error) { return s.Search(ctx, typo, 25) })
		sameError("person "+typo, func(s graph.Store) error { _, err := s.Person(ctx, typo); return err })
	}
	for _, sh := range shows {
		typo := typoName(sh)
		same("search "+typo, func(s graph.Store) (any, error) { return s.Search(ctx, typo, 25) })
		sameError("show "+typo, func(s graph.Store) error { _, err := s.Show(ctx, typo); return err })
		sameError("linking "+typo, func(s graph.Store) error { _, err := s.LinkingActors(ctx, shows[0], typo); return err })
	}
	t.Logf("compared %d searches with typos", typoTexts+len(people)+len(shows))
	for i, a := range shows {
		for _, b := range shows[i:] {
			same("linking "+a+" / "+b, func(s graph.Store) (any, error) { return s.LinkingActors(ctx, a, b) })
		}
	}
	ends := append(slices.Clone(people), shows...)
	pairs := 0
	for i := 0; i < len(ends); i += 5 {
		for j := 1; j < len(ends); j += 11 {
			for _, hops := range []int{2, graph.MaxHopsLimit} {
				pairs++
				samePath(t, n4, em, ends[i], ends[j], hops)
			}
		}
	}
	t.Logf("compared %d people, %d shows, %d search texts, %d paths on %d stores", len(people), len(shows), len(words), pairs, len(stores))
}

// typos returns words one edit away from w: its first two runes swapped,
// its middle rune dropped, its last rune replaced; none when w is shorter
// than graph.FuzzyMinRunes.
func typos(w string) []string {
	r := []rune(w)
	if len(r) < graph.FuzzyMinRunes {
		return nil
	}
	swap := slices.Clone(r)
	swap[0], swap[1] = swap[1], swap[0]
	drop := slices.Delete(slices.Clone(r), len(r)/2, len(r)/2+1)
	replace := slices.Clone(r)
	replace[len(r)-1] = 'q'
	return []string{string(swap), string(drop), string(replace)}
}

// typoName returns name, folded, with its longest word misspelt.
func typoName(name string) string {
	words := strings.Fields(graph.Fold(name))
	longest := 0
	for i, w := range words {
		if len(w) > len(words[longest]) {
			longest = i
		}
	}
	if t := typos(words[longest]); t != nil {
		words[longest] = t[1]
	}
	return strings.Join(words, " ")
}

// TestSameAnswersOnDenseGraph compares the two stores on a made-up graph
// dense enough that shortest paths have many ties, loaded in batches that
// repeat and overlap.
func TestSameAnswersOnDenseGraph(t *testing.T) {
	serverURI(t)
	ctx := context.Background()
	n4, em := openEmpty(t), openEmbedded(t)
	defer n4.Close()
	defer em.Close()
	same := sameAnswers(t, n4, em, "%s:\nneo4j:    %+v (%v)\nembedded: %+v (%v)")
	const people, shows = 80, 30
	for i, seed := range []uint64{1, 2, 1, 3} {
		b := graph.Batch{Source: fmt.Sprintf("dense-%d", i), Facts: syntheticFacts(seed, 150, people, shows)}
		same("load "+b.Source, func(s graph.Store) (any, error) { return s.Load(ctx, b) })
	}
	same("stats", func(s graph.Store) (any, error) { return s.Stats(ctx) })
	// Later batches add credits to linked pairs: their links must list
	// every character.
	creditedPairs(t, n4)
	var ends []string
	for p := 0; p < people; p += 3 {
		name := fmt.Sprintf("person %d name", p)
		ends = append(ends, name)
		same("person "+name, func(s graph.Store) (any, error) { return s.Person(ctx, name) })
	}
	for sh := 0; sh < shows; sh += 2 {
		title := fmt.Sprintf("Show %d Title", sh)
		ends = append(ends, title)
		same("show "+title, func(s graph.Store) (any, error) { return s.Show(ctx, title) })
	}
	for _, text := range []string{"person 1", "show", "character 3", "title", "name", "p"} {
		same("search "+text, func(s graph.Store) (any, error) { return s.Search(ctx, text, 40) })
	}
	same("linking", func(s graph.Store) (any, error) { return s.LinkingActors(ctx, "show 1 title", "show 2 title") })
	found := map[int]int{}
	for i := 0; i < len(ends); i += 2 {
		for j := 1; j < len(ends); j += 3 {
			for _, hops := range []int{1, 3, graph.MaxHopsLimit} {
				if p := samePath(t, n4, em, ends[i], ends[j], hops); p != nil {
					found[p.Length]++
				}
			}
		}
	}
	t.Logf("paths found by length: %v", found)
	if found[3]+found[4] == 0 {
		t.Errorf("the dense graph gave no paths of length 3 or 4: %v", found)
	}
}

// sameAnswers returns a check that a call gives the same answer and the
// same error code from both stores, reported with format (what, the Neo4j
// answer and error, the embedded answer and error) when it does not.
func sameAnswers(t *testing.T, n4, em graph.Store, format string) func(what string, call func(s graph.Store) (any, error)) {
	return func(what string, call func(s graph.Store) (any, error)) {
		t.Helper()
		want, werr := call(em)
		got, gerr := call(n4)
		if graph.ErrorCode(werr) != graph.ErrorCode(gerr) || !reflect.DeepEqual(got, want) {
			t.Errorf(format, what, got, gerr, want, werr)
		}
	}
}

// samePath checks that both stores answer a shortest path alike: the same
// error code, or both no path, or paths of the same length between the
// same ends that are both paths of the graph with their evidence (checked
// against the embedded store, which holds the same graph). Where only one
// shortest path exists that makes them equal; where several do, each store
// may pick its own. It returns the Neo4j store's path.
func samePath(t *testing.T, n4, em graph.Store, from, to string, hops int) *graph.Path {
	t.Helper()
	ctx := context.Background()
	want, werr := em.ShortestPath(ctx, from, to, hops)
	got, gerr := n4.ShortestPath(ctx, from, to, hops)
	what := fmt.Sprintf("path %s → %s (%d)", from, to, hops)
	switch {
	case graph.ErrorCode(werr) != graph.ErrorCode(gerr):
		t.Errorf("%s: neo4j error %v, embedded error %v", what, gerr, werr)
	case want == nil || got == nil:
		if want != got {
			t.Errorf("%s:\nneo4j:    %+v\nembedded: %+v", what, got, want)
		}
	default:
		if err := graph.CheckPath(ctx, em, got, from, to, want.Length); err != nil {
			t.Errorf("%s: neo4j's path %+v: %v", what, got, err)
		}
	}
	return got
}
