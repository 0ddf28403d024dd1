package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// A credit travels from the server as one list: [type, person key, person
// name, show key, show title, character name, job, seasons, evArticles,
// evSentences, evDates]; p, r, s and c are the person, the edge, the show
// and (for PLAYED) the character.
const creditList = `[type(r), p.key, p.name, s.key, s.title, c.name, r.job, r.seasons, r.evArticles, r.evSentences, r.evDates]`

// The credits of a show s and of a person p, each as a list of credit
// lists: subqueries that run inside the query that names s or p, so that a
// node comes with its credits in one round trip. The patterns here and in
// linkingQuery test no label where the edge's type says what its end is (a
// PLAYED edge always leads from a Person to a Character, a CREDITED one from
// a Person to a Show): each test would cost a read per row.
const (
	showCredits = `COLLECT {
  MATCH (s)<-[r:APPEARED_IN|WORKED_ON]-(p) WITH p, r, s, null AS c RETURN ` + creditList + ` AS credit
  UNION ALL
  MATCH (s)<-[:IN]-(c)<-[r:PLAYED]-(p) RETURN ` + creditList + ` AS credit
}`
	personCredits = `COLLECT {
  MATCH (p)-[r:APPEARED_IN|WORKED_ON]->(s) WITH p, r, s, null AS c RETURN ` + creditList + ` AS credit
  UNION ALL
  MATCH (p)-[r:PLAYED]->(c)-[:IN]->(s) RETURN ` + creditList + ` AS credit
}`
)

// showsQuery and peopleQuery read the shows or people with the keys given,
// each with every credit it has.
const (
	showsQuery = `
UNWIND $keys AS k
MATCH (s:Show {key: k}) USING INDEX SEEK s:Show(key)
RETURN k AS key, s.title AS name, s.aliases AS aliases, ` + showCredits + ` AS credits`
	peopleQuery = `
UNWIND $keys AS k
MATCH (p:Person {key: k}) USING INDEX SEEK p:Person(key)
RETURN k AS key, p.name AS name, p.aliases AS aliases, ` + personCredits + ` AS credits`
)

// asCredit reads a credit list.
func asCredit(v any) graph.Credit {
	l, _ := v.([]any)
	if len(l) != 11 {
		return graph.Credit{}
	}
	c := graph.Credit{
		Kind:      graph.KindCast,
		Person:    graph.Ref{ID: "person:" + asString(l[1]), Name: asString(l[2])},
		Show:      graph.Ref{ID: "show:" + asString(l[3]), Name: asString(l[4])},
		Character: asString(l[5]),
		Job:       asString(l[6]),
		Seasons:   asInts(l[7]),
		Evidence:  asEvidence(l[8], l[9], l[10]),
	}
	if asString(l[0]) == relWorked {
		c.Kind = graph.KindCrew
	}
	return c
}

