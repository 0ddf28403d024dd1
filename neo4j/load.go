package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// Relationship types of the credit edges.
const (
	relPlayed   = "PLAYED"      // cast, with a character: person -> character
	relAppeared = "APPEARED_IN" // cast, no character: person -> show
	relWorked   = "WORKED_ON"   // crew: person -> show
	// relCredited joins a person to each show they have any credit in,
	// once: the edge that shortest paths and linking actors traverse
	// inside the server, where a PLAYED credit would otherwise take two
	// hops through its character. Its property characters lists the keys
	// of the characters the person plays in the show, so that their
	// credits there are found by key rather than among all the person's;
	// appeared is true when the person has an APPEARED_IN credit in the
	// show (and absent otherwise), so that it is looked for only then.
	relCredited = "CREDITED"
)

// chunk is the most rows one UNWIND query of a load carries; a batch larger
// than that takes a few queries, all in the same transaction.
const chunk = 20000

// prepared is a normalized, valid fact with its keys folded once.
type prepared struct {
	graph.Fact
	pk, sk string // person and show keys
	ck     string // character key, or "" when the fact names no character
	detail string // the folded character or job
	key    string // credit key: kind|person key|show key|detail
}

// folder folds each distinct string of a batch once: a batch repeats names
// a lot.
type folder struct {
	fold, show map[string]string
}

func (f *folder) Fold(s string) string    { return memo(f.fold, s, graph.Fold) }
func (f *folder) ShowKey(s string) string { return memo(f.show, s, graph.ShowKey) }

// memo returns fn(s), from m when it has it.
func memo(m map[string]string, s string, fn func(string) string) string {
	k, ok := m[s]
	if !ok {
		k = fn(s)
		m[s] = k
	}
	return k
}

// prepare folds the keys of facts, which are normalized and valid. The keys
// are graph.PersonKey, graph.ShowKey and graph.CharacterKey.
func prepare(facts []graph.Fact) []prepared {
	fl := &folder{fold: map[string]string{}, show: map[string]string{}}
	out := make([]prepared, len(facts))
	for i, f := range facts {
		p := prepared{Fact: f, pk: fl.Fold(f.Person), sk: fl.ShowKey(f.Show)}
		detail := fl.Fold(f.Character)
		if f.Kind == graph.KindCrew {
			detail = fl.Fold(f.Job)
		}
		if f.Kind == graph.KindCast && f.Character != "" {
			p.ck = p.sk + "/" + detail
		}
		p.detail = detail
		p.key = f.Kind + "|" + p.pk + "|" + p.sk + "|" + detail
		out[i] = p
	}
	return out
}

// maxKeyBytes is the longest key the store writes: keys are indexed, and an
// index entry of Neo4j's range indexes holds at most about 8 kB.
const maxKeyBytes = 4096

// checkKeys reports a key of f too long to index.
func checkKeys(f prepared) error {
	for _, k := range []struct{ what, name, key string }{
		{"person", f.Person, f.pk}, {"show", f.Show, f.sk}, {"character", f.Character, f.ck}, {"credit of", f.Person, f.key},
	} {
		if len(k.key) > maxKeyBytes {
			return fmt.Errorf("%s %.40q... is too long: its key has %d bytes, and the Neo4j store indexes keys of at most %d bytes",
				k.what, k.name, len(k.key), maxKeyBytes)
		}
	}
	return nil
}

// node is a person, show or character as a load sees it.
type node struct {
	kind    string // graph.NodePerson, NodeShow or NodeCharacter
	key     string
	id      string // the element ID, once the node is in the database
	name    string
	aliases []string
	show    string // a character's show key
	stored  bool   // read from the database: the batch did not create it
	known   bool   // stored, and taken from the store's known rather than read
	dirty   bool   // created or changed by this batch
}

