// Package explorer serves castgraph's explorer page, /explore: two names
// in, a drawing of how they connect out, with the sentence of the article
// behind every link. Its assets are built from the npm packages pinned in
// the repository's explorer/package-lock.json (scripts/build-explorer
// rebuilds dist/) and embedded in the binary, so the page works with no
// network beyond castgraph.
//
// The package owns the page and its assets, not the GraphQL endpoint: the
// page talks to the endpoint named "graphql" next to it.
package explorer

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed dist/explore.html dist/explorer.js dist/explorer.css
var dist embed.FS

// AssetPrefix is the path under which Assets serves the script and the
// stylesheet; the page, at /explore, refers to them relative to itself.
const AssetPrefix = "/explore/assets/"

// csp allows the page to load only from castgraph itself, as the
// playground's does. Cytoscape.js adds a style element of its own, which
// needs 'unsafe-inline' for styles, as GraphiQL's inline styles do.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// ServePage writes the explorer's HTML page. The question in its URL
// (?from=…&to=…) is read by the page's script, not here.
func ServePage(w http.ResponseWriter, r *http.Request) {
	page, err := dist.ReadFile("dist/explore.html")
	if err != nil {
		panic(err) // the embed pattern guarantees the file
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(page)
}

// Assets serves the bundled script and stylesheet under AssetPrefix,
// gzipped for clients that accept it: the script is a third of its size
// then.
func Assets() http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed pattern guarantees dist exists
	}
	files := http.StripPrefix(strings.TrimSuffix(AssetPrefix, "/"), http.FileServerFS(sub))
	zipped := sync.OnceValue(func() map[string][]byte { return gzipAll(sub) })
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, AssetPrefix)
		ext := path.Ext(name)
		if ext != ".js" && ext != ".css" {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "public, max-age=3600")
		h.Add("Vary", "Accept-Encoding")
		if gz, ok := zipped()[name]; ok && acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.Set("Content-Type", mime.TypeByExtension(ext))
			h.Set("Content-Encoding", "gzip")
			http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(gz))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// gzipAll returns the gzip form of every .js and .css file of fsys, by name.
func gzipAll(fsys fs.FS) map[string][]byte {
	out := map[string][]byte{}
	names, _ := fs.Glob(fsys, "*")
	for _, name := range names {
		if ext := path.Ext(name); ext != ".js" && ext != ".css" {
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue // served as it is
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(b)
		if zw.Close() == nil {
			out[name] = buf.Bytes()
		}
	}
	return out
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
