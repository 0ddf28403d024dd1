package server_test

import (
	"os"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
)

func sampleStore(t testing.TB) graph.Store { return samplestore.Open(t) }

func TestMain(m *testing.M) {
	code := m.Run()
	if mix.dir != "" {
		os.RemoveAll(mix.dir)
	}
	os.Exit(code)
}
