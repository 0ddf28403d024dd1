package graph

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
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

// seasonNums reads the numbers and dashes of a season qualifier, as
// SplitSeasons did before it read them by hand.
var seasonNums = regexp.MustCompile(`\d{1,3}|-|–|—`)

// splitSeasonsRegexp is SplitSeasons as the expressions alone read it.
func splitSeasonsRegexp(title string) (string, []int) {
	title = CleanSpace(title)
	m := seasonTail.FindStringSubmatchIndex(title)
	if m == nil || m[0] == 0 {
		return title, nil
	}
	var seasons []int
	prev, rng := -1, false
	for _, tok := range seasonNums.FindAllString(title[m[2]:m[3]], -1) {
		if tok == "-" || tok == "–" || tok == "—" {
			rng = true
			continue
		}
		n, _ := strconv.Atoi(tok)
		if rng && prev >= 0 && n > prev && n-prev < 50 {
			for s := prev + 1; s < n; s++ {
				seasons = append(seasons, s)
			}
		}
		seasons = append(seasons, n)
		prev, rng = n, false
	}
	rest, more := splitSeasonsRegexp(strings.TrimSpace(title[:m[0]]))
	return rest, MergeSeasons(more, seasons)
}

// TestSeasonTailAgrees checks that the hand-written reading of a season
// qualifier (seasonTailAt) gives what the expression gives, on random
// titles made of the pieces of qualifiers.
func TestSeasonTailAgrees(t *testing.T) {
	pieces := []string{"Squid", "Game", "Band", "Seasons", "season", "SEASON", "Series", "SERIES", "serie", "easons", "s", "S", "ſ", "ſeaſon", "Seaſons",
		"and", "AND", "aNd", "an", "&", ",", "-", "–", "—", ":", "(", ")", "0", "1", "2", "12", "123", "1234", "99", "x", "X", "_", "é", "“", "”", "‐",
		" ", "  ", "\t", "\u00a0", "\xff", "Ⅻ", "S2", "s10", "Season 2", "Seasons 1-3", "Series 4 and 5", "(Season 3)", "K"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 500_000; i++ {
		var b strings.Builder
		for n := r.IntN(9); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		gt, gs := SplitSeasons(s)
		wt, ws := splitSeasonsRegexp(s)
		if gt != wt || !slices.Equal(gs, ws) {
			t.Fatalf("SplitSeasons(%q) = %q, %v; the expression gives %q, %v", s, gt, gs, wt, ws)
		}
		if c := CleanSpace(s); endsInNumber(c) {
			m := seasonTail.FindStringSubmatchIndex(c)
			start, ns, ne, ok := seasonTailAt(c)
			if ok != (m != nil) || ok && (start != m[0] || ns != m[2] || ne != m[3]) {
				t.Fatalf("seasonTailAt(%q) = %d, %d, %d, %v; the expression gives %v", c, start, ns, ne, ok, m)
			}
		}
	}
}

func BenchmarkShowKey(b *testing.B) {
	titles := []string{"The Secret River of Bahu", "Squid Game Season 2", "When Life Gives You Tangerines", "Apollo 13"}
	for i := 0; b.Loop(); i++ {
		ShowKey(titles[i%len(titles)])
	}
}
