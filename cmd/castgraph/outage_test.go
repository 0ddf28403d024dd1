package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/testport"
	"github.com/castgraph/castgraph/neo4j"
)

// outageServer is a Neo4j server of the test's own, on its own port and
// state directory, that the test stops and starts.
type outageServer struct {
	t    *testing.T
	env  []string
	home string
	port int
}

func newOutageServer(t *testing.T) *outageServer {
	if os.Getenv("CASTGRAPH_NEO4J_URI") == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CASTGRAPH_NEO4J_URI is not set in CI: scripts/test starts Neo4j; this test starts its own as well")
		}
		t.Skip("needs Java and Maven to start its own Neo4j server: run it with CASTGRAPH_NEO4J_URI set, as scripts/test does")
	}
	home, err := filepath.Abs(filepath.Join("..", "..", ".cache", "neo4j-outage-test"))
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(home)
	s := &outageServer{t: t, home: home}
	t.Cleanup(func() { s.run("stop"); os.RemoveAll(home) })
	return s
}

func (s *outageServer) uri() string { return fmt.Sprintf("bolt://127.0.0.1:%d", s.port) }

// setPort makes port the server's Bolt port.
func (s *outageServer) setPort(port int) {
	s.port = port
	s.env = append(os.Environ(),
		fmt.Sprintf("CASTGRAPH_NEO4J_PORT=%d", port), "CASTGRAPH_NEO4J_HOME="+s.home, "CASTGRAPH_NEO4J_HEAP=1g")
}

// start starts the server for the first time, on a port that is free now.
// The port can still be taken before the server binds it: then the start
// fails, and start tries again on another port.
func (s *outageServer) start() {
	s.t.Helper()
	var errs []string
	for try := 0; try < 3; try++ {
		s.setPort(testport.Free(s.t))
		out, err := s.try("start")
		if err == nil {
			return
		}
		errs = append(errs, fmt.Sprintf("port %d: %v\n%s", s.port, err, out))
	}
	s.t.Fatalf("scripts/neo4j start failed on three ports:\n%s", strings.Join(errs, "\n"))
}

func (s *outageServer) try(verb string) ([]byte, error) {
	cmd := exec.Command(filepath.Join("..", "..", "scripts", "neo4j"), verb)
	cmd.Env = s.env
	return cmd.CombinedOutput()
}

func (s *outageServer) run(verb string) {
	s.t.Helper()
	if s.env == nil {
		return // never started
	}
	if out, err := s.try(verb); err != nil {
		s.t.Fatalf("scripts/neo4j %s: %v\n%s", verb, err, out)
	}
}