// credit is one edge as a load sees it.
type credit struct {
	key     string // kind|person key|show key|folded character or job
	id      string // the element ID of a stored edge
	rel     string // relPlayed, relAppeared or relWorked
	person  string // person key
	target  string // show key, or character key for relPlayed
	show    string // show key
	job     string
	seasons []int
	ev      []graph.Evidence
	stmt    map[stmtKey][]int      // the seasons each statement names (see evSeasons)
	names   map[stmtKey]*stmtNames // the spellings each statement gives (see evNames)
	stored  bool
	dirty   bool
}

// delta is what one batch changes, built against the state read from the
// database inside the load's transaction. Its rules are those of the
// embedded store, so both report the same summary for the same batch.
type delta struct {
	nodes   map[nodeRef]*node
	credits map[string]*credit
	nodeIDs []nodeRef // in first-touched order
	order   []string  // credit keys in first-touched order
	known   *known    // what the load took as known
	sum     graph.LoadSummary
}

// nodeRef names a node by kind and key.
type nodeRef struct{ kind, key string }

func nodeID(kind, key string) nodeRef { return nodeRef{kind, key} }

// loadTx is one attempt at loading a batch, inside its transaction: the
// driver runs it again when the transaction fails with a transient error.
type loadTx struct {
	ctx context.Context
	tx  driver.ManagedTransaction
	log zerolog.Logger
}

// run runs one query of the load, logging how long it took, and returns its
// records.
func (l *loadTx) run(step, cypher string, rows int, params map[string]any) ([]*driver.Record, error) {
	start := time.Now()
	recs, err := collect(l.ctx, l.tx, cypher, params)
	l.log.Debug().Str("step", step).Int("rows", rows).Int("records", len(recs)).Dur("took_ms", time.Since(start)).Msg("load query")
	return recs, err
}

// chunks calls fn with successive windows of up to chunk items of l.
func chunks[T any](l []T, fn func(part []T) error) error {
	for i := 0; i < len(l); i += chunk {
		if err := fn(l[i:min(i+chunk, len(l))]); err != nil {
			return err
		}
	}
	return nil
}

// touch makes sure a node exists, adding name as an alias when it is a new
// spelling of a known node, and reports whether it was added.
func (d *delta) touch(kind, key, name, show string) bool {
	id := nodeID(kind, key)
	n := d.nodes[id]
	if n == nil {
		d.nodes[id] = &node{kind: kind, key: key, name: name, show: show, dirty: true}
		d.nodeIDs = append(d.nodeIDs, id)
		return true
	}
	if n.name == name || slices.Contains(n.aliases, name) {
		return false
	}
	n.aliases = append(n.aliases, name)
	slices.Sort(n.aliases)
	if !n.dirty {
		n.dirty = true
		d.nodeIDs = append(d.nodeIDs, id)
	}
	return false
}

