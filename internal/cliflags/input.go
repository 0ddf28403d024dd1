package cliflags

import (
	"io"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/extract"
	"github.com/castgraph/castgraph/fetch"
	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/ingest"
)

// Input are the flags of extract and ingest that say how to read their
// articles.
type Input struct {
	Date         string        // --date, as given; YYYY-MM-DD once checked
	KeepGoing    bool          // --keep-going
	FetchTimeout time.Duration // --fetch-timeout
}

// Register registers the flags on cmd.
func (f *Input) Register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.Date, "date", "", "the articles' publication date, YYYY-MM-DD: it overrides what an article says")
	fl.BoolVar(&f.KeepGoing, "keep-going", false, "go on past an article that cannot be read, and report every failure at the end (exit status 2)")
	fl.DurationVar(&f.FetchTimeout, "fetch-timeout", fetch.DefaultTimeout, "how long to wait for each page of a URL")
}

// Check validates the flags and makes --date YYYY-MM-DD.
func (f *Input) Check() error {
	if f.Date != "" {
		d, err := extract.ParseDate(f.Date)
		if err != nil {
			return graph.Errorf(graph.EINVALID, "--date: %v", err)
		}
		f.Date = d
	}
	if f.FetchTimeout <= 0 {
		return graph.Errorf(graph.EINVALID, "--fetch-timeout %s: want a positive duration such as 30s", f.FetchTimeout)
	}
	return nil
}

// Fetcher is how to fetch an article's URL.
func (f *Input) Fetcher() fetch.Config {
	return fetch.Config{Timeout: f.FetchTimeout, MaxBytes: extract.DefaultMaxBytes}
}

// Sources turns the arguments of extract or ingest into articles to read
// (ingest.Sources), with --date and --fetch-timeout.
func (f *Input) Sources(args []string, stdin io.Reader, log zerolog.Logger) ([]ingest.Source, error) {
	return ingest.Sources(args, stdin, f.Fetcher(), f.Date, log)
}