// kill stops the server at once, as a crash or a dropped connection would,
// and returns once its process is gone.
func (s *outageServer) kill() {
	s.t.Helper()
	b, err := os.ReadFile(filepath.Join(s.home, "neo4j.pid"))
	if err != nil {
		s.t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		s.t.Fatalf("neo4j.pid: %v", err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		s.t.Fatalf("kill the Neo4j server (pid %d): %v", pid, err)
	}
	// The server is not this process's child: it is gone when its pid is,
	// or when the pid is a zombie that its parent has yet to reap.
	deadline := time.Now().Add(time.Minute)
	for {
		if syscall.Kill(pid, 0) == syscall.ESRCH {
			return
		}
		stat, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if _, state, ok := strings.Cut(string(stat), ") "); ok && strings.HasPrefix(state, "Z") {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the Neo4j server (pid %d) was still running a minute after SIGKILL", pid)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func getStatus(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	n, _ := resp.Body.Read(buf)
	b.Write(buf[:n])
	return resp.StatusCode, b.String()
}

// TestNeo4jGoesAway stops the Neo4j server under a running castgraph: the
// process stays up, /readyz says not ready, queries get a clear "cannot be
// reached" error, and everything recovers by itself when Neo4j returns.
// Then a load is cut by killing the server mid-transaction: no article is
// half loaded, and loading again completes it.
func TestNeo4jGoesAway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Neo4j server of its own three times; runs without -short")
	}
	t.Parallel() // most of its time is spent waiting for its own server
	began := time.Now()
	phase := func(what string) { t.Logf("%s at %s", what, time.Since(began).Round(time.Millisecond)) }
	srv := newOutageServer(t)
	srv.start()
	phase("own server started")
	url, stop := startServer(t, "serve", "--store", "neo4j", "--neo4j-uri", srv.uri(), "--write-token", writeToken, "--timeout", "20s")
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")
	facts, _ := os.ReadFile(filepath.Join("..", "..", "samples", "facts", "all-of-us-are-dead-season-2.jsonl"))
	body := fmt.Sprintf(`{"query":"mutation($j: String!) { loadFacts(jsonl: $j) { creditsAdded } }","variables":{"j":%q}}`, facts)
	if status, resp := postGraphQL(t, url, body, "Bearer "+writeToken); status != 200 || strings.Contains(resp, "errors") {
		t.Fatalf("seed load: %d %s", status, resp)
	}
	const q = `{ linkingActors(showA: "All of Us Are Dead", showB: "Squid Game") { person { name } } }`
	_, before := postGraphQL(t, url, gqlBody(q), "")
	if !strings.Contains(before, "Roh Jae-won") {
		t.Fatalf("before the outage: %s", before)
	}

	phase("seeded")
	srv.run("stop")
	phase("own server stopped")
	if status, resp := getStatus(base + "/readyz"); status != http.StatusServiceUnavailable {
		t.Errorf("/readyz with Neo4j stopped: %d %s; want 503", status, resp)
	}
	status, resp := postGraphQL(t, url, gqlBody(q), "")
	if !strings.Contains(resp, "cannot be reached") || !strings.Contains(resp, "STORE_UNAVAILABLE") {
		t.Errorf("query with Neo4j stopped: %d %s; want a store-unavailable error", status, resp)
	}
	if status, _ := getStatus(base + "/healthz"); status != 200 {
		t.Errorf("/healthz with Neo4j stopped: %d; the process should stay up", status)
	}

	srv.run("start")
	phase("own server started again")
	deadline := time.Now().Add(5 * time.Minute) // a guard against a hang only
	for {
		status, resp := getStatus(base + "/readyz")
		if status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("castgraph was not ready 5 minutes after Neo4j came back: /readyz %d %s", status, resp)
		}
		time.Sleep(200 * time.Millisecond)
	}
	phase("castgraph ready again")
	if _, after := postGraphQL(t, url, gqlBody(q), ""); after != before {
		t.Errorf("after the outage: %s; want %s", after, before)
	}

	// A load cut by the server's death leaves no half article.
	ctx := context.Background()
	s := neo4j.New(neo4j.Config{URI: srv.uri()}, zerolog.Nop())
	if err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Each article is one transaction, long enough for the kill to land in
	// one; there are enough of them after the first that the load cannot
	// end before the kill.
	const articles, perArticle = 8, 2000
	batch := func(a int) graph.Batch {
		b := graph.Batch{Source: fmt.Sprintf("bulk-%d", a)}
		for j := 0; j < perArticle; j++ {
			b.Facts = append(b.Facts, graph.Fact{Kind: "cast", Person: fmt.Sprintf("Bulk Person %d-%d", a, j),
				Show: fmt.Sprintf("Bulk Show %d", j%40), Evidence: fmt.Sprintf("Bulk Person %d-%d stars.", a, j), Article: b.Source})
		}
		return b
	}
	// The server is killed once the first article is in, half as long
	// after as that article took: in the middle of a later article's
	// transaction, with more to come. The load must fail: had it ended
	// first, nothing would have been cut.
	errc := make(chan error, 1)
	firstTook := make(chan time.Duration, 1)
	go func() {
		for a := 0; a < articles; a++ {
			start := time.Now()
			if _, err := s.Load(ctx, batch(a)); err != nil {
				errc <- err
				return
			}
			if a == 0 {
				firstTook <- time.Since(start)
			}
		}
		errc <- nil
	}()
	hang := time.NewTimer(5 * time.Minute) // a guard against a hang only
	defer hang.Stop()
	select {
	case took := <-firstTook:
		time.Sleep(took / 2)
	case err := <-errc:
		t.Fatalf("the load failed before the kill: %v", err)
	case <-hang.C:
		t.Fatal("the first article was not loaded within 5 minutes")
	}
	phase("first article loaded")
	srv.kill()
	var loadErr error
	select {
	case loadErr = <-errc:
	case <-hang.C:
		t.Fatal("the load did not return within 5 minutes of the server's death")
	}
	if loadErr == nil {
		t.Fatalf("all %d articles were loaded before the server was killed: nothing was cut; make them larger", articles)
	}
	t.Logf("load when the server was killed: %v", loadErr)
	phase("load cut")
	srv.run("start")
	phase("own server started after the kill")
	present := 0
	for a := 0; a < articles; a++ {
		n := 0
		for _, j := range []int{0, perArticle / 2, perArticle - 1} {
			if _, err := s.Person(ctx, fmt.Sprintf("Bulk Person %d-%d", a, j)); err == nil {
				n++
			}
		}
		switch n {
		case 0:
		case 3:
			present++
		default:
			t.Errorf("bulk-%d is half loaded after the kill (%d of 3 probes present)", a, n)
		}
	}
	if present < 1 {
		t.Errorf("after the kill no article is present; want at least the first, loaded before the kill")
	}
	t.Logf("after the kill, %d of %d articles present, none half loaded", present, articles)
	for a := 0; a < articles; a++ {
		if _, err := s.Load(ctx, batch(a)); err != nil {
			t.Fatalf("retrying bulk-%d: %v", a, err)
		}
	}
	phase("articles loaded again")
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := 19 + articles*perArticle; st.Credits != want {
		t.Errorf("after the retry: %d credits, want %d", st.Credits, want)
	}
}
