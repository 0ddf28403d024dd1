package main

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestPlaygroundInBrowser opens the playground in headless Chromium, runs
// the preloaded linkingActors query with the run button, and finds Roh
// Jae-won in the result pane. It checks that the page loads nothing but
// castgraph's own URLs and saves a screenshot under artifacts/.
func TestPlaygroundInBrowser(t *testing.T) {
	b := newBrowser(t, 1400, 900)
	ctx := b.ctx
	url, stop := startServer(t, "demo", "--data", t.TempDir())
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")

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

	b.screenshot(t, "playground")
	b.checkRequests(t, base, 3)
}

// TestPlaygroundPage checks the routes of the playground without a browser:
// the page at /playground and at /graphql for HTML, its assets, and JSON at
// /graphql for everyone else.
func TestPlaygroundPage(t *testing.T) {
	url, stop := startServer(t, "demo", "--data", t.TempDir())
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")
	for _, c := range []struct{ url, accept, wantType, wantBody string }{
		{base + "/playground", "", "text/html", "playground/assets/playground.js"},
		{url, "text/html,application/xhtml+xml,*/*;q=0.8", "text/html", "castgraph playground"},
		{url + "?query=%7B__typename%7D", "text/html,*/*;q=0.8", "application/json", `{"data":{"__typename":"Query"}}`},
		{base + "/playground/assets/playground.js", "", "text/javascript", "GraphiQL"},
		{base + "/playground/assets/playground.css", "", "text/css", ".graphiql-container"},
	} {
		resp, body := httpGet(t, c.url, c.accept)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), c.wantType) || !strings.Contains(body, c.wantBody) {
			t.Errorf("GET %s (Accept %q): %d %s, body starting %.80q; want 200 %s containing %q",
				c.url, c.accept, resp.StatusCode, resp.Header.Get("Content-Type"), body, c.wantType, c.wantBody)
		}
		if c.wantType == "text/html" && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("GET %s: no Content-Security-Policy keeping the page to castgraph", c.url)
		}
	}
}
