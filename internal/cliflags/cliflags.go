// Package cliflags holds the groups of flags that several castgraph
// commands share: the store (Store), the HTTP server (Serve) and how to
// read articles (Input). Each group registers its flags on a command,
// with defaults from the environment, and checks them; a bad value is an
// EINVALID error that names the flag or the variable (exit status 2).
package cliflags

import (
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/neo4j"
)

// Store registers the flags that choose and configure the store a command
// works on.
func Store(cmd *cobra.Command, c *storeopen.Config) {
	fl := cmd.Flags()
	fl.StringVar(&c.Kind, "store", env.Or("CASTGRAPH_STORE", "embedded"), "where the graph lives: embedded (a data directory) or neo4j (env CASTGRAPH_STORE)")
	fl.StringVar(&c.DataDir, "data", env.Or("CASTGRAPH_DATA", ""), "data directory of the embedded store (env CASTGRAPH_DATA)")
	fl.StringVar(&c.Neo4jURI, "neo4j-uri", env.Or("CASTGRAPH_NEO4J_URI", neo4j.DefaultURI), "Neo4j server: bolt://, neo4j:// (cluster routing), +s or +ssc for TLS (env CASTGRAPH_NEO4J_URI)")
	fl.StringVar(&c.Neo4jUser, "neo4j-user", env.Or("CASTGRAPH_NEO4J_USER", ""), "Neo4j user; empty for no authentication (env CASTGRAPH_NEO4J_USER)")
	fl.StringVar(&c.Neo4jDatabase, "neo4j-database", env.Or("CASTGRAPH_NEO4J_DATABASE", ""), "Neo4j database; empty for the server's default (env CASTGRAPH_NEO4J_DATABASE)")
	// The password comes from the environment only, so it stays out of
	// process listings and shell history.
	c.Neo4jPassword = env.Or("CASTGRAPH_NEO4J_PASSWORD", "")
}
