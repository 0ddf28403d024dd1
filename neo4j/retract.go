package neo4j

import (
	"context"
	"slices"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// A retraction runs in one write transaction under the load lock: it finds
// the credit edges whose evidence names an article, takes those statements
// off them (and the seasons only they named: see evSeasons), deletes the
// edges left with none, then the characters no one
// plays any more, fixes the CREDITED edge of every person–show pair it
// touched (deleted when no credit joins the pair, its character keys cut
// to the characters still played), and deletes the people and shows left
// with no credit. Replace then loads its batch in the same transaction, as
// Load would on the graph the retraction left.
//
// Finding the edges scans every credit edge: the evidence lists are not
// indexed (a list property cannot be), so a retraction takes time in
// proportion to the graph, once.
//
// The store's known (what its loads remember of the graph) is dropped
// afterwards: the retraction deleted nodes it may hold.

var _ graph.Retracter = (*Store)(nil)

const (
	// The credit edges that hold a statement of the articles, with the keys
	// of their person and show and of the character played.
	findRetractedQuery = `
MATCH (p:Person)-[r:PLAYED|APPEARED_IN|WORKED_ON]->(t)
WHERE any(a IN r.evArticles WHERE a IN $articles)
OPTIONAL MATCH (t)-[:IN]->(cs:Show)
RETURN elementId(r) AS id, type(r) AS rel, p.key AS person, coalesce(cs.key, t.key) AS show, t.key AS target,
       r.seasons AS seasons, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates,
       r.evSeasons AS evSeasons, r.evNames AS evNames`
	// [ID]
	deleteCreditsQuery = `
UNWIND $rows AS id
MATCH ()-[r]->() WHERE elementId(r) = id
DELETE r
RETURN count(*) AS n`
	// [ID, seasons, evArticles, evSentences, evDates, evSeasons, evNames]
	setEvidenceQuery = updateCreditsQuery
	// [character key]
	deleteUnplayedQuery = `
UNWIND $rows AS k
MATCH (c:Character {key: k}) USING INDEX SEEK c:Character(key)
WHERE NOT ()-[:PLAYED]->(c)
DETACH DELETE c
RETURN count(*) AS n`
	// [person key, show key]
	fixCreditedQuery = `
UNWIND $rows AS pair
MATCH (p:Person {key: pair[0]})-[l:` + relCredited + `]->(s:Show {key: pair[1]})
WITH p, s, l, EXISTS { (p)-[:APPEARED_IN|WORKED_ON]->(s) } OR EXISTS { (p)-[:PLAYED]->(:Character)-[:IN]->(s) } AS credited
FOREACH (_ IN CASE WHEN credited THEN [] ELSE [1] END | DELETE l)
WITH p, s, l, credited WHERE credited
SET l.characters = [k IN coalesce(l.characters, []) WHERE EXISTS { (p)-[:PLAYED]->(:Character {key: k}) }],
    l.appeared = CASE WHEN EXISTS { (p)-[:APPEARED_IN]->(s) } THEN true END
RETURN count(*) AS n`
	// [person key]
	deleteUncreditedPeopleQuery = `
UNWIND $rows AS k
MATCH (n:Person {key: k}) USING INDEX SEEK n:Person(key)
WHERE NOT (n)-[:PLAYED|APPEARED_IN|WORKED_ON]->()
DETACH DELETE n
RETURN count(*) AS n`
	// [show key]
	deleteUncreditedShowsQuery = `
UNWIND $rows AS k
MATCH (n:Show {key: k}) USING INDEX SEEK n:Show(key)
WHERE NOT ()-[:APPEARED_IN|WORKED_ON]->(n) AND NOT (:Character)-[:IN]->(n)
DETACH DELETE n
RETURN count(*) AS n`
)

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
	p, err := s.Prepare(b)
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	return s.retract(ctx, articles, p.(*preparedBatch))
}

type retractResult struct {
	sum  graph.RetractSummary
	load graph.LoadSummary
}

