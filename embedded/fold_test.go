package embedded

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

var foldCases = []string{
	"", " ", "Roh Jae-won", "O'Brien", "K. Smith", "  Lee  Min-jae ", "Weak Hero: Class 2", "ALL CAPS",
	"tab\there", "Squid Game Seasons 2 and 3", "Show (Season 4)", "X Season 1 Season 2", "Roh Jae-wön",
	"Beyoncé", "...", "a.b'c", "The Crown S2", "café au lait", "new\nline", "Season 3", "end.",
}

func TestFoldMatchesGraph(t *testing.T) {
	for _, s := range foldCases {
		if got, want := fold(s), graph.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := cleanSpace(s), graph.CleanSpace(s); got != want {
			t.Errorf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := showKey(s), graph.ShowKey(s); got != want {
			t.Errorf("showKey(%q) = %q, want %q", s, got, want)
		}
		f := graph.Fact{Kind: "crew", Person: s, Show: s, Job: " Co-Director ", Evidence: s, Article: " " + s}
		got, want := normalize(f), f.Normalize()
		if got.Person != want.Person || got.Show != want.Show || got.Job != want.Job || got.Evidence != want.Evidence ||
			got.Article != want.Article || !slices.Equal(got.Seasons, want.Seasons) {
			t.Errorf("normalize(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func TestValidateMatchesGraph(t *testing.T) {
	for _, f := range []graph.Fact{
		{Kind: "cast", Person: "A", Show: "B"},
		{Kind: "cast", Person: "A", Show: "B", Date: "2025-13-01"},
		{Kind: "cast", Person: "A", Show: "B", Date: "2025-12-31"},
		{Kind: "cast", Person: "A", Show: "B", Date: "2025-1-031"},
		{Kind: "cast", Person: "A", Show: "B", Job: "x"},
		{Kind: "crew", Person: "A", Show: "B", Character: "x"},
		{Kind: "cast", Person: "!!", Show: "B"},
		{Kind: "cast", Person: "A", Show: "B", Seasons: []int{1001}},
		{Kind: "actor", Person: "A", Show: "B"},
	} {
		got, want := validate(&f, fold(f.Person), showKey(f.Show)), f.Validate()
		if graph.ErrorMessage(got) != graph.ErrorMessage(want) || (got == nil) != (want == nil) {
			t.Errorf("validate(%+v) = %v, want %v", f, got, want)
		}
	}
}

func TestKeyBufMatchesGraph(t *testing.T) {
	var kb keyBuf
	for _, s := range foldCases {
		if got, want := kb.fold(s), graph.Fold(s); got != want {
			t.Errorf("keyBuf.fold(%q) = %q, want %q", s, got, want)
		}
		if c := cleanSpace(s); true {
			if got, want := kb.showKey(c), graph.ShowKey(c); got != want {
				t.Errorf("keyBuf.showKey(%q) = %q, want %q", c, got, want)
			}
		}
	}
}

// TestCleanSpaceRandom checks cleanSpace against graph.CleanSpace on random
// strings of spaces, other white space, letters and bytes above ASCII, in
// every position of the eight-byte words it reads.
func TestCleanSpaceRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{" ", " ", "a", "b", "C", ".", "\t", "\n", "\r", "\x01", "é", "\x7f"}
	for range 200000 {
		var b strings.Builder
		for range r.IntN(30) {
			if r.IntN(4) == 0 {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			} else {
				b.WriteString(alphabet[2+r.IntN(3)])
			}
		}
		s := b.String()
		if got, want := cleanSpace(s), graph.CleanSpace(s); got != want {
			t.Fatalf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
