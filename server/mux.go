package server

import (
	"fmt"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/schema/explorer"
	"github.com/castgraph/castgraph/schema/playground"
)

// Config sets up castgraph's HTTP endpoints (New). Zero values are defaults.
type Config struct {
	// GraphQL sets up /graphql; its Metrics and MaxFirst are set by New.
	GraphQL HandlerConfig
	// Schema shapes the GraphQL schema.
	Schema schema.Config
	// MaxStoreCalls is the most store calls under way at once; others wait,
	// within their request's timeout. Default 0: no bound.
	MaxStoreCalls int
	// CORSOrigins are the origins allowed to call cross-origin ("*" for
	// any). Default none.
	CORSOrigins []string
	// Collectors are registered on /metrics beside the server's own (the
	// build info, say). Default none.
	Collectors []prometheus.Collector
}

// New returns the handler of castgraph's HTTP endpoints over store:
// /graphql, /explore (and /, which leads to it), /playground, /healthz,
// /readyz and /metrics, behind the request log, the in-flight gauge and
// CORS.
func New(store graph.Store, cfg Config, log zerolog.Logger) (http.Handler, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reg.MustRegister(cfg.Collectors...)
	metrics := NewMetrics(reg)
	RegisterGraphSize(reg, store, 15*time.Second, log)
	store = metrics.LimitedStore(store, cfg.MaxStoreCalls)
	sch, err := schema.Build(store, cfg.Schema, log)
	if err != nil {
		return nil, fmt.Errorf("build GraphQL schema: %w", err)
	}
	hc := cfg.GraphQL
	hc.Metrics, hc.MaxFirst = metrics, cfg.Schema.WithDefaults().MaxFirst
	mux := http.NewServeMux()
	mux.Handle("/graphql", NewHandler(sch, hc, log))
	mux.HandleFunc("GET /playground", playground.ServePage)
	mux.Handle("GET "+playground.AssetPrefix, playground.Assets())
	// The front page is the explorer, for readers; it links to the playground.
	mux.Handle("GET /{$}", http.RedirectHandler("/explore", http.StatusFound))
	mux.HandleFunc("GET /explore", explorer.ServePage)
	mux.Handle("GET "+explorer.AssetPrefix, explorer.Assets())
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := graph.Ping(r.Context(), store); err != nil {
			http.Error(w, "not ready: "+graph.ErrorMessage(err), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	inFlight := prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "castgraph_http_requests_in_flight",
		Help: "HTTP requests being served.",
	})
	reg.MustRegister(inFlight)
	return withInFlight(inFlight, withRequestLog(log, withCORS(cfg.CORSOrigins, mux))), nil
}
