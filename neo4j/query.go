package neo4j

import (
	"context"
	"slices"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// creditColumns is the RETURN list of every query that reads credits; p, r,
// s and c are the person, the edge, the show and (for PLAYED) the character.
const creditColumns = `type(r) AS rel, p.key AS pkey, p.name AS pname, s.key AS skey, s.title AS stitle, c.name AS cname,
       r.job AS job, r.seasons AS seasons, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates`

// showCreditsQuery reads every credit of the show with key $key.
const showCreditsQuery = `
MATCH (s:Show {key: $key})<-[r:APPEARED_IN|WORKED_ON]-(p:Person)
WITH p, r, s, null AS c
RETURN ` + creditColumns + `
UNION ALL
MATCH (s:Show {key: $key})<-[:IN]-(c:Character)<-[r:PLAYED]-(p:Person)
RETURN ` + creditColumns

// personCreditsQuery reads every credit of the person with key $key.
const personCreditsQuery = `
MATCH (p:Person {key: $key})-[r:APPEARED_IN|WORKED_ON]->(s:Show)
WITH p, r, s, null AS c
RETURN ` + creditColumns + `
UNION ALL
MATCH (p:Person {key: $key})-[r:PLAYED]->(c:Character)-[:IN]->(s:Show)
RETURN ` + creditColumns

func toCredit(r *driver.Record) graph.Credit {
	c := graph.Credit{
		Kind:      graph.KindCast,
		Person:    graph.Ref{ID: "person:" + str(r, "pkey"), Name: str(r, "pname")},
		Show:      graph.Ref{ID: "show:" + str(r, "skey"), Name: str(r, "stitle")},
		Character: str(r, "cname"),
		Job:       str(r, "job"),
		Seasons:   ints(r, "seasons"),
		Evidence:  evidence(r),
	}
	if str(r, "rel") == relWorked {
		c.Kind = graph.KindCrew
	}
	return c
}

func splitCredits(recs []*driver.Record) (cast, crew []graph.Credit) {
	for _, r := range recs {
		c := toCredit(r)
		if c.Kind == graph.KindCast {
			cast = append(cast, c)
		} else {
			crew = append(crew, c)
		}
	}
	return cast, crew
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Show implements graph.Store.
func (s *Store) Show(ctx context.Context, title string) (*graph.Show, error) {
	key := graph.ShowKey(title)
	out, err := s.read(ctx, "show "+title, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, `MATCH (s:Show {key: $key}) RETURN s.title AS name, s.aliases AS aliases`, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", title)
		}
		sh := &graph.Show{Ref: graph.Ref{ID: "show:" + key, Name: str(recs[0], "name")}, Aliases: nonNil(strs(recs[0], "aliases"))}
		recs, err = collect(ctx, tx, showCreditsQuery, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		sh.Cast, sh.Crew = splitCredits(recs)
		return sh, nil
	})
	if err != nil {
		return nil, err
	}
	sh := out.(*graph.Show)
	graph.SortShowCredits(sh.Cast)
	graph.SortShowCredits(sh.Crew)
	return sh, nil
}

// Person implements graph.Store.
func (s *Store) Person(ctx context.Context, name string) (*graph.Person, error) {
	key := graph.PersonKey(name)
	out, err := s.read(ctx, "person "+name, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, `MATCH (p:Person {key: $key}) RETURN p.name AS name, p.aliases AS aliases`, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, graph.Errorf(graph.ENOTFOUND, "no person named %q", name)
		}
		p := &graph.Person{Ref: graph.Ref{ID: "person:" + key, Name: str(recs[0], "name")}, Aliases: nonNil(strs(recs[0], "aliases"))}
		recs, err = collect(ctx, tx, personCreditsQuery, map[string]any{"key": key})
		if err != nil {
			return nil, err
		}
		p.Roles, p.Crew = splitCredits(recs)
		return p, nil
	})
	if err != nil {
		return nil, err
	}
	p := out.(*graph.Person)
	graph.SortPersonCredits(p.Roles)
	graph.SortPersonCredits(p.Crew)
	return p, nil
}

