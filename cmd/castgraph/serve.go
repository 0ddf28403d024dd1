package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/buildinfo"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// serveFlags configure the HTTP server; serve and demo both take them.
type serveFlags struct {
	addr      string
	cfg       server.Config      // the endpoints: GraphQL limits, page size, store calls, CORS
	conn      server.ServeConfig // connection timeouts
	neo4jWait time.Duration      // how long to wait for an unreachable Neo4j at start
	envErr    error              // the first environment value that did not parse
}

func (f *serveFlags) register(cmd *cobra.Command) {
	fl, gq := cmd.Flags(), &f.cfg.GraphQL
	fl.StringVar(&f.addr, "addr", envOr("CASTGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on, HOST:PORT (env CASTGRAPH_ADDR)")
	// The token's default comes from the environment and is never shown in
	// help output or logs.
	fl.StringVar(&gq.WriteToken, "write-token", "", "allow the mutations loadFacts, ingestArticle and retractArticle for requests with this bearer token, or with one of named tokens NAME=TOKEN,NAME=TOKEN (each write's audit log line names its token); without it the API is read-only (env CASTGRAPH_WRITE_TOKEN, better than the flag, which process listings show)")
	var cors []string
	if v := os.Getenv("CASTGRAPH_CORS_ORIGIN"); v != "" {
		cors = strings.Split(v, ",")
	}
	fl.StringSliceVar(&f.cfg.CORSOrigins, "cors-origin", cors, "allow cross-origin requests from these origins, e.g. https://example.org, or * for any (env CASTGRAPH_CORS_ORIGIN, comma-separated); default none")
	fl.IntVar(&gq.MaxDepth, "max-depth", f.envInt("CASTGRAPH_MAX_DEPTH", 12), "deepest nesting of fields a query may have (env CASTGRAPH_MAX_DEPTH)")
	fl.IntVar(&gq.MaxCost, "max-cost", f.envInt("CASTGRAPH_MAX_COST", 20000), "largest estimated cost of a query: 1 per field, times the expected length of each list above it (env CASTGRAPH_MAX_COST)")
	fl.IntVar(&gq.MaxFields, "max-fields", f.envInt("CASTGRAPH_MAX_FIELDS", 2000), "most fields a query document may hold, checked before validation (env CASTGRAPH_MAX_FIELDS)")
	fl.IntVar(&f.cfg.Schema.MaxFirst, "max-first", f.envInt("CASTGRAPH_MAX_FIRST", schema.DefaultMaxFirst), "largest page (first) of a connection or search (env CASTGRAPH_MAX_FIRST)")
	fl.Int64Var(&gq.MaxBodyBytes, "max-body-bytes", int64(f.envInt("CASTGRAPH_MAX_BODY_BYTES", 1<<20)), "largest request body in bytes (env CASTGRAPH_MAX_BODY_BYTES)")
	fl.DurationVar(&f.neo4jWait, "neo4j-wait", f.envDuration("CASTGRAPH_NEO4J_WAIT", 60*time.Second), "with --store neo4j, how long to wait at start for a server that cannot be reached yet; 0 gives up at once (env CASTGRAPH_NEO4J_WAIT)")
	fl.DurationVar(&gq.Timeout, "timeout", f.envDuration("CASTGRAPH_TIMEOUT", 10*time.Second), "longest time one GraphQL request may run (env CASTGRAPH_TIMEOUT)")
	fl.IntVar(&f.cfg.MaxStoreCalls, "max-store-calls", f.envInt("CASTGRAPH_MAX_STORE_CALLS", 64), "most store calls under way at once; others wait, within their request's timeout (env CASTGRAPH_MAX_STORE_CALLS)")
	fl.DurationVar(&f.conn.ReadHeaderTimeout, "read-header-timeout", f.envDuration("CASTGRAPH_READ_HEADER_TIMEOUT", 10*time.Second), "longest time a client may take to send a request's headers; slower connections are closed (env CASTGRAPH_READ_HEADER_TIMEOUT)")
	fl.DurationVar(&f.conn.IdleTimeout, "idle-timeout", f.envDuration("CASTGRAPH_IDLE_TIMEOUT", 120*time.Second), "longest time an idle keep-alive connection stays open (env CASTGRAPH_IDLE_TIMEOUT)")
}

// validate checks the flags and fills in the token from the environment.
func (f *serveFlags) validate() error {
	if f.envErr != nil {
		return f.envErr
	}
	gq := &f.cfg.GraphQL
	if gq.WriteToken == "" {
		gq.WriteToken = os.Getenv("CASTGRAPH_WRITE_TOKEN")
	}
	for name, v := range map[string]int64{"--max-depth": int64(gq.MaxDepth), "--max-cost": int64(gq.MaxCost), "--max-fields": int64(gq.MaxFields), "--max-first": int64(f.cfg.Schema.MaxFirst), "--max-body-bytes": gq.MaxBodyBytes, "--max-store-calls": int64(f.cfg.MaxStoreCalls)} {
		if v < 1 {
			return usageError("%s %d: want a positive number", name, v)
		}
	}
	f.conn.RequestTimeout = gq.Timeout
	for name, d := range map[string]time.Duration{"--timeout": gq.Timeout, "--read-header-timeout": f.conn.ReadHeaderTimeout, "--idle-timeout": f.conn.IdleTimeout} {
		if d <= 0 {
			return usageError("%s %s: want a positive duration such as 10s", name, d)
		}
	}
	return nil
}

// envInt reads a whole number from the environment variable key, or def
// when it is unset. A value that is not a whole number ("12abc", "ten") is
// an error that names the variable, returned by validate.
func (f *serveFlags) envInt(key string, def int) int {
	return envParse(&f.envErr, key, def, strconv.Atoi, "a whole number")
}

// envDuration is envInt for a duration such as 10s.
func (f *serveFlags) envDuration(key string, def time.Duration) time.Duration {
	return envParse(&f.envErr, key, def, time.ParseDuration, "a duration such as 10s")
}

// envParse reads the environment variable key with parse, or def when it
// is unset. A value parse refuses sets *errp, when it is nil, to a usage
// error naming the variable and what it should be, and gives def.
func envParse[T any](errp *error, key string, def T, parse func(string) (T, error), want string) T {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := parse(strings.TrimSpace(v))
	if err != nil {
		if *errp == nil {
			*errp = usageError("%s=%q: want %s", key, v, want)
		}
		return def
	}
	return n
}

func newServeCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var hf serveFlags
	var ff feedFlags
	cmd := &cobra.Command{
		Use:   "serve --data DIR [--addr HOST:PORT] [--feed URL --feed-every 15m]",
		Short: "Serve the graph over GraphQL at /graphql",
		Long: `Serve the graph over GraphQL at /graphql, with the explorer at /explore and
the playground at /playground.

With --feed URL (more than once for more feeds), the server also reads each
news feed at start and then every --feed-every, loading the items it has not
read before as ingest --feed does. Each reading is logged; a feed or page
that fails is logged and tried again at the next reading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := hf.validate(); err != nil {
				return err
			}
			if err := ff.validate(); err != nil {
				return err
			}
			store, err := sf.openWaiting(cmd.Context(), g, false, hf.neo4jWait)
			if err != nil {
				return err
			}
			defer store.Close()
			if len(ff.urls) > 0 {
				ctx, cancel := context.WithCancel(cmd.Context())
				done := make(chan struct{})
				go func() { defer close(done); ingest.PollFeeds(ctx, store, ff.urls, ff.every, fetch.Config{}, g.log) }()
				defer func() { cancel(); <-done }()
			}
			return serve(cmd, g, store, hf)
		},
	}
	sf.register(cmd)
	hf.register(cmd)
	ff.register(cmd)
	return cmd
}

// newMux routes castgraph's HTTP endpoints (server.New).
func newMux(g *globals, store graph.Store, hf serveFlags) (http.Handler, error) {
	cfg := hf.cfg
	cfg.Schema.Extract = ingest.ExtractFunc(store)
	cfg.Collectors = []prometheus.Collector{buildinfo.Collector(version)}
	return server.New(store, cfg, g.log)
}

// serve listens on hf.addr and serves until the command's context ends, then
// shuts down gracefully, letting requests in flight finish.
func serve(cmd *cobra.Command, g *globals, store graph.Store, hf serveFlags) error {
	if err := hf.validate(); err != nil {
		return err
	}
	handler, err := newMux(g, store, hf)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", hf.addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("cannot listen on %s: the address is already in use (pick another with --addr)", hf.addr)
	}
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", hf.addr, err)
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(cmd.OutOrStdout(), "castgraph: serving GraphQL at %[1]s/graphql\ncastgraph: playground at %[1]s/playground\ncastgraph: explorer at %[1]s/explore\n", base)
	mode := "read-only"
	if hf.cfg.GraphQL.WriteToken != "" {
		mode = "writes allowed with the write token"
	}
	g.log.Info().Str("url", base+"/graphql").Str("playground", base+"/playground").Str("explorer", base+"/explore").
		Str("mode", mode).Int("max_depth", hf.cfg.GraphQL.MaxDepth).Int("max_cost", hf.cfg.GraphQL.MaxCost).Int("max_first", hf.cfg.Schema.MaxFirst).
		Dur("timeout", hf.cfg.GraphQL.Timeout).Strs("cors_origins", hf.cfg.CORSOrigins).Msg("serving")
	return server.Serve(cmd.Context(), ln, handler, hf.conn, g.log)
}
