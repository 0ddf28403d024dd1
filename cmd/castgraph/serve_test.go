package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/castgraph/castgraph/samples"
)

// launch runs a serving command with a child of ctx at debug log level and
// returns its /graphql URL, its output and log (the log goes to os.Stderr,
// which launch redirects while the test runs), and a channel with its
// result. At the end of the test it stops the command and waits for it.
func launch(t *testing.T, ctx context.Context, args ...string) (string, *syncBuffer, <-chan error) {
	t.Helper()
	out := &syncBuffer{}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	copied := make(chan struct{})
	go func() { io.Copy(out, r); close(copied) }()
	stderr := os.Stderr
	os.Stderr = w
	ctx, cancel := context.WithCancel(ctx)
	exited := make(chan struct{})
	t.Cleanup(func() {
		cancel()
		<-exited
		os.Stderr = stderr
		w.Close()
		<-copied
	})
	cmd := newRootCmd()
	cmd.SetArgs(append(args, "--addr", "127.0.0.1:0", "--log-format", "json", "--log-level", "debug"))
	cmd.SetOut(out)
	cmd.SetErr(out)
	errc := make(chan error, 1)
	go func() {
		errc <- cmd.ExecuteContext(ctx)
		close(exited)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := urlRE.FindStringSubmatch(out.String()); m != nil {
			return m[1], out, errc
		}
		select {
		case <-exited:
			t.Fatalf("server exited early: %v\n%s", <-errc, out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("server did not start:\n%s", out.String())
	return "", nil, nil
}

// metric returns the value of the sample line that starts with name in the
// /metrics page of base, or -1 when there is none.
func metric(t *testing.T, base, name string) float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			v, _ := strconv.ParseFloat(rest, 64)
			return v
		}
	}
	return -1
}

