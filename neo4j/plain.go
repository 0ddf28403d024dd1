package neo4j

import (
	"context"
	"fmt"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// The plainest hand-written Cypher for the store's two traversals, which
// `castgraph bench` times beside the store's own queries on the same pairs:
// the store's overhead over Neo4j itself. They return only a length and a
// count, with no evidence, no name resolution and no ordering.
const (
	plainPathQuery = `MATCH (a:Person {key: $a}), (b:Person {key: $b})
MATCH p = shortestPath((a)-[:` + relCredited + `*..%d]-(b))
RETURN length(p) AS length`
	plainLinkQuery = `MATCH (a:Show {key: $a})<-[:` + relCredited + `]-(p:Person)-[:` + relCredited + `]->(b:Show {key: $b})
RETURN count(p) AS people`
)

// PlainShortestPath returns the length of a shortest path between two
// people by plainPathQuery, or -1 when there is none.
func (s *Store) PlainShortestPath(ctx context.Context, from, to string, maxHops int) (int, error) {
	if maxHops < 1 || maxHops > graph.MaxHopsLimit {
		return 0, graph.Errorf(graph.EINVALID, "maxHops %d is outside 1..%d", maxHops, graph.MaxHopsLimit)
	}
	out, err := s.read(ctx, "plain shortest path", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, fmt.Sprintf(plainPathQuery, maxHops), map[string]any{"a": graph.PersonKey(from), "b": graph.PersonKey(to)})
		if err != nil || len(recs) == 0 {
			return -1, err
		}
		return integer(recs[0], "length"), nil
	})
	if err != nil {
		return 0, err
	}
	return out.(int), nil
}

// PlainLinkingActors returns how many people have a credit in both shows,
// by plainLinkQuery (crew included: it is the plain two-hop match).
func (s *Store) PlainLinkingActors(ctx context.Context, showA, showB string) (int, error) {
	out, err := s.read(ctx, "plain linking actors", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, plainLinkQuery, map[string]any{"a": graph.ShowKey(showA), "b": graph.ShowKey(showB)})
		if err != nil {
			return 0, err
		}
		return integer(recs[0], "people"), nil
	})
	if err != nil {
		return 0, err
	}
	return out.(int), nil
}
