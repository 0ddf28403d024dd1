package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestPlaygroundInBrowser opens the playground in headless Chromium and
// finds its three example tabs (LinkingActors, SixDegrees, Search), each with
// its query. It runs each tab's query with the run button: the first finds
// Roh Jae-won and Kim Si-eun linking All of Us Are Dead and Squid Game. It
// reads the docs explorer's Query type, where each field's arguments are in
// the order the schema declares them. It checks that the page loads nothing
// but castgraph's own URLs and saves a screenshot under artifacts/.
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

	titles, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.graphiql-tab .graphiql-tab-button')].map(b => b.textContent.trim())`))
	if err != nil {
		t.Fatalf("read the tabs: %v", err)
	}
	if want := []string{"LinkingActors", "SixDegrees", "Search"}; !slices.Equal(titles, want) {
		t.Fatalf("the playground opens with tabs %q, want %q", titles, want)
	}

	const editorJS = `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror`
	const queryJS = editorJS + `.getValue()`
	const resultJS = `(() => { const cm = document.querySelector('.result-window .CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : ''; })()`
	for i, tab := range []struct {
		title  string
		query  []string // what the tab's query says
		result []string // what its result says
	}{
		{"LinkingActors",
			[]string{`query LinkingActors {`, `linkingActors(showA: "All of Us Are Dead", showB: "Squid Game")`},
			[]string{`"name": "Roh Jae-won"`, `"name": "Kim Si-eun"`}},
		{"SixDegrees",
			[]string{`query SixDegrees {`, `shortestPath(from: "Lee Min-jae", to: "Roh Jae-won", maxHops: 6)`},
			[]string{`"length": 2`, `"name": "Lee Min-jae"`, `"name": "All of Us Are Dead"`, `"name": "Roh Jae-won"`}},
		{"Search",
			[]string{`query Search {`, `search(text: "kim", first: 5)`, `search(text: "squid gme")`},
			[]string{`"name": "Kim Si-eun"`, `"name": "Squid Game"`}},
	} {
		err := chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('.graphiql-tab .graphiql-tab-button')[%d].click()`, i)),
			// GraphiQL reads the operation's name from the editor a moment
			// after the switch; the run button sends the one it has.
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`%s.operationName === %q`, editorJS, tab.title), chromedp.WithPollingTimeout(10*time.Second)),
		)
		query, _ := chromedp.Run(ctx, chromedp.Evaluate[string](queryJS))
		if err != nil {
			t.Errorf("tab %s: switch to it: %v; query editor: %q", tab.title, err, query)
			continue
		}
		for _, want := range tab.query {
			if !strings.Contains(query, want) {
				t.Errorf("tab %s: the query is\n%s\nwant it to contain %q", tab.title, query, want)
			}
		}
		err = chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`%s.includes(%q)`, resultJS, tab.result[0]), chromedp.WithPollingTimeout(30*time.Second)),
		)
		result, _ := chromedp.Run(ctx, chromedp.Evaluate[string](resultJS))
		if err != nil {
			t.Errorf("tab %s: run the query: %v; result pane: %q", tab.title, err, result)
			continue
		}
		for _, want := range tab.result {
			if !strings.Contains(result, want) {
				t.Errorf("tab %s: the result pane is\n%s\nwant it to contain %q", tab.title, result, want)
			}
		}
		if strings.Contains(result, `"errors"`) {
			t.Errorf("tab %s: the query fails:\n%s", tab.title, result)
		}
	}

	// The docs explorer lists the Query type's fields with their arguments,
	// as introspection gives them: in declared order.
	const argsJS = `(() => {
		const out = {};
		for (const it of document.querySelectorAll('.graphiql-doc-explorer-item')) {
			const name = it.querySelector('.graphiql-doc-explorer-field-name');
			if (name) out[name.textContent] = [...it.querySelectorAll('.graphiql-doc-explorer-argument-name')].map(a => a.textContent).join(', ');
		}
		return out;
	})()`
	err = chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name')].find(a => a.textContent === 'Query').click()`),
		chromedp.Poll[chromedp.Void](`!!document.querySelector('.graphiql-doc-explorer-item .graphiql-doc-explorer-field-name')`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatalf("open the Query type in the docs: %v", err)
	}
	args, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](argsJS))
	if err != nil {
		t.Fatalf("read the Query type's fields in the docs: %v", err)
	}
	for field, want := range map[string]string{
		"linkingActors":    "showA, showB",
		"shortestPath":     "from, to, maxHops",
		"search":           "text, kind, first",
		"searchConnection": "text, kind, first, after, last, before",
		"shows":            "orderBy, first, after, last, before",
	} {
		if args[field] != want {
			t.Errorf("the docs list %s(%s), want (%s)", field, args[field], want)
		}
	}

	b.screenshot(t, "playground")
	b.checkRequests(t, base, 3)
	b.checkExceptions(t)
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