// TestGracefulShutdownOnSIGTERM sends SIGTERM while a request is in flight:
// the server stops taking connections, finishes the request, then returns
// without error.
func TestGracefulShutdownOnSIGTERM(t *testing.T) {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM) // as main does
	defer stop()
	url, out, done := launch(t, ctx, "demo", "--data", t.TempDir())
	base := strings.TrimSuffix(url, "/graphql")

	// A request whose body arrives in two parts is in flight in between.
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", url, pr)
	req.Header.Set("Content-Type", "application/json")
	type result struct {
		status int
		body   string
		err    error
	}
	resc := make(chan result, 1)
	go func() {
		resp, err := (&http.Client{Transport: &http.Transport{}}).Do(req)
		if err != nil {
			resc <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		resc <- result{resp.StatusCode, string(b), err}
	}()
	if _, err := pw.Write([]byte(`{"query":"{ linkingActors(showA: \"All of Us Are Dead\", `)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for metric(t, base, "castgraph_http_requests_in_flight") < 2 { // the slow request and this one
		if time.Now().After(deadline) {
			t.Fatal("the slow request never reached the server")
		}
		time.Sleep(10 * time.Millisecond)
	}

	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The listener closes: new connections are refused.
	addr := strings.TrimPrefix(base, "http://")
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after SIGTERM")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("the server returned (%v) with a request in flight", err)
	default:
	}

	if _, err := pw.Write([]byte(`showB: \"Squid Game\") { person { name } } }"}`)); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	res := <-resc
	if res.err != nil || res.status != 200 || !strings.Contains(res.body, "Roh Jae-won") {
		t.Errorf("the in-flight request got %d %q (%v), want 200 with its answer", res.status, res.body, res.err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("graceful stop: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop after its last request")
	}
	if !strings.Contains(out.String(), "shutting down") {
		t.Errorf("no shutdown in the log:\n%s", out.String())
	}
}

func postJSON(t *testing.T, url string, header map[string]string, body string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestOperations checks /healthz, /readyz, the metrics, request ids and the
// limit flags of a demo server.
func TestOperations(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url, out, _ := launch(t, ctx, "demo", "--data", t.TempDir(), "--max-depth", "3")
	base := strings.TrimSuffix(url, "/graphql")
	for _, p := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(base + p)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("GET %s: %v %v", p, resp, err)
		}
	}

	resp, body := postJSON(t, url, map[string]string{"X-Request-Id": "req-abc-123"},
		`{"query":"query LinkingActors { linkingActors(showA: \"All of Us Are Dead\", showB: \"Squid Game\") { person { name } } }"}`)
	if got := resp.Header.Get("X-Request-Id"); got != "req-abc-123" {
		t.Errorf("X-Request-Id %q, want the client's req-abc-123", got)
	}
	if !strings.Contains(body, "Roh Jae-won") {
		t.Errorf("linkingActors: %s", body)
	}
	resp, body = postJSON(t, url, nil, `{"query":"query Missing { linkingActors(showA: \"Nope\", showB: \"Squid Game\") { person { name } } }"}`)
	if id := resp.Header.Get("X-Request-Id"); len(id) != 24 {
		t.Errorf("generated X-Request-Id %q, want 24 hex digits", id)
	}
	if !strings.Contains(body, "NOT_FOUND") {
		t.Errorf("unknown show: %s", body)
	}
	_, body = postJSON(t, url, nil, `{"query":"{ show(title: \"Squid Game\") { cast { person { roles { character } } } } }"}`)
	if !strings.Contains(body, "over the limit of 3 (maxDepth)") {
		t.Errorf("--max-depth 3 did not refuse a query 5 deep: %s", body)
	}

	for name, want := range map[string]float64{
		`castgraph_graphql_requests_total{operation="LinkingActors",status="200"}`:    1,
		`castgraph_graphql_errors_total{code="NOT_FOUND",operation="Missing"}`:        1,
		`castgraph_graphql_errors_total{code="QUERY_TOO_DEEP",operation="anonymous"}`: 1,
		`castgraph_graphql_request_duration_seconds_count{operation="LinkingActors"}`: 1,
		`castgraph_store_call_duration_seconds_count{method="LinkingActors"}`:         2,
		`castgraph_store_call_errors_total{code="not_found",method="LinkingActors"}`:  1,
		`castgraph_http_requests_in_flight`:                                           1,
	} {
		if got := metric(t, base, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if !strings.Contains(out.String(), `"request_id":"req-abc-123"`) {
		t.Errorf("the log does not carry the request id:\n%s", out.String())
	}
}

// TestCORS checks that cross-origin requests are refused by default and
// answered for the origins --cors-origin allows.
func TestCORS(t *testing.T) {
	preflight := func(url, origin string) *http.Response {
		req, _ := http.NewRequest("OPTIONS", url, nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type, authorization")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	closed, _, _ := launch(t, ctx, "demo", "--data", t.TempDir())
	if resp := preflight(closed, "https://notebook.example"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS is on by default: %v", resp.Header)
	}
	open, _, _ := launch(t, ctx, "demo", "--data", t.TempDir(), "--cors-origin", "https://notebook.example")
	resp := preflight(open, "https://notebook.example")
	if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "https://notebook.example" ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("allowed origin: %d %v", resp.StatusCode, resp.Header)
	}
	if resp := preflight(open, "https://evil.example"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin is allowed: %v", resp.Header)
	}
}

// TestWriteToken checks the write token from the environment: mutations
// need it, ingestArticle extracts and loads an article, and the token never
// reaches the log.
func TestWriteToken(t *testing.T) {
	const token = "tok-5e3c2a9f-never-log-me"
	t.Setenv("CASTGRAPH_WRITE_TOKEN", token)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url, out, _ := launch(t, ctx, "serve", "--data", t.TempDir())
	article, err := fs.ReadFile(samples.Articles(), "all-of-us-are-dead-season-2.txt")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($text: String!) { ingestArticle(id: "aouad-2", text: $text) { factCount creditsAdded facts { person show } } }`,
		"variables": map[string]any{"text": string(article)},
	})
	resp, got := postJSON(t, url, nil, string(body))
	if resp.StatusCode != 401 || !strings.Contains(got, "UNAUTHENTICATED") {
		t.Errorf("without the token: %d %s", resp.StatusCode, got)
	}
	resp, got = postJSON(t, url, map[string]string{"Authorization": "Bearer " + token}, string(body))
	var res struct {
		Data struct {
			IngestArticle struct {
				FactCount, CreditsAdded int
				Facts                   []struct{ Person, Show string }
			}
		}
		Errors []any
	}
	if err := json.Unmarshal([]byte(got), &res); err != nil || resp.StatusCode != 200 || len(res.Errors) > 0 {
		t.Fatalf("ingestArticle: %d %s", resp.StatusCode, got)
	}
	ia := res.Data.IngestArticle
	if ia.FactCount == 0 || ia.CreditsAdded == 0 || !strings.Contains(got, "All of Us Are Dead") {
		t.Errorf("ingestArticle added %d credits from %d facts: %s", ia.CreditsAdded, ia.FactCount, got)
	}
	_, got = postJSON(t, url, nil, `{"query":"{ show(title: \"All of Us Are Dead\") { castConnection(first: 1) { totalCount } } }"}`)
	if !strings.Contains(got, `"totalCount":`) || strings.Contains(got, `"totalCount":0`) {
		t.Errorf("after ingestArticle the show has no cast: %s", got)
	}
	if strings.Contains(out.String(), token) {
		t.Errorf("the write token is in the log:\n%s", out.String())
	}
}
