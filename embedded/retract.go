package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/castgraph/castgraph/graph"
)

// A retraction rewrites the log without the articles' facts and builds the
// graph again from it, in the same bbolt transaction, before it commits:
// the graph it serves afterwards is the one the log replays to, exactly
// what loading the other articles' facts in their order gives (seasons and
// spellings included). Memory changes only once the transaction has
// committed, so a failure, a cancelled context or a crash leaves the graph
// as it was. The rebuilt graph stands beside the old one until it takes its
// place: a retraction needs the memory of the graph twice, and time in
// proportion to the log, not to the article.
//
// The snapshot of an earlier generation holds the retracted facts, so the
// retraction records its generation as the floor below which Open uses no
// snapshot (keyFloor), and removes the stale file once committed.

var _ graph.Retracter = (*Store)(nil)

// Retract implements graph.Retracter.
func (s *Store) Retract(ctx context.Context, articles []string) (graph.RetractSummary, error) {
	articles, err := graph.CheckArticles(articles)
	if err != nil {
		return graph.RetractSummary{}, err
	}
	sum, _, err := s.retract(ctx, articles, nil)
	return sum, err
}

// Replace implements graph.Retracter.
func (s *Store) Replace(ctx context.Context, articles []string, b graph.Batch) (graph.RetractSummary, graph.LoadSummary, error) {
	articles, err := graph.CheckArticles(articles)
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	return s.retract(ctx, articles, &b)
}

// counts is what a retraction counts before and after.
type counts struct{ people, shows, characters, credits, evidence int }

func (g *memGraph) counts() counts {
	return counts{g.people, g.shows, g.charName.len(), len(g.credits), int(g.evOff[len(g.credits)])}
}

// retract removes the articles' facts and, with b, loads b after them in
// the same transaction. Without b, an article the log does not hold is
// ENOTFOUND.
func (s *Store) retract(ctx context.Context, articles []string, b *graph.Batch) (graph.RetractSummary, graph.LoadSummary, error) {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.RLock()
	old, err := s.read(ctx)
	s.mu.RUnlock()
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	if s.cfg.ReadOnly {
		return graph.RetractSummary{}, graph.LoadSummary{}, graph.Errorf(graph.ECONFLICT, "data directory %s is open read-only", s.cfg.Dir)
	}
	start := time.Now()
	tx, err := s.db.Begin(true)
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, fmt.Errorf("embedded: retract %q: %w", articles, err)
	}
	defer tx.Rollback()
	found, err := rewriteLog(ctx, tx, articles)
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	if len(found) < len(articles) && b == nil {
		var missing []string
		for _, a := range articles {
			if !found[a] {
				missing = append(missing, a)
			}
		}
		return graph.RetractSummary{}, graph.LoadSummary{}, graph.NoArticles(missing)
	}
	if len(found) == 0 {
		// Nothing to take back: Replace is a load.
		tx.Rollback()
		lsum, err := s.loadLocked(ctx, *b)
		return graph.RetractSummary{}, lsum, err
	}
	g := newMemGraph()
	replayed, err := replayTx(ctx, tx, g, 0)
	if err != nil {
		if ctx.Err() != nil {
			return graph.RetractSummary{}, graph.LoadSummary{}, ctx.Err()
		}
		return graph.RetractSummary{}, graph.LoadSummary{}, fmt.Errorf("embedded: retract %q: replay the log: %w", articles, err)
	}
	before, after := old.counts(), g.counts()
	sum := graph.RetractSummary{
		Articles:          len(found),
		EvidenceRemoved:   before.evidence - after.evidence,
		CreditsRemoved:    before.credits - after.credits,
		PeopleRemoved:     before.people - after.people,
		ShowsRemoved:      before.shows - after.shows,
		CharactersRemoved: before.characters - after.characters,
	}
	gen := s.gen + 1
	var lsum graph.LoadSummary
	if b != nil {
		var sc loadScratch
		p := prepare(ctx, g, *b, &sc, 0) // the log is written before the merge: the whole batch stays
		if err := putBatch(ctx, tx, gen, p, &sc); err != nil {
			p.waitAll()
			return graph.RetractSummary{}, graph.LoadSummary{}, err
		}
		d, err := buildDelta(g, p, &sc, ctx.Err)
		if err != nil {
			return graph.RetractSummary{}, graph.LoadSummary{}, err
		}
		d.apply()
		lsum = d.sum
		replayed += p.n
	}
	meta := tx.Bucket(bucketMeta)
	genBytes := binary.BigEndian.AppendUint64(nil, gen)
	if err := meta.Put(keyGen, genBytes); err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, fmt.Errorf("embedded: retract %q: %w", articles, err)
	}
	if err := meta.Put(keyFloor, genBytes); err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, fmt.Errorf("embedded: retract %q: %w", articles, err)
	}
	if err := ctx.Err(); err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	g.adjacency() // before it serves, not on its first query
	if err := tx.Commit(); err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, fmt.Errorf("embedded: retract %q: %w", articles, err)
	}
	s.mu.Lock()
	s.g = g
	s.mu.Unlock()
	s.gen, s.floor, s.snapGen, s.unsnapped = gen, gen, 0, replayed
	s.scratch = nil
	if err := os.Remove(filepath.Join(s.cfg.Dir, SnapshotName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		s.log.Warn().Err(err).Str("dir", s.cfg.Dir).Msg("stale snapshot not removed; Open will not use it")
	}
	s.log.Debug().Strs("articles", articles).Int("evidence_removed", sum.EvidenceRemoved).
		Int("credits_removed", sum.CreditsRemoved).Int("facts_replayed", replayed).
		Dur("took_ms", time.Since(start)).Msg("articles retracted")
	return sum, lsum, nil
}

// rewriteLog drops the articles' facts from every part of the log that
// holds any, and reports which of the articles it found. A part left with
// no fact is deleted.
func rewriteLog(ctx context.Context, tx *bolt.Tx, articles []string) (map[string]bool, error) {
	want := make(map[string]bool, len(articles))
	for _, a := range articles {
		want[a] = true
	}
	found := map[string]bool{}
	type change struct{ key, value []byte } // a nil value deletes
	var changes []change
	lb := tx.Bucket(bucketLog)
	c := lb.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !mentionsAny(v, articles) {
			continue
		}
		facts, err := decodeFacts(nil, v)
		if err != nil {
			return nil, fmt.Errorf("embedded: retract: log key %x: %w", k, err)
		}
		var kept []byte
		dropped := false
		for i := range facts {
			if want[facts[i].Article] {
				found[facts[i].Article] = true
				dropped = true
				continue
			}
			kept = encodeFact(kept, &facts[i])
		}
		if dropped {
			changes = append(changes, change{bytes.Clone(k), kept})
		}
	}
	for _, ch := range changes {
		var err error
		if len(ch.value) == 0 {
			err = lb.Delete(ch.key)
		} else {
			err = lb.Put(ch.key, ch.value)
		}
		if err != nil {
			return nil, fmt.Errorf("embedded: retract: rewrite the log: %w", err)
		}
	}
	return found, nil
}

// mentionsAny reports whether a part of the log may hold a fact of one of
// the articles: whether its bytes hold the name. Most parts do not, and are
// not decoded.
func mentionsAny(v []byte, articles []string) bool {
	for _, a := range articles {
		if bytes.Contains(v, []byte(a)) {
			return true
		}
	}
	return false
}
