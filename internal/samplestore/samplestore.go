// Package samplestore gives tests an embedded store, empty or holding the
// sample articles' facts, and a small facts file.
package samplestore

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/samples"
)

// FactsFile is a small facts file: a season qualifier in a title, a blank
// line, a field no fact has, no article named.
const FactsFile = `{"kind":"cast","person":"Roh Jae-won","show":"All of Us Are Dead","character":"Han Du-seok","seasons":[2],"evidence":"Roh Jae-won as Han Du-seok."}
{"kind":"cast","person":"Roh Jae-won","show":"Squid Game Seasons 2 and 3"}

{"kind":"crew","person":"Chun Sung-il","show":"All of Us Are Dead","job":"writer","extra":"ignored"}
`

// Empty returns an empty embedded store, closed when the test ends.
func Empty(t testing.TB) graph.Store {
	t.Helper()
	s := embedded.New(embedded.Config{Dir: t.TempDir()}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Open returns an embedded store holding every sample article's facts.
func Open(t testing.TB) graph.Store {
	t.Helper()
	s := Empty(t)
	batches, err := samples.Batches()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if _, err := s.Load(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
