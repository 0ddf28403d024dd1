package neo4j

import (
	"strconv"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// A credit edge's seasons are the union of those its statements name. So
// that a retraction can take back the seasons only a retracted article
// named, an edge also keeps, in evSeasons, the seasons each statement
// names, parallel to evArticles: "2,3", or "" for none. Loads and the bulk
// export write it. An edge without it (written before it was kept) counts
// every statement as naming all of the edge's seasons: a retraction then
// keeps them while any statement stays.

// stmtKey names a statement of a credit: its article and sentence.
type stmtKey [2]string

func evKey(e graph.Evidence) stmtKey { return stmtKey{e.Article, e.Sentence} }

// encodeSeasons writes seasons as evSeasons holds them.
func encodeSeasons(seasons []int) string {
	parts := make([]string, len(seasons))
	for i, s := range seasons {
		parts[i] = strconv.Itoa(s)
	}
	return strings.Join(parts, ",")
}

// decodeSeasons reads seasons as evSeasons holds them; what is not a
// number is skipped.
func decodeSeasons(s string) []int {
	var out []int
	for _, p := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(p); err == nil {
			out = append(out, n)
		}
	}
	return graph.MergeSeasons(nil, out)
}

// stmtSeasons returns the seasons each statement of an edge names, from
// its evSeasons; when that is missing or does not match its evidence, each
// statement names all of seasons.
func stmtSeasons(ev []graph.Evidence, evSeasons []string, seasons []int) map[stmtKey][]int {
	out := make(map[stmtKey][]int, len(ev))
	for i, e := range ev {
		s := seasons
		if len(evSeasons) == len(ev) {
			s = decodeSeasons(evSeasons[i])
		}
		if len(s) > 0 {
			out[evKey(e)] = s
		}
	}
	return out
}

// evSeasonsOf returns the evSeasons of evidence ev, whose statements name
// the seasons in stmt.
func evSeasonsOf(ev []graph.Evidence, stmt map[stmtKey][]int) []any {
	out := make([]any, len(ev))
	for i, e := range ev {
		out[i] = encodeSeasons(stmt[evKey(e)])
	}
	return out
}
