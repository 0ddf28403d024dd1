package main

import (
	"context"
	"fmt"
	"time"

	"github.com/castgraph/castgraph/neo4j"
)

// plainTimes are the times of the plainest hand-written Cypher on the pairs
// the store answered: what Neo4j itself takes, without castgraph.
type plainTimes struct {
	linkP50, linkP99 time.Duration
	pathP50, pathP99 time.Duration
	pathFound        int
}

// timePlain runs the hand-written Cypher of each query once, one at a time,
// after a short warm-up, as timeQueries runs the store's.
func timePlain(ctx context.Context, s *neo4j.Store, c benchConfig, q benchQueries) (*plainTimes, error) {
	for i := range min(20, len(q.paths)) {
		s.PlainShortestPath(ctx, q.paths[i][0], q.paths[i][1], c.maxHops)
		s.PlainLinkingActors(ctx, q.links[i%len(q.links)][0], q.links[i%len(q.links)][1])
	}
	var pt plainTimes
	var link, path []time.Duration
	for _, p := range q.links {
		start := time.Now()
		if _, err := s.PlainLinkingActors(ctx, p[0], p[1]); err != nil {
			return nil, fmt.Errorf("hand-written linking actors (%q, %q): %w", p[0], p[1], err)
		}
		link = append(link, time.Since(start))
	}
	for _, p := range q.paths {
		start := time.Now()
		n, err := s.PlainShortestPath(ctx, p[0], p[1], c.maxHops)
		if err != nil {
			return nil, fmt.Errorf("hand-written shortest path (%q, %q): %w", p[0], p[1], err)
		}
		path = append(path, time.Since(start))
		if n >= 0 {
			pt.pathFound++
		}
	}
	pt.linkP50, pt.linkP99 = percentile(link, 0.50), percentile(link, 0.99)
	pt.pathP50, pt.pathP99 = percentile(path, 0.50), percentile(path, 0.99)
	return &pt, nil
}

// plainRows are the bench table's rows for the hand-written Cypher and the
// store's overhead over it (Neo4j column only).
func plainRows(ms func(time.Duration) string) []benchRow {
	plain := func(f func(p *plainTimes) time.Duration) func(r *benchResult) string {
		return func(r *benchResult) string {
			if r.plain == nil {
				return "n/a"
			}
			return ms(f(r.plain))
		}
	}
	over := func(store func(r *benchResult) time.Duration, f func(p *plainTimes) time.Duration) func(r *benchResult) string {
		return func(r *benchResult) string {
			if r.plain == nil || f(r.plain) <= 0 {
				return "n/a"
			}
			return fmt.Sprintf("%.2f×", store(r).Seconds()/f(r.plain).Seconds())
		}
	}
	none := func(*benchResult) float64 { return -1 }
	return []benchRow{
		{"linkingActors p50 / p99, hand-written Cypher", func(r *benchResult) string {
			return plain(func(p *plainTimes) time.Duration { return p.linkP50 })(r) + " / " + plain(func(p *plainTimes) time.Duration { return p.linkP99 })(r)
		}, none},
		{"shortestPath p50 / p99, hand-written Cypher", func(r *benchResult) string {
			return plain(func(p *plainTimes) time.Duration { return p.pathP50 })(r) + " / " + plain(func(p *plainTimes) time.Duration { return p.pathP99 })(r)
		}, none},
		{"linkingActors p50 / p99, store ÷ Cypher", func(r *benchResult) string {
			return over(func(r *benchResult) time.Duration { return r.linkP50 }, func(p *plainTimes) time.Duration { return p.linkP50 })(r) + " / " +
				over(func(r *benchResult) time.Duration { return r.linkP99 }, func(p *plainTimes) time.Duration { return p.linkP99 })(r)
		}, none},
		{"shortestPath p50 / p99, store ÷ Cypher", func(r *benchResult) string {
			return over(func(r *benchResult) time.Duration { return r.pathP50 }, func(p *plainTimes) time.Duration { return p.pathP50 })(r) + " / " +
				over(func(r *benchResult) time.Duration { return r.pathP99 }, func(p *plainTimes) time.Duration { return p.pathP99 })(r)
		}, none},
	}
}
