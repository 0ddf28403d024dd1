package server_test

import (
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
)

func sampleStore(t testing.TB) graph.Store { return samplestore.Open(t) }
