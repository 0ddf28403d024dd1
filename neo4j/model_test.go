package neo4j

import (
	"context"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// TestMigrateModel opens a database written by an earlier version of the
// store (credits without CREDITED edges, no model node) and expects Open to
// add the edges, once, so that paths and linking actors answer as before.
func TestMigrateModel(t *testing.T) {
	s := openEmpty(t)
	ctx := context.Background()
	for _, b := range sampleBatches(t) {
		if _, err := s.Load(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	want := creditedPairs(t, s)
	if want == 0 {
		t.Fatal("the sample graph has no person–show pairs")
	}
	path, err := s.ShortestPath(ctx, "Lee Min-jae", "Roh Jae-won", 6)
	if err != nil || path == nil {
		t.Fatalf("ShortestPath before: %v, %v", path, err)
	}
	_, err = s.write(ctx, "make an old graph", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, `
MATCH ()-[r:CREDITED]->() DELETE r
WITH count(*) AS n
MATCH (m:CastgraphLock {name: 'model'}) DELETE m`, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	// And one CREDITED edge left from the last model, without characters.
	_, err = s.write(ctx, "make an old graph", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, `
MATCH (p:Person)-[:PLAYED]->(:Character)-[:IN]->(s:Show)
WITH p, s LIMIT 1
CREATE (p)-[:CREDITED]->(s)`, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2 := New(s.cfg, s.log)
	if err := s2.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := creditedPairs(t, s2); got != want {
		t.Errorf("after migration %d pairs, want %d", got, want)
	}
	p, err := s2.ShortestPath(ctx, "Lee Min-jae", "Roh Jae-won", 6)
	if err := graph.CheckPath(ctx, s2, p, "Lee Min-jae", "Roh Jae-won", path.Length); err != nil {
		t.Errorf("ShortestPath after migration: %v", err)
	}
	// A second open finds the model node and does nothing.
	s3 := New(s.cfg, s.log)
	if err := s3.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s3.Close()
	if got := creditedPairs(t, s3); got != want {
		t.Errorf("after a second open %d pairs, want %d", got, want)
	}

	// A graph of model 3: CREDITED edges without their appeared flags.
	_, err = s3.write(ctx, "make a model 3 graph", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return nil, exec(ctx, tx, `
MATCH ()-[l:CREDITED]->() REMOVE l.appeared
WITH count(*) AS n
MATCH (m:CastgraphLock {name: 'model'}) SET m.version = 3`, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	s4 := New(s.cfg, s.log)
	if err := s4.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s4.Close()
	if got := creditedPairs(t, s4); got != want { // which checks the flags too
		t.Errorf("after migrating model 3, %d pairs, want %d", got, want)
	}
	out, err := s4.read(ctx, "count flags", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return collect(ctx, tx, "MATCH ()-[l:CREDITED {appeared: true}]->() RETURN count(l) AS n", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := integer(out.([]*driver.Record)[0], "n"); n == 0 {
		t.Error("after migrating model 3, no CREDITED edge is flagged appeared; the sample graph has APPEARED_IN credits")
	}
	if got, err := s4.LinkingActors(ctx, "All of Us Are Dead", "Squid Game"); err != nil || len(got) == 0 {
		t.Errorf("LinkingActors after migrating model 3: %v, %v", got, err)
	}
}
