package graph

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// splitSeasonsSlow is SplitSeasons without its shortcut: the expression
// alone decides.
func splitSeasonsSlow(title string) (string, []int) {
	title = strings.Join(strings.Fields(title), " ")
	if m := seasonTail.FindStringSubmatchIndex(title); m == nil || m[0] == 0 {
		return title, nil
	}
	return SplitSeasons(title)
}

func TestSplitSeasons(t *testing.T) {
	for _, c := range []struct {
		in, title string
		seasons   []int
	}{
		{"Squid Game Seasons 2 and 3", "Squid Game", []int{2, 3}},
		{"Squid Game Season 2", "Squid Game", []int{2}},
		{"  Squid   Game  (Season 2) ", "Squid Game", []int{2}},
		{"Line of Duty series 1-3", "Line of Duty", []int{1, 2, 3}},
		{"Show S2", "Show", []int{2}},
		{"Season 2", "Season 2", nil},
		{"Apollo 13", "Apollo 13", nil},
		{"Squid Game", "Squid Game", nil},
		{"Seasons", "Seasons", nil},
		{"X (season 3): Season 2", "X", []int{2, 3}},
		{"Season 3: Season 2", "Season 3", []int{2}},
		{"", "", nil},
	} {
		title, seasons := SplitSeasons(c.in)
		if title != c.title || !slices.Equal(seasons, c.seasons) {
			t.Errorf("SplitSeasons(%q) = %q, %v; want %q, %v", c.in, title, seasons, c.title, c.seasons)
		}
	}
}

// foldSlow is Fold without its shortcut for plain text.
func foldSlow(s string) string {
	return Fold("\u0301" + s) // a lone combining accent: dropped, and s is no longer ASCII
}

// TestShortcutsAgree checks that the shortcuts of CleanSpace and
// SplitSeasons give what the long ways give, on random titles made of the
// pieces that matter.
func TestShortcutsAgree(t *testing.T) {
	pieces := []string{"Squid", "Game", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "Season", "seasons", "Series", "S",
		"2", "13", "1000", "and", "&", ",", "-", "–", "(", ")", ":", "é", "\xff", "x2", "2)", "Ⅻ",
		"O'Brien", "K.", "Min-jae", "ABC", "z9", "_", "~", "\x00", "\x7f", "'", ".",
		"Grey’s", "“Hotel”", "–", "—", "‘", "Nélisse"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200_000; i++ {
		var b strings.Builder
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := CleanSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("CleanSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		gt, gs := SplitSeasons(s)
		wt, ws := splitSeasonsSlow(s)
		if gt != wt || !slices.Equal(gs, ws) {
			t.Fatalf("SplitSeasons(%q) = %q, %v; without the shortcut %q, %v", s, gt, gs, wt, ws)
		}
		if again, more := SplitSeasons(gt); again != gt || more != nil {
			t.Fatalf("SplitSeasons(%q) = %q, then SplitSeasons(%q) = %q, %v: splitting twice changed the title", s, gt, gt, again, more)
		}
	}
}

func BenchmarkShowKey(b *testing.B) {
	titles := []string{"The Secret River of Bahu", "Squid Game Season 2", "When Life Gives You Tangerines", "Apollo 13"}
	for i := 0; b.Loop(); i++ {
		ShowKey(titles[i%len(titles)])
	}
}
