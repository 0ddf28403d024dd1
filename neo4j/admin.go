package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteAll deletes every node and relationship in the store's database, in
// transactions of 10,000 relationships, then of 10,000 nodes, so that a node
// with many relationships does not make one transaction too large for the
// server's memory; constraints and indexes stay. It is for
// tests and for starting a copy over: nothing in castgraph calls it on its
// own.
func (s *Store) DeleteAll(ctx context.Context) error {
	drv, err := s.driver()
	if err != nil {
		return err
	}
	sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.Background())
	for _, stmt := range []string{
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.wrap(ctx, "delete all", err)
		}
	}
	return nil
}
