package schema

import (
	"context"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/castgraph/castgraph/graph"
)

// Metrics are the Prometheus metrics of the GraphQL endpoint and of the
// store under it. Create them with NewMetrics and give them to the Handler
// (HandlerConfig.Metrics) and to the store (Metrics.Store).
type Metrics struct {
	requests  *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	errors    *prometheus.CounterVec
	storeDur  *prometheus.HistogramVec
	storeErrs *prometheus.CounterVec

	mu  sync.Mutex
	ops map[string]bool // operation names given a label of their own
}

// maxOperationLabels is how many distinct operation names get a label of
// their own; later ones are counted as "other", so that clients cannot grow
// the metrics without bound.
const maxOperationLabels = 200

// NewMetrics makes the metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "castgraph_graphql_requests_total",
			Help: "GraphQL requests, by operation name and HTTP status.",
		}, []string{"operation", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "castgraph_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL request, by operation name.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "castgraph_graphql_errors_total",
			Help: "Errors in GraphQL responses, by operation name and error code.",
		}, []string{"operation", "code"}),
		storeDur: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "castgraph_store_call_duration_seconds",
			Help:    "Time a store call took, by method.",
			Buckets: []float64{.00001, .000025, .00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1},
		}, []string{"method"}),
		storeErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "castgraph_store_call_errors_total",
			Help: "Store calls that failed, by method and error code.",
		}, []string{"method", "code"}),
		ops: map[string]bool{},
	}
	reg.MustRegister(m.requests, m.duration, m.errors, m.storeDur, m.storeErrs)
	return m
}

// operation returns the label for an operation name.
func (m *Metrics) operation(name string) string {
	if name == "" {
		return "anonymous"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ops[name] {
		return name
	}
	if len(m.ops) >= maxOperationLabels || len(name) > 100 {
		return "other"
	}
	m.ops[name] = true
	return name
}

// observe records one GraphQL request.
func (m *Metrics) observe(op string, status int, took time.Duration, codes []string) {
	if m == nil {
		return
	}
	op = m.operation(op)
	m.requests.WithLabelValues(op, itoa(status)).Inc()
	m.duration.WithLabelValues(op).Observe(took.Seconds())
	for _, c := range codes {
		m.errors.WithLabelValues(op, c).Inc()
	}
}

func (m *Metrics) storeCall(method string, start time.Time, err error) {
	m.storeDur.WithLabelValues(method).Observe(time.Since(start).Seconds())
	if err != nil {
		m.storeErrs.WithLabelValues(method, graph.ErrorCode(err)).Inc()
	}
}

// Store returns s with every call timed into the metrics. The result is a
// BatchStore (falling back as LoadPeople does when s is not one) and has
// Ping (s's own when it has one, Stats otherwise).
func (m *Metrics) Store(s graph.Store) graph.Store {
	return &observedStore{s: s, m: m}
}

type observedStore struct {
	s graph.Store
	m *Metrics
}

var (
	_ graph.Store = (*observedStore)(nil)
	_ BatchStore  = (*observedStore)(nil)
)

func (o *observedStore) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	start := time.Now()
	sum, err := o.s.Load(ctx, b)
	o.m.storeCall("Load", start, err)
	return sum, err
}

func (o *observedStore) Show(ctx context.Context, title string) (*graph.Show, error) {
	start := time.Now()
	s, err := o.s.Show(ctx, title)
	o.m.storeCall("Show", start, err)
	return s, err
}

func (o *observedStore) Person(ctx context.Context, name string) (*graph.Person, error) {
	start := time.Now()
	p, err := o.s.Person(ctx, name)
	o.m.storeCall("Person", start, err)
	return p, err
}

func (o *observedStore) People(ctx context.Context, names []string) (map[string]*graph.Person, error) {
	start := time.Now()
	p, err := LoadPeople(ctx, o.s, names)
	o.m.storeCall("People", start, err)
	return p, err
}

func (o *observedStore) Shows(ctx context.Context, titles []string) (map[string]*graph.Show, error) {
	start := time.Now()
	s, err := LoadShows(ctx, o.s, titles)
	o.m.storeCall("Shows", start, err)
	return s, err
}

func (o *observedStore) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	start := time.Now()
	h, err := o.s.Search(ctx, text, limit)
	o.m.storeCall("Search", start, err)
	return h, err
}

func (o *observedStore) LinkingActors(ctx context.Context, a, b string) ([]graph.Link, error) {
	start := time.Now()
	l, err := o.s.LinkingActors(ctx, a, b)
	o.m.storeCall("LinkingActors", start, err)
	return l, err
}

func (o *observedStore) ShortestPath(ctx context.Context, from, to string, maxHops int) (*graph.Path, error) {
	start := time.Now()
	p, err := o.s.ShortestPath(ctx, from, to, maxHops)
	o.m.storeCall("ShortestPath", start, err)
	return p, err
}

func (o *observedStore) Stats(ctx context.Context) (graph.Stats, error) {
	start := time.Now()
	st, err := o.s.Stats(ctx)
	o.m.storeCall("Stats", start, err)
	return st, err
}

// Ping reports whether the store is reachable: its own Ping when it has one.
func (o *observedStore) Ping(ctx context.Context) error {
	start := time.Now()
	var err error
	if p, ok := o.s.(interface{ Ping(context.Context) error }); ok {
		err = p.Ping(ctx)
	} else {
		_, err = o.s.Stats(ctx)
	}
	o.m.storeCall("Ping", start, err)
	return err
}

func (o *observedStore) Close() error { return o.s.Close() }
