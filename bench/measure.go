package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// result is one store's column of the table.
type result struct {
	store                string
	inProcess            bool // the CPU time figures are the store's own
	facts                int
	stats                graph.Stats
	load, open           time.Duration
	linkP50, linkP99     time.Duration
	pathP50, pathP99     time.Duration
	pathFound            int
	linkCPU50, linkCPU99 time.Duration // CPU time of the querying thread: in-process stores only
	linkCPUMean          time.Duration
	linkAsked            time.Duration // mean CPU time of the linkingActors call the GraphQL requests make
	pathCPUMean          time.Duration
	pathCPU50, pathCPU99 time.Duration
	loadAvg              [2]string // /proc/loadavg at the start and the end
	rps                  float64
	httpErrors           int64
	http                 httpCost    // what the GraphQL requests cost this process
	rss, hwm, dirBytes   int64       // -1: not known
	plain                *plainTimes // a Plain store only: the hand-written queries' times
}

// queries are the endpoints of the timed queries.
type queries struct {
	paths [][2]string // people joined by a path
	links [][2]string // two shows of one actor
}

// plainTimes are the times of the plainest hand-written Cypher on the pairs
// the store answered: what its database itself takes, without castgraph.
type plainTimes struct {
	linkP50, linkP99 time.Duration
	pathP50, pathP99 time.Duration
	pathFound        int
}

// pickQueries picks the query endpoints among connected nodes, asking the
// first store: people joined by a path, shows that share an actor.
func pickQueries(ctx context.Context, s graph.Store, c Config, r *rand.Rand, people, castOf []string) (queries, error) {
	var q queries
	for i := 0; i+1 < len(people) && len(q.paths) < c.Queries; i += 2 {
		a, b := people[i], people[i+1]
		if graph.PersonKey(a) == graph.PersonKey(b) {
			continue
		}
		p, err := s.ShortestPath(ctx, a, b, c.MaxHops)
		if err != nil {
			return q, fmt.Errorf("pick shortestPath pairs: %w", err)
		}
		if p != nil {
			q.paths = append(q.paths, [2]string{a, b})
		}
	}
	for _, name := range castOf {
		if len(q.links) >= c.Queries {
			break
		}
		p, err := s.Person(ctx, name)
		if err != nil {
			return q, fmt.Errorf("pick linkingActors pairs: %w", err)
		}
		var shows []string
		for _, cr := range p.Roles {
			if !slices.Contains(shows, cr.Show.Name) {
				shows = append(shows, cr.Show.Name)
			}
		}
		if len(shows) < 2 {
			continue
		}
		i := r.IntN(len(shows))
		j := (i + 1 + r.IntN(len(shows)-1)) % len(shows)
		q.links = append(q.links, [2]string{shows[i], shows[j]})
	}
	if len(q.paths) == 0 || len(q.links) == 0 {
		return q, errors.New("no connected pairs to query: the graph is too small or too sparse")
	}
	return q, nil
}

func mean(ds []time.Duration) time.Duration {
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return sum / time.Duration(max(1, len(ds)))
}

func percentile(ds []time.Duration, p float64) time.Duration {
	slices.Sort(ds)
	i := int(float64(len(ds))*p+0.999999) - 1
	return ds[max(0, min(i, len(ds)-1))]
}

