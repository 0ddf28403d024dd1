package neo4j

import (
	"context"
	"slices"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// Relationship types of the credit edges.
const (
	relPlayed   = "PLAYED"      // cast, with a character: person -> character
	relAppeared = "APPEARED_IN" // cast, no character: person -> show
	relWorked   = "WORKED_ON"   // crew: person -> show
)

// chunk is the most rows one UNWIND query carries; a batch larger than that
// takes a few queries, all in the same transaction.
const chunk = 5000

// node is a person, show or character as a load sees it.
type node struct {
	kind    string // graph.NodePerson, NodeShow or NodeCharacter
	key     string
	name    string
	aliases []string
	show    string // a character's show key
	dirty   bool   // created or changed by this batch
}

// credit is one edge as a load sees it.
type credit struct {
	key     string // kind|person key|show key|folded character or job
	rel     string // relPlayed, relAppeared or relWorked
	person  string // person key
	target  string // show key, or character key for relPlayed
	job     string
	seasons []int
	ev      []graph.Evidence
	dirty   bool
}

// delta is what one batch changes, built against the state read from the
// database inside the load's transaction. Its rules are those of the
// embedded store, so both report the same summary for the same batch.
type delta struct {
	nodes   map[string]*node // by kind + ":" + key
	credits map[string]*credit
	nodeIDs []string // in first-touched order
	order   []string // credit keys in first-touched order
	sum     graph.LoadSummary
}

// plan lists the keys a batch touches, so their current state can be read.
type plan struct {
	people, shows, chars, credits []string
}

func creditKey(f graph.Fact) string {
	detail := graph.Fold(f.Character)
	if f.Kind == graph.KindCrew {
		detail = graph.Fold(f.Job)
	}
	return f.Kind + "|" + graph.PersonKey(f.Person) + "|" + graph.ShowKey(f.Show) + "|" + detail
}

func planOf(facts []graph.Fact) plan {
	var p plan
	seen := map[string]bool{}
	add := func(list *[]string, id, key string) {
		if !seen[id] {
			seen[id] = true
			*list = append(*list, key)
		}
	}
	for _, f := range facts {
		pk, sk := graph.PersonKey(f.Person), graph.ShowKey(f.Show)
		add(&p.people, "person:"+pk, pk)
		add(&p.shows, "show:"+sk, sk)
		if f.Kind == graph.KindCast && f.Character != "" {
			ck := graph.CharacterKey(f.Show, f.Character)
			add(&p.chars, "character:"+ck, ck)
		}
		ck := creditKey(f)
		add(&p.credits, "credit:"+ck, ck)
	}
	return p
}

const readNodesQuery = `
UNWIND $people AS k MATCH (n:Person {key: k}) USING INDEX n:Person(key)
RETURN 'person' AS kind, n.key AS key, n.name AS name, n.aliases AS aliases, null AS show
UNION ALL
UNWIND $shows AS k MATCH (n:Show {key: k}) USING INDEX n:Show(key)
RETURN 'show' AS kind, n.key AS key, n.title AS name, n.aliases AS aliases, null AS show
UNION ALL
UNWIND $chars AS k MATCH (n:Character {key: k}) USING INDEX n:Character(key)
RETURN 'character' AS kind, n.key AS key, n.name AS name, n.aliases AS aliases, n.show AS show`

const readCreditsQuery = `
UNWIND $keys AS k MATCH (p:Person)-[r:PLAYED {key: k}]->(c:Character) USING INDEX r:PLAYED(key)
RETURN type(r) AS rel, r.key AS key, p.key AS person, c.key AS target, null AS job,
       r.seasons AS seasons, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates
UNION ALL
UNWIND $keys AS k MATCH (p:Person)-[r:APPEARED_IN {key: k}]->(s:Show) USING INDEX r:APPEARED_IN(key)
RETURN type(r) AS rel, r.key AS key, p.key AS person, s.key AS target, null AS job,
       r.seasons AS seasons, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates
UNION ALL
UNWIND $keys AS k MATCH (p:Person)-[r:WORKED_ON {key: k}]->(s:Show) USING INDEX r:WORKED_ON(key)
RETURN type(r) AS rel, r.key AS key, p.key AS person, s.key AS target, r.job AS job,
       r.seasons AS seasons, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates`

// readDelta reads the current state of every node and credit the plan names.
func readDelta(ctx context.Context, tx driver.ManagedTransaction, p plan) (*delta, error) {
	d := &delta{nodes: map[string]*node{}, credits: map[string]*credit{}}
	for i := 0; i < max(len(p.people), len(p.shows), len(p.chars)); i += chunk {
		recs, err := collect(ctx, tx, readNodesQuery, map[string]any{
			"people": strList(window(p.people, i)), "shows": strList(window(p.shows, i)), "chars": strList(window(p.chars, i)),
		})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			n := &node{kind: str(r, "kind"), key: str(r, "key"), name: str(r, "name"), aliases: strs(r, "aliases"), show: str(r, "show")}
			d.nodes[n.kind+":"+n.key] = n
		}
	}
	for i := 0; i < len(p.credits); i += chunk {
		recs, err := collect(ctx, tx, readCreditsQuery, map[string]any{"keys": strList(window(p.credits, i))})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			c := &credit{key: str(r, "key"), rel: str(r, "rel"), person: str(r, "person"), target: str(r, "target"),
				job: str(r, "job"), seasons: ints(r, "seasons"), ev: evidence(r)}
			d.credits[c.key] = c
		}
	}
	return d, nil
}

