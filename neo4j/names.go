package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// namesPage is how many names one read transaction of Names fetches.
const namesPage = 10000

var _ graph.Lister = (*Store)(nil)

// Names implements graph.Lister: pages through the nodes of a kind by key,
// one read transaction a page.
func (s *Store) Names(ctx context.Context, kind string, fn func(name string) error) error {
	var cypher string
	switch kind {
	case graph.NodePerson:
		cypher = `MATCH (n:Person) WHERE n.key > $after RETURN n.key AS key, n.name AS name ORDER BY n.key LIMIT $limit`
	case graph.NodeShow:
		cypher = `MATCH (n:Show) WHERE n.key > $after RETURN n.key AS key, n.title AS name ORDER BY n.key LIMIT $limit`
	default:
		return graph.Errorf(graph.EINVALID, "cannot list nodes of kind %q", kind)
	}
	after := ""
	for {
		out, err := s.read(ctx, "list "+kind+" names", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
			return collect(ctx, tx, cypher, map[string]any{"after": after, "limit": namesPage})
		})
		if err != nil {
			return err
		}
		recs := out.([]*driver.Record)
		for _, r := range recs {
			if err := fn(str(r, "name")); err != nil {
				return err
			}
			after = str(r, "key")
		}
		if len(recs) < namesPage {
			return nil
		}
	}
}
