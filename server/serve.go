package server

import (
	"context"
	"fmt"
	"net"
	"net/http"
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

func cmpOr(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}
