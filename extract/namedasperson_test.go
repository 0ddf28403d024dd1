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

// TestFoundWhere checks foundWhere against strings.Contains of the strings
// that make a place.
func TestFoundWhere(t *testing.T) {
	for _, text := range []string{"the Mete character Kaya plays", "the role of Mete", "character Mete", "Meteor character", "MeteMete character", " Mete", ""} {
		for _, inner := range []string{"Mete", "Kaya", "Meteor"} {
			want := strings.Contains(text, " "+inner+" character") || strings.Contains(text, "character "+inner) || strings.Contains(text, "role of "+inner)
			got := foundWhere(text, inner, func(before, after string) bool {
				return strings.HasSuffix(before, " ") && strings.HasPrefix(after, " character") || strings.HasSuffix(before, "character ") || strings.HasSuffix(before, "role of ")
			})
			if got != want {
				t.Errorf("foundWhere(%q, %q) = %v, want %v", text, inner, got, want)
			}
		}
	}
}
