package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

var helperInputs = []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2003b",
	"Lee Min-jae", "\x01a", "a\x1fb", "É b", "abc", "ABC", "AbC", "ÉTÉ", "été", "ß", "ẞ", "\xff", "A\xffB", "\ufffd", "K.", "DJ", "R.J."}

func TestCleanSpaceMatchesGraph(t *testing.T) {
	for _, s := range helperInputs {
		if got, want := cleanSpace(s), graph.CleanSpace(s); got != want {
			t.Errorf("cleanSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsUpperCase(t *testing.T) {
	for _, s := range helperInputs {
		if got, want := isUpperCase(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpperCase(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLowerText(t *testing.T) {
	for _, s := range append(helperInputs, "İ", "Ⱥ", "KELVIN \u212a") {
		// sameLen promises a copy that is strings.ToLower(s), sliceable like s
		if lower, same := lowerText(s); same && (lower != strings.ToLower(s) || len(lower) != len(s)) {
			t.Errorf("lowerText(%q) = %q; strings.ToLower gives %q", s, lower, strings.ToLower(s))
		}
	}
}

// randomText joins 1 to most+1 random pieces.
func randomText(r *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for n := r.IntN(most); n >= 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestLowerTextRandom checks lowerText, which lower-cases eight ASCII bytes
// at a time, against strings.ToLower on random text.
func TestLowerTextRandom(t *testing.T) {
	pieces := []string{" ", "a", "z", "A", "Z", "@", "[", "`", "{", "\x00", "\x7f", "Lee Min-jae", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz",
		"0123456789", "É", "été", "“", "–", "!?.,;:'", "\xff", "İ"}
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 200_000; i++ {
		s := randomText(r, pieces, 12)
		if lower, same := lowerText(s); same && (lower != strings.ToLower(s) || len(lower) != len(s)) {
			t.Fatalf("lowerText(%q) = %q; strings.ToLower gives %q", s, lower, strings.ToLower(s))
		} else if !same && !strings.ContainsAny(s, "İ\xff") {
			t.Fatalf("lowerText(%q) gives no copy", s)
		}
	}
}

// TestNextStop checks nextStop, which reads eight bytes at a time,
// against a plain search on random text.
func TestNextStop(t *testing.T) {
	pieces := []string{" ", "a", "Lee", ".", "!", "?", "..", ",", "-", "/", ">", "\x00", "\xae", "\xa1", "\xbf", "“", "é", "0123456789"}
	r := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 100_000; n++ {
		p := randomText(r, pieces, 30)
		for i := 0; i <= len(p); i++ {
			want := strings.IndexAny(p[i:], ".!?")
			if want < 0 {
				want = len(p)
			} else {
				want += i
			}
			if got := nextStop(p, i); got != want {
				t.Fatalf("nextStop(%q, %d) = %d, want %d", p, i, got, want)
			}
		}
	}
}

func TestMayHaveSeasons(t *testing.T) {
	for _, s := range append(helperInputs, "Squid Game Season 2", "Squid Game Seasons 2 and 3", "T (Season 2)", "T (Season 2) ", "T S2",
		"The 100", "2 Broke Girls", "Season 2 of T", "Mission: Impossible 7 – Part One", "T series 4\t", "T Season 2\u00a0") {
		title, seasons := graph.SplitSeasons(s)
		if !mayHaveSeasons(s) && (len(seasons) > 0 || title != graph.CleanSpace(s)) {
			t.Errorf("mayHaveSeasons(%q) is false, but graph.SplitSeasons gives %q %v", s, title, seasons)
		}
	}
}

// TestByteScans checks the byte-at-a-time scans against the strings
// functions they stand for.
func TestByteScans(t *testing.T) {
	for _, s := range append(helperInputs, "", "Mr", "Sterling K", "Dev Patel Jr", "in “Mr", "in ‘Dr", "the (Dr", "a \"St", "tab\tNo", "“”‘’", "x“y", "Zoë Ølund", "Ana ‘Lee’ Tor",
		"London-based", "Seoul-BORN", "a-b-set", "x-set-", "-set", "Kim-focused", "Lagos-centrically", "Paris-Set", "Tōkyō-bred", "a \xe2\x80\x9c", "\xe2\x80\x98x") {
		if got, want := lastWordMark(s), strings.LastIndexAny(s, " \t(\"“‘"); got != want {
			t.Errorf("lastWordMark(%q) = %d, want %d", s, got, want)
		}
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "'‘“\""); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
		want := false
		for _, suffix := range [...]string{"-based", "-set", "-born", "-bred", "-raised", "-focused", "-centric"} {
			want = want || len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
		}
		if got := placeMade(s); got != want {
			t.Errorf("placeMade(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCountFieldsLast checks countFieldsLast against strings.Fields.
func TestCountFieldsLast(t *testing.T) {
	for _, s := range append(helperInputs, "Ana Lee", " Ana  Lee ", "Ana\u2003Lee", "Zoë Ølund-Berg", "a\u00a0b c") {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if n, last := countFieldsLast(s); n != len(f) || last != want {
			t.Errorf("countFieldsLast(%q) = %d, %q, want %d, %q", s, n, last, len(f), want)
		}
	}
}

// TestAbbrevLen checks that no abbreviation is longer than abbrevLen, which
// the tokenizer asks before looking a word up in abbrev.
func TestAbbrevLen(t *testing.T) {
	for w := range abbrev {
		if len(w) > abbrevLen {
			t.Errorf("abbreviation %q is longer than abbrevLen (%d)", w, abbrevLen)
		}
	}
}

// TestAdverbEnds checks that every ending of adverbEnds ends in "ly", which
// isAdverb asks before lower-casing the name.
func TestAdverbEnds(t *testing.T) {
	for _, e := range adverbEnds {
		if !strings.HasSuffix(e, "ly") {
			t.Errorf("adverb ending %q does not end in \"ly\"", e)
		}
	}
	for _, w := range []string{"Interestingly", "ADDITIONALLY", "Unfortunately", "Emily", "Finally"} {
		if got, want := isAdverb(w), w != "Emily"; got != want {
			t.Errorf("isAdverb(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTrimSpace checks trimSpace against strings.TrimSpace, and endsSentence
// against the reading of every word it passes over by its first bytes or
// its length.
func TestTrimSpace(t *testing.T) {
	for _, s := range append(helperInputs, "\u00a0 a \u00a0", " \t\n", "\u2003", "a\u2003", "\u0085x\u0085", " \xff ", "x \xe2\x80", "  Ana Lee.  ") {
		i, j := trimSpace("<"+s+">", 1, len(s)+1)
		if got, want := ("<" + s + ">")[i:j], strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
	for _, c := range []struct {
		before string
		want   bool
	}{{"Sterling K", false}, {"R.J", false}, {"Zoë", true}, {"Mr", false}, {"MRS", false}, {"Dev Patel Jr", true}, {"the series", true}, {"vol", false}, {"Capt", false}, {"Prof", false}, {"the Kelvin \u212arof", true}, {"Ém", true}} {
		if got := endsSentence(c.before); got != c.want {
			t.Errorf("endsSentence(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
