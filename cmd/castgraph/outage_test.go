package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
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
	port := freePort(t)
	home, err := filepath.Abs(filepath.Join("..", "..", ".cache", "neo4j-outage-test"))
	if err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(home)
	s := &outageServer{t: t, port: port, home: home, env: append(os.Environ(),
		fmt.Sprintf("CASTGRAPH_NEO4J_PORT=%d", port), "CASTGRAPH_NEO4J_HOME="+home, "CASTGRAPH_NEO4J_HEAP=1g")}
	t.Cleanup(func() { s.run("stop"); os.RemoveAll(home) })
	return s
}

func (s *outageServer) uri() string { return fmt.Sprintf("bolt://127.0.0.1:%d", s.port) }

func (s *outageServer) run(verb string) {
	cmd := exec.Command(filepath.Join("..", "..", "scripts", "neo4j"), verb)
	cmd.Env = s.env
	if out, err := cmd.CombinedOutput(); err != nil {
		s.t.Fatalf("scripts/neo4j %s: %v\n%s", verb, err, out)
	}
}

// kill stops the server at once, as a crash or a dropped connection would.
func (s *outageServer) kill() {
	pid, err := os.ReadFile(filepath.Join(s.home, "neo4j.pid"))
	if err != nil {
		s.t.Fatal(err)
	}
	exec.Command("kill", "-KILL", strings.TrimSpace(string(pid))).Run()
	time.Sleep(500 * time.Millisecond)
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
	srv := newOutageServer(t)
	srv.run("start")
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

	srv.run("stop")
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
	deadline := time.Now().Add(60 * time.Second)
	for {
		if status, _ := getStatus(base + "/readyz"); status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("castgraph did not become ready after Neo4j came back")
		}
		time.Sleep(200 * time.Millisecond)
	}
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
	const articles, perArticle = 8, 6000
	batch := func(a int) graph.Batch {
		b := graph.Batch{Source: fmt.Sprintf("bulk-%d", a)}
		for j := 0; j < perArticle; j++ {
			b.Facts = append(b.Facts, graph.Fact{Kind: "cast", Person: fmt.Sprintf("Bulk Person %d-%d", a, j),
				Show: fmt.Sprintf("Bulk Show %d", j%40), Evidence: fmt.Sprintf("Bulk Person %d-%d stars.", a, j), Article: b.Source})
		}
		return b
	}
	errc := make(chan error, 1)
	go func() {
		for a := 0; a < articles; a++ {
			if _, err := s.Load(ctx, batch(a)); err != nil {
				errc <- err
				return
			}
		}
		errc <- nil
	}()
	time.Sleep(3 * time.Second)
	srv.kill()
	loadErr := <-errc
	t.Logf("load when the server was killed: %v", loadErr)
	srv.run("start")
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
	t.Logf("after the kill, %d of %d articles present, none half loaded", present, articles)
	for a := 0; a < articles; a++ {
		if _, err := s.Load(ctx, batch(a)); err != nil {
			t.Fatalf("retrying bulk-%d: %v", a, err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := 19 + articles*perArticle; st.Credits != want {
		t.Errorf("after the retry: %d credits, want %d", st.Credits, want)
	}
}

// freePort returns a TCP port of 127.0.0.1 that nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
