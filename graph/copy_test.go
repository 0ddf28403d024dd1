package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
)

// TestCopy copies the sample graph in small transactions and expects the
// copy to export the same facts, and ExportBatches to cut them as asked.
func TestCopy(t *testing.T) {
	ctx := context.Background()
	src, dst := samplestore.Open(t), samplestore.Empty(t)
	sum, err := graph.Copy(ctx, src, dst, 7, "copy")
	if err != nil {
		t.Fatal(err)
	}
	want, got := exported(t, src), exported(t, dst)
	if sum.Facts != len(want) || !slices.Equal(got, want) {
		t.Errorf("copied %d facts; the copy exports %d facts, the original %d, equal: %v", sum.Facts, len(got), len(want), slices.Equal(got, want))
	}
	var sizes []int
	if err := graph.ExportBatches(ctx, src, 7, "x", func(b graph.Batch) error { sizes = append(sizes, len(b.Facts)); return nil }); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, s := range sizes {
		n += s
		if s > 7 || s == 0 || (s < 7 && i < len(sizes)-1) {
			t.Errorf("batch %d of %d has %d facts, want 7 (the last 1 to 7)", i+1, len(sizes), s)
		}
	}
	if n != len(want) {
		t.Errorf("ExportBatches gave %d facts, Export %d", n, len(want))
	}
}

func exported(t *testing.T, s graph.Store) []string {
	t.Helper()
	var out []string
	if err := graph.Export(context.Background(), s, func(f graph.Fact) error {
		out = append(out, f.Kind+"|"+f.Person+"|"+f.Show+"|"+f.Character+"|"+f.Article+"|"+f.Evidence)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}
