package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/fetch"
)

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
