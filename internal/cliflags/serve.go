package cliflags

import (
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/env"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// Serve are the flags of the HTTP server; serve and demo both take them.
type Serve struct {
	Addr      string             // the address to listen on, HOST:PORT
	Config    server.Config      // the endpoints: GraphQL limits, page size, store calls, CORS
	Conn      server.ServeConfig // connection timeouts
	Neo4jWait time.Duration      // how long to wait for an unreachable Neo4j at start
	envs      env.Reader         // the environment values, and the first that did not parse
}

// Register registers the flags on cmd, with defaults from the environment.
func (f *Serve) Register(cmd *cobra.Command) {
	fl, gq := cmd.Flags(), &f.Config.GraphQL
	fl.StringVar(&f.Addr, "addr", env.Or("CASTGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on, HOST:PORT (env CASTGRAPH_ADDR)")
	// The token's default comes from the environment and is never shown in
	// help output or logs.
	fl.StringVar(&gq.WriteToken, "write-token", "", "allow the mutations loadFacts, ingestArticle and retractArticle for requests with this bearer token, or with one of named tokens NAME=TOKEN,NAME=TOKEN (each write's audit log line names its token); without it the API is read-only (env CASTGRAPH_WRITE_TOKEN, better than the flag, which process listings show)")
	var cors []string
	if v := os.Getenv("CASTGRAPH_CORS_ORIGIN"); v != "" {
		cors = strings.Split(v, ",")
	}
	fl.StringSliceVar(&f.Config.CORSOrigins, "cors-origin", cors, "allow cross-origin requests from these origins, e.g. https://example.org, or * for any (env CASTGRAPH_CORS_ORIGIN, comma-separated); default none")
	fl.IntVar(&gq.MaxDepth, "max-depth", f.envs.Int("CASTGRAPH_MAX_DEPTH", 12), "deepest nesting of fields a query may have (env CASTGRAPH_MAX_DEPTH)")
	fl.IntVar(&gq.MaxCost, "max-cost", f.envs.Int("CASTGRAPH_MAX_COST", 20000), "largest estimated cost of a query: 1 per field, times the expected length of each list above it (env CASTGRAPH_MAX_COST)")
	fl.IntVar(&gq.MaxFields, "max-fields", f.envs.Int("CASTGRAPH_MAX_FIELDS", 2000), "most fields a query document may hold, checked before validation (env CASTGRAPH_MAX_FIELDS)")
	fl.IntVar(&f.Config.Schema.MaxFirst, "max-first", f.envs.Int("CASTGRAPH_MAX_FIRST", schema.DefaultMaxFirst), "largest page (first) of a connection or search (env CASTGRAPH_MAX_FIRST)")
	fl.Int64Var(&gq.MaxBodyBytes, "max-body-bytes", int64(f.envs.Int("CASTGRAPH_MAX_BODY_BYTES", 1<<20)), "largest request body in bytes (env CASTGRAPH_MAX_BODY_BYTES)")
	fl.DurationVar(&f.Neo4jWait, "neo4j-wait", f.envs.Duration("CASTGRAPH_NEO4J_WAIT", 60*time.Second), "with --store neo4j, how long to wait at start for a server that cannot be reached yet; 0 gives up at once (env CASTGRAPH_NEO4J_WAIT)")
	fl.DurationVar(&gq.Timeout, "timeout", f.envs.Duration("CASTGRAPH_TIMEOUT", 10*time.Second), "longest time one GraphQL request may run (env CASTGRAPH_TIMEOUT)")
	fl.IntVar(&f.Config.MaxStoreCalls, "max-store-calls", f.envs.Int("CASTGRAPH_MAX_STORE_CALLS", 64), "most store calls under way at once; others wait, within their request's timeout (env CASTGRAPH_MAX_STORE_CALLS)")
	fl.DurationVar(&f.Conn.ReadHeaderTimeout, "read-header-timeout", f.envs.Duration("CASTGRAPH_READ_HEADER_TIMEOUT", 10*time.Second), "longest time a client may take to send a request's headers; slower connections are closed (env CASTGRAPH_READ_HEADER_TIMEOUT)")
	fl.DurationVar(&f.Conn.IdleTimeout, "idle-timeout", f.envs.Duration("CASTGRAPH_IDLE_TIMEOUT", 120*time.Second), "longest time an idle keep-alive connection stays open (env CASTGRAPH_IDLE_TIMEOUT)")
}

// Validate checks the flags and the environment values, and fills in the
// write token from the environment.
func (f *Serve) Validate() error {
	if f.envs.Err != nil {
		return f.envs.Err
	}
	gq := &f.Config.GraphQL
	if gq.WriteToken == "" {
		gq.WriteToken = os.Getenv("CASTGRAPH_WRITE_TOKEN")
	}
	for name, v := range map[string]int64{"--max-depth": int64(gq.MaxDepth), "--max-cost": int64(gq.MaxCost), "--max-fields": int64(gq.MaxFields), "--max-first": int64(f.Config.Schema.MaxFirst), "--max-body-bytes": gq.MaxBodyBytes, "--max-store-calls": int64(f.Config.MaxStoreCalls)} {
		if v < 1 {
			return graph.Errorf(graph.EINVALID, "%s %d: want a positive number", name, v)
		}
	}
	f.Conn.RequestTimeout = gq.Timeout
	for name, d := range map[string]time.Duration{"--timeout": gq.Timeout, "--read-header-timeout": f.Conn.ReadHeaderTimeout, "--idle-timeout": f.Conn.IdleTimeout} {
		if d <= 0 {
			return graph.Errorf(graph.EINVALID, "%s %s: want a positive duration such as 10s", name, d)
		}
	}
	return nil
}
