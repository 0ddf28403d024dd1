package server_test

import (
	"context"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/server"
)

// TestObservedStorePassesOn checks that the store the server observes
// (Metrics.LimitedStore) still retracts, browses and lists links without
// evidence, as the store it wraps does.
func TestObservedStorePassesOn(t *testing.T) {
	ctx := context.Background()
	store := server.NewMetrics(prometheus.NewRegistry()).LimitedStore(sampleStore(t), 4)
	b, ok := store.(graph.Browser)
	if !ok {
		t.Fatal("the observed store is no graph.Browser")
	}
	refs, total, err := b.Browse(ctx, graph.NodeShow, graph.OrderName, 0, 2)
	if err != nil || len(refs) != 2 || total < 2 {
		t.Errorf("Browse: %v, %d, %v", refs, total, err)
	}
	l, ok := store.(graph.LinkLister)
	if !ok {
		t.Fatal("the observed store is no graph.LinkLister")
	}
	links, err := l.LinkingActorsBare(ctx, "All of Us Are Dead", "Squid Game")
	if err != nil || len(links) == 0 || links[0].InA[0].Evidence != nil {
		t.Errorf("LinkingActorsBare: %+v, %v", links, err)
	}
	r, ok := store.(graph.Retracter)
	if !ok {
		t.Fatal("the observed store is no graph.Retracter")
	}
	sum, err := r.Retract(ctx, []string{"the-split"})
	if err != nil || sum.Articles != 1 || sum.EvidenceRemoved == 0 {
		t.Errorf("Retract: %+v, %v", sum, err)
	}
	if _, _, err := r.Replace(ctx, []string{"the-split"}, graph.Batch{Source: "the-split", Facts: []graph.Fact{
		{Kind: graph.KindCast, Person: "Nicola Walker", Show: "The Split", Article: "the-split"}}}); err != nil {
		t.Errorf("Replace: %v", err)
	}
}
