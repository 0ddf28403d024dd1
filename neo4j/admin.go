package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteAll empties the store's database: it deletes every relationship and
// node in transactions of 10,000, so that a node with many relationships
// does not make one transaction too large for the server's memory. In a
// database of more than rebuildAbove nodes it first drops the store's
// indexes and constraints, and makes them again, empty, at the end:
// deleting with the indexes in place would update them for every entity,
// and the full-text index would go on merging its deletions in the
// background long after, into the next load. It is for tests, benchmarks
// and starting a copy over: nothing in castgraph calls it on its own.
func (s *Store) DeleteAll(ctx context.Context) error {
	drv, err := s.driver()
	if err != nil {
		return err
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.known = known{}
	sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, "MATCH (n) RETURN count(n) AS nodes", nil)
	if err != nil {
		return s.wrap(ctx, "delete all", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return s.wrap(ctx, "delete all", err)
	}
	var stmts []string
	rebuild := integer(rec, "nodes") > rebuildAbove
	if rebuild {
		stmts = append(stmts, dropSchema...)
	}
	stmts = append(stmts,
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
		markModel, // an empty graph holds the current model
	)
	if err := s.runEach(ctx, sess, "delete all", stmts); err != nil {
		return err
	}
	if !rebuild {
		return nil
	}
	return s.ensureSchema(ctx)
}

// rebuildAbove is the size of a graph, in nodes, above which DeleteAll
// makes the indexes again rather than deleting their entries one by one.
// Below it, making them again (a second or so) costs more than it saves.
const rebuildAbove = 10_000