// add applies one fact, the one of order seq (see evNames).
func (d *delta) add(f *prepared, source string, seq int64) {
	d.sum.Facts++
	if d.touch(graph.NodePerson, f.pk, f.Person, "") {
		d.sum.PeopleAdded++
	}
	if d.touch(graph.NodeShow, f.sk, f.Show, "") {
		d.sum.ShowsAdded++
	}
	if f.ck != "" && d.touch(graph.NodeCharacter, f.ck, f.Character, f.sk) {
		d.sum.CharactersAdded++
	}
	c := d.credits[f.key]
	if c == nil {
		d.sum.CreditsAdded++
		c = &credit{key: f.key, person: f.pk, target: f.sk, show: f.sk, stmt: map[stmtKey][]int{}, names: map[stmtKey]*stmtNames{}, dirty: true}
		switch {
		case f.Kind == graph.KindCrew:
			c.rel, c.job = relWorked, f.Job
		case f.ck != "":
			c.rel, c.target = relPlayed, f.ck
		default:
			c.rel = relAppeared
		}
		d.credits[f.key] = c
		d.order = append(d.order, f.key)
	} else {
		d.sum.CreditsExisting++
	}
	if len(f.Seasons) > 0 {
		if seasons := graph.MergeSeasons(c.seasons, f.Seasons); !slices.Equal(seasons, c.seasons) {
			c.seasons = seasons
			d.markDirty(c)
		}
	}
	article := f.Article
	if article == "" {
		article = source
	}
	ev := graph.Evidence{Article: article, Sentence: f.Evidence, Date: f.Date}
	if slices.ContainsFunc(c.ev, func(e graph.Evidence) bool { return e.Article == ev.Article && e.Sentence == ev.Sentence }) {
		d.sum.EvidenceExisting++
	} else {
		d.sum.EvidenceAdded++
		c.ev = graph.SortEvidence(append(c.ev, ev))
		d.markDirty(c)
	}
	if k := evKey(ev); len(f.Seasons) > 0 {
		if seasons := graph.MergeSeasons(c.stmt[k], f.Seasons); !slices.Equal(seasons, c.stmt[k]) {
			c.stmt[k] = seasons
			d.markDirty(c)
		}
	}
	if d.noteNames(c, evKey(ev), f, seq) {
		d.markDirty(c)
	}
}

// noteNames notes the spellings fact f gives statement k of credit c, and
// reports whether they are new.
func (d *delta) noteNames(c *credit, k stmtKey, f *prepared, seq int64) bool {
	if c.names == nil {
		c.names = map[stmtKey]*stmtNames{}
	}
	n := c.names[k]
	if n == nil {
		n = &stmtNames{seq: seq}
		c.names[k] = n
	}
	if n.seq < 0 {
		return false // a statement of unknown spellings stays so
	}
	var a, b, ch bool
	n.person, a = addSpelling(n.person, f.Person)
	n.show, b = addSpelling(n.show, f.Show)
	if c.rel == relPlayed {
		n.character, ch = addSpelling(n.character, f.Character)
	}
	return a || b || ch
}

func (d *delta) markDirty(c *credit) {
	if !c.dirty {
		c.dirty = true
		d.order = append(d.order, c.key)
	}
}

// lockQuery takes the load lock: an exclusive lock on one node, held until
// the transaction ends, so loads from any number of clients run one at a
// time and each reads the state the previous one left. Under the lock, it
// swaps the token of the last load for this one's (see known).
const lockQuery = `
MERGE (l:CastgraphLock {name: 'load'})
SET l.loads = coalesce(l.loads, 0) + 1
WITH l, l.token AS before
SET l.token = $token
RETURN before, l.loads AS loads`

// countQuery counts the nodes of the graph, from Neo4j's count store.
const countQuery = `
MATCH (n:Person) RETURN count(n) AS n
UNION ALL MATCH (n:Show) RETURN count(n) AS n
UNION ALL MATCH (n:Character) RETURN count(n) AS n`

// knownFor returns what a load holding the lock may take as known: the
// store's known when the lock node has its token, else nothing, complete
// when the graph is empty; and the number of this load (see evNames).
func (l *loadTx) knownFor(k *known, token string) (*known, int, error) {
	load, before, err := l.lock(token)
	if err != nil {
		return nil, 0, err
	}
	if before != "" && before == k.token {
		return k, load, nil
	}
	recs, err := l.run("count", countQuery, 0, nil)
	if err != nil {
		return nil, 0, err
	}
	total := 0
	for _, r := range recs {
		total += integer(r, "n")
	}
	return &known{complete: total == 0, linksComplete: total == 0}, load, nil
}

// lock takes the load lock with token, and returns the number of this
// load and the token of the last.
func (l *loadTx) lock(token string) (load int, before string, err error) {
	recs, err := l.run("lock", lockQuery, 0, map[string]any{"token": token})
	if err != nil {
		return 0, "", err
	}
	if len(recs) != 1 {
		return 0, "", fmt.Errorf("the load lock gave %d records", len(recs))
	}
	return integer(recs[0], "loads"), str(recs[0], "before"), nil
}

