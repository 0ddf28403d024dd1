package main

import (
	"fmt"
	"net/http"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/ingest"
	"github.com/castgraph/castgraph/internal/buildinfo"
	"github.com/castgraph/castgraph/internal/cliflags"
	"github.com/castgraph/castgraph/internal/storeopen"
	"github.com/castgraph/castgraph/server"
)

func newServeCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
	var hf cliflags.Serve
	var ff feedFlags
	cmd := &cobra.Command{
		Use:   "serve --data DIR [--addr HOST:PORT] [--feed URL --feed-every 15m]",
		Short: "Serve the graph over GraphQL at /graphql",
		Long: `Serve the graph over GraphQL at /graphql, with the explorer at /explore and
the playground at /playground.

With --feed URL (more than once for more feeds), the server also reads each
news feed at start and then every --feed-every, loading the items it has not
read before as ingest --feed does. Each reading is logged; a feed or page
that fails is logged and tried again at the next reading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := hf.Validate(); err != nil {
				return err
			}
			if err := ff.validate(); err != nil {
				return err
			}
			store, err := sf.OpenWaiting(cmd.Context(), g.log, false, hf.Neo4jWait)
			if err != nil {
				return err
			}
			defer store.Close()
			if len(ff.urls) > 0 {
				defer ingest.StartPolling(cmd.Context(), store, ff.urls, ff.every, fetch.Config{}, g.log)()
			}
			return serve(cmd, g, store, hf)
		},
	}
	cliflags.Store(cmd, &sf)
	hf.Register(cmd)
	ff.register(cmd)
	return cmd
}

// newMux routes castgraph's HTTP endpoints (server.New).
func newMux(g *globals, store graph.Store, hf cliflags.Serve) (http.Handler, error) {
	cfg := hf.Config
	cfg.Schema.Extract = ingest.ExtractFunc(store)
	cfg.Collectors = []prometheus.Collector{buildinfo.Collector(version)}
	return server.New(store, cfg, g.log)
}

// serve listens on hf.Addr and serves until the command's context ends, then
// shuts down gracefully, letting requests in flight finish.
func serve(cmd *cobra.Command, g *globals, store graph.Store, hf cliflags.Serve) error {
	if err := hf.Validate(); err != nil {
		return err
	}
	handler, err := newMux(g, store, hf)
	if err != nil {
		return err
	}
	return server.ListenAndServe(cmd.Context(), hf.Addr, handler, hf.Config, hf.Conn, cmd.OutOrStdout(), g.log)
}

// feedFlags are serve's flags for reading news feeds as it serves.
type feedFlags struct {
	urls  []string
	every time.Duration
}

func (f *feedFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.urls, "feed", nil, "read this RSS or Atom feed at start and then every --feed-every, loading its new items (more than once for more feeds)")
	fl.DurationVar(&f.every, "feed-every", 15*time.Minute, "how often to read the --feed feeds")
}

func (f *feedFlags) validate() error {
	for _, u := range f.urls {
		if !fetch.IsURL(u) {
			return usageError("--feed %q: want an http:// or https:// URL", u)
		}
	}
	if f.every < time.Second {
		return usageError("--feed-every %s: want a duration of a second or more, such as 15m", f.every)
	}
	return nil
}

func newDemoCmd(g *globals) *cobra.Command {
	var sf storeopen.Config
	var hf cliflags.Serve
	cmd := &cobra.Command{
		Use:   "demo [--data DIR] [--addr HOST:PORT]",
		Short: "Ingest the sample articles shipped with castgraph and serve the graph",
		Long: `Extract the credits of the sample news articles built into castgraph, load
them (one transaction per article; again is harmless) and serve GraphQL.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := hf.Validate(); err != nil {
				return err
			}
			ctx := cmd.Context()
			store, err := sf.OpenWaiting(ctx, g.log, true, hf.Neo4jWait)
			if err != nil {
				return err
			}
			defer store.Close()
			res, err := ingest.Samples(ctx, store, g.log)
			if err != nil {
				return err
			}
			st, err := store.Stats(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "castgraph: ingested %d sample articles (%d facts, %d new credits) into %s: %d people, %d shows, %d credits\n",
				res.Articles, res.Total.Facts, res.Total.CreditsAdded, sf.Where(), st.People, st.Shows, st.Credits)
			return serve(cmd, g, store, hf)
		},
	}
	cliflags.Store(cmd, &sf)
	hf.Register(cmd)
	if sf.DataDir == "" {
		cmd.Flags().Lookup("data").DefValue = filepath.Join(".castgraph", "demo")
		sf.DataDir = filepath.Join(".castgraph", "demo")
	}
	return cmd
}
