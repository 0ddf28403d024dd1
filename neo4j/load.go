package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
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
	// hops through its character. Its one property, characters, lists the
	// keys of the characters the person plays in the show, so that their
	// credits there are found by key rather than among all the person's.
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

// The lookups of a load name their index with USING INDEX SEEK. Without
// it, a plan made while the graph was small may scan the whole index for
// each key and filter (the planner reckons a scan of a near-empty index
// costs nothing), and Neo4j keeps that plan in its cache as the graph grows:
// loads after the first few batches then slowed down with every credit
// already stored.
const readNodesQuery = `
UNWIND $people AS k MATCH (n:Person {key: k}) USING INDEX SEEK n:Person(key)
RETURN 'person' AS kind, k AS key, elementId(n) AS id, n.name AS name, n.aliases AS aliases
UNION ALL
UNWIND $shows AS k MATCH (n:Show {key: k}) USING INDEX SEEK n:Show(key)
RETURN 'show' AS kind, k AS key, elementId(n) AS id, n.title AS name, n.aliases AS aliases
UNION ALL
UNWIND $chars AS k MATCH (n:Character {key: k}) USING INDEX SEEK n:Character(key)
RETURN 'character' AS kind, k AS key, elementId(n) AS id, n.name AS name, n.aliases AS aliases`

// readCreditsQuery reads the credit edges between pairs of stored nodes: a
// person's element ID and a character's key for PLAYED, a person's and a
// show's element IDs for the others. An edge is found from its ends (the
// planner expands from the end with fewer relationships), not by a key of
// its own: a key would cost an index entry and a long string for every
// credit.
const readCreditsQuery = `
UNWIND $played AS pair
MATCH (p) WHERE elementId(p) = pair[0]
MATCH (c:Character {key: pair[1]}) USING INDEX SEEK c:Character(key)
MATCH (p)-[r:PLAYED]->(c)
RETURN 'PLAYED' AS rel, pair[0] AS from, pair[1] AS to, elementId(r) AS id, null AS job, r.seasons AS seasons,
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates
UNION ALL
UNWIND $appeared AS pair
MATCH (p) WHERE elementId(p) = pair[0]
MATCH (s) WHERE elementId(s) = pair[1]
MATCH (p)-[r:APPEARED_IN]->(s)
RETURN 'APPEARED_IN' AS rel, pair[0] AS from, pair[1] AS to, elementId(r) AS id, null AS job, r.seasons AS seasons,
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates
UNION ALL
UNWIND $worked AS pair
MATCH (p) WHERE elementId(p) = pair[0]
MATCH (s) WHERE elementId(s) = pair[1]
MATCH (p)-[r:WORKED_ON]->(s)
RETURN 'WORKED_ON' AS rel, pair[0] AS from, pair[1] AS to, elementId(r) AS id, r.job AS job, r.seasons AS seasons,
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates`

