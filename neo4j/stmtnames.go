package neo4j

import (
	"slices"
	"strconv"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// A node's display name is the spelling of the first fact that named it,
// in the order facts were loaded, and its aliases are every other spelling
// its facts used (graph.Fold makes them one node). So that a retraction
// can choose them again from the statements that stay, as a load of the
// other articles alone would, a credit edge keeps, parallel to evArticles,
// evNames: for each statement, one string of tab-separated fields,
//
//   - the order of the statement's first fact, in decimal: (load number
//     << 32) + the fact's index in its batch; the load number is the load
//     lock's count of loads (a bulk import writes it as the number of
//     batches it holds, and numbers its batches from 1);
//   - the spellings the statement's facts gave the person, then those of
//     the show and, on PLAYED edges, those of the character, the first
//     fact's first, each joined by line breaks (a name holds neither a tab
//     nor a line break: it is cleaned of runs of white space). A fact that
//     names no character gives no spelling.
//
// One string a statement rather than a list property for each part: every
// list property of an edge is a record of its own in Neo4j's store, and
// four lists (evSeq, evPersons, evShows, evCharacters, as first written)
// cost the server 10 to 15% more CPU a load than none; one costs too little
// to tell from the noise.
//
// An edge written before evNames was kept, or a statement whose string is
// empty or does not parse (one such a statement became when a later load
// wrote the edge), is a statement of unknown spellings: it counts as giving
// every spelling the node has, its name first, so a node that keeps one
// keeps its name and aliases.

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

// fieldSep separates the fields of a statement's evNames string.
const fieldSep = "\t"

// encodeStmtNames writes what statement n says of its names as evNames
// holds it: "" when its spellings are unknown.
func encodeStmtNames(n *stmtNames, played bool) string {
	if n == nil || n.seq < 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(strconv.FormatInt(n.seq, 10))
	groups := [][]string{n.person, n.show}
	if played {
		groups = append(groups, n.character)
	}
	for _, g := range groups {
		b.WriteString(fieldSep)
		for i, sp := range g {
			if i > 0 {
				b.WriteString(spellSep)
			}
			b.WriteString(sp)
		}
	}
	return b.String()
}

// decodeStmtNames reads one statement's evNames string; what does not
// parse is a statement of unknown spellings.
func decodeStmtNames(s string) *stmtNames {
	f := strings.Split(s, fieldSep)
	if len(f) < 3 {
		return &stmtNames{seq: -1}
	}
	seq, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil || seq < 0 {
		return &stmtNames{seq: -1}
	}
	n := &stmtNames{seq: seq, person: splitSpellings(f[1]), show: splitSpellings(f[2])}
	if len(f) > 3 {
		n.character = splitSpellings(f[3])
	}
	return n
}

// stmtNamesOf reads the names each statement of an edge gives, from its
// evNames; a statement it does not cover is of unknown spellings.
func stmtNamesOf(ev []graph.Evidence, evNames []string) map[stmtKey]*stmtNames {
	out := make(map[stmtKey]*stmtNames, len(ev))
	known := len(evNames) == len(ev)
	for i, e := range ev {
		if known {
			out[evKey(e)] = decodeStmtNames(evNames[i])
		} else {
			out[evKey(e)] = &stmtNames{seq: -1}
		}
	}
	return out
}

// stmtNamesOfRecord is stmtNamesOf with the evNames a query returned.
func stmtNamesOfRecord(ev []graph.Evidence, r *driver.Record) map[stmtKey]*stmtNames {
	return stmtNamesOf(ev, strs(r, "evNames"))
}

// stmtNamesProps returns the evNames of evidence ev, whose statements give
// the names in names.
func stmtNamesProps(ev []graph.Evidence, names map[stmtKey]*stmtNames, played bool) []any {
	out := make([]any, len(ev))
	for i, e := range ev {
		out[i] = encodeStmtNames(names[evKey(e)], played)
	}
	return out
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
