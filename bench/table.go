package bench

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"
)

// printBench writes the table of rs, and the notes under it.
func printBench(out io.Writer, c Config, src *source, q queries, rs []*result) {
	fmt.Fprintf(out, "castgraph bench: %s\n", src.desc)
	fmt.Fprintf(out, "command: %s\n", c.Command)
	fmt.Fprintf(out, "machine: %s/%s, %d CPUs (GOMAXPROCS %d), %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	st := rs[0].stats
	fmt.Fprintf(out, "graph: %d people, %d shows, %d characters, %d credits, %d articles\n", st.People, st.Shows, st.Characters, st.Credits, st.Articles)
	fmt.Fprintf(out, "queries: %d linkingActors, %d shortestPath (maxHops %d) of each store, one at a time; GraphQL: 4 clients for %s\n\n",
		len(q.links), len(q.paths), c.MaxHops, c.HTTPFor)

	ms := func(d time.Duration) string { return fmt.Sprintf("%.3f ms", float64(d.Microseconds())/1000) }
	mb := func(n int64) string {
		if n < 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.0f MB", float64(n)/1e6)
	}
	rows := []row{
		{"load (facts/s)", func(r *result) string { return fmt.Sprintf("%.0f", float64(r.facts)/r.load.Seconds()) },
			func(r *result) float64 { return float64(r.facts) / r.load.Seconds() }},
		{"load time", func(r *result) string { return r.load.Round(time.Millisecond).String() },
			func(r *result) float64 { return r.load.Seconds() }},
		{"open time", func(r *result) string { return r.open.Round(time.Millisecond).String() },
			func(r *result) float64 { return r.open.Seconds() }},
		{"linkingActors p50", func(r *result) string { return ms(r.linkP50) }, func(r *result) float64 { return r.linkP50.Seconds() }},
		{"linkingActors p99", func(r *result) string { return ms(r.linkP99) }, func(r *result) float64 { return r.linkP99.Seconds() }},
		{"shortestPath p50", func(r *result) string { return ms(r.pathP50) }, func(r *result) float64 { return r.pathP50.Seconds() }},
		{"shortestPath p99", func(r *result) string { return ms(r.pathP99) }, func(r *result) float64 { return r.pathP99.Seconds() }},
		{"linkingActors p50 / p99, CPU time", func(r *result) string {
			if !r.inProcess {
				return "n/a"
			}
			return ms(r.linkCPU50) + " / " + ms(r.linkCPU99)
		}, func(r *result) float64 { return -1 }},
		{"shortestPath p50 / p99, CPU time", func(r *result) string {
			if !r.inProcess {
				return "n/a"
			}
			return ms(r.pathCPU50) + " / " + ms(r.pathCPU99)
		}, func(r *result) float64 { return -1 }},
	}
	if len(rs) > 1 {
		rows = append(rows, plainRows(ms)...)
	}
	rows = append(rows, []row{
		{"GraphQL requests/s", func(r *result) string {
			s := fmt.Sprintf("%.0f", r.rps)
			if r.httpErrors > 0 {
				s += fmt.Sprintf(" (%d errors)", r.httpErrors)
			}
			return s
		}, func(r *result) float64 { return r.rps }},
		{"GraphQL CPU per request (GC share)", func(r *result) string {
			if r.http.cpuPerRequest <= 0 {
				return "n/a"
			}
			return fmt.Sprintf("%s (GC %.0f%%, %d cycles)", ms(r.http.cpuPerRequest), 100*r.http.gcShare, r.http.gcCycles)
		}, func(r *result) float64 { return r.http.cpuPerRequest.Seconds() }},
		// The requests alternate linkingActors and shortestPath over the
		// same pairs: the mean of the two store calls' own CPU times is what
		// the store takes of each request, whatever the GraphQL layer costs.
		// The linkingActors call is the one the requests make (without
		// evidence where the store offers it), not the one timed above.
		{"of which store calls (mean CPU time)", func(r *result) string {
			if !r.inProcess {
				return "n/a"
			}
			return ms((r.linkAsked + r.pathCPUMean) / 2)
		}, func(r *result) float64 { return -1 }},
		{"resident memory (VmRSS)", func(r *result) string { return mb(r.rss) }, func(r *result) float64 { return float64(r.rss) }},
		{"peak memory (VmHWM)", func(r *result) string { return mb(r.hwm) }, func(r *result) float64 { return float64(r.hwm) }},
		{"bytes per credit (VmRSS)", func(r *result) string {
			if r.rss < 0 || r.stats.Credits == 0 {
				return "n/a"
			}
			return fmt.Sprintf("%.0f", float64(r.rss)/float64(r.stats.Credits))
		}, func(r *result) float64 { return float64(r.rss) / float64(max(1, r.stats.Credits)) }},
		{"data directory", func(r *result) string { return mb(r.dirBytes) }, func(r *result) float64 { return float64(r.dirBytes) }},
	}...)
	head := []string{"measure"}
	for _, r := range rs {
		head = append(head, r.store)
	}
	if len(rs) > 1 {
		head = append(head, rs[0].store+"/"+rs[1].store)
	}
	table := [][]string{head}
	for _, row := range rows {
		line := []string{row.name}
		for _, r := range rs {
			line = append(line, row.cell(r))
		}
		if len(rs) > 1 {
			if a, b := row.value(rs[0]), row.value(rs[1]); a > 0 && b > 0 {
				line = append(line, fmt.Sprintf("%.3g", a/b))
			} else {
				line = append(line, "n/a")
			}
		}
		table = append(table, line)
	}
	writeMarkdown(out, table)
	for _, r := range rs {
		fmt.Fprintf(out, "%s: load average (1, 5, 15 min) %s at the start, %s at the end\n", r.store, r.loadAvg[0], r.loadAvg[1])
	}
	for _, r := range rs {
		if r.pathFound != len(q.paths) {
			fmt.Fprintf(out, "note: %s found %d of %d paths\n", r.store, r.pathFound, len(q.paths))
		}
		if r.plain != nil && r.plain.pathFound != r.pathFound {
			fmt.Fprintf(out, "note: the hand-written Cypher found %d paths, %s %d\n", r.plain.pathFound, r.store, r.pathFound)
		}
	}
}

// row is one row of the bench table: its name, its cell for a store,
// and the value the ratio of the first two stores divides (<= 0: unknown).
type row struct {
	name  string
	cell  func(r *result) string
	value func(r *result) float64
}

// writeMarkdown writes rows as a Markdown table, the first row its head, the
// first column left-aligned and the others right-aligned.
func writeMarkdown(out io.Writer, rows [][]string) {
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			width[i] = max(width[i], len([]rune(cell)), 3)
		}
	}
	line := func(r []string) {
		var b strings.Builder
		for i, cell := range r {
			pad := strings.Repeat(" ", width[i]-len([]rune(cell)))
			if i == 0 {
				b.WriteString("| " + cell + pad + " ")
			} else {
				b.WriteString("| " + pad + cell + " ")
			}
		}
		fmt.Fprintln(out, b.String()+"|")
	}
	line(rows[0])
	sep := make([]string, len(width))
	for i, w := range width {
		if i == 0 {
			sep[i] = strings.Repeat("-", w)
		} else {
			sep[i] = strings.Repeat("-", w-1) + ":"
		}
	}
	line(sep)
	for _, r := range rows[1:] {
		line(r)
	}
}

