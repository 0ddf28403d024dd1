package jsonl_test

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/jsonl"
	"github.com/castgraph/castgraph/samples"
)

// FuzzReadFacts checks that no input panics the facts parser, that every
// error names the file, and that every fact it returns is valid.
func FuzzReadFacts(f *testing.F) {
	names, _ := fs.Glob(samples.Facts(), "*.jsonl")
	// Single lines keep the seeds small: the fuzzer minimises long inputs slowly.
	for _, n := range names {
		data, _ := fs.ReadFile(samples.Facts(), n)
		line, _, _ := bytes.Cut(data, []byte("\n"))
		f.Add(line)
	}
	f.Add([]byte(good))
	f.Add([]byte(`{"kind":"cast","person":"A","show":"S Season 1-3","seasons":[1,2]}`))
	f.Add([]byte("\xff\xfe{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := jsonl.Read(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			var le *jsonl.LineError
			if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), "fuzz.jsonl") {
				t.Fatalf("error %q is not a LineError naming the file", err)
			}
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Fatalf("error %q has code %q, want invalid", err, graph.ErrorCode(err))
			}
			return
		}
		for i, fact := range facts {
			if verr := fact.Validate(); verr != nil {
				t.Fatalf("fact %d returned but invalid: %v", i+1, verr)
			}
		}
	})
}
