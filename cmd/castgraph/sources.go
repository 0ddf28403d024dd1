package main

import (
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/ingest"
)

// inputFlags are the flags of extract and ingest that say how to read
// their articles.
type inputFlags struct {
	date         string        // --date, as given; YYYY-MM-DD once checked
	keepGoing    bool          // --keep-going
	fetchTimeout time.Duration // --fetch-timeout
}

func (f *inputFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.date, "date", "", "the articles' publication date, YYYY-MM-DD: it overrides what an article says")
	fl.BoolVar(&f.keepGoing, "keep-going", false, "go on past an article that cannot be read, and report every failure at the end (exit status 2)")
	fl.DurationVar(&f.fetchTimeout, "fetch-timeout", fetch.DefaultTimeout, "how long to wait for each page of a URL")
}

// check validates the flags and makes --date YYYY-MM-DD.
func (f *inputFlags) check() error {
	if f.date != "" {
		d, err := extract.ParseDate(f.date)
		if err != nil {
			return usageError("--date: %v", err)
		}
		f.date = d
	}
	if f.fetchTimeout <= 0 {
		return usageError("--fetch-timeout %s: want a positive duration such as 30s", f.fetchTimeout)
	}
	return nil
}

func (f *inputFlags) fetcher() fetch.Config {
	return fetch.Config{Timeout: f.fetchTimeout, MaxBytes: extract.DefaultMaxBytes}
}

// sources turns the arguments of extract or ingest into articles to read
// (ingest.Sources), with --date and --fetch-timeout.
func (f *inputFlags) sources(g *globals, args []string, stdin io.Reader) ([]ingest.Source, error) {
	return ingest.Sources(args, stdin, f.fetcher(), f.date, g.log)
}
