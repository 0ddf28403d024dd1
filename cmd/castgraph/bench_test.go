package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/castgraph/castgraph/embedded"
	"github.com/castgraph/castgraph/internal/cliflags"
	"github.com/castgraph/castgraph/loader"
	"github.com/castgraph/castgraph/samples"
)

// benchQuery is the playground's example: the actors who link two shows,
// with the characters and sentences that say so.
const benchQuery = `query LinkingActors {
  linkingActors(showA: "All of Us Are Dead", showB: "Squid Game") {
    person { name }
    inA { character evidence { sentence } }
    inB { character evidence { sentence } }
  }
}`

// benchServer serves the sample graph on a loopback port with the real
// mux (request ids, metrics, limits) and returns the /graphql URL.
func benchServer(b *testing.B) string {
	b.Helper()
	s := embedded.New(embedded.Config{Dir: b.TempDir()}, zerolog.Nop())
	if err := s.Open(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	ld := loader.New(s, loader.Config{}, zerolog.Nop())
	names, _ := fs.Glob(samples.Facts(), "*.jsonl")
	for _, n := range names {
		f, _ := samples.Facts().Open(n)
		if _, err := ld.LoadReader(context.Background(), f, n); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	var hf cliflags.Serve
	hf.Register(&cobra.Command{}) // the flags' defaults
	if err := hf.Validate(); err != nil {
		b.Fatal(err)
	}
	handler, err := newMux(&globals{log: zerolog.Nop()}, s, hf)
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{Handler: handler}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/graphql"
}

// BenchmarkLinkingActors measures castgraph over HTTP on loopback: clients
// send the linkingActors query as fast as they can over kept-alive
// connections. It reports requests per second and the median and 99th
// percentile latency.
//
//	go test -run '^$' -bench LinkingActors -benchtime 20000x ./cmd/castgraph
func BenchmarkLinkingActors(b *testing.B) {
	url := benchServer(b)
	body, _ := json.Marshal(map[string]string{"query": benchQuery})
	for _, clients := range []int{1, 8, 64} {
		b.Run("clients="+itoa(clients), func(b *testing.B) {
			tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
			defer tr.CloseIdleConnections()
			client := &http.Client{Transport: tr}
			check := func() (string, error) {
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err != nil {
					return "", err
				}
				defer resp.Body.Close()
				out, err := io.ReadAll(resp.Body)
				if resp.StatusCode != 200 {
					return string(out), &httpError{resp.StatusCode}
				}
				return string(out), err
			}
			if out, err := check(); err != nil || !strings.Contains(out, "Roh Jae-won") {
				b.Fatalf("the query does not work: %v %s", err, out)
			}
			lat := make([][]time.Duration, clients)
			var next atomic.Int64
			var failed atomic.Value
			var wg sync.WaitGroup
			b.ResetTimer()
			cpu0 := cpuTime()
			start := time.Now()
			for c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for next.Add(1) <= int64(b.N) {
						t0 := time.Now()
						resp, err := client.Post(url, "application/json", bytes.NewReader(body))
						if err != nil {
							failed.Store(err)
							return
						}
						_, _ = io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != 200 {
							failed.Store(&httpError{resp.StatusCode})
							return
						}
						lat[c] = append(lat[c], time.Since(t0))
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			cpu := cpuTime() - cpu0
			b.StopTimer()
			if err, ok := failed.Load().(error); ok {
				b.Fatal(err)
			}
			all := slices.Concat(lat...)
			slices.Sort(all)
			pct := func(p float64) float64 {
				return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			// CPU time of the whole process (server and clients) per request:
			// the capacity of the machine, even when other work shares it.
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/req")
		})
	}
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type httpError struct{ status int }

func (e *httpError) Error() string { return "HTTP status " + itoa(e.status) }

func itoa(n int) string { return strconv.Itoa(n) }