// timeQueries runs each query once, one at a time, and keeps p50 and p99 of
// the time each took and of the CPU time of the thread that ran it (which,
// for an in-process store, is the query's own cost, whatever else the
// machine runs). For a Plain store it also runs the hand-written Cypher of
// each pair, next to the store's query for the same pair (one first, then
// the other, in turn), so that both meet the same server, caches and
// machine load: their ratio is the store's overhead.
func timeQueries(ctx context.Context, s graph.Store, c Config, q queries, res *result) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	plain, _ := s.(Plain)
	// Warm up: a few of each, not timed.
	for i := range min(20, len(q.paths)) {
		s.ShortestPath(ctx, q.paths[i][0], q.paths[i][1], c.MaxHops)
		s.LinkingActors(ctx, q.links[i%len(q.links)][0], q.links[i%len(q.links)][1])
		if plain != nil {
			plain.PlainShortestPath(ctx, q.paths[i][0], q.paths[i][1], c.MaxHops)
			plain.PlainLinkingActors(ctx, q.links[i%len(q.links)][0], q.links[i%len(q.links)][1])
		}
	}
	var link, path, linkCPU, pathCPU, plainLink, plainPath []time.Duration
	pt := &plainTimes{}
	// Pair i's hand-written query runs after the store's for even i,
	// before it for odd i.
	timePlain := func(i int, before bool, what string, p [2]string, call func() (int, error), into *[]time.Duration) error {
		if plain == nil || (i%2 == 1) != before {
			return nil
		}
		start := time.Now()
		if _, err := call(); err != nil {
			return fmt.Errorf("hand-written %s (%q, %q): %w", what, p[0], p[1], err)
		}
		*into = append(*into, time.Since(start))
		return nil
	}
	for i, p := range q.links {
		call := func() (int, error) { return plain.PlainLinkingActors(ctx, p[0], p[1]) }
		if err := timePlain(i, true, "linking actors", p, call, &plainLink); err != nil {
			return err
		}
		start, cpu := time.Now(), threadCPU()
		if _, err := s.LinkingActors(ctx, p[0], p[1]); err != nil {
			return fmt.Errorf("linkingActors(%q, %q): %w", p[0], p[1], err)
		}
		link = append(link, time.Since(start))
		linkCPU = append(linkCPU, threadCPU()-cpu)
		if err := timePlain(i, false, "linking actors", p, call, &plainLink); err != nil {
			return err
		}
	}
	// The GraphQL mix's linkingActors query selects no evidence, so its
	// requests ask the store for links without it when the store can.
	var linkAsked []time.Duration
	if _, ok := s.(graph.LinkLister); ok {
		for _, p := range q.links {
			cpu := threadCPU()
			if _, err := graph.LinkingActorsOf(ctx, s, p[0], p[1], false); err != nil {
				return fmt.Errorf("linkingActors(%q, %q) without evidence: %w", p[0], p[1], err)
			}
			linkAsked = append(linkAsked, threadCPU()-cpu)
		}
	} else {
		linkAsked = linkCPU
	}
	for i, p := range q.paths {
		call := func() (int, error) {
			n, err := plain.PlainShortestPath(ctx, p[0], p[1], c.MaxHops)
			if err == nil && n >= 0 {
				pt.pathFound++
			}
			return n, err
		}
		if err := timePlain(i, true, "shortest path", p, call, &plainPath); err != nil {
			return err
		}
		start, cpu := time.Now(), threadCPU()
		got, err := s.ShortestPath(ctx, p[0], p[1], c.MaxHops)
		if err != nil {
			return fmt.Errorf("shortestPath(%q, %q): %w", p[0], p[1], err)
		}
		path = append(path, time.Since(start))
		pathCPU = append(pathCPU, threadCPU()-cpu)
		if got != nil {
			res.pathFound++
		}
		if err := timePlain(i, false, "shortest path", p, call, &plainPath); err != nil {
			return err
		}
	}
	res.linkP50, res.linkP99 = percentile(link, 0.50), percentile(link, 0.99)
	res.pathP50, res.pathP99 = percentile(path, 0.50), percentile(path, 0.99)
	res.linkCPU50, res.linkCPU99 = percentile(linkCPU, 0.50), percentile(linkCPU, 0.99)
	res.linkCPUMean, res.pathCPUMean = mean(linkCPU), mean(pathCPU)
	res.linkAsked = mean(linkAsked)
	res.pathCPU50, res.pathCPU99 = percentile(pathCPU, 0.50), percentile(pathCPU, 0.99)
	if plain != nil {
		pt.linkP50, pt.linkP99 = percentile(plainLink, 0.50), percentile(plainLink, 0.99)
		pt.pathP50, pt.pathP99 = percentile(plainPath, 0.50), percentile(plainPath, 0.99)
		res.plain = pt
	}
	return nil
}

// request is a GraphQL request as JSON.
type request struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

const (
	gqlLink = `query Link($a: String!, $b: String!) { linkingActors(showA: $a, showB: $b) { person { name } inA { character } inB { character } } }`
	gqlPath = `query Path($from: String!, $to: String!, $hops: Int) { shortestPath(from: $from, to: $to, maxHops: $hops) { length nodes { kind name evidence { article sentence } } } }`
)

// httpCost is the CPU time the GraphQL phase took in this process (server
// and clients), per request, and the share of it the garbage collector took.
type httpCost struct {
	cpuPerRequest time.Duration
	gcShare       float64 // of the process's CPU time, as the Go runtime estimates it
	gcCycles      uint64
}

// timeHTTP serves the store over GraphQL on a loopback port and sends the
// query mix (linkingActors and shortestPath in turn) from a few clients.
// Its goroutines carry the profiler label bench=graphql, so that a CPU
// profile of the whole run (--cpuprofile) shows this phase alone with
// -tagfocus bench=graphql.
func timeHTTP(ctx context.Context, s graph.Store, c Config, q queries, res *result) error {
	pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels("bench", "graphql")))
	defer pprof.SetGoroutineLabels(ctx)
	h, err := c.Handler(s)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", h)
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/graphql"

	bodies := make([][]byte, 0, len(q.links)+len(q.paths))
	for i := range max(len(q.links), len(q.paths)) {
		l, p := q.links[i%len(q.links)], q.paths[i%len(q.paths)]
		b1, _ := json.Marshal(request{Query: gqlLink, Variables: map[string]any{"a": l[0], "b": l[1]}})
		b2, _ := json.Marshal(request{Query: gqlPath, Variables: map[string]any{"from": p[0], "to": p[1], "hops": c.MaxHops}})
		bodies = append(bodies, b1, b2)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	var done, failed atomic.Int64
	var next atomic.Int64
	deadline := time.Now().Add(c.HTTPFor)
	var wg sync.WaitGroup
	start, cpu0, gc0 := time.Now(), processCPU(), readGC()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && ctx.Err() == nil {
				body := bodies[int(next.Add(1)-1)%len(bodies)]
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err != nil {
					failed.Add(1)
					continue
				}
				data, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || bytes.Contains(data, []byte(`"errors"`)) {
					failed.Add(1)
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	cpu, gc := processCPU()-cpu0, readGC()
	res.rps = float64(done.Load()) / time.Since(start).Seconds()
	res.httpErrors = failed.Load()
	if n := done.Load(); n > 0 {
		res.http.cpuPerRequest = cpu / time.Duration(n)
	}
	if total := gc.total - gc0.total; total > 0 {
		res.http.gcShare = (gc.gc - gc0.gc) / total
	}
	res.http.gcCycles = gc.cycles - gc0.cycles
	return ctx.Err()
}