// readNodes reads the stored nodes among the given keys into d.
func (l *loadTx) readNodes(d *delta, people, shows, chars []string) error {
	for i := 0; i < max(len(people), len(shows), len(chars)); i += chunk {
		recs, err := l.run("read nodes", readNodesQuery, len(window(people, i))+len(window(shows, i))+len(window(chars, i)), map[string]any{
			"people": anyList(window(people, i)), "shows": anyList(window(shows, i)), "chars": anyList(window(chars, i)),
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			n := &node{kind: str(r, "kind"), key: str(r, "key"), id: str(r, "id"), name: str(r, "name"), aliases: strs(r, "aliases"), stored: true}
			d.nodes[nodeID(n.kind, n.key)] = n
		}
	}
	return nil
}

// pairs gathers the pairs of stored nodes whose credit edges a load reads,
// each once, with the credit key an edge between them has (for WORKED_ON,
// all but the folded job).
type pairs struct {
	list [][]any
	key  map[[2]string]string // by the ends as the query names them
}

// add adds the pair from a person to a show, by element IDs, or to a
// character, by key: nothing when either end is not stored.
func (p *pairs) add(from, to *node, key string) {
	if from == nil || to == nil {
		return
	}
	if p.key == nil {
		p.key = map[[2]string]string{}
	}
	ends := [2]string{from.id, to.id}
	if to.kind == graph.NodeCharacter {
		ends[1] = to.key
	}
	if _, ok := p.key[ends]; ok {
		return
	}
	p.key[ends] = key
	p.list = append(p.list, []any{ends[0], ends[1]})
}

// read reads the current state of what the batch touches: its people and
// shows, the characters of the shows that exist, and the credits whose
// ends exist. Anything else is new, and is not looked up. Nodes k holds
// are taken from it; the database is asked only for the others, and not
// at all when k is complete.
//
// A cast credit without a character has the key of one whose character
// folds to nothing ("cast|person|show|"): the stored edge, made by
// whichever came first, may be an APPEARED_IN to the show or a PLAYED to
// the character with key show + "/", so both are looked for.
func (l *loadTx) read(facts []prepared, k *known) (*delta, error) {
	d := &delta{nodes: map[nodeRef]*node{}, credits: map[string]*credit{}, known: k}
	seen := map[nodeRef]bool{}
	// need notes a node the batch touches; it returns whether the database
	// must be asked for it.
	need := func(kind, key string) bool {
		id := nodeID(kind, key)
		if seen[id] {
			return false
		}
		seen[id] = true
		n, ask := k.lookup(kind, key)
		if n != nil {
			d.nodes[id] = n
		}
		return ask
	}
	var people, shows []string
	for _, f := range facts {
		if need(graph.NodePerson, f.pk) {
			people = append(people, f.pk)
		}
		if need(graph.NodeShow, f.sk) {
			shows = append(shows, f.sk)
		}
	}
	if err := l.readNodes(d, people, shows, nil); err != nil {
		return nil, err
	}
	person := func(f *prepared) *node { return d.nodes[nodeID(graph.NodePerson, f.pk)] }
	show := func(f *prepared) *node { return d.nodes[nodeID(graph.NodeShow, f.sk)] }
	var chars []string
	for i := range facts {
		f := &facts[i]
		if show(f) == nil || f.Kind != graph.KindCast {
			continue // no stored character
		}
		ck := f.ck
		if f.detail == "" && person(f) != nil {
			ck = f.sk + "/"
		}
		if ck != "" && need(graph.NodeCharacter, ck) {
			chars = append(chars, ck)
		}
	}
	if err := l.readNodes(d, nil, nil, chars); err != nil {
		return nil, err
	}
	var played, appeared, worked pairs
	for i := range facts {
		f := &facts[i]
		p, s := person(f), show(f)
		if p == nil || s == nil {
			continue
		}
		switch {
		case f.Kind == graph.KindCrew:
			worked.add(p, s, graph.KindCrew+"|"+f.pk+"|"+f.sk+"|")
		case f.detail == "":
			appeared.add(p, s, f.key)
			played.add(p, d.nodes[nodeID(graph.NodeCharacter, f.sk+"/")], f.key)
		case f.ck != "":
			played.add(p, d.nodes[nodeID(graph.NodeCharacter, f.ck)], f.key)
		default:
			appeared.add(p, s, f.key)
		}
	}
	for i := 0; i < max(len(played.list), len(appeared.list), len(worked.list)); i += chunk {
		pl, ap, wo := window(played.list, i), window(appeared.list, i), window(worked.list, i)
		recs, err := l.run("read credits", readCreditsQuery, len(pl)+len(ap)+len(wo), map[string]any{
			"played": anyList(pl), "appeared": anyList(ap), "worked": anyList(wo),
		})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			ends := [2]string{str(r, "from"), str(r, "to")}
			c := &credit{rel: str(r, "rel"), id: str(r, "id"), seasons: ints(r, "seasons"), ev: evidence(r), stored: true}
			switch c.rel {
			case relPlayed:
				c.key = played.key[ends]
			case relAppeared:
				c.key = appeared.key[ends]
			default:
				c.job = str(r, "job")
				c.key = worked.key[ends] + graph.Fold(c.job)
			}
			d.credits[c.key] = c
		}
	}
	return d, nil
}

// window returns up to chunk items of l from i, or nil past its end.
func window[T any](l []T, i int) []T {
	if i >= len(l) {
		return nil
	}
	return l[i:min(i+chunk, len(l))]
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

// add applies one fact.
func (d *delta) add(f *prepared, source string) {
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
		c = &credit{key: f.key, person: f.pk, target: f.sk, show: f.sk, dirty: true}
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
}

func (d *delta) markDirty(c *credit) {
	if !c.dirty {
		c.dirty = true
		d.order = append(d.order, c.key)
	}
}

// The writes. New nodes and edges are created, not merged: the load lock
// and the state read under it say they are not there, and the uniqueness
// constraints would fail the transaction if one were. Stored nodes and edges
// are found again by element ID (characters by key), and their changed
// properties set; each query but the creation of people and shows returns
// how many of its rows found the stored entities they name, and a row that
// found none fails the load with errStale. A row is a list, in the order
// the comment above each query gives, rather than a map: the keys of a map
// would be sent and read again for every row.
const (
	// [key, name, aliases, search]
	createPeopleQuery = `
UNWIND $rows AS row
CREATE (n:Person {key: row[0], name: row[1], aliases: row[2], search: row[3]})
RETURN row[0] AS key, elementId(n) AS id`
	// [key, title, aliases, search]
	createShowsQuery = `
UNWIND $rows AS row
CREATE (n:Show {key: row[0], title: row[1], aliases: row[2], search: row[3]})
RETURN row[0] AS key, elementId(n) AS id`
	// A new character, with the first new credit that plays it:
	// [person ID, show ID, key, name, aliases, search, seasons, evArticles, evSentences, evDates]
	createCharactersQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:PLAYED {seasons: row[6], evArticles: row[7], evSentences: row[8], evDates: row[9]}]->
       (:Character {key: row[2], name: row[3], aliases: row[4], search: row[5]})-[:IN]->(s)
RETURN count(*) AS n`
	// A person or show: [ID, aliases, search]
	updateNodesQuery = `
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row[0]
SET n.aliases = row[1], n.search = row[2]
RETURN count(*) AS n`
	// A character: [key, aliases, search]
	updateCharactersQuery = `
UNWIND $rows AS row
MATCH (n:Character {key: row[0]}) USING INDEX SEEK n:Character(key)
SET n.aliases = row[1], n.search = row[2]
RETURN count(*) AS n`
	// The other new PLAYED credits, to a stored character or to one
	// created above: [person ID, character key, seasons, evArticles, evSentences, evDates]
	createPlayedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (c:Character {key: row[1]}) USING INDEX SEEK c:Character(key)
CREATE (p)-[:PLAYED {seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5]}]->(c)
RETURN count(*) AS n`
	// [person ID, show ID, seasons, evArticles, evSentences, evDates]
	createAppearedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:APPEARED_IN {seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5]}]->(s)
