package neo4j

import "github.com/castgraph/castgraph/graph"

// The first step of a load: reading what the batch touches.

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
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates, r.evSeasons AS evSeasons,
       r.evNames AS evNames
UNION ALL
UNWIND $appeared AS pair
MATCH (p) WHERE elementId(p) = pair[0]
MATCH (s) WHERE elementId(s) = pair[1]
MATCH (p)-[r:APPEARED_IN]->(s)
RETURN 'APPEARED_IN' AS rel, pair[0] AS from, pair[1] AS to, elementId(r) AS id, null AS job, r.seasons AS seasons,
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates, r.evSeasons AS evSeasons,
       r.evNames AS evNames
UNION ALL
UNWIND $worked AS pair
MATCH (p) WHERE elementId(p) = pair[0]
MATCH (s) WHERE elementId(s) = pair[1]
MATCH (p)-[r:WORKED_ON]->(s)
RETURN 'WORKED_ON' AS rel, pair[0] AS from, pair[1] AS to, elementId(r) AS id, r.job AS job, r.seasons AS seasons,
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates, r.evSeasons AS evSeasons,
       r.evNames AS evNames`

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
			c.stmt = stmtSeasons(c.ev, strs(r, "evSeasons"), c.seasons)
			c.names = stmtNamesOfRecord(c.ev, r)
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