// searchQuery finds candidates in the full-text index; they are scored in Go.
const searchQuery = `
CALL db.index.fulltext.queryNodes('castgraph_names', $query) YIELD node
RETURN CASE WHEN node:Person THEN 'person' WHEN node:Show THEN 'show' ELSE 'character' END AS kind,
       node.key AS key, coalesce(node.name, node.title) AS name, node.aliases AS aliases`

// characterShowsQuery returns the show titles of the characters given.
const characterShowsQuery = `
UNWIND $keys AS k
MATCH (:Character {key: k})-[:IN]->(s:Show)
RETURN k AS key, s.title AS show`

// Limits on the full-text queries Search builds: the index splits words
// longer than 255 UTF-16 units into several terms, so a longer word is
// looked up by its first runes as a prefix; and a query holds at most
// maxQueryWords words, because Lucene refuses a query of more than 1,024
// clauses. Either way the query matches more nodes, never fewer, and
// graph.MatchScore then keeps only those that match.
const (
	maxTermRunes  = 100 // at most 200 UTF-16 units
	maxQueryWords = 64
)

// luceneQuery returns a full-text query that matches every node with a
// spelling in which the folded text q starts at a word: the words of q
// before the last as whole words, the last as a prefix. Folded text holds
// only lower-case letters, digits and single spaces, none of them special
// to the query syntax.
func luceneQuery(q string) string {
	words := strings.Fields(q)
	if len(words) == 0 {
		return ""
	}
	if len(words) > maxQueryWords {
		words = append(words[:maxQueryWords-1:maxQueryWords-1], words[len(words)-1])
	}
	for i, w := range words {
		prefix := i == len(words)-1
		if r := []rune(w); len(r) > maxTermRunes {
			w, prefix = string(r[:maxTermRunes]), true
		}
		words[i] = "+" + w
		if prefix {
			words[i] += "*"
		}
	}
	return "(" + strings.Join(words, " ") + ")"
}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	if strings.TrimSpace(graph.Fold(text)) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text %q has no letters or digits", text)
	}
	if limit <= 0 {
		return nil, graph.Errorf(graph.EINVALID, "search limit %d must be at least 1", limit)
	}
	// MatchScore compares the text without a season qualifier; ask for
	// candidates of both forms so that none is missed.
	title, _ := graph.SplitSeasons(text)
	var parts []string
	for _, q := range []string{graph.Fold(title), graph.Fold(text)} {
		if lq := luceneQuery(q); lq != "" && !slices.Contains(parts, lq) {
			parts = append(parts, lq)
		}
	}
	if len(parts) == 0 {
		return []graph.SearchHit{}, nil
	}
	out, err := s.read(ctx, "search "+text, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		// The index is updated after commits: wait for those done so far.
		if err := exec(ctx, tx, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil); err != nil {
			return nil, err
		}
		recs, err := collect(ctx, tx, searchQuery, map[string]any{"query": strings.Join(parts, " OR ")})
		if err != nil {
			return nil, err
		}
		var hits []graph.SearchHit
		for i, r := range recs {
			if i%4096 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			name := str(r, "name")
			score := graph.MatchScore(text, name)
			for _, a := range strs(r, "aliases") {
				score = max(score, graph.MatchScore(text, a))
			}
			if score == 0 {
				continue
			}
			h := graph.SearchHit{Kind: str(r, "kind"), Name: name, Score: score}
			h.ID = h.Kind + ":" + str(r, "key")
			hits = append(hits, h)
		}
		graph.SortHits(hits)
		if len(hits) > limit {
			hits = hits[:limit]
		}
		// The show of each character among the best hits.
		var chars []string
		for _, h := range hits {
			if k, ok := strings.CutPrefix(h.ID, graph.NodeCharacter+":"); ok {
				chars = append(chars, k)
			}
		}
		if len(chars) > 0 {
			recs, err := collect(ctx, tx, characterShowsQuery, map[string]any{"keys": anyList(chars)})
			if err != nil {
				return nil, err
			}
			shows := map[string]string{}
			for _, r := range recs {
				shows[graph.NodeCharacter+":"+str(r, "key")] = str(r, "show")
			}
			for i := range hits {
				if hits[i].Kind == graph.NodeCharacter {
					hits[i].Show = shows[hits[i].ID]
				}
			}
		}
		return hits, nil
	})
	if err != nil {
		return nil, err
	}
	return out.([]graph.SearchHit), nil
}

