package main

import (
	"strings"
	"testing"
)

// BenchmarkExplorerFirstLoad opens the explorer with a shared link's
// question in a new, cold headless Chromium each time and reports how long
// after the page's request its answer was drawn (ms-to-draw) and its DOM was
// interactive (ms-to-interactive). The goal is under 1 s on the demo graph.
//
//	go test -run '^$' -bench ExplorerFirstLoad -benchtime 5x ./cmd/castgraph
func BenchmarkExplorerFirstLoad(b *testing.B) {
	url, stop := startServer(b, "demo", "--data", b.TempDir())
	defer stop()
	base := strings.TrimSuffix(url, "/graphql")
	var draw, interactive float64
	n := 0
	for b.Loop() {
		e := &explorerTab{browser: newBrowser(b, 1400, 900), t: b, base: base}
		e.open("?from=Lee Min-jae&to=Roh Jae-won", "ready")
		var timing struct{ DOMInteractive, Ready float64 }
		e.eval(`{domInteractive: performance.getEntriesByType('navigation')[0].domInteractive, ready: castgraphExplorer.state.readyAt}`, &timing)
		if timing.Ready <= 0 {
			b.Fatalf("the page gave no time for its answer (castgraphExplorer.state.readyAt = %v)", timing.Ready)
		}
		draw += timing.Ready
		interactive += timing.DOMInteractive
		n++
	}
	b.ReportMetric(draw/float64(n), "ms-to-draw")
	b.ReportMetric(interactive/float64(n), "ms-to-interactive")
}
