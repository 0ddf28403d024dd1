// Package buildinfo says which build of castgraph runs: its version, source
// revision and Go version, as a line and as a Prometheus gauge.
package buildinfo

import (
	"runtime"
	"runtime/debug"

	"github.com/prometheus/client_golang/prometheus"
)

// Read returns the version and the source revision of this binary: set,
// the version set at build time, else the module's version (go install
// ...@v1.2.0), else "devel"; the revision is the commit a build from a
// checkout was made at, with "+dirty" when the checkout had changes, or "".
func Read(set string) (ver, revision string) {
	ver = set
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

// Line is what `castgraph version` and `--version` print.
func Line(set string) string {
	ver, rev := Read(set)
	s := "castgraph " + ver
	if rev != "" {
		s += " (" + rev + ")"
	}
	return s + " " + runtime.Version()
}

// Collector is castgraph_build_info, a gauge of 1 whose labels say which
// build serves.
func Collector(set string) prometheus.Collector {
	ver, rev := Read(set)
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "castgraph_build_info",
		Help: "castgraph's version, source revision and Go version; always 1.",
	}, []string{"version", "revision", "goversion"})
	g.WithLabelValues(ver, rev, runtime.Version()).Set(1)
	return g
}
