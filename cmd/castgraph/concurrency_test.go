package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestReadsDuringWrites sends many concurrent GraphQL reads over loopback
// while articles are loaded through the API, and checks every answer
// against a consistent graph: each article's credits in a show are all
// there or none are. No request may fail. Bounded in count and time.
func TestReadsDuringWrites(t *testing.T) {
	const (
		articles   = 40
		shows      = 4
		perShow    = 25 // credits an article states in each show
		readers    = 8
		perReader  = 400
		timeBudget = 60 * time.Second
	)
	dir := filepath.Join(t.TempDir(), "data")
	seed := filepath.Join("..", "..", "samples", "facts", "all-of-us-are-dead-season-2.jsonl")
	if out, err := run(t, t.Context(), nil, "load", "--data", dir, seed); err != nil {
		t.Fatalf("seed load: %v\n%s", err, out)
	}
	url, stop := startServer(t, "serve", "--data", dir, "--write-token", writeToken)
	defer stop()

	jsonl := func(a int) string {
		var b strings.Builder
		for s := 0; s < shows; s++ {
			for j := 0; j < perShow; j++ {
				fmt.Fprintf(&b, `{"kind":"cast","person":"Person %d-%d-%d","show":"Shared Show %d","evidence":"Person %d-%d-%d stars in Shared Show %d.","article":"article-%d"}`+"\n",
					a, s, j, s, a, s, j, s, a)
			}
		}
		return b.String()
	}

	deadline := time.Now().Add(timeBudget)
	var (
		wg        sync.WaitGroup
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(failures) < 10 {
			failures = append(failures, fmt.Sprintf(format, args...))
		}
	}
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for a := 0; a < articles && time.Now().Before(deadline); a++ {
			q := fmt.Sprintf(`mutation($j: String!) { loadFacts(jsonl: $j, source: "article-%d") { creditsAdded } }`, a)
			body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]string{"j": jsonl(a)}})
			status, resp := postGraphQL(t, url, string(body), "Bearer "+writeToken)
			if status != 200 || strings.Contains(resp, `"errors"`) {
				fail("write of article-%d: %d %s", a, status, resp)
				return
			}
		}
	}()
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < perReader && time.Now().Before(deadline); i++ {
				q := fmt.Sprintf(`{ show(title: "Shared Show %d") { cast { evidence { article } } } }`, (r+i)%shows)
				start := time.Now()
				status, resp := postGraphQL(t, url, gqlBody(q), "")
				took := time.Since(start)
				if status != 200 {
					fail("read: status %d: %s", status, resp)
					return
				}
				var out struct {
					Data struct {
						Show *struct {
							Cast []struct {
								Evidence []struct{ Article string }
							}
						}
					}
					Errors []any
				}
				if err := json.Unmarshal([]byte(resp), &out); err != nil || out.Errors != nil {
					fail("read: %v %s", err, resp)
					return
				}
				if out.Data.Show != nil {
					count := map[string]int{}
					for _, c := range out.Data.Show.Cast {
						for _, e := range c.Evidence {
							count[e.Article]++
						}
					}
					for a, n := range count {
						if n != perShow {
							fail("a reader saw %d of %d credits of %s in one show: half an article", n, perShow, a)
							return
						}
					}
				}
				mu.Lock()
				latencies = append(latencies, took)
				mu.Unlock()
			}
		}(r)
	}
	wg.Wait()
	<-writerDone
	for _, f := range failures {
		t.Error(f)
	}
	if len(latencies) == 0 {
		t.Fatal("no reads were served")
	}
	slices.Sort(latencies)
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d concurrent reads served during %d article loads by %d readers: p50 %v, p99 %v, max %v",
		len(latencies), articles, readers, p(0.50), p(0.99), latencies[len(latencies)-1])
	status, resp := postGraphQL(t, url, gqlBody(`{ stats { articles } }`), "")
	if status != 200 || !strings.Contains(resp, fmt.Sprintf(`"articles":%d`, articles+1)) {
		t.Errorf("after the writes: %d %s; want %d articles", status, resp, articles+1)
	}
}
