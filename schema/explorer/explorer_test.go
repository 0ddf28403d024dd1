package explorer_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/schema/explorer"
)

// TestPage checks that the page keeps to castgraph by its
// Content-Security-Policy and that every asset it refers to is served.
func TestPage(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /explore", explorer.ServePage)
	mux.Handle("GET "+explorer.AssetPrefix, explorer.Assets())
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/explore?from=Lee%20Min-jae&to=Roh%20Jae-won")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /explore: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if !strings.Contains(page, `href="playground"`) {
		t.Errorf("the page does not link to the playground")
	}
	refs := regexp.MustCompile(`(?:src|href)="(explore/assets/[^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(refs) != 2 {
		t.Fatalf("the page refers to %d assets (%v), want the script and the stylesheet", len(refs), refs)
	}
	for _, r := range refs {
		resp, err := http.Get(srv.URL + "/" + r[1])
		if err != nil {
			t.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || n == 0 || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET /%s: %d, %d bytes, X-Content-Type-Options %q", r[1], resp.StatusCode, n, resp.Header.Get("X-Content-Type-Options"))
		}
	}
	if resp, err := http.Get(srv.URL + explorer.AssetPrefix + "explore.html"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET %sexplore.html: %v %v, want 404: the page lives at /explore", explorer.AssetPrefix, resp, err)
	}
}

// TestAssetsGzip checks that the script comes gzipped to a client that
// accepts gzip, and whole to one that does not, with the same content.
func TestAssetsGzip(t *testing.T) {
	srv := httptest.NewServer(explorer.Assets())
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	get := func(accept string) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest("GET", srv.URL+explorer.AssetPrefix+"explorer.js", nil)
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	plainResp, plain := get("")
	if plainResp.StatusCode != 200 || plainResp.Header.Get("Content-Encoding") != "" || len(plain) == 0 {
		t.Fatalf("no Accept-Encoding: %d, Content-Encoding %q, %d bytes", plainResp.StatusCode, plainResp.Header.Get("Content-Encoding"), len(plain))
	}
	for _, accept := range []string{"gzip", "br, gzip;q=0.8, deflate"} {
		resp, body := get(accept)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") {
			t.Errorf("Accept-Encoding %q: %d, Content-Encoding %q, Content-Type %q", accept, resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"))
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		unzipped, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(unzipped, plain) {
			t.Errorf("Accept-Encoding %q: the gzipped script (%d bytes) unzips to %d bytes (%v), not the %d of the script", accept, len(body), len(unzipped), err, len(plain))
		}
		t.Logf("explorer.js: %d bytes, %d gzipped", len(plain), len(body))
	}
	if resp, _ := get("gzip;q=0"); resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("Accept-Encoding gzip;q=0: Content-Encoding %q, want none", resp.Header.Get("Content-Encoding"))
	}
}
