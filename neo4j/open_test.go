package neo4j

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

func TestOpenErrors(t *testing.T) {
	// A port nothing listens on: take a free one and close it again.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedPort := l.Addr().String()
	l.Close()

	for _, c := range []struct {
		uri  string
		code string
	}{
		{"http://127.0.0.1:7474", graph.EINVALID},
		{"127.0.0.1:7687", graph.EINVALID},
		{"bolt://", graph.EINVALID},
		{"bolt://" + closedPort, graph.EUNAVAIL},
		{"neo4j://" + closedPort, graph.EUNAVAIL},
	} {
		s := New(Config{URI: c.uri, ConnectTimeout: 2 * time.Second}, zerolog.New(zerolog.NewTestWriter(t)))
		err := s.Open(context.Background())
		if got := graph.ErrorCode(err); got != c.code {
			t.Errorf("Open(%s): error code %q (%v), want %q", c.uri, got, err, c.code)
		}
		if err := s.Close(); err != nil {
			t.Errorf("Close after a failed Open(%s): %v", c.uri, err)
		}
	}
}

func TestNotOpen(t *testing.T) {
	s := New(Config{}, zerolog.Nop())
	ctx := context.Background()
	_, err := s.Stats(ctx)
	if graph.ErrorCode(err) != graph.EUNAVAIL {
		t.Errorf("Stats before Open: %v, want code %q", err, graph.EUNAVAIL)
	}
	_, err = s.Load(ctx, graph.Batch{Source: "x", Facts: []graph.Fact{{Kind: "cast", Person: "A", Show: "B"}}})
	if graph.ErrorCode(err) != graph.EUNAVAIL {
		t.Errorf("Load before Open: %v, want code %q", err, graph.EUNAVAIL)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestClosedStore(t *testing.T) {
	s := openEmpty(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := s.Show(context.Background(), "Squid Game")
	if graph.ErrorCode(err) != graph.EUNAVAIL {
		t.Errorf("Show after Close: %v, want code %q", err, graph.EUNAVAIL)
	}
}

func TestConfigDefaults(t *testing.T) {
	s := New(Config{}, zerolog.Nop())
	if s.cfg.URI != DefaultURI || s.cfg.ConnectTimeout != 10*time.Second {
		t.Errorf("zero Config gives URI %q, connect timeout %v", s.cfg.URI, s.cfg.ConnectTimeout)
	}
}