// plainRows are the bench table's rows for the hand-written Cypher and the
// store's overhead over it (Plain stores only).
func plainRows(ms func(time.Duration) string) []row {
	plain := func(f func(p *plainTimes) time.Duration) func(r *result) string {
		return func(r *result) string {
			if r.plain == nil {
				return "n/a"
			}
			return ms(f(r.plain))
		}
	}
	over := func(store func(r *result) time.Duration, f func(p *plainTimes) time.Duration) func(r *result) string {
		return func(r *result) string {
			if r.plain == nil || f(r.plain) <= 0 {
				return "n/a"
			}
			return fmt.Sprintf("%.2f×", store(r).Seconds()/f(r.plain).Seconds())
		}
	}
	none := func(*result) float64 { return -1 }
	return []row{
		{"linkingActors p50 / p99, hand-written Cypher", func(r *result) string {
			return plain(func(p *plainTimes) time.Duration { return p.linkP50 })(r) + " / " + plain(func(p *plainTimes) time.Duration { return p.linkP99 })(r)
		}, none},
		{"shortestPath p50 / p99, hand-written Cypher", func(r *result) string {
			return plain(func(p *plainTimes) time.Duration { return p.pathP50 })(r) + " / " + plain(func(p *plainTimes) time.Duration { return p.pathP99 })(r)
		}, none},
		{"linkingActors p50 / p99, store ÷ Cypher", func(r *result) string {
			return over(func(r *result) time.Duration { return r.linkP50 }, func(p *plainTimes) time.Duration { return p.linkP50 })(r) + " / " +
				over(func(r *result) time.Duration { return r.linkP99 }, func(p *plainTimes) time.Duration { return p.linkP99 })(r)
		}, none},
		{"shortestPath p50 / p99, store ÷ Cypher", func(r *result) string {
			return over(func(r *result) time.Duration { return r.pathP50 }, func(p *plainTimes) time.Duration { return p.pathP50 })(r) + " / " +
				over(func(r *result) time.Duration { return r.pathP99 }, func(p *plainTimes) time.Duration { return p.pathP99 })(r)
		}, none},
	}
}