// LinkingActors implements graph.Store.
func (s *Store) LinkingActors(ctx context.Context, showA, showB string) ([]graph.Link, error) {
	ka, kb := graph.ShowKey(showA), graph.ShowKey(showB)
	out, err := s.read(ctx, "linking actors "+showA+" / "+showB, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, `
OPTIONAL MATCH (a:Show {key: $a})
OPTIONAL MATCH (b:Show {key: $b})
RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB`, map[string]any{"a": ka, "b": kb})
		if err != nil {
			return nil, err
		}
		if v, _ := recs[0].Get("hasA"); v != true {
			return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", showA)
		}
		if v, _ := recs[0].Get("hasB"); v != true {
			return nil, graph.Errorf(graph.ENOTFOUND, "no show titled %q", showB)
		}
		castBy := func(key string) (map[string][]graph.Credit, map[string]graph.Ref, error) {
			recs, err := collect(ctx, tx, showCreditsQuery, map[string]any{"key": key})
			if err != nil {
				return nil, nil, err
			}
			m, refs := map[string][]graph.Credit{}, map[string]graph.Ref{}
			cast, _ := splitCredits(recs)
			for _, c := range cast {
				m[c.Person.ID] = append(m[c.Person.ID], c)
				refs[c.Person.ID] = c.Person
			}
			return m, refs, nil
		}
		inA, refs, err := castBy(ka)
		if err != nil {
			return nil, err
		}
		inB, _, err := castBy(kb)
		if err != nil {
			return nil, err
		}
		links := []graph.Link{}
		for pid, ca := range inA {
			cb, ok := inB[pid]
			if !ok {
				continue
			}
			graph.SortPersonCredits(ca)
			graph.SortPersonCredits(cb)
			links = append(links, graph.Link{Person: refs[pid], InA: ca, InB: cb})
		}
		return links, nil
	})
	if err != nil {
		return nil, err
	}
	links := out.([]graph.Link)
	slices.SortFunc(links, func(x, y graph.Link) int { return strings.Compare(x.Person.ID, y.Person.ID) })
	return links, nil
}

const statsQuery = `
CALL { MATCH (n:Person) RETURN count(n) AS people }
CALL { MATCH (n:Show) RETURN count(n) AS shows }
CALL { MATCH (n:Character) RETURN count(n) AS characters }
CALL { MATCH ()-[r:PLAYED|APPEARED_IN|WORKED_ON]->() RETURN count(r) AS credits }
CALL {
  MATCH ()-[r:PLAYED|APPEARED_IN|WORKED_ON]->()
  UNWIND r.evArticles AS a
  RETURN count(DISTINCT a) AS articles
}
RETURN people, shows, characters, credits, articles`

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	out, err := s.read(ctx, "stats", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		recs, err := collect(ctx, tx, statsQuery, nil)
		if err != nil {
			return nil, err
		}
		r := recs[0]
		return graph.Stats{
			People:     integer(r, "people"),
			Shows:      integer(r, "shows"),
			Characters: integer(r, "characters"),
			Credits:    integer(r, "credits"),
			Articles:   integer(r, "articles"),
		}, nil
	})
	if err != nil {
		return graph.Stats{}, err
	}
	return out.(graph.Stats), nil
}
