package neo4j

import (
	"errors"
	"fmt"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// The last step of a load: writing what the batch changed.

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
	// [person ID, show ID, key, name, aliases, search, seasons, evArticles, evSentences, evDates, evSeasons,
	//  evNames]
	createCharactersQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:PLAYED {seasons: row[6], evArticles: row[7], evSentences: row[8], evDates: row[9], evSeasons: row[10],
                     evNames: row[11]}]->
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
	// created above: [person ID, character key, seasons, evArticles, evSentences, evDates, evSeasons,
	// evNames]
	createPlayedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (c:Character {key: row[1]}) USING INDEX SEEK c:Character(key)
CREATE (p)-[:PLAYED {seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5], evSeasons: row[6],
                     evNames: row[7]}]->(c)
RETURN count(*) AS n`
	// [person ID, show ID, seasons, evArticles, evSentences, evDates, evSeasons, evNames]
	createAppearedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:APPEARED_IN {seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5], evSeasons: row[6],
                          evNames: row[7]}]->(s)
RETURN count(*) AS n`
	// [person ID, show ID, seasons, evArticles, evSentences, evDates, evSeasons, evNames, job]
	createWorkedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:WORKED_ON {job: row[8], seasons: row[2], evArticles: row[3], evSentences: row[4], evDates: row[5], evSeasons: row[6],
                        evNames: row[7]}]->(s)
RETURN count(*) AS n`
	// The traversal link of a person and a show, for their new credits:
	// [person ID, show ID, keys of the characters newly played, true when
	// an APPEARED_IN credit is new, else null]. Both ends are stored, so
	// the link may be there already.
	mergeCreditedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
MERGE (p)-[l:` + relCredited + `]->(s)
SET l.characters = coalesce(l.characters, []) + [k IN row[2] WHERE NOT k IN coalesce(l.characters, [])],
    l.appeared = coalesce(row[3], l.appeared)
RETURN count(*) AS n`
	// The same where the batch created either end: the link is new.
	createCreditedQuery = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
CREATE (p)-[:` + relCredited + ` {characters: row[2], appeared: row[3]}]->(s)
RETURN count(*) AS n`
	// [ID, seasons, evArticles, evSentences, evDates, evSeasons, evNames]
	updateCreditsQuery = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row[0]
SET r.seasons = row[1], r.evArticles = row[2], r.evSentences = row[3], r.evDates = row[4], r.evSeasons = row[5],
    r.evNames = row[6]
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
// evSentences, evDates, evSeasons and evNames. A credit always has
// evidence; seasons may be missing.
func (c *credit) props() []any {
	as, ss, ds := make([]any, len(c.ev)), make([]any, len(c.ev)), make([]any, len(c.ev))
	for i, e := range c.ev {
		as[i], ss[i], ds[i] = e.Article, e.Sentence, e.Date
	}
	return []any{intList(c.seasons), as, ss, ds, evSeasonsOf(c.ev, c.stmt), stmtNamesProps(c.ev, c.names, c.rel == relPlayed)}
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
		merge    bool
		chars    []any
		appeared any // true, or nil for no new APPEARED_IN credit
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
		switch c.rel {
		case relPlayed:
			l.chars = append(l.chars, c.target)
		case relAppeared:
			l.appeared = true
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
			mergeLinks = append(mergeLinks, []any{ends[0], ends[1], l.chars, l.appeared})
		} else {
			createLinks = append(createLinks, []any{ends[0], ends[1], l.chars, l.appeared})
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
