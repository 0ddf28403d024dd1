package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/rs/zerolog"
)

// ServeConfig sets up the connections Serve accepts. Zero values are
// defaults.
type ServeConfig struct {
	// ReadHeaderTimeout is the longest time a client may take to send a
	// request's headers. Default 10s.
	ReadHeaderTimeout time.Duration
	// IdleTimeout is the longest time an idle keep-alive connection stays
	// open. Default 120s.
	IdleTimeout time.Duration
	// RequestTimeout is the handler's own limit per request (HandlerConfig
	// Timeout); writing a response may take 10s more, and at least 60s in
	// all. Default 10s.
	RequestTimeout time.Duration
}

// Serve serves h on ln until ctx ends, then shuts down gracefully, letting
// requests in flight finish (for at most 15s).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, cfg ServeConfig, log zerolog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cmpOr(cfg.ReadHeaderTimeout, 10*time.Second),
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      max(60*time.Second, cmpOr(cfg.RequestTimeout, 10*time.Second)+10*time.Second),
		IdleTimeout:       cmpOr(cfg.IdleTimeout, 120*time.Second),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server stopped: %w", err)
	case <-ctx.Done():
	}
	log.Info().Msg("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// ListenAndServe listens on addr, writes the URLs of GraphQL, the
// playground and the explorer to out, logs the settings of cfg, and serves
// h (Serve) until ctx ends. An address in use is said plainly.
func ListenAndServe(ctx context.Context, addr string, h http.Handler, cfg Config, conn ServeConfig, out io.Writer, log zerolog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("cannot listen on %s: the address is already in use (pick another with --addr)", addr)
	}
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(out, "castgraph: serving GraphQL at %[1]s/graphql\ncastgraph: playground at %[1]s/playground\ncastgraph: explorer at %[1]s/explore\n", base)
	mode := "read-only"
	if cfg.GraphQL.WriteToken != "" {
		mode = "writes allowed with the write token"
	}
	log.Info().Str("url", base+"/graphql").Str("playground", base+"/playground").Str("explorer", base+"/explore").
		Str("mode", mode).Int("max_depth", cfg.GraphQL.MaxDepth).Int("max_cost", cfg.GraphQL.MaxCost).Int("max_first", cfg.Schema.MaxFirst).
		Dur("timeout", cfg.GraphQL.Timeout).Strs("cors_origins", cfg.CORSOrigins).Msg("serving")
	return Serve(ctx, ln, h, conn, log)
}

func cmpOr(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// Check asks the readiness URL of a server (its /readyz) and returns nil
// when it answers 200 OK within 5 seconds: castgraph healthcheck, for
// container health checks in images without curl.
func Check(url string) error {
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		return fmt.Errorf("healthcheck %s: %w", url, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck %s: %s", url, resp.Status)
	}
	return nil
}
