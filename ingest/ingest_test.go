package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/extract"
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

// lookupFails is a store whose lookup of any name that only one article's
// text holds fails by panicking, as a fault inside the extractor would
// while it reads that article: whichever of the article's names the
// extractor asks about first, the article fails, and no other does.
type lookupFails struct {
	graph.Store
	only, others string // the failing article's text, and the other articles'
}

func (s lookupFails) Show(ctx context.Context, title string) (*graph.Show, error) {
	if title != "" && strings.Contains(s.only, title) && !strings.Contains(s.others, title) {
		panic("lookup of " + title + " failed")
	}
	return s.Store.Show(ctx, title)
}

// TestRunPastAnArticleTheExtractorFailsOn: the extractor failing on one
// article stops the run with an extract.Error naming it, or with KeepGoing
// skips it alone; either way nothing of it is loaded, and the other
// articles are.
func TestRunPastAnArticleTheExtractorFailsOn(t *testing.T) {
	harbor := "Velvet Harbor\n\nQuilla Darnot joins the cast of Velvet Harbor as Mirel.\n"
	orchard := "Brass Orchard\n\nTamsin Orvale (Brass Orchard) joins the cast of Copper Lantern as Ivet.\n"
	srcs, err := ingest.Dir(fstest.MapFS{
		"a-harbor.txt":  {Data: []byte(harbor)},
		"b-orchard.txt": {Data: []byte(orchard)},
	})
	if err != nil || len(srcs) != 2 {
		t.Fatalf("Dir: %d articles, %v", len(srcs), err)
	}
	s := lookupFails{samplestore.Empty(t), orchard, harbor}
	ctx := context.Background()
	res, err := ingest.Run(ctx, s, srcs, ingest.Options{KeepGoing: true}, zerolog.Nop())
	if err == nil || !strings.Contains(err.Error(), "b-orchard.txt") || !strings.Contains(err.Error(), "the extractor failed") {
		t.Errorf("error %v, want one naming b-orchard.txt and the extractor's failure", err)
	}
	var e *extract.Error
	if res.Loaded != 1 || len(res.Failed) != 1 || res.Failed[0].Name != "b-orchard.txt" || !errors.As(res.Failed[0].Err, &e) || e.Article != "b-orchard" {
		t.Fatalf("result %+v, want a-harbor loaded and b-orchard failed with an extract.Error", res)
	}
	if _, err := s.Person(ctx, "Quilla Darnot"); err != nil {
		t.Errorf("the article before the failure: %v", err)
	}
	if _, err := s.Person(ctx, "Tamsin Orvale"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the failed article's person: %v, want not found", err)
	}
	// Without KeepGoing the failure stops the run.
	if _, err := ingest.Run(ctx, s, srcs[1:], ingest.Options{}, zerolog.Nop()); !errors.As(err, &e) {
		t.Errorf("without KeepGoing: %v, want the extract.Error", err)
	}
}
