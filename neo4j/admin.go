package neo4j

import (
	"context"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteAll deletes every node and relationship in the store's database, in
// transactions of 10,000 nodes; constraints and indexes stay. It is for
// tests and for starting a copy over: nothing in castgraph calls it on its
// own.
func (s *Store) DeleteAll(ctx context.Context) error {
	drv, err := s.driver()
	if err != nil {
		return err
	}
	sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database})
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.wrap(ctx, "delete all", err)
	}
	return nil
}
