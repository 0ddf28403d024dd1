package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
)

func newExtractCmd(g *globals) *cobra.Command {
	var out string
	var minConf float64
	cmd := &cobra.Command{
		Use:   "extract [--out DIR] ARTICLE...",
		Short: "Extract credits from articles (text or HTML) as facts in JSON Lines",
		Long: `Extract the credits that articles state, as facts in JSON Lines: to standard
output, or with --out one DIR/NAME.jsonl per article NAME.txt or NAME.html.
An article that yields no facts is reported, and its facts file is empty.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if minConf < 0 || minConf > 1 {
				return fmt.Errorf("--min-confidence %v: want a number between 0 and 1", minConf)
			}
			if out != "" {
				if err := os.MkdirAll(out, 0o755); err != nil {
					return fmt.Errorf("create output directory %s: %w", out, err)
				}
			}
			var total, empty int
			for _, path := range args {
				a, err := extract.ReadFile(path)
				if err != nil {
					return err
				}
				facts := extract.Extract(a, extract.Options{MinConfidence: minConf})
				total += len(facts)
				if len(facts) == 0 {
					empty++
					g.log.Warn().Str("article", path).Msg("no facts found")
				}
				w := cmd.OutOrStdout()
				if out != "" {
					f, err := os.Create(filepath.Join(out, a.ID+".jsonl"))
					if err != nil {
						return fmt.Errorf("write facts of %s: %w", path, err)
					}
					err = extract.WriteFacts(f, facts)
					if cerr := f.Close(); err == nil {
						err = cerr
					}
					if err != nil {
						return fmt.Errorf("write facts of %s: %w", path, err)
					}
					continue
				}
				if err := extract.WriteFacts(w, facts); err != nil {
					return err
				}
			}
			g.log.Info().Int("articles", len(args)).Int("facts", total).Int("without_facts", empty).Msg("extracted")
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write DIR/NAME.jsonl per article instead of standard output")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "drop facts whose confidence (0 to 1, in each fact's \"confidence\") is below this")
	return cmd
}

func newIngestCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var replace bool
	cmd := &cobra.Command{
		Use:   "ingest --data DIR [--replace] ARTICLE...",
		Short: "Extract credits from articles and load them, one transaction per article",
		Long: `Extract the credits each article states and load them into the graph, one
transaction per article: an article lands whole or not at all. Ingesting the
same article again changes nothing. Brackets that name a show the graph
already knows are read as shows.

With --replace, a corrected article takes the place of the one loaded
before: in the same transaction, every statement the article gave is taken
back (see retract), then its new facts load. An article is named after its
file, without the extension.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			store, err := sf.open(ctx, g, true)
			if err != nil {
				return err
			}
			defer store.Close()
			res, err := ingest(ctx, g, store, articleFiles(args), cmd.ErrOrStderr() == os.Stderr, replace)
			if res.articles > 0 {
				fmt.Fprintln(cmd.OutOrStdout(), res.String())
			}
			return err
		},
	}
	sf.register(cmd)
	cmd.Flags().BoolVar(&replace, "replace", false, "take back each article's earlier facts in the same transaction: its new facts replace them")
	return cmd
}

// ingestResult sums up an ingest.
type ingestResult struct {
	articles int
	noText   []string // articles with no text once markup is dropped
	noFacts  []string // articles with text but no credits
	total    graph.LoadSummary
	replaced *graph.RetractSummary // with --replace: what was taken back
	took     time.Duration
}

func (r ingestResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ingested %d articles, %d facts: %d credits added, %d already there; %d people, %d shows, %d characters added",
		r.articles, r.total.Facts, r.total.CreditsAdded, r.total.CreditsExisting, r.total.PeopleAdded, r.total.ShowsAdded, r.total.CharactersAdded)
	if r.replaced != nil {
		b.WriteString("\nbefore them, took back the earlier facts of " + retractLine(*r.replaced))
	}
	if len(r.noText) > 0 {
		fmt.Fprintf(&b, "\nno article text in %d articles (nothing but markup, scripts or navigation): %s", len(r.noText), strings.Join(r.noText, ", "))
	}
	if len(r.noFacts) > 0 {
		fmt.Fprintf(&b, "\nno facts found in %d articles: %s", len(r.noFacts), strings.Join(r.noFacts, ", "))
	}
	return b.String()
}

// articleSource is an article to ingest: its name for messages and how to
// read it.
type articleSource struct {
	name string
	read func() (extract.Article, error)
}

func articleFiles(paths []string) []articleSource {
	out := make([]articleSource, len(paths))
	for i, p := range paths {
		out[i] = articleSource{name: p, read: func() (extract.Article, error) { return extract.ReadFile(p) }}
	}
	return out
}

// articlesIn returns every *.txt and *.html article in fsys.
func articlesIn(fsys fs.FS) ([]articleSource, error) {
	var out []articleSource
	for _, pat := range []string{"*.txt", "*.html"} {
		names, err := fs.Glob(fsys, pat)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			out = append(out, articleSource{name: n, read: func() (extract.Article, error) {
				f, err := fsys.Open(n)
				if err != nil {
					return extract.Article{}, err
				}
				defer f.Close()
				return extract.Parse(strings.TrimSuffix(n, path.Ext(n)), f)
			}})
		}
	}
	return out, nil
}

// ingest extracts and loads each article in its own transaction. It stops
// at the first article that cannot be read or loaded. With replace, each
// article's transaction first takes back what the article gave before.
func ingest(ctx context.Context, g *globals, store graph.Store, paths []articleSource, progress, replace bool) (ingestResult, error) {
	var res ingestResult
	var r graph.Retracter
	if replace {
		var err error
		if r, err = retracterOf(store); err != nil {
			return res, err
		}
		res.replaced = &graph.RetractSummary{}
	}
	step, log := fileProgress(g, len(paths), "ingesting")
	if !progress {
		step, log = nil, g.log
	}
	ld := loader.New(store, loader.Config{}, log)
	known := knownShow(ctx, store)
	start := time.Now()
	for _, src := range paths {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		t0 := time.Now()
		a, err := src.read()
		if err != nil {
			return res, err
		}
		facts := extract.Extract(a, extract.Options{KnownShow: known})
		res.articles++
		if strings.TrimSpace(a.Text) == "" {
			res.noText = append(res.noText, src.name)
			log.Warn().Str("article", src.name).Msg("no article text")
		} else if replace {
			// Even with no facts: the corrected article states no credit.
			if len(facts) == 0 {
				res.noFacts = append(res.noFacts, src.name)
			}
			rs, sum, err := r.Replace(ctx, []string{a.ID}, graph.Batch{Source: a.ID, Facts: facts})
			if err != nil {
				return res, fmt.Errorf("ingest %s: %w", src.name, err)
			}
			log.Info().Str("article", a.ID).Int("facts", sum.Facts).Int("evidence_removed", rs.EvidenceRemoved).
				Int("credits_removed", rs.CreditsRemoved).Int("credits_added", sum.CreditsAdded).Msg("replaced")
			res.total.Add(sum)
			res.replaced.Add(rs)
		} else if len(facts) == 0 {
			res.noFacts = append(res.noFacts, src.name)
			log.Warn().Str("article", src.name).Msg("no facts found")
		} else {
			sum, err := ld.LoadFacts(ctx, a.ID, facts, t0)
			if err != nil {
				return res, err
			}
			res.total.Add(sum.LoadSummary)
		}
		if step != nil {
			step()
		}
	}
	res.took = time.Since(start)
	return res, nil
}
