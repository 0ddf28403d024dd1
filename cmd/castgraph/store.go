package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/neo4j"
)

// storeFlags choose and configure the store a command works on.
type storeFlags struct {
	kind      string
	dataDir   string
	neo4jURI  string
	neo4jUser string
	neo4jPass string
	neo4jDB   string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.kind, "store", envOr("CASTGRAPH_STORE", "embedded"), "where the graph lives: embedded (a data directory) or neo4j (env CASTGRAPH_STORE)")
	fl.StringVar(&f.dataDir, "data", envOr("CASTGRAPH_DATA", ""), "data directory of the embedded store (env CASTGRAPH_DATA)")
	fl.StringVar(&f.neo4jURI, "neo4j-uri", envOr("CASTGRAPH_NEO4J_URI", neo4j.DefaultURI), "Neo4j server: bolt://, neo4j:// (cluster routing), +s or +ssc for TLS (env CASTGRAPH_NEO4J_URI)")
	fl.StringVar(&f.neo4jUser, "neo4j-user", envOr("CASTGRAPH_NEO4J_USER", ""), "Neo4j user; empty for no authentication (env CASTGRAPH_NEO4J_USER)")
	fl.StringVar(&f.neo4jDB, "neo4j-database", envOr("CASTGRAPH_NEO4J_DATABASE", ""), "Neo4j database; empty for the server's default (env CASTGRAPH_NEO4J_DATABASE)")
	// The password comes from the environment only, so it stays out of
	// process listings and shell history.
	f.neo4jPass = envOr("CASTGRAPH_NEO4J_PASSWORD", "")
}

// open opens the store; create says whether a missing data directory is made.
func (f *storeFlags) open(ctx context.Context, g *globals, create bool) (graph.Store, error) {
	switch f.kind {
	case "embedded":
		if f.dataDir == "" {
			return nil, usageError("no data directory: give --data DIR (or set CASTGRAPH_DATA)")
		}
		s := embedded.New(embedded.Config{Dir: f.dataDir, Create: create}, g.log)
		if err := s.Open(ctx); err != nil {
			return nil, err
		}
		return s, nil
	case "neo4j":
		s := neo4j.New(neo4j.Config{URI: f.neo4jURI, Username: f.neo4jUser, Password: f.neo4jPass, Database: f.neo4jDB}, g.log)
		if err := s.Open(ctx); err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, usageError("--store %q: want embedded or neo4j", f.kind)
}

// openWaiting opens the store as open does, but a Neo4j server that cannot
// be reached yet (EUNAVAIL: it is starting, or the network is not up) is
// tried again, after pauses that grow from half a second to five, until
// wait has passed. A server that answers and refuses (bad credentials, a
// bad URI) fails at once, as does any other store.
func (f *storeFlags) openWaiting(ctx context.Context, g *globals, create bool, wait time.Duration) (graph.Store, error) {
	deadline := time.Now().Add(wait)
	pause := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		s, err := f.open(ctx, g, create)
		if err == nil || f.kind != "neo4j" || graph.ErrorCode(err) != graph.EUNAVAIL {
			return s, err
		}
		if time.Now().Add(pause).After(deadline) {
			if attempt > 1 {
				return nil, fmt.Errorf("%w (tried %d times in %s: --neo4j-wait)", err, attempt, wait)
			}
			return nil, err
		}
		g.log.Warn().Err(err).Int("attempt", attempt).Dur("retry_in_ms", pause).Msg("neo4j cannot be reached yet; waiting for it")
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// where describes the store for messages.
func (f *storeFlags) where() string {
	if f.kind == "neo4j" {
		return f.neo4jURI
	}
	return f.dataDir
}
