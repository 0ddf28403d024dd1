package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/castgraph/castgraph/graph"
)

func TestGet(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=ISO-8859-1")
		w.Write([]byte("<p>caf\xe9</p>"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("a", 2000))) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(release)
	c := Config{Timeout: 200 * time.Millisecond, MaxBytes: 1000}
	ctx := context.Background()

	p, err := c.Get(ctx, srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != "<p>caf\xe9</p>" || p.Charset != "ISO-8859-1" || p.FinalURL != srv.URL+"/page" || p.URL != srv.URL+"/moved" {
		t.Errorf("page %+v", p)
	}
	for _, tt := range []struct{ url, code, want string }{
		{srv.URL + "/missing", graph.EINVALID, "the server answered 404 Not Found"},
		{srv.URL + "/big", graph.EINVALID, "larger than the limit of 1000"},
		{srv.URL + "/slow", graph.EUNAVAIL, "no answer within 200ms"},
		{"ftp://example.com/x", graph.EINVALID, "not an http:// or https:// URL"},
		{"http://127.0.0.1:1/closed", graph.EUNAVAIL, "fetch http://127.0.0.1:1/closed"},
	} {
		_, err := c.Get(ctx, tt.url)
		if err == nil || graph.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.url) {
			t.Errorf("Get %s: error %v (%s), want %s saying %q and naming the URL", tt.url, err, graph.ErrorCode(err), tt.code, tt.want)
		}
	}
}

func TestArticleID(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://www.example.com/news/2025/07/squid-game-3.html?utm_source=rss#top", "example.com-news-2025-07-squid-game-3"},
		{"http://EXAMPLE.com/news/2025/07/squid-game-3/", "example.com-news-2025-07-squid-game-3"},
		{"https://example.com/tv/squid-game/index.html", "example.com-tv-squid-game"},
		{"https://news.example.org/article.php?id=123&utm_medium=x", "news.example.org-article-id-123"},
		{"https://example.com/a?b=2&a=1", "example.com-a-a-1-b-2"},
		{"https://example.com/", "example.com"},
		{"https://example.com/" + strings.Repeat("long-title-", 20), ""}, // checked below
	} {
		got := ArticleID(tt.url)
		if tt.want != "" && got != tt.want {
			t.Errorf("ArticleID(%q) = %q, want %q", tt.url, got, tt.want)
		}
		if len(got) > maxID || strings.ContainsAny(got, `/\:?*"<>| `) {
			t.Errorf("ArticleID(%q) = %q: too long or not a file name", tt.url, got)
		}
	}
	a, b := ArticleID("https://example.com/"+strings.Repeat("x-", 60)+"one"), ArticleID("https://example.com/"+strings.Repeat("x-", 60)+"two")
	if a == b {
		t.Errorf("two long URLs share the id %q", a)
	}
}

// TestPublicOnly checks that PublicOnly refuses a server on a private
// address, and which addresses count as public.
func TestPublicOnly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) }))
	defer srv.Close()
	_, err := Config{PublicOnly: true}.Get(context.Background(), srv.URL+"/admin")
	if err == nil || graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "not at a public address") {
		t.Errorf("a loopback server under PublicOnly: error %v, want EINVALID saying it is not public", err)
	}
	if _, err := (Config{}).Get(context.Background(), srv.URL+"/admin"); err != nil {
		t.Errorf("without PublicOnly: %v", err)
	}
	for host, want := range map[string]bool{
		"127.0.0.1": false, "10.1.2.3": false, "192.168.0.1": false, "172.16.5.4": false, "169.254.169.254": false,
		"::1": false, "fd00::1": false, "0.0.0.0": false, "100.64.0.1": false, "localhost": false, "::ffff:127.0.0.1": false,
		"8.8.8.8": true, "2001:4860:4860::8888": true,
	} {
		if got := IsPublicHost(context.Background(), host); got != want {
			t.Errorf("IsPublicHost(%s) = %v, want %v", host, got, want)
		}
	}
}
