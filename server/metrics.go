package server

import (
	"context"
	"fmt"
	"strconv"
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
	m.requests.WithLabelValues(op, strconv.Itoa(status)).Inc()
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
// graph.Batcher (falling back as graph.LoadPeople does when s is not one)
// and a graph.LinkLister (falling back as graph.LinkingActorsOf does), and
// has Ping (s's own when it has one, Stats otherwise).
func (m *Metrics) Store(s graph.Store) graph.Store { return m.LimitedStore(s, 0) }

// LimitedStore is Store with at most maxCalls store calls under way at once
// (0: no bound), so that no client can take the whole store: a call waits
// for a free slot until its context ends, and then fails with the context's
// error (a request's timeout).
func (m *Metrics) LimitedStore(s graph.Store, maxCalls int) graph.Store {
	o := &observedStore{s: s, m: m}
	if maxCalls > 0 {
		o.slots = make(chan struct{}, maxCalls)
	}
	return o
}

type observedStore struct {
	s     graph.Store
	m     *Metrics
	slots chan struct{} // nil: no bound
}

var (
	_ graph.Store      = (*observedStore)(nil)
	_ graph.Batcher    = (*observedStore)(nil)
	_ graph.LinkLister = (*observedStore)(nil)
)

// call runs fn as one store call named method: in a slot, timed.
func (o *observedStore) call(ctx context.Context, method string, fn func() error) error {
	if o.slots != nil {
		select {
		case o.slots <- struct{}{}:
			defer func() { <-o.slots }()
		case <-ctx.Done():
			o.m.storeCall(method, time.Now(), ctx.Err())
			return fmt.Errorf("waiting for a free store slot (%d calls under way): %w", cap(o.slots), ctx.Err())
		}
	}
	start := time.Now()
	err := fn()
	o.m.storeCall(method, start, err)
	return err
}

func (o *observedStore) Load(ctx context.Context, b graph.Batch) (sum graph.LoadSummary, err error) {
	err = o.call(ctx, "Load", func() (err error) { sum, err = o.s.Load(ctx, b); return err })
	return sum, err
}

func (o *observedStore) Show(ctx context.Context, title string) (s *graph.Show, err error) {
	err = o.call(ctx, "Show", func() (err error) { s, err = o.s.Show(ctx, title); return err })
	return s, err
}

func (o *observedStore) Person(ctx context.Context, name string) (p *graph.Person, err error) {
	err = o.call(ctx, "Person", func() (err error) { p, err = o.s.Person(ctx, name); return err })
	return p, err
}

func (o *observedStore) People(ctx context.Context, names []string) (p map[string]*graph.Person, err error) {
	err = o.call(ctx, "People", func() (err error) { p, err = graph.LoadPeople(ctx, o.s, names); return err })
	return p, err
}

func (o *observedStore) Shows(ctx context.Context, titles []string) (s map[string]*graph.Show, err error) {
	err = o.call(ctx, "Shows", func() (err error) { s, err = graph.LoadShows(ctx, o.s, titles); return err })
	return s, err
}

func (o *observedStore) Search(ctx context.Context, text string, limit int) (h []graph.SearchHit, err error) {
	err = o.call(ctx, "Search", func() (err error) { h, err = o.s.Search(ctx, text, limit); return err })
	return h, err
}

func (o *observedStore) LinkingActors(ctx context.Context, a, b string) (l []graph.Link, err error) {
	err = o.call(ctx, "LinkingActors", func() (err error) { l, err = o.s.LinkingActors(ctx, a, b); return err })
	return l, err
}

// LinkingActorsBare is timed as a LinkingActors call.
func (o *observedStore) LinkingActorsBare(ctx context.Context, a, b string) (l []graph.Link, err error) {
	err = o.call(ctx, "LinkingActors", func() (err error) { l, err = graph.LinkingActorsOf(ctx, o.s, a, b, false); return err })
	return l, err
}

func (o *observedStore) ShortestPath(ctx context.Context, from, to string, maxHops int) (p *graph.Path, err error) {
	err = o.call(ctx, "ShortestPath", func() (err error) { p, err = o.s.ShortestPath(ctx, from, to, maxHops); return err })
	return p, err
}

func (o *observedStore) Stats(ctx context.Context) (st graph.Stats, err error) {
	err = o.call(ctx, "Stats", func() (err error) { st, err = o.s.Stats(ctx); return err })
	return st, err
}

// Ping reports whether the store is reachable: its own Ping when it has one.
// It takes no slot, so a busy store still answers readiness checks.
func (o *observedStore) Ping(ctx context.Context) error {
	start := time.Now()
	err := graph.Ping(ctx, o.s)
	o.m.storeCall("Ping", start, err)
	return err
}

func (o *observedStore) Close() error { return o.s.Close() }
