package neo4j

import (
	"context"
	"fmt"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// pathQueries holds, for each hop limit, the query that answers
// ShortestPath in one round trip: it finds both ends (a person first, else
// a show), runs Neo4j's bidirectional shortestPath() over the CREDITED
// edges (one hop per person–show step, whatever the credit), and returns
// each step with the evidence of every credit between its person and its
// show. A variable-length pattern's bound cannot be a parameter, hence one
// query per limit. The lookups name their index (USING INDEX SEEK): a plan
// made while the graph was empty, which Neo4j keeps in its cache as the
// graph grows, would otherwise scan where it should seek. A step's PLAYED
// credits are found from the character keys its CREDITED edge lists.
var pathQueries = func() []string {
	q := make([]string, graph.MaxHopsLimit+1)
	for hops := 1; hops <= graph.MaxHopsLimit; hops++ {
		q[hops] = fmt.Sprintf(pathQuery, relCredited, hops)
	}
	return q
}()

const pathQuery = `
OPTIONAL MATCH (ap:Person {key: $fromPerson}) USING INDEX SEEK ap:Person(key)
OPTIONAL MATCH (as:Show {key: $fromShow}) USING INDEX SEEK as:Show(key)
OPTIONAL MATCH (bp:Person {key: $toPerson}) USING INDEX SEEK bp:Person(key)
OPTIONAL MATCH (bs:Show {key: $toShow}) USING INDEX SEEK bs:Show(key)
WITH coalesce(ap, as) AS a, coalesce(bp, bs) AS b
OPTIONAL MATCH path = shortestPath((a)-[:%s*..%d]-(b)) WHERE a <> b
WITH a, b, CASE WHEN a = b THEN [a] ELSE coalesce(nodes(path), []) END AS ns, coalesce(relationships(path), []) AS ls
UNWIND CASE WHEN size(ns) = 0 THEN [null] ELSE range(0, size(ns) - 1) END AS i
WITH a, b, i, ns[i] AS n, CASE WHEN i > 0 THEN ls[i - 1] END AS l
WITH a, b, i, n, l, startNode(l) AS p, endNode(l) AS s
CALL {
  WITH p, s
  OPTIONAL MATCH (p)-[r:APPEARED_IN|WORKED_ON]->(s)
  RETURN collect(CASE WHEN r IS NOT NULL THEN [r.evArticles, r.evSentences, r.evDates] END) AS direct
}
CALL {
  WITH p, l
  UNWIND coalesce(l.characters, []) AS key
  MATCH (c:Character {key: key}) USING INDEX SEEK c:Character(key)
  MATCH (p)-[r:PLAYED]->(c)
  RETURN collect([r.evArticles, r.evSentences, r.evDates]) AS played
}
WITH a, b, i, n, direct + played AS ev
ORDER BY i
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo,
       collect(CASE WHEN n IS NOT NULL THEN [n:Person, n.key, coalesce(n.name, n.title), ev] END) AS steps`

// endKinds are the kinds of node a path's end may name.
var endKinds = []string{graph.NodePerson, graph.NodeShow}

// ShortestPath implements graph.Store: one query, the search inside the
// server. Of several shortest paths it returns the one Neo4j finds first.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) (*graph.Path, error) {
	if maxHops < 1 || maxHops > graph.MaxHopsLimit {
		return nil, graph.Errorf(graph.EINVALID, "maxHops %d is outside 1..%d", maxHops, graph.MaxHopsLimit)
	}
	params := map[string]any{
		"fromPerson": graph.PersonKey(from), "fromShow": graph.ShowKey(from),
		"toPerson": graph.PersonKey(to), "toShow": graph.ShowKey(to),
	}
	var unknown string // an end that names nothing
	missing := func(name string) error {
		unknown = name
		return graph.Errorf(graph.ENOTFOUND, "no person or show named %q", name)
	}
	out, err := s.read(ctx, "shortest path "+from+" → "+to, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, pathQueries[maxHops], params)
		if err != nil {
			return nil, err
		}
		r := recs[0]
		if v, _ := r.Get("hasFrom"); v != true {
			return nil, missing(from)
		}
		if v, _ := r.Get("hasTo"); v != true {
			return nil, missing(to)
		}
		v, _ := r.Get("steps")
		steps, _ := v.([]any)
		if len(steps) == 0 {
			return nil, nil
		}
		return readPath(steps), nil
	})
	if unknown != "" && graph.ErrorCode(err) == graph.ENOTFOUND {
		// The suggestions are a search of their own, after the transaction.
		return nil, s.notFound(ctx, unknown, endKinds, "no person or show named %q", unknown)
	}
	if err != nil || out == nil {
		return nil, err
	}
	return out.(*graph.Path), nil
}

// readPath reads the steps pathQuery returns.
func readPath(steps []any) *graph.Path {
	p := &graph.Path{Length: len(steps) - 1, Nodes: make([]graph.PathNode, 0, len(steps))}
	for _, x := range steps {
		step, _ := x.([]any)
		if len(step) != 4 {
			continue
		}
		n := graph.PathNode{Kind: graph.NodeShow, ID: "show:" + asString(step[1]), Name: asString(step[2]), Evidence: []graph.Evidence{}}
		if step[0] == true {
			n.Kind, n.ID = graph.NodePerson, "person:"+asString(step[1])
		}
		evs, _ := step[3].([]any)
		for _, e := range evs {
			l, _ := e.([]any)
			if len(l) == 3 {
				n.Evidence = append(n.Evidence, asEvidence(l[0], l[1], l[2])...)
			}
		}
		n.Evidence = graph.SortEvidence(n.Evidence)
		p.Nodes = append(p.Nodes, n)
	}
	return p
}
