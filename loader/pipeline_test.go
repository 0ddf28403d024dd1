package loader_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
	"github.com/castgraph/castgraph/loader"
)

// TestPipeline loads batches that produce makes in one reused buffer,
// which a pipeline without read-ahead allows, and sees each load reported
// in order.
func TestPipeline(t *testing.T) {
	for _, ahead := range []bool{false, true} {
		s := samplestore.Empty(t)
		var sources []string
		buf := make([]graph.Fact, 0, 2)
		err := loader.Pipeline(context.Background(), s, ahead, func(emit func(graph.Batch) error) error {
			for i := range 3 {
				var facts []graph.Fact // new memory for each batch read ahead
				if !ahead {
					facts = buf[:0] // the same memory each time
				}
				facts = append(facts, graph.Fact{Kind: "cast", Person: fmt.Sprint("P", i), Show: "S", Article: fmt.Sprint("a", i)})
				if err := emit(graph.Batch{Source: fmt.Sprint("b", i), Facts: facts}); err != nil {
					return err
				}
			}
			return nil
		}, func(l loader.Loaded) error {
			if l.End.Before(l.Start) || l.Facts != 1 {
				t.Errorf("ahead %v: %+v", ahead, l)
			}
			sources = append(sources, l.Source)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Stats(context.Background())
		if err != nil || st.People != 3 || fmt.Sprint(sources) != "[b0 b1 b2]" {
			t.Errorf("ahead %v: stats %+v, %v; loaded %v", ahead, st, err, sources)
		}
	}
}
