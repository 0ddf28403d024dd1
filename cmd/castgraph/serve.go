package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
)

// serveFlags configure the HTTP server.
type serveFlags struct {
	addr string
}

func (f *serveFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.addr, "addr", envOr("CASTGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on, HOST:PORT (env CASTGRAPH_ADDR)")
}

func newServeCmd(g *globals) *cobra.Command {
	var sf storeFlags
	var hf serveFlags
	cmd := &cobra.Command{
		Use:   "serve --data DIR [--addr HOST:PORT]",
		Short: "Serve the graph over GraphQL at /graphql",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := sf.open(cmd.Context(), g, false)
			if err != nil {
				return err
			}
			defer store.Close()
			return serve(cmd, g, store, hf)
		},
	}
	sf.register(cmd)
	hf.register(cmd)
	return cmd
}

// pinger is a store that can say whether it is reachable.
type pinger interface {
	Ping(ctx context.Context) error
}

// newMux routes castgraph's HTTP endpoints.
func newMux(g *globals, store graph.Store) (*http.ServeMux, error) {
	sch, err := schema.New(store, g.log)
	if err != nil {
		return nil, fmt.Errorf("build GraphQL schema: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", schema.NewHandler(sch, schema.HandlerConfig{}, g.log))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		var err error
		if p, ok := store.(pinger); ok {
			err = p.Ping(r.Context())
		} else {
			_, err = store.Stats(r.Context())
		}
		if err != nil {
			http.Error(w, "not ready: "+graph.ErrorMessage(err), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	return mux, nil
}

// serve listens on hf.addr and serves until the command's context ends, then
// shuts down gracefully, letting requests in flight finish.
func serve(cmd *cobra.Command, g *globals, store graph.Store, hf serveFlags) error {
	mux, err := newMux(g, store)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", hf.addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("cannot listen on %s: the address is already in use (pick another with --addr)", hf.addr)
	}
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", hf.addr, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	url := "http://" + ln.Addr().String() + "/graphql"
	fmt.Fprintf(cmd.OutOrStdout(), "castgraph: serving GraphQL at %s\n", url)
	g.log.Info().Str("url", url).Msg("serving")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server stopped: %w", err)
	case <-cmd.Context().Done():
	}
	g.log.Info().Msg("shutting down")
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