// Load implements graph.Store: one managed write transaction per batch.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	p, err := s.Prepare(b)
	if err != nil {
		return graph.LoadSummary{}, err
	}
	return s.LoadPrepared(ctx, p)
}

// preparedBatch is a batch Prepare has normalized, checked and folded.
type preparedBatch struct {
	store  *Store
	source string
	facts  []prepared
}

func (p *preparedBatch) Source() string { return p.source }

// Prepare implements graph.Preparer: it normalizes and validates the facts
// and folds their keys.
func (s *Store) Prepare(b graph.Batch) (graph.Prepared, error) {
	facts := make([]graph.Fact, len(b.Facts))
	for i, f := range b.Facts {
		f = f.Normalize()
		f.Seasons = slices.Clone(f.Seasons)
		if err := f.Validate(); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, graph.ErrorMessage(err))
		}
		facts[i] = f
	}
	prep := prepare(facts)
	for i, f := range prep {
		if err := checkKeys(f); err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, err)
		}
	}
	return &preparedBatch{store: s, source: b.Source, facts: prep}, nil
}

// LoadPrepared implements graph.Preparer.
func (s *Store) LoadPrepared(ctx context.Context, p graph.Prepared) (graph.LoadSummary, error) {
	b, ok := p.(*preparedBatch)
	if !ok || b.store != s {
		return graph.LoadSummary{}, graph.Errorf(graph.EINVALID, "%s: the batch was not prepared by this store", p.Source())
	}
	prep := b.facts
	if len(prep) == 0 {
		if _, err := s.driver(); err != nil {
			return graph.LoadSummary{}, err
		}
		return graph.LoadSummary{}, ctx.Err()
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	start := time.Now()
	d, err := s.loadBatch(ctx, b.source, prep)
	if err != nil && (isConstraintError(err) || errors.Is(err, errStale)) {
		// What the store knew was wrong (the graph was changed by hand,
		// behind castgraph's loads): once more, from the database alone.
		s.log.Warn().Err(err).Str("source", b.source).Msg("load failed on what the store knew of the graph; loading again from the database")
		s.known = known{}
		d, err = s.loadBatch(ctx, b.source, prep)
	}
	if err != nil {
		return graph.LoadSummary{}, err
	}
	sum := d.sum
	s.log.Debug().Str("source", b.source).Int("facts", sum.Facts).Int("credits_added", sum.CreditsAdded).
		Int("evidence_added", sum.EvidenceAdded).Dur("took_ms", time.Since(start)).Msg("batch loaded")
	return sum, nil
}

// loadBatch loads prepared facts in one managed write transaction, and
// updates s.known after it commits; the caller holds s.loadMu. A failed
// load that used s.known clears it.
func (s *Store) loadBatch(ctx context.Context, source string, prep []prepared) (*delta, error) {
	token := newToken()
	var used *known // what the last attempt took as known
	out, err := s.write(ctx, "load "+source, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		l := &loadTx{ctx: ctx, tx: tx, log: s.log}
		k, load, err := l.knownFor(&s.known, token)
		if err != nil {
			return nil, err
		}
		used = k
		d, err := l.read(prep, k)
		if err != nil {
			return nil, err
		}
		for i := range prep {
			if i%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			d.add(&prep[i], source, seqOf(load, i))
		}
		if err := l.write(d); err != nil {
			return nil, err
		}
		return d, nil
	})
	if err != nil {
		if used == &s.known {
			s.known = known{}
		}
		return nil, err
	}
	d := out.(*delta)
	if used != &s.known {
		s.known = *used
	}
	s.known.token = token
	s.known.remember(d)
	return d, nil
}

// isConstraintError reports whether err is the server's refusal of a write
// that breaks a uniqueness constraint.
func isConstraintError(err error) bool {
	var ne *driver.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}
