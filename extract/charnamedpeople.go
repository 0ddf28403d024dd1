package extract

import (
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A one-word name that a sentence gives as a character is no person in
// that sentence: "her father, Mara (Dara Devlin), returns from prison"
// reads Dara Devlin as Mara, so no other reading of the sentence may take
// "Mara" for Mara Selo, whom the article names elsewhere, and credit her.

// charNamedPerson reports whether out[n] is a cast credit of a person the
// sentence does not name in full, whose given name another credit of the
// same sentence holds as its character.
func charNamedPerson(out []graph.Fact, n int) bool {
	f := &out[n]
	if f.Kind != graph.KindCast || strings.Contains(f.Evidence, f.Person) {
		return false
	}
	first, _, ok := strings.Cut(f.Person, " ")
	if !ok || len(first) < 2 {
		return false
	}
	for i := range out {
		g := &out[i]
		if i != n && g.Kind == graph.KindCast && g.Character == first && g.Person != f.Person && g.Evidence == f.Evidence {
			return true
		}
	}
	return false
}
