package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/internal/cliflags"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// run runs castgraph with args in-process and returns its output and error.
func run(t *testing.T, ctx context.Context, stdin io.Reader, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs(append(args, "--log-format", "json", "--log-level", "warn"))
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	if stdin != nil {
		cmd.SetIn(stdin)
	}
	err := cmd.ExecuteContext(ctx)
	return out.String(), err
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var urlRE = regexp.MustCompile(`serving GraphQL at (http://\S+)`)

// startServer runs a serving command in the background and returns its URL
// and a function that stops it and returns its error.
func startServer(t testing.TB, args ...string) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	w := &urlWriter{out: out, url: make(chan string, 1)}
	cmd := newRootCmd()
	cmd.SetArgs(append(args, "--addr", "127.0.0.1:0", "--log-format", "json", "--log-level", "warn"))
	cmd.SetOut(w)
	cmd.SetErr(w)
	errc := make(chan error, 1)
	go func() { errc <- cmd.ExecuteContext(ctx) }()
	hang := time.NewTimer(time.Minute) // a guard against a hang only
	defer hang.Stop()
	select {
	case url := <-w.url:
		return url, func() error { cancel(); return <-errc }
	case err := <-errc:
		cancel()
		t.Fatalf("server exited early: %v\n%s", err, out.String())
	case <-hang.C:
		cancel()
		t.Fatalf("server did not start within a minute:\n%s", out.String())
	}
	return "", nil
}

func query(t *testing.T, url, q string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if out["errors"] != nil {
		t.Fatalf("query %s: errors %v", q, out["errors"])
	}
	return out["data"].(map[string]any)
}

func TestDemoServesSampleGraph(t *testing.T) {
	url, stop := startServer(t, "demo", "--data", t.TempDir())
	data := query(t, url, `{ linkingActors(showA: "All of Us Are Dead", showB: "Squid Game") { person { name } } stats { articles } }`)
	links, _ := json.Marshal(data["linkingActors"])
	if string(links) != `[{"person":{"name":"Kim Si-eun"}},{"person":{"name":"Roh Jae-won"}}]` {
		t.Errorf("linkingActors = %s", links)
	}
	if data["stats"].(map[string]any)["articles"].(float64) != 9 {
		t.Errorf("stats = %v, want 9 articles", data["stats"])
	}
	resp, err := http.Get(strings.TrimSuffix(url, "/graphql") + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("/readyz: %v %v", resp, err)
	}
	if err := stop(); err != nil {
		t.Errorf("graceful stop: %v", err)
	}
}

func TestLoadThenServeAfterRestart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	facts := filepath.Join("..", "..", "samples", "facts", "all-of-us-are-dead-season-2.jsonl")
	out, err := run(t, context.Background(), nil, "load", "--data", dir, facts)
	if err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	if !strings.Contains(out, "loaded 1 files, 19 facts: 19 credits added, 0 already there") {
		t.Errorf("load summary: %s", out)
	}
	// The same facts again, from standard input: nothing new.
	f, _ := os.Open(facts)
	defer f.Close()
	out, err = run(t, context.Background(), f, "load", "--data", dir, "-")
	if err != nil || !strings.Contains(out, "0 credits added, 19 already there") {
		t.Errorf("reload: %v\n%s", err, out)
	}
	url, stop := startServer(t, "serve", "--data", dir)
	defer stop()
	data := query(t, url, `{ shortestPath(from: "Lee Min-jae", to: "Roh Jae-won") { length nodes { name } } }`)
	path, _ := json.Marshal(data["shortestPath"])
	if string(path) != `{"length":2,"nodes":[{"name":"Lee Min-jae"},{"name":"All of Us Are Dead"},{"name":"Roh Jae-won"}]}` {
		t.Errorf("shortestPath = %s", path)
	}
}

func TestCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"kind":"cast","person":"A","show":"S"}`+"\n"+`{"kind":"cast","person":"A","show":"S","seasons":"two"}`+"\n"), 0o644)
	// An empty data directory, made here: a failed load makes none.
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	busy, stop := startServer(t, "demo", "--data", filepath.Join(dir, "busy"))
	defer stop()
	busyAddr := strings.TrimSuffix(strings.TrimPrefix(busy, "http://"), "/graphql")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no data flag", []string{"serve"}, "no data directory: give --data DIR"},
		{"missing data directory", []string{"serve", "--data", filepath.Join(dir, "missing")}, "missing does not exist"},
		{"bad facts line", []string{"load", "--data", filepath.Join(dir, "d"), bad}, "bad.jsonl:2: field \"seasons\""},
		{"missing facts file", []string{"load", "--data", filepath.Join(dir, "d"), filepath.Join(dir, "none.jsonl")}, "none.jsonl: cannot open"},
		{"port in use", []string{"serve", "--data", filepath.Join(dir, "empty"), "--addr", busyAddr}, "already in use"},
		{"data directory in use", []string{"serve", "--data", filepath.Join(dir, "busy"), "--addr", "127.0.0.1:0"}, "in use by another castgraph process"},
		{"bad log level", []string{"serve", "--log-level", "loud", "--data", dir}, "--log-level \"loud\""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			cmd := newRootCmd()
			var out bytes.Buffer
			cmd.SetOut(&out)
			cmd.SetErr(&out)
			args := c.args
			if c.name != "bad log level" {
				args = append(args, "--log-level", "error")
			}
			cmd.SetArgs(args)
			err := cmd.ExecuteContext(ctx)
			if err == nil || !strings.Contains(oneLine(err), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
			if err != nil && strings.Contains(oneLine(err), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

// TestBadEnvironmentValues: a number or duration in the environment that
// does not parse is an error that names the variable, not a silent default
// or the number at its start.
func TestBadEnvironmentValues(t *testing.T) {
	for _, c := range []struct {
		key, value, want string
	}{
		{"CASTGRAPH_MAX_DEPTH", "12abc", `CASTGRAPH_MAX_DEPTH="12abc": want a whole number`},
		{"CASTGRAPH_MAX_FIRST", "ten", `CASTGRAPH_MAX_FIRST="ten": want a whole number`},
		{"CASTGRAPH_TIMEOUT", "10", `CASTGRAPH_TIMEOUT="10": want a duration such as 10s`},
		{"CASTGRAPH_MAX_COST", "0", "--max-cost 0: want a positive number"},
	} {
		for _, command := range []string{"serve", "demo"} {
			t.Run(command+" "+c.key, func(t *testing.T) {
				t.Setenv(c.key, c.value)
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				_, err := run(t, ctx, nil, command, "--data", t.TempDir(), "--addr", "127.0.0.1:0")
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("%s=%q: error %v, want one containing %q", c.key, c.value, err, c.want)
				}
			})
		}
	}
	t.Run("a good value is read", func(t *testing.T) {
		t.Setenv("CASTGRAPH_MAX_DEPTH", " 7 ")
		var hf cliflags.Serve
		hf.Register(&cobra.Command{})
		if err := hf.Validate(); err != nil || hf.Config.GraphQL.MaxDepth != 7 {
			t.Errorf("CASTGRAPH_MAX_DEPTH=\" 7 \": maxDepth %d, error %v; want 7, no error", hf.Config.GraphQL.MaxDepth, err)
		}
	})
}
