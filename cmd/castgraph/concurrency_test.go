package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestReadsDuringWrites sends concurrent GraphQL reads over loopback while
// articles are loaded through the API, and checks every answer against a
// consistent graph: each article's credits in a show are all there or none
// are. No request may fail. The readers read until the writer is done, and
// the writer waits for a read to finish between two writes, so reads and
// writes interleave however fast either side is.
func TestReadsDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 40 articles through the API under 8 readers; runs without -short")
	}
	t.Parallel()
	const (
		articles  = 40
		shows     = 4
		perShow   = 25 // credits an article states in each show
		readers   = 8
		hangGuard = 5 * time.Minute
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
	// Closed when the test stops waiting: the hang guard, not a budget.
	hung := make(chan struct{})
	guard := time.AfterFunc(hangGuard, func() { close(hung) })
	defer guard.Stop()
	read := make(chan struct{}, 1)     // a read finished since the writer last looked
	readersDone := make(chan struct{}) // every reader has returned
	writerDone := make(chan struct{})
	var written atomic.Int32
	go func() {
		defer close(writerDone)
		for a := 0; a < articles; a++ {
			select {
			case <-read:
			case <-readersDone:
				fail("the readers stopped before article-%d was written", a)
				return
			case <-hung:
				return
			}
			q := fmt.Sprintf(`mutation($j: String!) { loadFacts(jsonl: $j, source: "article-%d") { creditsAdded } }`, a)
			body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]string{"j": jsonl(a)}})
			status, resp := postGraphQL(t, url, string(body), "Bearer "+writeToken)
			if status != 200 || strings.Contains(resp, `"errors"`) {
				fail("write of article-%d: %d %s", a, status, resp)
				return
			}
			written.Add(1)
		}
	}()
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-writerDone:
					return
				case <-hung:
					return
				default:
				}
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
				select {
				case read <- struct{}{}:
				default:
				}
			}
		}(r)
	}
	allDone := make(chan struct{})
	go func() {
		wg.Wait()
		close(readersDone)
		<-writerDone
		close(allDone)
	}()
	select {
	case <-allDone:
	case <-hung:
		t.Fatalf("reads and writes were not done after %v, with %d of %d articles written: a hang", hangGuard, written.Load(), articles)
	}
	for _, f := range failures {
		t.Error(f)
	}
	if len(latencies) == 0 {
		t.Fatal("no reads were served")
	}
	slices.Sort(latencies)
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d concurrent reads served during %d article loads by %d readers: p50 %v, p99 %v, max %v",
		len(latencies), written.Load(), readers, p(0.50), p(0.99), latencies[len(latencies)-1])
	status, resp := postGraphQL(t, url, gqlBody(`{ stats { articles } }`), "")
	if status != 200 || !strings.Contains(resp, fmt.Sprintf(`"articles":%d`, articles+1)) {
		t.Errorf("after the writes: %d %s; want %d articles", status, resp, articles+1)
	}
}
