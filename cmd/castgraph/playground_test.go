package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium binary, or "" when there is none.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestPlaygroundInBrowser opens the playground in headless Chromium, runs
// the preloaded linkingActors query with the run button, and finds Roh
// Jae-won in the result pane. It checks that the page loads nothing but
// castgraph's own URLs and saves a screenshot under artifacts/.
func TestPlaygroundInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium found (chromium, chromium-browser, google-chrome): CI must run the browser test; install it with scripts/browser-deps (apt-get install -y chromium)")
		}
		t.Skip("no Chromium found: install it with scripts/browser-deps (apt-get install -y chromium) to run the browser test")
	}
	url, stop := startServer(t, "demo", "--data", t.TempDir())
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	var mu sync.Mutex
	var requested []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requested = append(requested, e.Request.URL)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatalf("start Chromium (%s): %v", bin, err)
	}

	// A browser asking /graphql for HTML gets the playground.
	err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-execute-button`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-doc-explorer`)),
		chromedp.Poll[chromedp.Void](`(document.querySelector('.graphiql-doc-explorer')?.innerText || '').includes('Query')`, chromedp.WithPollingTimeout(30*time.Second)),
	)
	if err != nil {
		t.Fatalf("open the playground: %v", err)
	}
	docs, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.graphiql-doc-explorer`)))
	if err != nil || !strings.Contains(docs, "Query") {
		t.Errorf("docs panel shows %q (%v), want the schema's root types", docs, err)
	}
	query, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()`))
	if err != nil {
		t.Fatalf("read the query editor: %v", err)
	}
	if !strings.Contains(query, `linkingActors(showA: "All of Us Are Dead", showB: "Squid Game")`) {
		t.Errorf("the preloaded query is %q, want linkingActors for All of Us Are Dead and Squid Game", query)
	}

	const resultJS = `(() => { const cm = document.querySelector('.result-window .CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : ''; })()`
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)),
		chromedp.Poll[chromedp.Void](resultJS+`.includes('Roh Jae-won')`, chromedp.WithPollingTimeout(30*time.Second)),
	)
	result, _ := chromedp.Run(ctx, chromedp.Evaluate[string](resultJS))
	if err != nil {
		t.Fatalf("run the query: %v; result pane: %q", err, result)
	}
	if !strings.Contains(result, `"name": "Roh Jae-won"`) || !strings.Contains(result, `"name": "Kim Si-eun"`) {
		t.Errorf("result pane does not show both linking actors:\n%s", result)
	}

	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join("..", "..", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "playground.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(path)
	t.Logf("screenshot: %s", abs)

	mu.Lock()
	defer mu.Unlock()
	if len(requested) < 3 {
		t.Errorf("saw only %d requests (%v): the network listener is not working", len(requested), requested)
	}
	for _, u := range requested {
		if !strings.HasPrefix(u, base+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, outside castgraph (%s)", u, base)
		}
	}
}

// TestPlaygroundPage checks the routes of the playground without a browser:
// the page at /playground and at /graphql for HTML, its assets, and JSON at
// /graphql for everyone else.
func TestPlaygroundPage(t *testing.T) {
	url, stop := startServer(t, "demo", "--data", t.TempDir())
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")
	get := func(u, accept string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest("GET", u, nil)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	for _, c := range []struct{ url, accept, wantType, wantBody string }{
		{base + "/playground", "", "text/html", "playground/assets/playground.js"},
		{url, "text/html,application/xhtml+xml,*/*;q=0.8", "text/html", "castgraph playground"},
		{url + "?query=%7B__typename%7D", "text/html,*/*;q=0.8", "application/json", `{"data":{"__typename":"Query"}}`},
		{base + "/playground/assets/playground.js", "", "text/javascript", "GraphiQL"},
		{base + "/playground/assets/playground.css", "", "text/css", ".graphiql-container"},
	} {
		resp, body := get(c.url, c.accept)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), c.wantType) || !strings.Contains(body, c.wantBody) {
			t.Errorf("GET %s (Accept %q): %d %s, body starting %.80q; want 200 %s containing %q",
				c.url, c.accept, resp.StatusCode, resp.Header.Get("Content-Type"), body, c.wantType, c.wantBody)
		}
		if c.wantType == "text/html" && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("GET %s: no Content-Security-Policy keeping the page to castgraph", c.url)
		}
	}
}
