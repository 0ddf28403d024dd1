package embedded

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/castgraph/castgraph/graph"
)

// delta is what one batch changes: new or replaced nodes and credits.
type delta struct {
	g       *memGraph
	nodes   map[string]*node
	credits map[string]*credit
	order   []string // credit IDs in first-touched order, for deterministic writes
	nodeIDs []string
	sum     graph.LoadSummary
}

func (d *delta) node(id string) *node {
	if n, ok := d.nodes[id]; ok {
		return n
	}
	return d.g.nodes[id]
}

// touchNode makes sure a node exists, adding name as an alias when it is a
// new spelling of a known node, and reports whether it was added.
func (d *delta) touchNode(id, kind, name, show string) bool {
	n := d.node(id)
	if n == nil {
		d.nodes[id] = &node{ID: id, Kind: kind, Name: name, Show: show}
		d.nodeIDs = append(d.nodeIDs, id)
		return true
	}
	if n.Name == name || slices.Contains(n.Aliases, name) {
		return false
	}
	cp := *n
	cp.Aliases = append(slices.Clone(n.Aliases), name)
	slices.Sort(cp.Aliases)
	if _, ok := d.nodes[id]; !ok {
		d.nodeIDs = append(d.nodeIDs, id)
	}
	d.nodes[id] = &cp
	return false
}

func (d *delta) add(f graph.Fact, source string) {
	d.sum.Facts++
	pid, sid := graph.PersonID(f.Person), graph.ShowID(f.Show)
	if d.touchNode(pid, graph.NodePerson, f.Person, "") {
		d.sum.PeopleAdded++
	}
	if d.touchNode(sid, graph.NodeShow, f.Show, "") {
		d.sum.ShowsAdded++
	}
	var charID string
	if f.Kind == graph.KindCast && f.Character != "" {
		charID = "character:" + graph.CharacterKey(f.Show, f.Character)
		if d.touchNode(charID, graph.NodeCharacter, f.Character, sid) {
			d.sum.CharactersAdded++
		}
	}
	id := creditID(f)
	old, inDelta := d.credits[id]
	if !inDelta {
		old = d.g.credits[id]
	}
	var c credit
	if old == nil {
		d.sum.CreditsAdded++
		c = credit{ID: id, Kind: f.Kind, Person: pid, Show: sid, Character: f.Character, CharID: charID, Job: f.Job}
	} else {
		d.sum.CreditsExisting++
		c = *old
	}
	c.Seasons = graph.MergeSeasons(c.Seasons, f.Seasons)
	article := f.Article
	if article == "" {
		article = source
	}
	ev := graph.Evidence{Article: article, Sentence: f.Evidence, Date: f.Date}
	if slices.ContainsFunc(c.Evidence, func(e graph.Evidence) bool { return e.Article == ev.Article && e.Sentence == ev.Sentence }) {
		d.sum.EvidenceExisting++
	} else {
		d.sum.EvidenceAdded++
		c.Evidence = graph.SortEvidence(append(slices.Clone(c.Evidence), ev))
	}
	if !inDelta {
		d.order = append(d.order, id)
	}
	d.credits[id] = &c
}

// Load merges a batch in one bbolt transaction, then into memory.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.RLock()
	g, err := s.read(ctx)
	s.mu.RUnlock()
	if err != nil {
		return graph.LoadSummary{}, err
	}
	if s.cfg.ReadOnly {
		return graph.LoadSummary{}, graph.Errorf(graph.ECONFLICT, "data directory %s is open read-only", s.cfg.Dir)
	}
	// Only this goroutine changes g (loadMu is held), so it can be read
	// without s.mu while the delta is built.
	d := &delta{g: g, nodes: map[string]*node{}, credits: map[string]*credit{}}
	for i, f := range b.Facts {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return graph.LoadSummary{}, err
			}
		}
		f = f.Normalize()
		if err := f.Validate(); err != nil {
			return graph.LoadSummary{}, graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, graph.ErrorMessage(err))
		}
		d.add(f, b.Source)
	}
	if err := ctx.Err(); err != nil {
		return graph.LoadSummary{}, err
	}
	if !d.changed() {
		return d.sum, nil
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		nb, cb := tx.Bucket(bucketNodes), tx.Bucket(bucketCredits)
		for _, id := range d.nodeIDs {
			if err := put(nb, id, d.nodes[id]); err != nil {
				return err
			}
		}
		for _, id := range d.order {
			if err := put(cb, id, d.credits[id]); err != nil {
				return err
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return graph.LoadSummary{}, fmt.Errorf("embedded: load %s: %w", b.Source, err)
	}
	s.mu.Lock()
	for _, id := range d.nodeIDs {
		g.putNode(d.nodes[id])
	}
	for _, id := range d.order {
		g.putCredit(d.credits[id])
	}
	s.mu.Unlock()
	return d.sum, nil
}

func (d *delta) changed() bool {
	if len(d.nodeIDs) > 0 {
		return true
	}
	for _, id := range d.order {
		old, c := d.g.credits[id], d.credits[id]
		if old == nil || !slices.Equal(old.Seasons, c.Seasons) || len(old.Evidence) != len(c.Evidence) {
			return true
		}
	}
	return false
}

func put(b *bolt.Bucket, id string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", id, err)
	}
	if err := b.Put([]byte(id), data); err != nil {
		return fmt.Errorf("write %s: %w", id, err)
	}
	return nil
}
