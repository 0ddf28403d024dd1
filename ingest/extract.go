package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

// ExtractOptions say how Extract goes. The zero value is usable.
type ExtractOptions struct {
	// OutDir, when set, gets one OutDir/ID.jsonl per article (made when
	// missing) instead of all the facts on Extract's w.
	OutDir string
	// MinConfidence drops the facts whose confidence is below it.
	MinConfidence float64
	// KeepGoing goes on past an article that cannot be read or that the
	// extractor fails on; the error at the end names every one
	// (Failures.Err).
	KeepGoing bool
}

// Extract reads each article and writes its facts as JSON Lines, without
// loading them: to w, or one file per article in opt.OutDir. An article
// without facts is logged (and its file is empty). The first article that
// cannot be read, or that the extractor fails on (extract.Error), stops the
// run, unless opt.KeepGoing.
func Extract(ctx context.Context, srcs []Source, w io.Writer, opt ExtractOptions, log zerolog.Logger) error {
	if opt.OutDir != "" {
		if err := os.MkdirAll(opt.OutDir, 0o755); err != nil {
			return fmt.Errorf("create output directory %s: %w", opt.OutDir, err)
		}
	}
	var total, empty int
	var failed Failures
	for _, src := range srcs {
		a, err := src.Read(ctx)
		if err != nil {
			if !opt.KeepGoing || ctx.Err() != nil {
				return err
			}
			failed.Add(log, src.Name, err)
			continue
		}
		facts, err := extract.Try(a, extract.Options{MinConfidence: opt.MinConfidence})
		if err != nil {
			if !opt.KeepGoing {
				return err
			}
			failed.Add(log, src.Name, err)
			continue
		}
		total += len(facts)
		if len(facts) == 0 {
			empty++
			log.Warn().Str("article", src.Name).Msg("no facts found")
		}
		if opt.OutDir == "" {
			if err := jsonl.Write(w, facts); err != nil {
				return err
			}
			continue
		}
		if err := writeFile(filepath.Join(opt.OutDir, a.ID+".jsonl"), facts); err != nil {
			return fmt.Errorf("write facts of %s: %w", src.Name, err)
		}
	}
	log.Info().Int("articles", len(srcs)-len(failed)).Int("facts", total).Int("without_facts", empty).Int("failed", len(failed)).Msg("extracted")
	return failed.Err(len(srcs))
}

func writeFile(path string, facts []graph.Fact) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = jsonl.Write(f, facts)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