// retract takes the articles back and, with b, loads b in the same
// transaction. Without b, an article with no statement is ENOTFOUND.
func (s *Store) retract(ctx context.Context, articles []string, b *preparedBatch) (graph.RetractSummary, graph.LoadSummary, error) {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	start := time.Now()
	op := "retract articles"
	if b != nil {
		op = "replace articles with " + b.source
	}
	out, err := s.write(ctx, op, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		l := &loadTx{ctx: ctx, tx: tx, log: s.log}
		load, _, err := l.lock(newToken())
		if err != nil {
			return nil, err
		}
		var res retractResult
		found, err := l.retract(articles, &res.sum)
		if err != nil {
			return nil, err
		}
		if b == nil && len(found) < len(articles) {
			var missing []string
			for _, a := range articles {
				if !found[a] {
					missing = append(missing, a)
				}
			}
			return nil, graph.NoArticles(missing)
		}
		if b != nil && len(b.facts) > 0 {
			d, err := l.read(b.facts, &known{})
			if err != nil {
				return nil, err
			}
			for i := range b.facts {
				d.add(&b.facts[i], b.source, seqOf(load, i))
			}
			if err := l.write(d); err != nil {
				return nil, err
			}
			res.load = d.sum
		}
		return res, nil
	})
	// Whatever happened, what the loads knew may be wrong now.
	s.known = known{}
	if err != nil {
		return graph.RetractSummary{}, graph.LoadSummary{}, err
	}
	res := out.(retractResult)
	s.log.Debug().Strs("articles", articles).Int("evidence_removed", res.sum.EvidenceRemoved).
		Int("credits_removed", res.sum.CreditsRemoved).Dur("took_ms", time.Since(start)).Msg("articles retracted")
	return res.sum, res.load, nil
}

