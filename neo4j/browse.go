package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

var _ graph.Browser = (*Store)(nil)

// The pages of Browse, by kind and order. By name, the key index gives the
// order; by credits, every node of the kind is counted and sorted, each
// time: a page far down a large graph costs a scan of its kind.
var browseQueries = map[[2]string]string{
	{graph.NodePerson, graph.OrderName}: `
MATCH (n:Person) RETURN n.key AS key, n.name AS name ORDER BY n.key SKIP $offset LIMIT $limit`,
	{graph.NodeShow, graph.OrderName}: `
MATCH (n:Show) RETURN n.key AS key, n.title AS name ORDER BY n.key SKIP $offset LIMIT $limit`,
	{graph.NodePerson, graph.OrderCredits}: `
MATCH (n:Person)
WITH n, COUNT { (n)-[:PLAYED|APPEARED_IN|WORKED_ON]->() } AS credits
RETURN n.key AS key, n.name AS name ORDER BY credits DESC, n.key SKIP $offset LIMIT $limit`,
	{graph.NodeShow, graph.OrderCredits}: `
MATCH (n:Show)
WITH n, COUNT { ()-[:APPEARED_IN|WORKED_ON]->(n) } + COUNT { ()-[:PLAYED]->(:Character)-[:IN]->(n) } AS credits
RETURN n.key AS key, n.title AS name ORDER BY credits DESC, n.key SKIP $offset LIMIT $limit`,
}

var browseCounts = map[string]string{
	graph.NodePerson: `MATCH (n:Person) RETURN count(n) AS n`,
	graph.NodeShow:   `MATCH (n:Show) RETURN count(n) AS n`,
}

type browsed struct {
	refs  []graph.Ref
	total int
}

// Browse implements graph.Browser: the page and the count in one read
// transaction.
func (s *Store) Browse(ctx context.Context, kind, order string, offset, limit int) ([]graph.Ref, int, error) {
	if err := graph.CheckBrowse(kind, order, offset, limit); err != nil {
		return nil, 0, err
	}
	out, err := s.read(ctx, "browse "+kind+" by "+order, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, browseCounts[kind], nil)
		if err != nil {
			return nil, err
		}
		b := browsed{refs: []graph.Ref{}, total: integer(recs[0], "n")}
		if limit == 0 || offset >= b.total {
			return b, nil
		}
		recs, err = collect(ctx, tx, browseQueries[[2]string{kind, order}], map[string]any{"offset": int64(offset), "limit": int64(limit)})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			b.refs = append(b.refs, graph.Ref{ID: kind + ":" + str(r, "key"), Name: str(r, "name")})
		}
		return b, nil
	})
	if err != nil {
		return nil, 0, err
	}
	b := out.(browsed)
	return b.refs, b.total, nil
}