// splitCredits reads a list of credit lists into cast and crew credits.
func splitCredits(v any) (cast, crew []graph.Credit) {
	l, _ := v.([]any)
	for _, x := range l {
		c := asCredit(x)
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

// distinctKeys returns the distinct keys of names, in order.
func distinctKeys(names []string, key func(string) string) []string {
	seen := make(map[string]bool, len(names))
	var keys []string
	for _, n := range names {
		if k := key(n); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// Shows implements graph.Batcher: one query for all the titles.
func (s *Store) Shows(ctx context.Context, titles []string) (map[string]*graph.Show, error) {
	return readMany(ctx, s, "shows", showsQuery, distinctKeys(titles, graph.ShowKey), func(ref graph.Ref, aliases []string, cast, crew []graph.Credit) *graph.Show {
		graph.SortShowCredits(cast)
		graph.SortShowCredits(crew)
		return &graph.Show{Ref: ref, Aliases: aliases, Cast: cast, Crew: crew}
	})
}

// People implements graph.Batcher: one query for all the names.
func (s *Store) People(ctx context.Context, names []string) (map[string]*graph.Person, error) {
	return readMany(ctx, s, "people", peopleQuery, distinctKeys(names, graph.PersonKey), func(ref graph.Ref, aliases []string, cast, crew []graph.Credit) *graph.Person {
		graph.SortPersonCredits(cast)
		graph.SortPersonCredits(crew)
		return &graph.Person{Ref: ref, Aliases: aliases, Roles: cast, Crew: crew}
	})
}

// readMany runs showsQuery or peopleQuery (what names the kind) for keys
// and makes each node found with node, keyed by its key.
func readMany[T any](ctx context.Context, s *Store, what, query string, keys []string,
	node func(ref graph.Ref, aliases []string, cast, crew []graph.Credit) *T) (map[string]*T, error) {
	out := make(map[string]*T, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	kind := graph.NodeShow
	if what == "people" {
		kind = graph.NodePerson
	}
	_, err := s.read(ctx, fmt.Sprintf("%s (%d)", what, len(keys)), func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		clear(out)
		recs, err := collect(ctx, tx, query, map[string]any{"keys": anyList(keys)})
		for _, r := range recs {
			key := str(r, "key")
			v, _ := r.Get("credits")
			cast, crew := splitCredits(v)
			out[key] = node(graph.Ref{ID: kind + ":" + key, Name: str(r, "name")}, nonNil(strs(r, "aliases")), cast, crew)
		}
		return nil, err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Show implements graph.Store: the show and its credits in one query.
func (s *Store) Show(ctx context.Context, title string) (*graph.Show, error) {
	shows, err := s.Shows(ctx, []string{title})
	if err != nil {
		return nil, err
	}
	sh := shows[graph.ShowKey(title)]
	if sh == nil {
		return nil, s.notFound(ctx, title, showKinds, "no show titled %q", title)
	}
	return sh, nil
}

// Person implements graph.Store: the person and their credits in one query.
func (s *Store) Person(ctx context.Context, name string) (*graph.Person, error) {
	people, err := s.People(ctx, []string{name})
	if err != nil {
		return nil, err
	}
	p := people[graph.PersonKey(name)]
	if p == nil {
		return nil, s.notFound(ctx, name, personKinds, "no person named %q", name)
	}
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

// fuzzyLuceneQuery returns a full-text query that matches every node with
// a spelling that graph.FuzzyKey may match: one that holds, for each word
// of the search key, that word or, where graph.FuzzyWord allows, a term one
// edit away from it that FuzzyWord allows too. Those terms are spelt out
// rather than asked for as fuzzy terms (word~1), which Lucene cuts at its
// 50 closest terms: a deletion or a swap is a term, a replacement or an
// insertion a wildcard term with ? for the one rune. A word has at most
// 4×FuzzyMaxRunes+1 of them and a text at most FuzzyMaxWords words, well
// under Lucene's limit of 1,024 clauses. Folded words hold no character
// special to the syntax.
func fuzzyLuceneQuery(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if !graph.FuzzyWord(w) {
			if r := []rune(w); len(r) > maxTermRunes {
				w = string(r[:maxTermRunes]) + "*"
			}
			b.WriteString("+" + w)
			continue
		}
		r := []rune(w)
		seen := map[string]bool{}
		var terms []string
		add := func(parts ...string) {
			t := strings.Join(parts, "")
			if graph.FuzzyWord(t) && !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
		add(w)
		for i := range r {
			add(string(r[:i]), string(r[i+1:]))      // deleted
			add(string(r[:i]), "?", string(r[i+1:])) // replaced
			add(string(r[:i]), "?", string(r[i:]))   // inserted
			if i+1 < len(r) && r[i] != r[i+1] {      // swapped
				add(string(r[:i]), string(r[i+1]), string(r[i]), string(r[i+2:]))
			}
		}
		add(w, "?") // inserted at the end
		b.WriteString("+(" + strings.Join(terms, " ") + ")")
	}
	return b.String()
}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	if strings.TrimSpace(graph.Fold(text)) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search text %q has no letters or digits", text)
	}
	if limit <= 0 {
		return nil, graph.Errorf(graph.EINVALID, "search limit %d must be at least 1", limit)
	}
	return s.search(ctx, text, limit, nil)
}

// search is Search for the hits of the kinds given (all when kinds is nil).
// The index gives the candidates of MatchScore first; when fewer than limit
// match, it gives those of graph.FuzzyKey, the matches with typos, which
// come after all of those. Every candidate is scored in Go.
func (s *Store) search(ctx context.Context, text string, limit int, kinds []string) ([]graph.SearchHit, error) {
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
	q := graph.SearchKey(text)
	fk := graph.NewFuzzyKey(q)
	want := func(kind string) bool { return kinds == nil || slices.Contains(kinds, kind) }
	out, err := s.read(ctx, "search "+text, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		// The index is updated after commits: wait for those done so far.
		if err := exec(ctx, tx, "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()", nil); err != nil {
			return nil, err
		}
		// scoreAll adds to hits the candidates in recs of the kinds
		// wanted to which score, given a folded spelling, gives more
		// than 0, skipping those seen already.
		seen := map[string]bool{}
		var hits []graph.SearchHit
		scoreAll := func(recs []*driver.Record, score func(folded string) float64) error {
			for i, r := range recs {
				if i%4096 == 0 && ctx.Err() != nil {
					return ctx.Err()
				}
				h := graph.SearchHit{Kind: str(r, "kind"), Name: str(r, "name")}
				h.ID = h.Kind + ":" + str(r, "key")
				if !want(h.Kind) || seen[h.ID] {
					continue
				}
				h.Score = score(graph.Fold(h.Name))
				for _, a := range strs(r, "aliases") {
					h.Score = max(h.Score, score(graph.Fold(a)))
				}
				if h.Score > 0 {
					seen[h.ID] = true
					hits = append(hits, h)
				}
			}
			return nil
		}
		recs, err := collect(ctx, tx, searchQuery, map[string]any{"query": strings.Join(parts, " OR ")})
		if err != nil {
			return nil, err
		}
		if err := scoreAll(recs, func(c string) float64 { return graph.MatchFolded(q, c) }); err != nil {
			return nil, err
		}
		if len(hits) < limit && fk.Fuzzy() {
			recs, err := collect(ctx, tx, searchQuery, map[string]any{"query": fuzzyLuceneQuery(fk.Words())})
			if err != nil {
				return nil, err
			}
			// A node matched exactly was seen: it is a hit already.
			if err := scoreAll(recs, fk.Score); err != nil {
				return nil, err
			}
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

// The kinds of node a not-found show or person suggests.
var (
	showKinds   = []string{graph.NodeShow}
	personKinds = []string{graph.NodePerson}
)

// notFound returns the ENOTFOUND error with the given message that
// suggests the nodes of the kinds given that name may have meant (see
// graph.Store.Show). When the suggestions cannot be read, the error has
// none.
func (s *Store) notFound(ctx context.Context, name string, kinds []string, format string, args ...any) error {
	return graph.NotFoundFor(name, func(text string, limit int) ([]graph.SearchHit, error) {
		return s.search(ctx, text, limit, kinds)
	}, format, args...)
}

// linkingQuery finds both shows and the people credited in both, with
// their cast credits in each, in one query; linkingSelfQuery is the same
// when both titles name one show. A person with crew credits only, in
// either show, is left out. The people are matched from both shows at once
// (a hash join of the two casts, rather than a test of every member of one
// against the other); the subquery's aggregation gives one row even when
// nobody links the shows. Each link is [person key, person name, cast
// credits in A, cast credits in B]: the person and the shows are sent once,
// not with every credit.
var (
	linkingQuery = `
CALL {
  MATCH (a:Show {key: $a})<-[la:` + relCredited + `]-(p)-[lb:` + relCredited + `]->(b:Show {key: $b})
  USING INDEX SEEK a:Show(key) USING INDEX SEEK b:Show(key) USING JOIN ON p
  WITH p, ` + castIn("a", "la") + ` AS inA, ` + castIn("b", "lb") + ` AS inB
  WHERE size(inA) > 0 AND size(inB) > 0
  RETURN collect([p.key, p.name, inA, inB]) AS links
}
` + linkingReturn
	linkingSelfQuery = `
CALL {
  MATCH (a:Show {key: $a})<-[la:` + relCredited + `]-(p) USING INDEX SEEK a:Show(key)
  WITH p, ` + castIn("a", "la") + ` AS inA
  WHERE size(inA) > 0
  RETURN collect([p.key, p.name, inA, inA]) AS links
}
` + linkingReturn
)

const linkingReturn = `OPTIONAL MATCH (a:Show {key: $a}) USING INDEX SEEK a:Show(key)
OPTIONAL MATCH (b:Show {key: $b}) USING INDEX SEEK b:Show(key)
RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB, a.title AS titleA, b.title AS titleB, links`

// castIn is a subquery for the cast credits of a person p in the show
// named show, each as [character name, seasons, evArticles, evSentences,
// evDates]. The CREDITED edge named link between them lists the keys of the
// characters p plays there, which are found by key, and says whether p
// has an APPEARED_IN credit there, which is looked for only then: the work
// is the credits found rather than all of p's or all of the show's.
func castIn(show, link string) string {
	return `COLLECT {
    UNWIND CASE WHEN ` + link + `.appeared THEN [true] ELSE [] END AS appeared
    MATCH (p)-[r:APPEARED_IN]->(` + show + `) RETURN [null, r.seasons, r.evArticles, r.evSentences, r.evDates] AS credit
    UNION ALL
    UNWIND coalesce(` + link + `.characters, []) AS key
    MATCH (c:Character {key: key}) USING INDEX SEEK c:Character(key)
    MATCH (p)-[r:PLAYED]->(c)
    RETURN [c.name, r.seasons, r.evArticles, r.evSentences, r.evDates] AS credit
  }`
}

// castCreditsIn reads castIn's list: the cast credits of person in show.
func castCreditsIn(v any, person, show graph.Ref) []graph.Credit {
	l, _ := v.([]any)
	out := make([]graph.Credit, 0, len(l))
	for _, x := range l {
		c, _ := x.([]any)
		if len(c) != 5 {
			continue
		}
		out = append(out, graph.Credit{Kind: graph.KindCast, Person: person, Show: show, Character: asString(c[0]),
			Seasons: asInts(c[1]), Evidence: asEvidence(c[2], c[3], c[4])})
	}
	graph.SortPersonCredits(out)
	return out
}

// LinkingActors implements graph.Store: one query.
func (s *Store) LinkingActors(ctx context.Context, showA, showB string) ([]graph.Link, error) {
	ka, kb := graph.ShowKey(showA), graph.ShowKey(showB)
	query := linkingQuery
	if ka == kb { // a pattern may not use one CREDITED edge twice
		query = linkingSelfQuery
	}
	var missing string // the title that names no show, if any
	out, err := s.read(ctx, "linking actors "+showA+" / "+showB, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		missing = ""
		recs, err := collect(ctx, tx, query, map[string]any{"a": ka, "b": kb})
		if err != nil {
			return nil, err
		}
		if v, _ := recs[0].Get("hasA"); v != true {
			missing = showA
			return nil, nil
		}
		if v, _ := recs[0].Get("hasB"); v != true {
			missing = showB
			return nil, nil
		}
		r := recs[0]
		showA := graph.Ref{ID: "show:" + ka, Name: str(r, "titleA")}
		showB := graph.Ref{ID: "show:" + kb, Name: str(r, "titleB")}
		v, _ := r.Get("links")
		l, _ := v.([]any)
		links := make([]graph.Link, 0, len(l))
		for _, x := range l {
			link, _ := x.([]any)
			if len(link) != 4 {
				continue
			}
			person := graph.Ref{ID: "person:" + asString(link[0]), Name: asString(link[1])}
			links = append(links, graph.Link{Person: person, InA: castCreditsIn(link[2], person, showA), InB: castCreditsIn(link[3], person, showB)})
		}
		return links, nil
	})
	if err != nil {
		return nil, err
	}
	if missing != "" {
		return nil, s.notFound(ctx, missing, showKinds, "no show titled %q", missing)
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