// retract removes the articles' statements, and what is left with none,
// counting into sum; it returns the articles it found.
func (l *loadTx) retract(articles []string, sum *graph.RetractSummary) (map[string]bool, error) {
	want := make(map[string]bool, len(articles))
	for _, a := range articles {
		want[a] = true
	}
	recs, err := l.run("find retracted", findRetractedQuery, len(articles), map[string]any{"articles": anyList(articles)})
	if err != nil {
		return nil, err
	}
	found := map[string]bool{}
	var deleted, changed, chars, pairList, people, shows []any
	seen := map[string]bool{}
	var spellPeople, spellShows, spellChars []any // the nodes whose statements changed
	once := func(list *[]any, kind, key string, v any) {
		if !seen[kind+"\x00"+key] {
			seen[kind+"\x00"+key] = true
			*list = append(*list, v)
		}
	}
	for _, r := range recs {
		if err := l.ctx.Err(); err != nil {
			return nil, err
		}
		c := &credit{rel: str(r, "rel"), ev: evidence(r), seasons: ints(r, "seasons")}
		c.stmt = stmtSeasons(c.ev, strs(r, "evSeasons"), c.seasons)
		c.names = stmtNamesOfRecord(c.ev, r)
		kept := c.ev[:0:0]
		var seasons []int
		for _, e := range c.ev {
			if want[e.Article] {
				found[e.Article] = true
				sum.EvidenceRemoved++
				continue
			}
			kept = append(kept, e)
			seasons = graph.MergeSeasons(seasons, c.stmt[evKey(e)])
		}
		id, person, show := str(r, "id"), str(r, "person"), str(r, "show")
		once(&spellPeople, "sp", person, person)
		once(&spellShows, "ss", show, show)
		if t := str(r, "target"); str(r, "rel") == relPlayed && !strings.HasSuffix(t, "/") {
			// A character whose name folds to nothing may be named by a
			// fact of an APPEARED_IN (see loadread.go): its spellings
			// stay.
			once(&spellChars, "sc", t, t)
		}
		if len(kept) > 0 {
			// The seasons the statements left name.
			c.ev, c.seasons = kept, seasons
			changed = append(changed, row(c.props(), id))
			continue
		}
		deleted = append(deleted, id)
		if str(r, "rel") == relPlayed {
			once(&chars, "c", str(r, "target"), str(r, "target"))
		}
		once(&pairList, "pair", person+"\x00"+show, []any{person, show})
		once(&people, "p", person, person)
		once(&shows, "s", show, show)
	}
	sum.Articles = len(found)
	if err := l.exec("take statements off credits", setEvidenceQuery, changed); err != nil {
		return nil, err
	}
	if err := l.exec("delete credits", deleteCreditsQuery, deleted); err != nil {
		return nil, err
	}
	sum.CreditsRemoved = len(deleted)
	for _, step := range []struct {
		name, query string
		rows        []any
		n           *int
	}{
		{"delete characters no one plays", deleteUnplayedQuery, chars, &sum.CharactersRemoved},
		{"fix " + relCredited, fixCreditedQuery, pairList, nil},
		{"delete people with no credit", deleteUncreditedPeopleQuery, people, &sum.PeopleRemoved},
		{"delete shows with no credit", deleteUncreditedShowsQuery, shows, &sum.ShowsRemoved},
	} {
		err := chunks(step.rows, func(part []any) error {
			recs, err := l.run(step.name, step.query, len(part), map[string]any{"rows": part})
			if err != nil {
				return err
			}
			if step.n != nil && len(recs) == 1 {
				*step.n += integer(recs[0], "n")
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	spell := map[string][]any{graph.NodePerson: spellPeople, graph.NodeShow: spellShows, graph.NodeCharacter: spellChars}
	for _, kind := range []string{graph.NodePerson, graph.NodeShow, graph.NodeCharacter} {
		if err := l.respell(kind, spell[kind]); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// respell chooses again the name and aliases of the nodes of a kind, by
// key, that still stand and have aliases (a node of one spelling keeps
// it), from the statements left, and writes those that changed.
func (l *loadTx) respell(kind string, keys []any) error {
	q := respellQueries[kind]
	return chunks(keys, func(part []any) error {
		recs, err := l.run("read spellings of "+kind, q.read, len(part), map[string]any{"rows": part})
		if err != nil {
			return err
		}
		type cur struct {
			name    string
			aliases []string
			stmts   []spelled
		}
		nodes := map[string]*cur{}
		var order []string
		for _, r := range recs {
			k := str(r, "key")
			n := nodes[k]
			if n == nil {
				n = &cur{name: str(r, "name"), aliases: strs(r, "aliases")}
				nodes[k] = n
				order = append(order, k)
			}
			ev := evidence(r)
			names := stmtNamesOfRecord(ev, r)
			for _, e := range ev {
				st := names[evKey(e)]
				sp := spelled{seq: st.seq}
				switch kind {
				case graph.NodePerson:
					sp.spellings = st.person
				case graph.NodeShow:
					sp.spellings = st.show
				default:
					sp.spellings = st.character
				}
				n.stmts = append(n.stmts, sp)
			}
		}
		var rows []any
		for _, k := range order {
			n := nodes[k]
			name, aliases := respell(n.name, n.aliases, n.stmts)
			if name != n.name || !slices.Equal(aliases, n.aliases) {
				rows = append(rows, []any{k, name, anyList(aliases), searchText(name, aliases)})
			}
		}
		return l.exec("respell "+kind, q.write, rows)
	})
}

// respellQueries read, for each node of a kind among the keys given that
// has aliases, its name, aliases and the statements of its credits; and
// set a node's name and aliases: [key, name, aliases, search].
var respellQueries = map[string]struct{ read, write string }{
	graph.NodePerson: {`
UNWIND $rows AS k
MATCH (n:Person {key: k}) USING INDEX SEEK n:Person(key)
WHERE size(coalesce(n.aliases, [])) > 0
MATCH (n)-[r:PLAYED|APPEARED_IN|WORKED_ON]->()
RETURN k AS key, n.name AS name, n.aliases AS aliases,` + spellingsReturn, `
UNWIND $rows AS row
MATCH (n:Person {key: row[0]}) USING INDEX SEEK n:Person(key)
SET n.name = row[1], n.aliases = row[2], n.search = row[3]
RETURN count(*) AS n`},
	graph.NodeShow: {`
UNWIND $rows AS k
MATCH (n:Show {key: k}) USING INDEX SEEK n:Show(key)
WHERE size(coalesce(n.aliases, [])) > 0
CALL (n) {
  MATCH (:Person)-[r:APPEARED_IN|WORKED_ON]->(n) RETURN r
  UNION ALL
  MATCH (:Person)-[r:PLAYED]->(:Character)-[:IN]->(n) RETURN r
}
RETURN k AS key, n.title AS name, n.aliases AS aliases,` + spellingsReturn, `
UNWIND $rows AS row
MATCH (n:Show {key: row[0]}) USING INDEX SEEK n:Show(key)
SET n.title = row[1], n.aliases = row[2], n.search = row[3]
RETURN count(*) AS n`},
	graph.NodeCharacter: {`
UNWIND $rows AS k
MATCH (n:Character {key: k}) USING INDEX SEEK n:Character(key)
WHERE size(coalesce(n.aliases, [])) > 0
MATCH (:Person)-[r:PLAYED]->(n)
RETURN k AS key, n.name AS name, n.aliases AS aliases,` + spellingsReturn, `
UNWIND $rows AS row
MATCH (n:Character {key: row[0]}) USING INDEX SEEK n:Character(key)
SET n.name = row[1], n.aliases = row[2], n.search = row[3]
RETURN count(*) AS n`},
}

// spellingsReturn returns what a credit edge r keeps of its statements'
// spellings.
const spellingsReturn = `
       r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates,
       r.evNames AS evNames`
