package extract

// The title role with no title after it: "Starring X in the titular role,
// T is", "X plays the title role", "with X in the title role", "X, who
// plays the titular character": X plays the character the sentence's show
// names ("X played the title role in T" is read in titleroles.go).

import (
	"cmp"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

var titularMask = wordMask("titular", "title", "eponymous")

// titularRule gives the person before "in the titular role", "plays the
// title role" or "as the title character" a cast credit in the sentence's
// show (or the title after "in"), with the title as the character. "the
// title role of C" names the character, and is read where roles are.
func (x *extractor) titularRule() {
	if !x.sentHasAnyWord(titularMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 2; k+1 < len(t); k++ {
		w := &t[k]
		if w.cap || !titularMask.holds(w) || t[k-1].low != "the" {
			continue
		}
		n := t[k+1].low
		if n != "role" && n != "character" && n != "part" || x.tok(k+2).low == "of" {
			continue
		}
		if w.low == "title" && n == "role" && (x.tok(k+2).low == "in" || x.tok(k+2).low == "as") {
			continue // "the title role in T": titleRoleRule's
		}
		j := k - 2 // "in", "as" or a play verb
		if p := &t[j]; p.cap || p.low != "in" && p.low != "as" && !p.has(cPlayVerbs) {
			continue
		}
		name, ps := x.titleRolePerson(j)
		if name == "" {
			continue
		}
		show := cmp.Or(x.sshow, x.focus) // "the titular character": of the show the text is on
		if x.tok(k+2).low == "in" && x.titleStarts(k+3) {
			if e := x.titleAt(k+3, false); e > k+3 {
				show = unquote(x.span(k+3, e)) // "plays the title role in T"
			}
		} else if x.tok(k+2).text == "," && x.tok(ps-1).low == "starring" && x.titleStarts(k+3) {
			// "Starring X in the titular role, T is adapted from": the
			// title the clause is before
			if e := x.titleAt(k+3, false); e > k+3 && x.tok(e).has(cAuxWords) && !x.personShaped(k+3, e) {
				show = unquote(x.span(k+3, e))
			}
		}
		if show != "" {
			x.add(graph.KindCast, name, show, show, "")
		}
	}
}

// titleRolePerson is the person named before the word at j, past a verb
// and its auxiliaries ("X will play", "X stars in", "X, who plays"); "" where
// a negation stands between; and where the name starts ("X is not playing the titular character").
func (x *extractor) titleRolePerson(j int) (string, int) {
	v := j
	for m := 0; m < 3 && j > 0; m++ {
		p := x.tok(j - 1)
		if p.cap || p.kind != tWord {
			break
		}
		if p.low == "not" || p.low == "never" || p.low == "n't" {
			return "", j
		}
		if !p.has(cAuxWords|cPlayVerbs) && !castVerbsIDs.has(p.id) {
			break
		}
		j--
	}
	if x.tok(j-1).low == "who" && x.tok(j-2).text == "," {
		j -= 2 // "X, who plays the titular character"
	}
	ps := x.personBefore(j)
	if ps >= j {
		if p := x.tok(v); p.has(cPlayVerbs) {
			if s := x.subjectsBefore(v, 1); len(s) == 1 {
				return s[0], j // a name another rule has read: "star X, who plays"
			}
		}
		return "", j
	}
	name := x.span(ps, j)
	if !x.personShaped(ps, j) && x.knownPerson(name) == "" || x.isNetwork(name) || isCompany(name) {
		return "", j
	}
	return name, ps
}

// otherCharacter reports whether out holds another credit of the same
// kind, person and show as out[n] with a character other than its own.
func otherCharacter(out []graph.Fact, keys []factKey, n int) bool {
	for i := range out {
		if i != n && keys[i].person == keys[n].person && keys[i].show == keys[n].show && out[i].Kind == out[n].Kind && out[i].Character != "" && !strings.EqualFold(out[i].Character, out[n].Character) {
			return true
		}
	}
	return false
}
