package server

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// graphSize is a Prometheus collector of the graph's size: the counts of
// graph.Stats as gauges, read from the store when /metrics is scraped, at
// most once per maxAge (counting takes a Neo4j server a while on a large
// graph) and within a timeout. When the count fails, the gauges are left
// out of that scrape and the failure is logged.
type graphSize struct {
	store   graph.Store
	maxAge  time.Duration
	timeout time.Duration
	log     zerolog.Logger
	descs   [5]*prometheus.Desc

	mu   sync.Mutex
	at   time.Time
	last graph.Stats
}

// RegisterGraphSize registers gauges of the store's size with reg:
// castgraph_graph_people, _shows, _characters, _credits and _articles.
func RegisterGraphSize(reg prometheus.Registerer, store graph.Store, maxAge time.Duration, log zerolog.Logger) {
	g := &graphSize{store: store, maxAge: maxAge, timeout: 5 * time.Second, log: log}
	for i, n := range []string{"people", "shows", "characters", "credits", "articles"} {
		g.descs[i] = prometheus.NewDesc("castgraph_graph_"+n, "How many "+n+" the graph holds (read at most every "+maxAge.String()+").", nil, nil)
	}
	reg.MustRegister(g)
}

// Describe implements prometheus.Collector.
func (g *graphSize) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range g.descs {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (g *graphSize) Collect(ch chan<- prometheus.Metric) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.at.IsZero() || time.Since(g.at) >= g.maxAge {
		ctx, cancel := context.WithTimeout(context.Background(), g.timeout)
		st, err := g.store.Stats(ctx)
		cancel()
		if err != nil {
			g.log.Warn().Err(err).Msg("graph size for /metrics")
			return
		}
		g.last, g.at = st, time.Now()
	}
	for i, v := range []int{g.last.People, g.last.Shows, g.last.Characters, g.last.Credits, g.last.Articles} {
		ch <- prometheus.MustNewConstMetric(g.descs[i], prometheus.GaugeValue, float64(v))
	}
}