RETURN count(*) AS n`
	// [person ID, show ID, seasons, evArticles, evSentences, evDates, job]
	createWorkedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:WORKED_ON {job: row[6], seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5]}]->(s)
RETURN count(*) AS n`
	// The traversal link of a person and a show, for their new credits:
	// [person ID, show ID, keys of the characters newly played]. Both
	// ends are stored, so the link may be there already.
	mergeCreditedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
MERGE (p)-[l:` + relCredited + `]->(s)
SET l.characters = coalesce(l.characters, []) + [k IN row[2] WHERE NOT k IN coalesce(l.characters, [])]
RETURN count(*) AS n`
	// The same where the batch created either end: the link is new.
	createCreditedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:` + relCredited + ` {characters: row[2]}]->(s)
RETURN count(*) AS n`
	// [ID, seasons, evArticles, evSentences, evDates]
	updateCreditsQuery = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row[0]
SET r.seasons = row[1], r.evArticles = row[2], r.evSentences = row[3], r.evDates = row[4]
RETURN count(*) AS n`
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

// props returns the properties of a new node: key, name, aliases, search.
func (n *node) props() []any {
	return []any{n.key, n.name, anyList(n.aliases), searchText(n.name, n.aliases)}
}

// props returns what a credit edge holds but its job: seasons, evArticles,
// evSentences, evDates. A credit always has evidence; seasons may be
// missing.
func (c *credit) props() []any {
	as, ss, ds := make([]any, len(c.ev)), make([]any, len(c.ev)), make([]any, len(c.ev))
	for i, e := range c.ev {
		as[i], ss[i], ds[i] = e.Article, e.Sentence, e.Date
	}
	return []any{intList(c.seasons), as, ss, ds}
}

// row returns a list of the values given, then those of more.
func row(more []any, first ...any) []any { return append(first, more...) }

// createNodes creates the new nodes of one kind and notes their element IDs.
func (l *loadTx) createNodes(step, cypher string, nodes []*node) error {
	return chunks(nodes, func(part []*node) error {
		rows := make([]any, len(part))
		byKey := make(map[string]*node, len(part))
		for i, n := range part {
			rows[i] = n.props()
			byKey[n.key] = n
		}
		recs, err := l.run(step, cypher, len(rows), map[string]any{"rows": rows})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if n := byKey[str(r, "key")]; n != nil {
				n.id = str(r, "id")
			}
		}
		return nil
	})
}

// errStale is the error of a load that did not find a node or edge it
// took as stored: the graph was changed behind castgraph's loads.
var errStale = errors.New("the graph changed outside castgraph's loads")

// exec runs a write query over rows, a chunk at a time, and checks that
// every row found what it names.
func (l *loadTx) exec(step, cypher string, rows []any) error {
	return chunks(rows, func(part []any) error {
		recs, err := l.run(step, cypher, len(part), map[string]any{"rows": part})
		if err != nil {
			return err
		}
		if len(recs) != 1 || integer(recs[0], "n") != len(part) {
			n := 0
			if len(recs) == 1 {
				n = integer(recs[0], "n")
			}
			return fmt.Errorf("%s: %d of %d rows did not find the stored nodes or edges they name: %w", step, len(part)-n, len(part), errStale)
		}
		return nil
	})
}

// write stores every node and credit the batch created or changed.
func (l *loadTx) write(d *delta) error {
	created := map[string][]*node{}
	var updated, updatedChars []any
	for _, id := range d.nodeIDs {
		n := d.nodes[id]
		switch {
		case n.stored && n.kind == graph.NodeCharacter:
			updatedChars = append(updatedChars, []any{n.key, anyList(n.aliases), searchText(n.name, n.aliases)})
		case n.stored:
			updated = append(updated, []any{n.id, anyList(n.aliases), searchText(n.name, n.aliases)})
		case n.kind != graph.NodeCharacter:
			created[n.kind] = append(created[n.kind], n)
		}
	}
	// People and shows before the edges that join them.
	if err := l.createNodes("create people", createPeopleQuery, created[graph.NodePerson]); err != nil {
		return err
	}
	if err := l.createNodes("create shows", createShowsQuery, created[graph.NodeShow]); err != nil {
		return err
	}
	if err := l.exec("update nodes", updateNodesQuery, updated); err != nil {
		return err
	}
	if err := l.exec("update characters", updateCharactersQuery, updatedChars); err != nil {
		return err
	}

	var characters, played, appeared, worked, changed, mergeLinks, createLinks []any
	made := map[string]bool{} // characters made by a row of characters
	// The CREDITED edges the new credits need, by person and show element
	// IDs, with the keys of the characters newly played.
	type link struct {
		merge bool
		chars []any
	}
	links := map[[2]string]*link{}
	var linkOrder [][2]string
	for _, key := range d.order {
		c := d.credits[key]
		if c.stored {
			changed = append(changed, row(c.props(), c.id))
			continue
		}
		pn := d.nodes[nodeID(graph.NodePerson, c.person)]
		from := pn.id
		sn := d.nodes[nodeID(graph.NodeShow, c.show)]
		ends := [2]string{pn.id, sn.id}
		l := links[ends]
		if l == nil {
			l = &link{merge: pn.stored && sn.stored && !d.known.unlinked(c.person, c.show)}
			links[ends] = l
			linkOrder = append(linkOrder, ends)
		}
		if c.rel == relPlayed {
			l.chars = append(l.chars, c.target)
		}
		switch c.rel {
		case relPlayed:
			ch := d.nodes[nodeID(graph.NodeCharacter, c.target)]
			if !ch.stored && !made[ch.key] {
				made[ch.key] = true
				characters = append(characters, row(c.props(), row(ch.props(), from, d.nodes[nodeID(graph.NodeShow, ch.show)].id)...))
			} else {
				played = append(played, row(c.props(), from, ch.key))
			}
		case relAppeared:
			appeared = append(appeared, row(c.props(), from, d.nodes[nodeID(graph.NodeShow, c.target)].id))
		default:
			worked = append(worked, append(row(c.props(), from, d.nodes[nodeID(graph.NodeShow, c.target)].id), c.job))
		}
	}
	for _, ends := range linkOrder {
		l := links[ends]
		if l.merge {
			mergeLinks = append(mergeLinks, []any{ends[0], ends[1], l.chars})
		} else {
			createLinks = append(createLinks, []any{ends[0], ends[1], l.chars})
		}
	}
	for _, step := range []struct {
		name, query string
		rows        []any
	}{
		{"create characters", createCharactersQuery, characters},
		{"create " + relPlayed, createPlayedQuery, played},
		{"create " + relAppeared, createAppearedQuery, appeared},
		{"create " + relWorked, createWorkedQuery, worked},
		{"update credits", updateCreditsQuery, changed},
		{"link credited", mergeCreditedQuery, mergeLinks},
		{"create " + relCredited, createCreditedQuery, createLinks},
	} {
		if err := l.exec(step.name, step.query, step.rows); err != nil {
			return err
		}
	}
	return nil
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
RETURN before`

// countQuery counts the nodes of the graph, from Neo4j's count store.
const countQuery = `
MATCH (n:Person) RETURN count(n) AS n
UNION ALL MATCH (n:Show) RETURN count(n) AS n
UNION ALL MATCH (n:Character) RETURN count(n) AS n`

// knownFor returns what a load holding the lock may take as known: the
// store's known when the lock node has its token, else nothing, complete
// when the graph is empty.
func (l *loadTx) knownFor(k *known, token string) (*known, error) {
	recs, err := l.run("lock", lockQuery, 0, map[string]any{"token": token})
	if err != nil {
		return nil, err
	}
	if len(recs) == 1 {
		if before := str(recs[0], "before"); before != "" && before == k.token {
			return k, nil
		}
	}
	recs, err = l.run("count", countQuery, 0, nil)
	if err != nil {
		return nil, err
	}
	total := 0
	for _, r := range recs {
		total += integer(r, "n")
	}
	return &known{complete: total == 0, linksComplete: total == 0}, nil
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
		k, err := l.knownFor(&s.known, token)
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
			d.add(&prep[i], source)
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
