// Package playground serves GraphiQL, castgraph's in-browser GraphQL IDE,
// from assets built out of the npm packages pinned in the repository's
// playground/package-lock.json (scripts/build-playground rebuilds dist/) and
// embedded in the binary, so the page works with no network beyond castgraph.
//
// The package owns the page and its assets, not the GraphQL endpoint: the
// page talks to the endpoint named "graphql" next to it.
package playground

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed dist/playground.js dist/playground.css
var dist embed.FS

// AssetPrefix is the path under which Handler serves the assets.
const AssetPrefix = "/playground/assets/"

// page refers to the assets by paths relative to the page, which sits at
// /graphql or /playground: both resolve to /playground/assets/.
const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>castgraph playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="playground/assets/playground.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the castgraph playground…</div>
<script src="playground/assets/playground.js"></script>
</body>
</html>
`

// csp allows the page to load only from castgraph itself; the inline style
// above and GraphiQL's own inline styles need 'unsafe-inline' for styles.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// ServePage writes the playground's HTML page.
func ServePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write([]byte(page))
}

// Assets serves the bundled script and stylesheet under AssetPrefix.
func Assets() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed pattern guarantees dist exists
	}
	files := http.StripPrefix(strings.TrimSuffix(AssetPrefix, "/"), http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}
