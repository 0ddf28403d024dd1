package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
)

// version is castgraph's version when the build sets it
// (go build -ldflags "-X main.version=v1.2.0"); otherwise buildVersion
// reads what Go recorded of the build.
var version = ""

// buildVersion returns the version and the source revision of this binary:
// the version set at build time, else the module's version (go install
// ...@v1.2.0), else "devel"; the revision is the commit a build from a
// checkout was made at, with "+dirty" when the checkout had changes, or "".
func buildVersion() (ver, revision string) {
	ver = version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return cmpOr(ver, "devel"), ""
	}
	if ver == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		ver = info.Main.Version
	}
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if revision != "" && dirty {
		revision += "+dirty"
	}
	return cmpOr(ver, "devel"), revision
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// versionLine is what `castgraph version` and `--version` print.
func versionLine() string {
	ver, rev := buildVersion()
	s := "castgraph " + ver
	if rev != "" {
		s += " (" + rev + ")"
	}
	return s + " " + runtime.Version()
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print castgraph's version, source revision and Go version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), versionLine())
			return err
		},
	}
}

// buildInfo is castgraph_build_info, a gauge of 1 whose labels say which
// build serves.
func buildInfo() prometheus.Collector {
	ver, rev := buildVersion()
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "castgraph_build_info",
		Help: "castgraph's version, source revision and Go version; always 1.",
	}, []string{"version", "revision", "goversion"})
	g.WithLabelValues(ver, rev, runtime.Version()).Set(1)
	return g
}
