// Package fetch gets news pages and feeds over HTTP(S) for castgraph's
// commands: with a timeout, a size limit, and errors that name the URL and
// say what went wrong. It also names an article after its URL (ArticleID).
//
// It owns only the getting: reading a page into an article is package
// extract's job, and what to do with it the caller's.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// Defaults of Config.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultMaxBytes = 10 << 20
	DefaultAgent    = "castgraph (news credits reader)"
)

// Config says how to fetch. The zero Config is ready to use.
type Config struct {
	// Timeout bounds each request, from connecting to the last byte of the
	// body. Default: DefaultTimeout (30s).
	Timeout time.Duration
	// MaxBytes is the largest body accepted; a larger one is an error.
	// Default: DefaultMaxBytes (10 MB).
	MaxBytes int64
	// UserAgent is sent with every request. Default: DefaultAgent.
	UserAgent string
	// Client sends the requests. Default: a client with Timeout that
	// follows up to 10 redirects.
	Client *http.Client
	// PublicOnly refuses to connect to an address that is not public
	// (loopback, private, link-local...: see public.go), with EINVALID.
	// Ignored when Client is set. Default false.
	PublicOnly bool
}

// Page is what a URL gave.
type Page struct {
	URL         string // the URL asked for
	FinalURL    string // the URL answered, after redirects
	ContentType string // the Content-Type header, as sent
	Charset     string // the charset parameter of ContentType, or ""
	Body        []byte
}

// IsURL reports whether s is an http:// or https:// URL, as a command
// argument names one.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Get fetches rawURL. Errors name the URL: EINVALID for a URL that is not
// http(s), a status other than 2xx, or a body larger than MaxBytes;
// EUNAVAIL for a server that cannot be reached or does not answer in time;
// the context's error when ctx is done first.
func (c Config) Get(ctx context.Context, rawURL string) (Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, graph.Errorf(graph.EINVALID, "fetch %s: not an http:// or https:// URL", rawURL)
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	max := c.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	client := c.Client
	switch {
	case client != nil:
	case c.PublicOnly:
		client = publicClient(timeout)
	default:
		client = &http.Client{Timeout: timeout}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, graph.Errorf(graph.EINVALID, "fetch %s: %v", rawURL, err)
	}
	agent := c.UserAgent
	if agent == "" {
		agent = DefaultAgent
	}
	req.Header.Set("User-Agent", agent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return Page{}, failed(ctx, rawURL, timeout, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, graph.Errorf(graph.EINVALID, "fetch %s: the server answered %s", rawURL, resp.Status)
	}
	if resp.ContentLength > max {
		return Page{}, graph.Errorf(graph.EINVALID, "fetch %s: %d bytes, larger than the limit of %d", rawURL, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return Page{}, failed(ctx, rawURL, timeout, err)
	}
	if int64(len(body)) > max {
		return Page{}, graph.Errorf(graph.EINVALID, "fetch %s: larger than the limit of %d bytes", rawURL, max)
	}
	p := Page{URL: rawURL, FinalURL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}
	if _, params, err := mime.ParseMediaType(p.ContentType); err == nil {
		p.Charset = params["charset"]
	}
	return p, nil
}

// failed describes a request that got no answer.
func failed(ctx context.Context, rawURL string, timeout time.Duration, err error) error {
	var ue *url.Error
	switch {
	case errors.Is(err, errNotPublic):
		return graph.Errorf(graph.EINVALID, "fetch %s: refused: the server is not at a public address", rawURL)
	case ctx.Err() == context.DeadlineExceeded || (errors.As(err, &ue) && ue.Timeout()):
		return graph.Errorf(graph.EUNAVAIL, "fetch %s: no answer within %s", rawURL, timeout)
	case ctx.Err() != nil:
		return fmt.Errorf("fetch %s: %w", rawURL, ctx.Err())
	}
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return graph.Errorf(graph.EUNAVAIL, "fetch %s: %v", rawURL, err)
}
