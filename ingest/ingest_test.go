package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/samplestore"
	"github.com/castgraph/castgraph/samples"
)

// TestRun ingests the sample articles and a missing file: with KeepGoing
// the missing one is a failure named at the end (EINVALID), the others load.
func TestRun(t *testing.T) {
	srcs, err := ingest.Dir(samples.Articles())
	if err != nil || len(srcs) == 0 {
		t.Fatalf("Dir: %d articles, %v", len(srcs), err)
	}
	srcs = append(srcs, ingest.File("missing.txt"))
	s := samplestore.Empty(t)
	res, err := ingest.Run(context.Background(), s, srcs, ingest.Options{KeepGoing: true}, zerolog.Nop())
	if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("error %v, want an EINVALID one naming missing.txt", err)
	}
	if res.Articles != len(srcs)-1 || res.Loaded == 0 || res.Total.Facts == 0 || len(res.Failed) != 1 {
		t.Errorf("result %+v", res)
	}
	if out := res.String(); !strings.HasPrefix(out, "ingested ") || !strings.Contains(out, "failed: 1 articles: missing.txt") {
		t.Errorf("String:\n%s", out)
	}
	// Again, without KeepGoing: the first failure stops the run.
	if _, err := ingest.Run(context.Background(), s, srcs[len(srcs)-1:], ingest.Options{}, zerolog.Nop()); err == nil {
		t.Errorf("a missing file without KeepGoing: no error")
	}
}
