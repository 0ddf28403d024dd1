package neo4j

import (
	"slices"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// A node's display name is the spelling of the first fact that named it,
// in the order facts were loaded, and its aliases are every other spelling
// its facts used (graph.Fold makes them one node). So that a retraction
// can choose them again from the statements that stay, as a load of the
// other articles alone would, a credit edge keeps, parallel to evArticles:
//
//   - evSeq: the order of the statement's first fact, (load number << 32)
//     + the fact's index in its batch; the load number is the load lock's
//     count of loads (a bulk import writes it as the number of batches it
//     holds, and numbers its batches from 1);
//   - evPersons, evShows and, on PLAYED edges, evCharacters: the spellings
//     the statement's facts gave the person, the show and the character,
//     the first fact's first, joined by line breaks (a name holds none: it
//     is cleaned of runs of white space). A fact that names no character
//     gives no spelling: "".
//
// An edge written before they were kept, or a statement whose evSeq is
// negative (one such a statement became when a later load wrote the edge),
// is a statement of unknown spellings: it counts as giving every spelling
// the node has, its name first, so a node that keeps one keeps its name
// and aliases.

// spellSep joins the spellings of one statement.
const spellSep = "\n"

// stmtNames is what one statement of a credit says of its nodes' names.
type stmtNames struct {
	seq                     int64    // the order of its first fact; negative: unknown
	person, show, character []string // spellings, the first fact's first
}

// seqOf returns the order of the fact at index i of load number load.
func seqOf(load, i int) int64 { return int64(load)<<32 | int64(i) }

// addSpelling adds s to l unless it is there or empty.
func addSpelling(l []string, s string) ([]string, bool) {
	if s == "" || slices.Contains(l, s) {
		return l, false
	}
	return append(l, s), true
}

func splitSpellings(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, spellSep)
}

// stmtNamesOf reads the names each statement of an edge gives, from its
// evSeq, evPersons, evShows and evCharacters; a statement they do not
// cover is of unknown spellings.
func stmtNamesOf(ev []graph.Evidence, seq []int, persons, shows, chars []string) map[stmtKey]*stmtNames {
	out := make(map[stmtKey]*stmtNames, len(ev))
	known := len(seq) == len(ev) && len(persons) == len(ev) && len(shows) == len(ev)
	for i, e := range ev {
		n := &stmtNames{seq: -1}
		if known && seq[i] >= 0 {
			n.seq = int64(seq[i])
			n.person, n.show = splitSpellings(persons[i]), splitSpellings(shows[i])
			if len(chars) == len(ev) {
				n.character = splitSpellings(chars[i])
			}
		}
		out[evKey(e)] = n
	}
	return out
}

// stmtNamesOfRecord is stmtNamesOf with the lists a query returned.
func stmtNamesOfRecord(ev []graph.Evidence, r *driver.Record) map[stmtKey]*stmtNames {
	return stmtNamesOf(ev, ints(r, "evSeq"), strs(r, "evPersons"), strs(r, "evShows"), strs(r, "evCharacters"))
}

// stmtNamesProps returns evSeq, evPersons, evShows and evCharacters (nil
// unless played) of evidence ev, whose statements give the names in names.
func stmtNamesProps(ev []graph.Evidence, names map[stmtKey]*stmtNames, played bool) (seq, persons, shows, chars []any) {
	seq, persons, shows = make([]any, len(ev)), make([]any, len(ev)), make([]any, len(ev))
	if played {
		chars = make([]any, len(ev))
	}
	for i, e := range ev {
		n := names[evKey(e)]
		if n == nil {
			n = &stmtNames{seq: -1}
		}
		seq[i] = n.seq
		persons[i] = strings.Join(n.person, spellSep)
		shows[i] = strings.Join(n.show, spellSep)
		if played {
			chars[i] = strings.Join(n.character, spellSep)
		}
	}
	return seq, persons, shows, chars
}

// spelled is one statement's spellings of a node, as a retraction reads
// them back.
type spelled struct {
	seq       int64    // negative: unknown
	spellings []string // the first fact's first
}

// respell chooses a node's name and aliases from the statements that name
// it: the name is the first spelling of the statement whose first fact
// came first, the aliases the other spellings, sorted. A statement of
// unknown spellings gives the node's name and aliases as they are.
func respell(name string, aliases []string, stmts []spelled) (string, []string) {
	best, chosen := int64(0), ""
	seen := map[string]bool{}
	var all []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			all = append(all, s)
		}
	}
	for _, st := range stmts {
		sp := st.spellings
		if st.seq < 0 {
			sp = append([]string{name}, aliases...)
		}
		if len(sp) == 0 {
			continue
		}
		if chosen == "" || st.seq < best {
			best, chosen = st.seq, sp[0]
		}
		for _, s := range sp {
			add(s)
		}
	}
	if chosen == "" {
		return name, aliases // named by no statement: left as it is
	}
	var out []string
	for _, s := range all {
		if s != chosen {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return chosen, out
}
