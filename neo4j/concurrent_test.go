package neo4j

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// TestConcurrentLoads loads overlapping batches through several stores at
// once, as several castgraph processes would: the lock node makes the loads
// run one after another, so the summaries add up to what is stored.
func TestConcurrentLoads(t *testing.T) {
	first := openEmpty(t)
	defer first.Close()
	stores := []*Store{first}
	for i := 1; i < 4; i++ {
		s := New(first.cfg, first.log)
		if err := s.Open(context.Background()); err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
	}
	ctx := context.Background()
	sums := make([]graph.LoadSummary, 2*len(stores))
	errs := make([]error, len(sums))
	var wg sync.WaitGroup
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := graph.Batch{Source: fmt.Sprintf("c%d", i), Facts: syntheticFacts(uint64(i%3), 300, 60, 20)}
			sums[i], errs[i] = stores[i%len(stores)].Load(ctx, b)
		}()
	}
	wg.Wait()
	var total graph.LoadSummary
	for i, err := range errs {
		if err != nil {
			t.Fatalf("load %d: %v", i, err)
		}
		total.Add(sums[i])
	}
	st, err := first.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if total.PeopleAdded != st.People || total.ShowsAdded != st.Shows || total.CharactersAdded != st.Characters || total.CreditsAdded != st.Credits {
		t.Errorf("summaries add up to %+v; the store holds %+v", total, st)
	}
	if total.CreditsAdded+total.CreditsExisting != total.Facts {
		t.Errorf("credits added %d + existing %d != facts %d", total.CreditsAdded, total.CreditsExisting, total.Facts)
	}
}
