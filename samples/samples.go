// Package samples ships the sample articles and their hand-checked facts
// inside the castgraph binary, so that the demo runs with nothing else on
// disk. The articles are real news pages' text (see articles/SOURCES.md);
// each facts file holds the credits its article states, with the sentence
// each one rests on.
package samples

import (
	"embed"
	"io/fs"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
)

//go:embed facts/*.jsonl
var facts embed.FS

//go:embed articles/*.txt
var articles embed.FS

// Facts returns the sample facts files, one NAME.jsonl per article.
func Facts() fs.FS {
	sub, _ := fs.Sub(facts, "facts")
	return sub
}

// Articles returns the sample articles, one NAME.txt each.
func Articles() fs.FS {
	sub, _ := fs.Sub(articles, "articles")
	return sub
}

// Batches returns the sample facts, one batch per facts file, its source
// the file's name.
func Batches() ([]graph.Batch, error) {
	names, err := fs.Glob(Facts(), "*.jsonl")
	if err != nil {
		return nil, err
	}
	out := make([]graph.Batch, 0, len(names))
	for _, n := range names {
		f, err := Facts().Open(n)
		if err != nil {
			return nil, err
		}
		facts, err := jsonl.Read(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, graph.Batch{Source: n, Facts: facts})
	}
	return out, nil
}
