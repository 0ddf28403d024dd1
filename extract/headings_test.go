package extract

import "testing"

func TestScheduleLine(t *testing.T) {
	for s, want := range map[string]bool{
		"From Friday 25 June":                   true,
		"Premieres Monday 5 October":            true,
		"Premieres Monday 5 October on ABN":     true,
		"From Friday 25 June on BBC One":        true,
		"Airs Thursday 8 October on TV9":        true,
		"October 19":                            true,
		"Friday the 13th":                       false,
		"Wednesday":                             false,
		"Monday on Mars":                        false,
		"Saturday Night Live":                   false,
		"On Friday 5 June, the series returned": false,
	} {
		if got := scheduleLine(s); got != want {
			t.Errorf("scheduleLine(%q) = %v, want %v", s, got, want)
		}
	}
}
