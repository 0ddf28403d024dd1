package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/dataset"
	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/gen"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/neo4j"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// benchConfig is what castgraph bench measures.
type benchConfig struct {
	credits, people, shows int
	seed                   uint64
	datasets               []string
	datasetDir             string
	batch, neo4jBatch      int
	queries                int
	maxHops                int
	httpFor                time.Duration
	dir                    string
	keep                   bool
	neo4jURI               string
	neo4jPID               int
	neo4jDir               string
	cpuProfile             string
}

func newBenchCmd(g *globals) *cobra.Command {
	var c benchConfig
	cmd := &cobra.Command{
		Use:   "bench --credits N [--seed S] [--dataset NAME] [--neo4j-uri URI]",
		Short: "Load a generated (or real) graph into each store and time the same queries",
		Long: `Generate a graph of --credits facts (or import real datasets with --dataset),
load it into the embedded store and, with --neo4j-uri, into Neo4j, then run
the same random, seeded query mix against each and print one table: load
facts/s, open time, linkingActors and shortestPath p50/p99, GraphQL requests/s
over HTTP, resident memory, bytes per credit and data directory size, with the
ratio embedded/Neo4j.

Query endpoints are picked among connected nodes: shortestPath pairs are
people joined by some path of at most --max-hops edges, linkingActors pairs
are two shows of one actor. The Neo4j database is emptied before the load.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if c.queries < 1 || c.batch < 1 || c.neo4jBatch < 1 {
				return usageError("--queries, --batch and --neo4j-batch must be at least 1")
			}
			if c.maxHops < 1 || c.maxHops > graph.MaxHopsLimit {
				return usageError("--max-hops %d is outside 1..%d", c.maxHops, graph.MaxHopsLimit)
			}
			if c.cpuProfile != "" {
				f, err := os.Create(c.cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			return runBench(cmd.Context(), cmd.OutOrStdout(), g.log, c, os.Args)
		},
	}
	f := cmd.Flags()
	f.IntVar(&c.credits, "credits", 100_000, "credits (facts) to generate")
	f.IntVar(&c.people, "people", 0, "distinct people (default credits/5)")
	f.IntVar(&c.shows, "shows", 0, "distinct shows (default credits/25)")
	f.Uint64Var(&c.seed, "seed", 1, "seed of the generator and of the query mix")
	f.StringSliceVar(&c.datasets, "dataset", nil, "import these real datasets instead of generating ("+strings.Join(dataset.Names(), ", ")+", or all)")
	f.StringVar(&c.datasetDir, "datasets", envOr("CASTGRAPH_DATASETS", "../shared/data"), "directory holding the datasets (env CASTGRAPH_DATASETS)")
	f.IntVar(&c.batch, "batch", 500_000, "facts per load transaction (the size of one input file) in the embedded store")
	f.IntVar(&c.neo4jBatch, "neo4j-batch", 20_000, "facts per load transaction in Neo4j")
	f.IntVar(&c.queries, "queries", 1000, "queries of each kind to time")
	f.IntVar(&c.maxHops, "max-hops", graph.MaxHopsLimit, "maxHops of the shortestPath queries")
	f.DurationVar(&c.httpFor, "http-for", 5*time.Second, "how long to send GraphQL requests for")
	f.StringVar(&c.dir, "dir", "", "where to make the embedded store's data directory (default: a temporary directory)")
	f.BoolVar(&c.keep, "keep", false, "keep the embedded store's data directory")
	f.StringVar(&c.neo4jURI, "neo4j-uri", "", "Neo4j Bolt URI (its database is emptied first); empty: the embedded store only")
	f.IntVar(&c.neo4jPID, "neo4j-pid", 0, "process id of the Neo4j server, to report its memory")
	f.StringVar(&c.neo4jDir, "neo4j-dir", "", "Neo4j's data directory, to report its size")
	f.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run to this file")
	return cmd
}

// benchSource hands out the facts of a benchmark, in load batches, and
// random credits to pick query endpoints from.
type benchSource struct {
	desc    string
	total   int
	batches func(size int, fn func(graph.Batch) error) error
	credit  func(r *rand.Rand) (person, show string, cast bool)
}

func genSource(c benchConfig) (*benchSource, error) {
	cfg := gen.ForCredits(c.credits, c.seed)
	if c.people > 0 {
		cfg.People = c.people
	}
	if c.shows > 0 {
		cfg.Shows = c.shows
	}
	gn, err := gen.New(cfg)
	if err != nil {
		return nil, usageError("%s", err.Error())
	}
	return &benchSource{
		desc:  fmt.Sprintf("generated: %d credits, %d people, %d shows, seed %d", cfg.Credits, cfg.People, cfg.Shows, cfg.Seed),
		total: gn.Len(),
		batches: func(size int, fn func(graph.Batch) error) error {
			gn.Reset()
			buf := make([]graph.Fact, 0, size)
			for i := 0; ; i++ {
				buf = gn.Next(buf[:0], size)
				if len(buf) == 0 {
					return nil
				}
				if err := fn(graph.Batch{Source: fmt.Sprintf("gen-%d/part-%04d", cfg.Seed, i), Facts: buf}); err != nil {
					return err
				}
			}
		},
		credit: func(r *rand.Rand) (string, string, bool) { return gn.Endpoints(r.IntN(gn.Len())) },
	}, nil
}

func datasetSource(c benchConfig) (*benchSource, error) {
	names := c.datasets
	if slices.Contains(names, "all") {
		names = dataset.Names()
	}
	var files []graph.Batch
	for _, name := range names {
		if _, err := dataset.Read(os.DirFS(c.datasetDir), name, func(b graph.Batch) error {
			files = append(files, b)
			return nil
		}); err != nil {
			return nil, fmt.Errorf("read %s from %s: %w", name, c.datasetDir, err)
		}
	}
	var all []graph.Fact
	for _, b := range files {
		all = append(all, b.Facts...)
	}
	if len(all) == 0 {
		return nil, usageError("datasets %v hold no facts", names)
	}
	return &benchSource{
		desc:  fmt.Sprintf("datasets %s from %s: %d facts in %d files", strings.Join(names, ", "), c.datasetDir, len(all), len(files)),
		total: len(all),
		batches: func(_ int, fn func(graph.Batch) error) error { // one transaction per input file
			for _, b := range files {
				if err := fn(b); err != nil {
					return err
				}
			}
			return nil
		},
		credit: func(r *rand.Rand) (string, string, bool) {
			f := all[r.IntN(len(all))]
			return f.Person, f.Show, f.Kind == graph.KindCast
		},
	}, nil
}

// benchResult is one store's column of the table.
type benchResult struct {
	store                string
	facts                int
	stats                graph.Stats
	load, open           time.Duration
	linkP50, linkP99     time.Duration
	pathP50, pathP99     time.Duration
	pathFound            int
	linkCPU50, linkCPU99 time.Duration // CPU time of the querying thread: in-process stores only
	pathCPU50, pathCPU99 time.Duration
	loadAvg              [2]string // /proc/loadavg at the start and the end
	rps                  float64
	httpErrors           int64
	rss, hwm, dirBytes   int64       // -1: not known
	plain                *plainTimes // Neo4j only: the hand-written Cypher's times
}

// benchQueries are the endpoints of the timed queries.
type benchQueries struct {
	paths [][2]string // people joined by a path
	links [][2]string // two shows of one actor
}

func runBench(ctx context.Context, out io.Writer, log zerolog.Logger, c benchConfig, argv []string) error {
	var src *benchSource
	var err error
	if len(c.datasets) > 0 {
		src, err = datasetSource(c)
	} else {
		src, err = genSource(c)
	}
	if err != nil {
		return err
	}
	log.Info().Str("source", src.desc).Msg("bench")

	// Candidate endpoints, drawn before the load so the source can go.
	r := rand.New(rand.NewPCG(c.seed, 0x62656e6368))
	var people, castOf []string
	for range 40 * c.queries {
		p, _, cast := src.credit(r)
		people = append(people, p)
		if cast {
			castOf = append(castOf, p)
		}
	}

	dir := c.dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "castgraph-bench-"); err != nil {
			return err
		}
	} else if dir, err = os.MkdirTemp(dir, "castgraph-bench-"); err != nil {
		return err
	}
	if !c.keep {
		defer os.RemoveAll(dir)
	}
	emb, q, err := benchEmbedded(ctx, log, c, src, dir, r, people, castOf)
	if err != nil {
		return err
	}
	results := []*benchResult{emb}
	if c.neo4jURI != "" {
		n, err := benchNeo4j(ctx, log, c, src, q)
		if err != nil {
			return fmt.Errorf("neo4j: %w", err)
		}
		results = append(results, n)
	}
	printBench(out, c, src, argv, q, results)
	if c.keep {
		fmt.Fprintf(out, "\nembedded data directory kept: %s\n", dir)
	}
	return nil
}

// loadAll loads every batch of src into s, with progress, and returns the
// time the loads took (making the facts, for a generated graph, not
// counted). When s is a graph.Preparer, each batch is made and prepared
// while the one before it loads, as castgraph load does with its files,
// and the time is that from the start of the first load to the end of the
// last.
func loadAll(ctx context.Context, log zerolog.Logger, s graph.Store, src *benchSource, size int, what string) (time.Duration, error) {
	p := newProgress(src.total, what, log)
	defer p.finish()
	if pr, ok := s.(graph.Preparer); ok {
		return loadPipelined(ctx, pr, src, size, p)
	}
	var took time.Duration
	err := src.batches(size, func(b graph.Batch) error {
		start := time.Now()
		if _, err := s.Load(ctx, b); err != nil {
			return fmt.Errorf("load %s: %w", b.Source, err)
		}
		took += time.Since(start)
		p.add(len(b.Facts), b.Source)
		return nil
	})
	return took, err
}

// loadPipelined is loadAll for a graph.Preparer.
func loadPipelined(ctx context.Context, s graph.Preparer, src *benchSource, size int, p *progress) (time.Duration, error) {
	type prepared struct {
		batch graph.Prepared
		facts int
	}
	produce := func(emit func(prepared) error) error {
		return src.batches(size, func(b graph.Batch) error {
			pb, err := s.Prepare(b)
			if err != nil {
				return fmt.Errorf("load %s: %w", b.Source, err)
			}
			return emit(prepared{pb, len(b.Facts)})
		})
	}
	var first, last time.Time
	err := loader.Ahead(ctx, produce, func(b prepared) error {
		if first.IsZero() {
			first = time.Now()
		}
		if _, err := s.LoadPrepared(ctx, b.batch); err != nil {
			return fmt.Errorf("load %s: %w", b.batch.Source(), err)
		}
		last = time.Now()
		p.add(b.facts, b.batch.Source())
		return nil
	})
	if err != nil {
		return 0, err
	}
	return last.Sub(first), nil
}

func benchEmbedded(ctx context.Context, log zerolog.Logger, c benchConfig, src *benchSource, dir string,
	r *rand.Rand, people, castOf []string) (*benchResult, benchQueries, error) {
	res := &benchResult{store: "embedded", facts: src.total, rss: -1, hwm: -1}
	res.loadAvg[0] = loadAvg()
	defer func() { res.loadAvg[1] = loadAvg() }()
	var q benchQueries
	s := embedded.New(embedded.Config{Dir: dir, Create: true}, log)
	if err := s.Open(ctx); err != nil {
		return nil, q, err
	}
	var err error
	if res.load, err = loadAll(ctx, log, s, src, c.batch, "loading embedded"); err != nil {
		s.Close()
		return nil, q, err
	}
	start := time.Now()
	if err := s.Close(); err != nil { // writes the snapshot: part of the load
		return nil, q, err
	}
	res.load += time.Since(start)
	runtime.GC()
	debug.FreeOSMemory()

	start = time.Now()
	s = embedded.New(embedded.Config{Dir: dir}, log)
	if err := s.Open(ctx); err != nil {
		return nil, q, err
	}
	defer s.Close()
	res.open = time.Since(start)
	if res.stats, err = s.Stats(ctx); err != nil {
		return nil, q, err
	}
	if q, err = pickQueries(ctx, s, c, r, people, castOf); err != nil {
		return nil, q, err
	}
	if err := timeQueries(ctx, s, c, q, res); err != nil {
		return nil, q, err
	}
	if err := timeHTTP(ctx, s, c, q, log, res); err != nil {
		return nil, q, err
	}
	runtime.GC()
	debug.FreeOSMemory()
	res.rss, res.hwm = memStatus("self")
	res.dirBytes = dirSize(dir)
	return res, q, nil
}

func benchNeo4j(ctx context.Context, log zerolog.Logger, c benchConfig, src *benchSource, q benchQueries) (*benchResult, error) {
	res := &benchResult{store: "neo4j", facts: src.total, rss: -1, hwm: -1, dirBytes: -1}
	res.loadAvg[0] = loadAvg()
	defer func() { res.loadAvg[1] = loadAvg() }()
	s := neo4j.New(neo4j.Config{URI: c.neo4jURI}, log)
	if err := s.Open(ctx); err != nil {
		return nil, err
	}
	if err := s.DeleteAll(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("empty the database: %w", err)
	}
	var err error
	if res.load, err = loadAll(ctx, log, s, src, c.neo4jBatch, "loading neo4j"); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Close(); err != nil {
		return nil, err
	}
	start := time.Now()
	s = neo4j.New(neo4j.Config{URI: c.neo4jURI}, log)
	if err := s.Open(ctx); err != nil {
		return nil, err
	}
	defer s.Close()
	res.open = time.Since(start)
	if res.stats, err = s.Stats(ctx); err != nil {
		return nil, err
	}
	if err := timeQueries(ctx, s, c, q, res); err != nil {
		return nil, err
	}
	if res.plain, err = timePlain(ctx, s, c, q); err != nil {
		return nil, err
	}
	if err := timeHTTP(ctx, s, c, q, log, res); err != nil {
		return nil, err
	}
	if c.neo4jPID > 0 {
		res.rss, res.hwm = memStatus(strconv.Itoa(c.neo4jPID))
	}
	if c.neo4jDir != "" {
		res.dirBytes = dirSize(c.neo4jDir)
	}
	return res, nil
}

// pickQueries picks the query endpoints among connected nodes, asking the
// (embedded) store: people joined by a path, shows that share an actor.
func pickQueries(ctx context.Context, s graph.Store, c benchConfig, r *rand.Rand, people, castOf []string) (benchQueries, error) {
	var q benchQueries
	for i := 0; i+1 < len(people) && len(q.paths) < c.queries; i += 2 {
		a, b := people[i], people[i+1]
		if graph.PersonKey(a) == graph.PersonKey(b) {
			continue
		}
		p, err := s.ShortestPath(ctx, a, b, c.maxHops)
		if err != nil {
			return q, fmt.Errorf("pick shortestPath pairs: %w", err)
		}
		if p != nil {
			q.paths = append(q.paths, [2]string{a, b})
		}
	}
	for _, name := range castOf {
		if len(q.links) >= c.queries {
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

func percentile(ds []time.Duration, p float64) time.Duration {
	slices.Sort(ds)
	i := int(float64(len(ds))*p+0.999999) - 1
	return ds[max(0, min(i, len(ds)-1))]
}

// timeQueries runs each query once, one at a time, and keeps p50 and p99 of
// the time each took and of the CPU time of the thread that ran it (which,
// for an in-process store, is the query's own cost, whatever else the
// machine runs).
func timeQueries(ctx context.Context, s graph.Store, c benchConfig, q benchQueries, res *benchResult) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// Warm up: a few of each, not timed.
	for i := range min(20, len(q.paths)) {
		s.ShortestPath(ctx, q.paths[i][0], q.paths[i][1], c.maxHops)
		s.LinkingActors(ctx, q.links[i%len(q.links)][0], q.links[i%len(q.links)][1])
	}
	var link, path, linkCPU, pathCPU []time.Duration
	for _, p := range q.links {
		start, cpu := time.Now(), threadCPU()
		if _, err := s.LinkingActors(ctx, p[0], p[1]); err != nil {
			return fmt.Errorf("linkingActors(%q, %q): %w", p[0], p[1], err)
		}
		link = append(link, time.Since(start))
		linkCPU = append(linkCPU, threadCPU()-cpu)
	}
	for _, p := range q.paths {
		start, cpu := time.Now(), threadCPU()
		got, err := s.ShortestPath(ctx, p[0], p[1], c.maxHops)
		if err != nil {
			return fmt.Errorf("shortestPath(%q, %q): %w", p[0], p[1], err)
		}
		path = append(path, time.Since(start))
		pathCPU = append(pathCPU, threadCPU()-cpu)
		if got != nil {
			res.pathFound++
		}
	}
	res.linkP50, res.linkP99 = percentile(link, 0.50), percentile(link, 0.99)
	res.pathP50, res.pathP99 = percentile(path, 0.50), percentile(path, 0.99)
	res.linkCPU50, res.linkCPU99 = percentile(linkCPU, 0.50), percentile(linkCPU, 0.99)
	res.pathCPU50, res.pathCPU99 = percentile(pathCPU, 0.50), percentile(pathCPU, 0.99)
	return nil
}

const (
	gqlLink = `query Link($a: String!, $b: String!) { linkingActors(showA: $a, showB: $b) { person { name } inA { character } inB { character } } }`
	gqlPath = `query Path($from: String!, $to: String!, $hops: Int) { shortestPath(from: $from, to: $to, maxHops: $hops) { length nodes { kind name evidence { article sentence } } } }`
)

// timeHTTP serves the store over GraphQL on a loopback port and sends the
// query mix (linkingActors and shortestPath in turn) from a few clients.
func timeHTTP(ctx context.Context, s graph.Store, c benchConfig, q benchQueries, log zerolog.Logger, res *benchResult) error {
	sch, err := schema.New(s, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", server.NewHandler(sch, server.HandlerConfig{}, log))
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/graphql"

	bodies := make([][]byte, 0, len(q.links)+len(q.paths))
	for i := range max(len(q.links), len(q.paths)) {
		l, p := q.links[i%len(q.links)], q.paths[i%len(q.paths)]
		b1, _ := json.Marshal(server.Request{Query: gqlLink, Variables: map[string]any{"a": l[0], "b": l[1]}})
		b2, _ := json.Marshal(server.Request{Query: gqlPath, Variables: map[string]any{"from": p[0], "to": p[1], "hops": c.maxHops}})
		bodies = append(bodies, b1, b2)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	var done, failed atomic.Int64
	var next atomic.Int64
	deadline := time.Now().Add(c.httpFor)
	var wg sync.WaitGroup
	start := time.Now()
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
	res.rps = float64(done.Load()) / time.Since(start).Seconds()
	res.httpErrors = failed.Load()
	return ctx.Err()
}

// threadCPU is the CPU time of the calling thread.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// memStatus reads VmRSS and VmHWM of a process ("self" or a pid), in bytes.
func memStatus(pid string) (rss, hwm int64) {
	rss, hwm = -1, -1
	f, err := os.Open("/proc/" + pid + "/status")
	if err != nil {
		return rss, hwm
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			continue
		}
		if k == "VmRSS" {
			rss = n << 10
		} else {
			hwm = n << 10
		}
	}
	return rss, hwm
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func printBench(out io.Writer, c benchConfig, src *benchSource, argv []string, q benchQueries, rs []*benchResult) {
	fmt.Fprintf(out, "castgraph bench: %s\n", src.desc)
	fmt.Fprintf(out, "command: castgraph %s\n", strings.Join(argv[1:], " "))
	fmt.Fprintf(out, "machine: %s/%s, %d CPUs (GOMAXPROCS %d), %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	st := rs[0].stats
	fmt.Fprintf(out, "graph: %d people, %d shows, %d characters, %d credits, %d articles\n", st.People, st.Shows, st.Characters, st.Credits, st.Articles)
	fmt.Fprintf(out, "queries: %d linkingActors, %d shortestPath (maxHops %d) of each store, one at a time; GraphQL: 4 clients for %s\n\n",
		len(q.links), len(q.paths), c.maxHops, c.httpFor)

	ms := func(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d.Microseconds())/1000) }
	mb := func(n int64) string {
		if n < 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.0f MB", float64(n)/1e6)
	}
	rows := []benchRow{
		{"load (facts/s)", func(r *benchResult) string { return fmt.Sprintf("%.0f", float64(r.facts)/r.load.Seconds()) },
			func(r *benchResult) float64 { return float64(r.facts) / r.load.Seconds() }},
		{"load time", func(r *benchResult) string { return r.load.Round(time.Millisecond).String() },
			func(r *benchResult) float64 { return r.load.Seconds() }},
		{"open time", func(r *benchResult) string { return r.open.Round(time.Millisecond).String() },
			func(r *benchResult) float64 { return r.open.Seconds() }},
		{"linkingActors p50", func(r *benchResult) string { return ms(r.linkP50) }, func(r *benchResult) float64 { return r.linkP50.Seconds() }},
		{"linkingActors p99", func(r *benchResult) string { return ms(r.linkP99) }, func(r *benchResult) float64 { return r.linkP99.Seconds() }},
		{"shortestPath p50", func(r *benchResult) string { return ms(r.pathP50) }, func(r *benchResult) float64 { return r.pathP50.Seconds() }},
		{"shortestPath p99", func(r *benchResult) string { return ms(r.pathP99) }, func(r *benchResult) float64 { return r.pathP99.Seconds() }},
		{"linkingActors p50 / p99, CPU time", func(r *benchResult) string {
			if r.store != "embedded" {
				return "n/a"
			}
			return ms(r.linkCPU50) + " / " + ms(r.linkCPU99)
		}, func(r *benchResult) float64 { return -1 }},
		{"shortestPath p50 / p99, CPU time", func(r *benchResult) string {
			if r.store != "embedded" {
				return "n/a"
			}
			return ms(r.pathCPU50) + " / " + ms(r.pathCPU99)
		}, func(r *benchResult) float64 { return -1 }},
	}
	if len(rs) > 1 {
		rows = append(rows, plainRows(ms)...)
	}
	rows = append(rows, []benchRow{
		{"GraphQL requests/s", func(r *benchResult) string {
			s := fmt.Sprintf("%.0f", r.rps)
			if r.httpErrors > 0 {
				s += fmt.Sprintf(" (%d errors)", r.httpErrors)
			}
			return s
		}, func(r *benchResult) float64 { return r.rps }},
		{"resident memory (VmRSS)", func(r *benchResult) string { return mb(r.rss) }, func(r *benchResult) float64 { return float64(r.rss) }},
		{"peak memory (VmHWM)", func(r *benchResult) string { return mb(r.hwm) }, func(r *benchResult) float64 { return float64(r.hwm) }},
		{"bytes per credit (VmRSS)", func(r *benchResult) string {
			if r.rss < 0 || r.stats.Credits == 0 {
				return "n/a"
			}
			return fmt.Sprintf("%.0f", float64(r.rss)/float64(r.stats.Credits))
		}, func(r *benchResult) float64 { return float64(r.rss) / float64(max(1, r.stats.Credits)) }},
		{"data directory", func(r *benchResult) string { return mb(r.dirBytes) }, func(r *benchResult) float64 { return float64(r.dirBytes) }},
	}...)
	head := []string{"measure"}
	for _, r := range rs {
		head = append(head, r.store)
	}
	if len(rs) > 1 {
		head = append(head, "embedded/neo4j")
	}
	table := [][]string{head}
	for _, row := range rows {
		line := []string{row.name}
		for _, r := range rs {
			line = append(line, row.cell(r))
		}
		if len(rs) > 1 {
			if a, b := row.value(rs[0]), row.value(rs[1]); a > 0 && b > 0 {
				line = append(line, fmt.Sprintf("%.3g", a/b))
			} else {
				line = append(line, "n/a")
			}
		}
		table = append(table, line)
	}
	writeMarkdown(out, table)
	for _, r := range rs {
		fmt.Fprintf(out, "%s: load average (1, 5, 15 min) %s at the start, %s at the end\n", r.store, r.loadAvg[0], r.loadAvg[1])
	}
	for _, r := range rs {
		if r.pathFound != len(q.paths) {
			fmt.Fprintf(out, "note: %s found %d of %d paths\n", r.store, r.pathFound, len(q.paths))
		}
		if r.plain != nil && r.plain.pathFound != r.pathFound {
			fmt.Fprintf(out, "note: the hand-written Cypher found %d paths, %s %d\n", r.plain.pathFound, r.store, r.pathFound)
		}
	}
}

// benchRow is one row of the bench table: its name, its cell for a store,
// and the value the embedded/neo4j ratio divides (<= 0: unknown).
type benchRow struct {
	name  string
	cell  func(r *benchResult) string
	value func(r *benchResult) float64
}

// writeMarkdown writes rows as a Markdown table, the first row its head, the
// first column left-aligned and the others right-aligned.
func writeMarkdown(out io.Writer, rows [][]string) {
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			width[i] = max(width[i], len([]rune(cell)), 3)
		}
	}
	line := func(r []string) {
		var b strings.Builder
		for i, cell := range r {
			pad := strings.Repeat(" ", width[i]-len([]rune(cell)))
			if i == 0 {
				b.WriteString("| " + cell + pad + " ")
			} else {
				b.WriteString("| " + pad + cell + " ")
			}
		}
		fmt.Fprintln(out, b.String()+"|")
	}
	line(rows[0])
	sep := make([]string, len(width))
	for i, w := range width {
		if i == 0 {
			sep[i] = strings.Repeat("-", w)
		} else {
			sep[i] = strings.Repeat("-", w-1) + ":"
		}
	}
	line(sep)
	for _, r := range rows[1:] {
		line(r)
	}
}
