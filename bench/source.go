package bench

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
)

// source hands out the facts of a benchmark, in load batches, and
// random credits to pick query endpoints from.
type source struct {
	desc    string
	total   int
	batches func(size int, fn func(graph.Batch) error) error
	credit  func(r *rand.Rand) (person, show string, cast bool)
}

func genSource(c Config) (*source, error) {
	cfg := gen.ForCredits(c.Credits, c.Seed)
	if c.People > 0 {
		cfg.People = c.People
	}
	if c.Shows > 0 {
		cfg.Shows = c.Shows
	}
	gn, err := gen.New(cfg)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s", err.Error())
	}
	return &source{
		desc:  fmt.Sprintf("generated: %d credits, %d people, %d shows, seed %d", cfg.Credits, cfg.People, cfg.Shows, cfg.Seed),
		total: gn.Len(),
		batches: func(size int, fn func(graph.Batch) error) error {
			gn.Reset()
			buf := make([]graph.Fact, 0, size)
			for i := 0; ; i++ {
				buf = gn.Next(buf[:0], size)
				if len(buf) == 0 {
					return nil
				}
				if err := fn(graph.Batch{Source: fmt.Sprintf("gen-%d/part-%04d", cfg.Seed, i), Facts: buf}); err != nil {
					return err
				}
			}
		},
		credit: func(r *rand.Rand) (string, string, bool) { return gn.Endpoints(r.IntN(gn.Len())) },
	}, nil
}

func datasetSource(c Config) (*source, error) {
	names := c.Datasets
	if slices.Contains(names, "all") {
		names = dataset.Names()
	}
	var files []graph.Batch
	for _, name := range names {
		if _, err := dataset.Read(os.DirFS(c.DatasetDir), name, func(b graph.Batch) error {
			files = append(files, b)
			return nil
		}); err != nil {
			return nil, fmt.Errorf("read %s from %s: %w", name, c.DatasetDir, err)
		}
	}
	var all []graph.Fact
	for _, b := range files {
		all = append(all, b.Facts...)
	}
	if len(all) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "datasets %v hold no facts", names)
	}
	return &source{
		desc:  fmt.Sprintf("datasets %s from %s: %d facts in %d files", strings.Join(names, ", "), c.DatasetDir, len(all), len(files)),
		total: len(all),
		batches: func(_ int, fn func(graph.Batch) error) error { // one transaction per input file
			for _, b := range files {
				if err := fn(b); err != nil {
					return err
				}
			}
			return nil
		},
		credit: func(r *rand.Rand) (string, string, bool) {
			f := all[r.IntN(len(all))]
			return f.Person, f.Show, f.Kind == graph.KindCast
		},
	}, nil
}
