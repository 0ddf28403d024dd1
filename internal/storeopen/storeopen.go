// Package storeopen opens the store a command names: the embedded store in
// a data directory, or a Neo4j server. It is wiring, used by the command
// only: it knows every store kind, and puts each where another package
// takes it (bench's kinds, the facts of Neo4j's import files).
package storeopen

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/neo4j"
)

// Config names a store, as the --store, --data and --neo4j-* flags do.
type Config struct {
	Kind          string // embedded or neo4j
	DataDir       string // the embedded store's data directory
	Neo4jURI      string // the Neo4j server
	Neo4jUser     string // empty for no authentication
	Neo4jPassword string
	Neo4jDatabase string // empty for the server's default
}

// At reads a location: a Neo4j URI, or else an embedded data directory.
// Neo4j credentials are left for the caller to fill in.
func At(loc string) Config {
	if neo4j.IsURI(loc) {
		return Config{Kind: "neo4j", Neo4jURI: loc}
	}
	return Config{Kind: "embedded", DataDir: loc}
}

// Open opens the store; create says whether a missing data directory is
// made. A missing data directory or an unknown kind is EINVALID.
func (c Config) Open(ctx context.Context, log zerolog.Logger, create bool) (graph.Store, error) {
	switch c.Kind {
	case "embedded":
		if c.DataDir == "" {
			return nil, graph.Errorf(graph.EINVALID, "no data directory: give --data DIR (or set CASTGRAPH_DATA)")
		}
		s := embedded.New(embedded.Config{Dir: c.DataDir, Create: create}, log)
		if err := s.Open(ctx); err != nil {
			return nil, err
		}
		return s, nil
	case "neo4j":
		s := neo4j.New(neo4j.Config{URI: c.Neo4jURI, Username: c.Neo4jUser, Password: c.Neo4jPassword, Database: c.Neo4jDatabase}, log)
		if err := s.Open(ctx); err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, graph.Errorf(graph.EINVALID, "--store %q: want embedded or neo4j", c.Kind)
}

// OpenWaiting opens the store as Open does, but a Neo4j server that cannot
// be reached yet (EUNAVAIL: it is starting, or the network is not up) is
// tried again, after pauses that grow from half a second to five, until
// wait has passed. A server that answers and refuses (bad credentials, a
// bad URI) fails at once, as does any other store.
func (c Config) OpenWaiting(ctx context.Context, log zerolog.Logger, create bool, wait time.Duration) (graph.Store, error) {
	deadline := time.Now().Add(wait)
	pause := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		s, err := c.Open(ctx, log, create)
		if err == nil || c.Kind != "neo4j" || graph.ErrorCode(err) != graph.EUNAVAIL {
			return s, err
		}
		if time.Now().Add(pause).After(deadline) {
			if attempt > 1 {
				return nil, fmt.Errorf("%w (tried %d times in %s: --neo4j-wait)", err, attempt, wait)
			}
			return nil, err
		}
		log.Warn().Err(err).Int("attempt", attempt).Dur("retry_in_ms", pause).Msg("neo4j cannot be reached yet; waiting for it")
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// Where describes the store for messages: its URI or data directory.
func (c Config) Where() string {
	if c.Kind == "neo4j" {
		return c.Neo4jURI
	}
	return c.DataDir
}

// NewDataDir reports whether c names an embedded store whose data
// directory does not exist yet: one that opening it will create.
func (c Config) NewDataDir() bool {
	if c.Kind != "embedded" || c.DataDir == "" {
		return false
	}
	_, err := os.Stat(c.DataDir)
	return errors.Is(err, fs.ErrNotExist)
}

// DropDataDir removes the data directory that a failed run created and
// loaded nothing into, so that no empty store is left behind. The store
// must be closed.
func (c Config) DropDataDir(log zerolog.Logger) {
	if err := os.RemoveAll(c.DataDir); err != nil {
		log.Warn().Err(err).Str("dir", c.DataDir).Msg("could not remove the empty data directory")
	}
}
