package extract

import (
	"strings"
	"testing"
)

// TestNamedAsPerson compares namedAsPerson with its definition: text holds
// one of the nouns followed by the name.
func TestNamedAsPerson(t *testing.T) {
	nouns := []string{"actor ", "actress ", "star ", "director ", "filmmaker ", "producer ", "Actor ", "Actress ", "Director ", "Filmmaker "}
	texts := []string{
		"The drama stars actor Cem Arslan as a pilot.",
		"Cem Arslan, the star, and director Ana Ruiz.",
		"Director Ana Ruiz Ana Ruiz",
		"co-star Sea Sea Sea Bird",
		"actress ",
		"",
	}
	for _, text := range texts {
		for _, name := range []string{"Cem Arslan", "Ana Ruiz", "Sea Sea Bird", "Sea Bird", "Bird", "Dune"} {
			want := false
			for _, noun := range nouns {
				want = want || strings.Contains(text, noun+name)
			}
			if got := namedAsPerson(text, name); got != want {
				t.Errorf("namedAsPerson(%q, %q) = %v, want %v", text, name, got, want)
			}
		}
	}
}