// window returns up to chunk items of l from i, or nil past its end.
func window(l []string, i int) []string {
	if i >= len(l) {
		return nil
	}
	return l[i:min(i+chunk, len(l))]
}

// touch makes sure a node exists, adding name as an alias when it is a new
// spelling of a known node, and reports whether it was added.
func (d *delta) touch(kind, key, name, show string) bool {
	id := kind + ":" + key
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

// add applies one normalized, valid fact.
func (d *delta) add(f graph.Fact, source string) {
	d.sum.Facts++
	pk, sk := graph.PersonKey(f.Person), graph.ShowKey(f.Show)
	if d.touch(graph.NodePerson, pk, f.Person, "") {
		d.sum.PeopleAdded++
	}
	if d.touch(graph.NodeShow, sk, f.Show, "") {
		d.sum.ShowsAdded++
	}
	charKey := ""
	if f.Kind == graph.KindCast && f.Character != "" {
		charKey = graph.CharacterKey(f.Show, f.Character)
		if d.touch(graph.NodeCharacter, charKey, f.Character, sk) {
			d.sum.CharactersAdded++
		}
	}
	key := creditKey(f)
	c := d.credits[key]
	if c == nil {
		d.sum.CreditsAdded++
		c = &credit{key: key, person: pk, target: sk, dirty: true}
		switch {
		case f.Kind == graph.KindCrew:
			c.rel, c.job = relWorked, f.Job
		case charKey != "":
			c.rel, c.target = relPlayed, charKey
		default:
			c.rel = relAppeared
		}
		d.credits[key] = c
		d.order = append(d.order, key)
	} else {
		d.sum.CreditsExisting++
	}
	if seasons := graph.MergeSeasons(c.seasons, f.Seasons); !slices.Equal(seasons, c.seasons) {
		c.seasons = seasons
		d.markDirty(c)
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
}

func (d *delta) markDirty(c *credit) {
	if !c.dirty {
		c.dirty = true
		d.order = append(d.order, c.key)
	}
}

const (
	writePeopleQuery = `
UNWIND $rows AS row
MERGE (n:Person {key: row.key})
SET n.name = row.name, n.aliases = row.aliases, n.search = row.search`
	writeShowsQuery = `
UNWIND $rows AS row
MERGE (n:Show {key: row.key})
SET n.title = row.name, n.aliases = row.aliases, n.search = row.search`
	writeCharactersQuery = `
UNWIND $rows AS row
MATCH (s:Show {key: row.show}) USING INDEX s:Show(key)
MERGE (n:Character {key: row.key})
SET n.name = row.name, n.aliases = row.aliases, n.search = row.search, n.show = row.show
MERGE (n)-[:IN]->(s)`
	writePlayedQuery = `
UNWIND $rows AS row
MATCH (p:Person {key: row.person}) USING INDEX p:Person(key)
MATCH (c:Character {key: row.target}) USING INDEX c:Character(key)
MERGE (p)-[r:PLAYED {key: row.key}]->(c)
SET r.seasons = row.seasons, r.evArticles = row.evArticles, r.evSentences = row.evSentences, r.evDates = row.evDates`
	writeAppearedQuery = `
UNWIND $rows AS row
MATCH (p:Person {key: row.person}) USING INDEX p:Person(key)
MATCH (s:Show {key: row.target}) USING INDEX s:Show(key)
MERGE (p)-[r:APPEARED_IN {key: row.key}]->(s)
SET r.seasons = row.seasons, r.evArticles = row.evArticles, r.evSentences = row.evSentences, r.evDates = row.evDates`
	writeWorkedQuery = `
UNWIND $rows AS row
MATCH (p:Person {key: row.person}) USING INDEX p:Person(key)
MATCH (s:Show {key: row.target}) USING INDEX s:Show(key)
MERGE (p)-[r:WORKED_ON {key: row.key}]->(s)
SET r.job = row.job, r.seasons = row.seasons, r.evArticles = row.evArticles, r.evSentences = row.evSentences, r.evDates = row.evDates`
)

// searchText is what the full-text index holds for a node: each spelling,
// folded, one a line.
func searchText(name string, aliases []string) string {
	parts := []string{graph.Fold(name)}
	for _, a := range aliases {
		parts = append(parts, graph.Fold(a))
	}
	return strings.Join(parts, "\n")
}

// write stores every node and credit the batch created or changed.
func (d *delta) write(ctx context.Context, tx driver.ManagedTransaction) error {
	rows := map[string][]any{}
	for _, id := range d.nodeIDs {
		n := d.nodes[id]
		row := map[string]any{"key": n.key, "name": n.name, "aliases": strList(n.aliases), "search": searchText(n.name, n.aliases)}
		if n.kind == graph.NodeCharacter {
			row["show"] = n.show
		}
		rows[n.kind] = append(rows[n.kind], row)
	}
	for _, key := range d.order {
		c := d.credits[key]
		as, ss, ds := make([]string, len(c.ev)), make([]string, len(c.ev)), make([]string, len(c.ev))
		for i, e := range c.ev {
			as[i], ss[i], ds[i] = e.Article, e.Sentence, e.Date
		}
		rows[c.rel] = append(rows[c.rel], map[string]any{
			"key": c.key, "person": c.person, "target": c.target, "job": c.job, "seasons": intList(c.seasons),
			"evArticles": strList(as), "evSentences": strList(ss), "evDates": strList(ds),
		})
	}
	// Nodes before the edges that join them; shows before their characters.
	for _, step := range []struct{ rows, query string }{
		{graph.NodePerson, writePeopleQuery},
		{graph.NodeShow, writeShowsQuery},
		{graph.NodeCharacter, writeCharactersQuery},
		{relPlayed, writePlayedQuery},
		{relAppeared, writeAppearedQuery},
		{relWorked, writeWorkedQuery},
	} {
		all := rows[step.rows]
		for i := 0; i < len(all); i += chunk {
			if err := exec(ctx, tx, step.query, map[string]any{"rows": all[i:min(i+chunk, len(all))]}); err != nil {
				return err
			}
		}
	}
	return nil
}

// lockQuery takes the load lock: an exclusive lock on one node, held until
// the transaction ends, so loads from any number of clients run one at a
// time and each reads the state the previous one left.
const lockQuery = `MERGE (l:CastgraphLock {name: 'load'}) SET l.loads = coalesce(l.loads, 0) + 1`

// Load implements graph.Store: one managed write transaction per batch.
func (s *Store) Load(ctx context.Context, b graph.Batch) (graph.LoadSummary, error) {
	facts := make([]graph.Fact, len(b.Facts))
	for i, f := range b.Facts {
		f = f.Normalize()
		if err := f.Validate(); err != nil {
			return graph.LoadSummary{}, graph.Errorf(graph.EINVALID, "%s: fact %d: %s", b.Source, i+1, graph.ErrorMessage(err))
		}
		facts[i] = f
	}
	if len(facts) == 0 {
		if _, err := s.driver(); err != nil {
			return graph.LoadSummary{}, err
		}
		return graph.LoadSummary{}, ctx.Err()
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	p := planOf(facts)
	out, err := s.write(ctx, "load "+b.Source, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		if err := exec(ctx, tx, lockQuery, nil); err != nil {
			return nil, err
		}
		d, err := readDelta(ctx, tx, p)
		if err != nil {
			return nil, err
		}
		for i, f := range facts {
			if i%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			d.add(f, b.Source)
		}
		if err := d.write(ctx, tx); err != nil {
			return nil, err
		}
		return d.sum, nil
	})
	if err != nil {
		return graph.LoadSummary{}, err
	}
	sum := out.(graph.LoadSummary)
	s.log.Debug().Str("source", b.Source).Int("facts", sum.Facts).Int("credits_added", sum.CreditsAdded).
		Int("evidence_added", sum.EvidenceAdded).Msg("batch loaded")
	return sum, nil
}
