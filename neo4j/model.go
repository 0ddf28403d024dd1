package neo4j

import (
	"context"
	"fmt"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// modelVersion is the version of the graph model this store writes. Version
// 3 added the CREDITED edge from a person to every show they have a credit
// in, with the keys of the characters they play there; version 4 its
// property appeared, true where the person has an APPEARED_IN credit in the
// show. The version is kept on a CastgraphLock node named "model".
const modelVersion = 4

// markModel records that the database holds the current model.
var markModel = fmt.Sprintf("MERGE (m:CastgraphLock {name: 'model'}) SET m.version = %d", modelVersion)

// migrations bring a database of an earlier model to this one, each step
// run on a database older than its version: a CREDITED edge for every
// person–show pair joined by a credit, with the characters played (3), and
// its appeared flag (4); in transactions of 10,000 pairs so that a large
// graph does not make one huge transaction. MERGE and SET make them safe
// to run again after an interruption.
var migrations = []struct {
	version int
	cypher  string
}{
	{3, `MATCH (p:Person)-[:APPEARED_IN|WORKED_ON]->(s:Show)
WITH DISTINCT p, s
CALL { WITH p, s MERGE (p)-[:` + relCredited + `]->(s) } IN TRANSACTIONS OF 10000 ROWS`},
	{3, `MATCH (p:Person)-[:PLAYED]->(c:Character)-[:IN]->(s:Show)
WITH p, s, collect(c.key) AS characters
CALL { WITH p, s, characters MERGE (p)-[l:` + relCredited + `]->(s) SET l.characters = characters } IN TRANSACTIONS OF 10000 ROWS`},
	{4, `MATCH (p:Person)-[:APPEARED_IN]->(s:Show)
MATCH (p)-[l:` + relCredited + `]->(s)
CALL { WITH l SET l.appeared = true } IN TRANSACTIONS OF 10000 ROWS`},
}

// migrate brings the database to the current model, once: a database that
// records the current version is left alone.
func (s *Store) migrate(ctx context.Context) error {
	out, err := s.read(ctx, "read the model version", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, "OPTIONAL MATCH (m:CastgraphLock {name: 'model'}) RETURN coalesce(m.version, 1) AS v", nil)
		if err != nil {
			return nil, err
		}
		return integer(recs[0], "v"), nil
	})
	if err != nil {
		return err
	}
	v := out.(int)
	if v >= modelVersion {
		return nil
	}
	start := time.Now()
	var steps []string
	for _, m := range migrations {
		if v < m.version {
			steps = append(steps, m.cypher)
		}
	}
	if err := s.runStatements(ctx, fmt.Sprintf("migrate the graph from model %d to %d", v, modelVersion), append(steps, markModel)); err != nil {
		return err
	}
	s.log.Info().Int("from", v).Int("to", modelVersion).Dur("took_ms", time.Since(start)).Msg("graph model migrated: CREDITED edges and their properties added")
	return nil
}
