package graph

import (
	"slices"
	"testing"
)

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2025-05-24": true, "1999-12-31": true, "2025-00-10": false, "2025-13-01": false, "2025-01-00": false,
		"2025-01-32": false, "2025-1-01": false, "+202-05-24": false, "2025/05/24": false, "2025-05-24 ": false,
		"": false, "２０２５-05-24": false, "abcd-ef-gh": false,
	} {
		if got := ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNormalizeTwice checks that normalizing a normalized fact changes
// nothing: stores log normalized facts and normalize them again on replay.
func TestNormalizeTwice(t *testing.T) {
	for _, f := range []Fact{
		{Kind: KindCast, Person: " Lee  Min-jae ", Show: "X (season 3): Season 2", Character: " Geum-jae "},
		{Kind: KindCast, Person: "A", Show: "Squid Game Seasons 2 and 3", Seasons: []int{1}},
		{Kind: KindCrew, Person: "B", Show: "Line of Duty series 1-3: Series 5", Job: " Director "},
	} {
		once := f.Normalize()
		twice := once.Normalize()
		if once.Show != twice.Show || !slices.Equal(once.Seasons, twice.Seasons) || once.Person != twice.Person || once.Job != twice.Job {
			t.Errorf("Normalize(%+v) = %+v, and again %+v", f, once, twice)
		}
	}
}
