package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/castgraph/castgraph/internal/buildinfo"
	"github.com/castgraph/castgraph/samples"
)

// runMainEnv, set in the environment of this test binary, makes it run
// castgraph's main instead of the tests: launch starts servers that way.
const runMainEnv = "CASTGRAPH_TEST_RUN_MAIN"

func init() {
	if os.Getenv(runMainEnv) != "1" {
		return
	}
	// The test that started this process holds its standard input open:
	// when that test's process is gone, so is this one.
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(3)
	}()
	main()
	os.Exit(0)
}

// serverProc is a castgraph process that launch started.
type serverProc struct {
	cmd    *exec.Cmd
	out    *syncBuffer   // its standard output and its log
	exited chan struct{} // closed when it has exited
	err    error         // its exit, once exited is closed
}

// urlWriter watches what it writes into out for the line with the URL,
// and sends the URL once it is there.
type urlWriter struct {
	out  *syncBuffer
	url  chan string
	mu   sync.Mutex
	sent bool
}

func (w *urlWriter) Write(p []byte) (int, error) {
	n, err := w.out.Write(p)
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.sent {
		if m := urlRE.FindStringSubmatch(w.out.String()); m != nil {
			w.url <- m[1]
			w.sent = true
		}
	}
	return n, err
}

// launch runs castgraph with args at debug log level in a process of its
// own (this test binary, running main) and returns its /graphql URL once it
// serves, its output and log, and the process. At the end of the test it
// stops the process with SIGTERM, waits for it and checks that it exited
// without error (a data race in it, under -race, is an error).
func launch(t *testing.T, args ...string) (string, *syncBuffer, *serverProc) {
	t.Helper()
	out := &syncBuffer{}
	w := &urlWriter{out: out, url: make(chan string, 1)}
	cmd := exec.Command(os.Args[0], append(args, "--addr", "127.0.0.1:0", "--log-format", "json", "--log-level", "debug")...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	cmd.Stdout = w
	cmd.Stderr = w
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	srv := &serverProc{cmd: cmd, out: out, exited: make(chan struct{})}
	go func() {
		srv.err = cmd.Wait()
		close(srv.exited)
	}()
	t.Cleanup(func() {
		defer stdin.Close()
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-srv.exited:
			if srv.err != nil {
				t.Errorf("the server exited with %v:\n%s", srv.err, out.String())
			}
		case <-time.After(time.Minute): // a guard against a hang only
			_ = cmd.Process.Kill()
			<-srv.exited
			t.Errorf("the server did not stop within a minute of SIGTERM:\n%s", out.String())
		}
	})
	hang := time.NewTimer(time.Minute) // a guard against a hang only
	defer hang.Stop()
	select {
	case url := <-w.url:
		return url, out, srv
	case <-srv.exited:
		t.Fatalf("server exited early: %v\n%s", srv.err, out.String())
	case <-hang.C:
		t.Fatalf("server did not start within a minute:\n%s", out.String())
	}
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

// TestGracefulShutdownOnSIGTERM sends SIGTERM to a castgraph process while
// a request is in flight: the server stops taking connections, finishes the
// request, then exits without error.
func TestGracefulShutdownOnSIGTERM(t *testing.T) {
	url, out, srv := launch(t, "demo", "--data", t.TempDir())
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
	deadline := time.Now().Add(time.Minute)
	for metric(t, base, "castgraph_http_requests_in_flight") < 2 { // the slow request and this one
		if time.Now().After(deadline) {
			t.Fatal("the slow request never reached the server")
		}
		time.Sleep(10 * time.Millisecond)
	}

	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The listener closes: new connections are refused.
	addr := strings.TrimPrefix(base, "http://")
	deadline = time.Now().Add(time.Minute)
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
	case <-srv.exited:
		t.Fatalf("the server exited (%v) with a request in flight", srv.err)
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
	case <-srv.exited:
		if srv.err != nil {
			t.Errorf("graceful stop: %v\n%s", srv.err, out.String())
		}
	case <-time.After(time.Minute): // a guard against a hang only
		t.Fatal("the server did not stop within a minute of its last request")
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
	url, out, _ := launch(t, "demo", "--data", t.TempDir(), "--max-depth", "3")
	base := strings.TrimSuffix(url, "/graphql")
	for _, p := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get(base + p)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("GET %s: %v %v", p, resp, err)
		}
	}
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if resp, err := noFollow.Get(base + "/"); err != nil || resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/explore" {
		t.Errorf("GET /: %v %v; want a redirect to /explore", resp, err)
	}
	if resp, err := noFollow.Get(base + "/nothing-here"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothing-here: %v %v; want 404", resp, err)
	}

	resp, body := postJSON(t, url, map[string]string{"X-Request-Id": "req-abc-123"},
		`{"query":"query LinkingActors { linkingActors(showA: \"All of Us Are Dead\", showB: \"Squid Game\") { person { name } } }"}`)
	if got := resp.Header.Get("X-Request-Id"); got != "req-abc-123" {
		t.Errorf("X-Request-Id %q, want the client's req-abc-123", got)
	}
	if !strings.Contains(body, "Roh Jae-won") {
		t.Errorf("linkingActors: %s", body)
	}
	resp, body = postJSON(t, url, nil, `{"query":"query Missing { linkingActors(showA: \"Nope\", showB: \"Squid Game\") { person { name } } stats { articles } }"}`)
	if id := resp.Header.Get("X-Request-Id"); len(id) != 24 {
		t.Errorf("generated X-Request-Id %q, want 24 hex digits", id)
	}
	if !strings.Contains(body, "NOT_FOUND") || !strings.Contains(body, `"data":{"linkingActors":null,"stats":{"articles":9}}`) {
		t.Errorf("unknown show: %s; want its error, a null linkingActors and the stats", body)
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
	// Each request's line names the operation and its errors' codes.
	var sawOK, sawMissing bool
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.Contains(line, `"message":"request"`) {
			continue
		}
		sawOK = sawOK || strings.Contains(line, `"operation":"LinkingActors"`) && strings.Contains(line, `"request_id":"req-abc-123"`) && !strings.Contains(line, "error_codes")
		sawMissing = sawMissing || strings.Contains(line, `"operation":"Missing"`) && strings.Contains(line, `"error_codes":["NOT_FOUND"]`)
	}
	if !sawOK || !sawMissing {
		t.Errorf("request lines without their operation or error codes (LinkingActors %v, Missing %v):\n%s", sawOK, sawMissing, out.String())
	}

	// The graph's size, as the API counts it, and which build serves.
	_, body = postJSON(t, url, nil, `{"query":"{ stats { people shows characters credits articles } }"}`)
	var st struct {
		Data struct{ Stats map[string]float64 }
	}
	if err := json.Unmarshal([]byte(body), &st); err != nil || len(st.Data.Stats) != 5 {
		t.Fatalf("stats: %s (%v)", body, err)
	}
	for name, want := range st.Data.Stats {
		if want == 0 {
			t.Errorf("the demo graph has no %s", name)
		}
		if got := metric(t, base, "castgraph_graph_"+name); got != want {
			t.Errorf("castgraph_graph_%s = %v, want %v (the API's stats)", name, got, want)
		}
	}
	ver, _ := buildinfo.Read(version)
	if got := metric(t, base, fmt.Sprintf(`castgraph_build_info{goversion=%q,revision="",version=%q}`, runtime.Version(), ver)); got != 1 {
		if info := metricLines(t, base, "castgraph_build_info"); !strings.Contains(info, "castgraph_build_info{") || !strings.HasSuffix(strings.TrimSpace(info), " 1") {
			t.Errorf("castgraph_build_info: %q, want a sample of 1 with the build's labels", info)
		}
	}
}

// metricLines returns the sample lines of /metrics that start with name.
func metricLines(t *testing.T, base, name string) string {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), name) {
			b.WriteString(sc.Text() + "\n")
		}
	}
	return b.String()
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
	closed, _, _ := launch(t, "demo", "--data", t.TempDir())
	if resp := preflight(closed, "https://notebook.example"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS is on by default: %v", resp.Header)
	}
	open, _, _ := launch(t, "demo", "--data", t.TempDir(), "--cors-origin", "https://notebook.example")
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
	url, out, _ := launch(t, "serve", "--data", t.TempDir())
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
