package neo4j

import (
	"context"
	"slices"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/castgraph/castgraph/graph"
)

// The path graph has people and shows as nodes and an edge wherever any
// credit joins a person and a show; a PLAYED credit reaches its show through
// the character, and still counts as one hop.

// neighboursQuery returns, for each person and show key given, the IDs of the
// nodes one hop away.
const neighboursQuery = `
UNWIND $people AS k
MATCH (:Person {key: k})-[:APPEARED_IN|WORKED_ON]->(s:Show)
RETURN 'person:' + k AS id, 'show:' + s.key AS nb
UNION
UNWIND $people AS k
MATCH (:Person {key: k})-[:PLAYED]->(:Character)-[:IN]->(s:Show)
RETURN 'person:' + k AS id, 'show:' + s.key AS nb
UNION
UNWIND $shows AS k
MATCH (:Show {key: k})<-[:APPEARED_IN|WORKED_ON]-(p:Person)
RETURN 'show:' + k AS id, 'person:' + p.key AS nb
UNION
UNWIND $shows AS k
MATCH (:Show {key: k})<-[:IN]-(:Character)<-[:PLAYED]-(p:Person)
RETURN 'show:' + k AS id, 'person:' + p.key AS nb`

// pathNodesQuery returns the display names of the people and shows given.
const pathNodesQuery = `
UNWIND $people AS k MATCH (n:Person {key: k})
RETURN 'person:' + k AS id, n.name AS name
UNION ALL
UNWIND $shows AS k MATCH (n:Show {key: k})
RETURN 'show:' + k AS id, n.title AS name`

// edgeEvidenceQuery returns the evidence of every credit between the person
// and the show of each pair, tagged with the pair's index.
const edgeEvidenceQuery = `
UNWIND $pairs AS pair
MATCH (:Person {key: pair.person})-[r:APPEARED_IN|WORKED_ON]->(:Show {key: pair.show})
RETURN pair.i AS i, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates
UNION ALL
UNWIND $pairs AS pair
MATCH (:Person {key: pair.person})-[r:PLAYED]->(:Character)-[:IN]->(:Show {key: pair.show})
RETURN pair.i AS i, r.evArticles AS evArticles, r.evSentences AS evSentences, r.evDates AS evDates`

// adjacency fetches and caches neighbour lists inside one read transaction.
type adjacency struct {
	ctx context.Context
	tx  driver.ManagedTransaction
	nbs map[string][]string
}

// fetch makes sure the neighbours of every id are cached, with one query for
// all the ids not cached yet.
func (a *adjacency) fetch(ids []string) error {
	var people, shows []string
	for _, id := range ids {
		if _, ok := a.nbs[id]; ok {
			continue
		}
		a.nbs[id] = nil
		if k, ok := strings.CutPrefix(id, "person:"); ok {
			people = append(people, k)
		} else if k, ok := strings.CutPrefix(id, "show:"); ok {
			shows = append(shows, k)
		}
	}
	if len(people)+len(shows) == 0 {
		return nil
	}
	for i := 0; i < max(len(people), len(shows)); i += chunk {
		if err := a.ctx.Err(); err != nil {
			return err
		}
		recs, err := collect(a.ctx, a.tx, neighboursQuery, map[string]any{
			"people": anyList(window(people, i)), "shows": anyList(window(shows, i)),
		})
		if err != nil {
			return err
		}
		for _, r := range recs {
			id := str(r, "id")
			a.nbs[id] = append(a.nbs[id], str(r, "nb"))
		}
	}
	for _, id := range ids {
		slices.Sort(a.nbs[id])
		a.nbs[id] = slices.Compact(a.nbs[id])
	}
	return nil
}

// neighbours returns the sorted, distinct neighbours of id.
func (a *adjacency) neighbours(id string) ([]string, error) {
	if err := a.fetch([]string{id}); err != nil {
		return nil, err
	}
	return a.nbs[id], nil
}

// ShortestPath implements graph.Store: a breadth-first search from both ends,
// one query per layer, that expands the smaller frontier; then a walk that
// picks, at each step, the smallest node ID that still lies on a shortest
// path. It is the embedded store's algorithm, so both give the same path.
func (s *Store) ShortestPath(ctx context.Context, from, to string, maxHops int) (*graph.Path, error) {
	if maxHops < 1 || maxHops > graph.MaxHopsLimit {
		return nil, graph.Errorf(graph.EINVALID, "maxHops %d is outside 1..%d", maxHops, graph.MaxHopsLimit)
	}
	out, err := s.read(ctx, "shortest path "+from+" → "+to, func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		src, err := resolve(ctx, tx, from)
		if err != nil {
			return nil, err
		}
		dst, err := resolve(ctx, tx, to)
		if err != nil {
			return nil, err
		}
		adj := &adjacency{ctx: ctx, tx: tx, nbs: map[string][]string{}}
		ids, err := adj.shortestPath(src, dst, maxHops)
		if ids == nil || err != nil {
			return nil, err
		}
		return describePath(ctx, tx, ids)
	})
	if err != nil || out == nil {
		return nil, err
	}
	return out.(*graph.Path), nil
}

// resolve finds the person, or else the show, that name names.
func resolve(ctx context.Context, tx driver.ManagedTransaction, name string) (string, error) {
	pk, sk := graph.PersonKey(name), graph.ShowKey(name)
	recs, err := collect(ctx, tx, `
OPTIONAL MATCH (p:Person {key: $person})
OPTIONAL MATCH (s:Show {key: $show})
RETURN p IS NOT NULL AS person, s IS NOT NULL AS show`, map[string]any{"person": pk, "show": sk})
	if err != nil {
		return "", err
	}
	if v, _ := recs[0].Get("person"); v == true {
		return "person:" + pk, nil
	}
	if v, _ := recs[0].Get("show"); v == true {
		return "show:" + sk, nil
	}
	return "", graph.Errorf(graph.ENOTFOUND, "no person or show named %q", name)
}

// shortestPath returns the node IDs of the smallest shortest path from src to
// dst of at most maxHops edges, or nil.
func (a *adjacency) shortestPath(src, dst string, maxHops int) ([]string, error) {
	if src == dst {
		return []string{src}, nil
	}
	distF, distB := map[string]int{src: 0}, map[string]int{dst: 0}
	layersF, layersB := [][]string{{src}}, [][]string{{dst}}
	var meet []string
	for len(layersF)+len(layersB)-2 < maxHops {
		forward := len(layersF[len(layersF)-1]) <= len(layersB[len(layersB)-1])
		layers, dist, other := &layersF, distF, distB
		if !forward {
			layers, dist, other = &layersB, distB, distF
		}
		depth := len(*layers)
		frontier := (*layers)[depth-1]
		if err := a.fetch(frontier); err != nil {
			return nil, err
		}
		var next []string
		for _, id := range frontier {
			for _, nb := range a.nbs[id] {
				if _, seen := dist[nb]; seen {
					continue
				}
				dist[nb] = depth
				next = append(next, nb)
				if _, ok := other[nb]; ok {
					meet = append(meet, nb)
				}
			}
		}
		if len(next) == 0 {
			return nil, nil
		}
		*layers = append(*layers, next)
		if len(meet) > 0 {
			break
		}
	}
	if len(meet) == 0 {
		return nil, nil
	}
	// The meeting nodes sit at position m = len(layersF)-1 of every shortest
	// path. Keep, before them, the forward nodes that lead to one; after
	// them, the backward nodes reached from one.
	m, L := len(layersF)-1, len(layersF)+len(layersB)-2
	on := make([]map[string]bool, L+1)
	on[m] = setOf(meet)
	onPath := func(i int, layer []string, next int) error {
		if err := a.fetch(layer); err != nil {
			return err
		}
		on[i] = map[string]bool{}
		for _, id := range layer {
			if slices.ContainsFunc(a.nbs[id], func(nb string) bool { return on[next][nb] }) {
				on[i][id] = true
			}
		}
		return nil
	}
	for i := m - 1; i >= 0; i-- {
		if err := onPath(i, layersF[i], i+1); err != nil {
			return nil, err
		}
	}
	for i := m + 1; i <= L; i++ {
		if err := onPath(i, layersB[L-i], i-1); err != nil {
			return nil, err
		}
	}
	path := []string{src}
	for i := 1; i <= L; i++ {
		nbs, err := a.neighbours(path[i-1])
		if err != nil {
			return nil, err
		}
		for _, nb := range nbs { // sorted: the first fit is the smallest
			if on[i][nb] {
				path = append(path, nb)
				break
			}
		}
	}
	return path, nil
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// describePath reads the names of a path's nodes and the evidence of its
// edges.
func describePath(ctx context.Context, tx driver.ManagedTransaction, ids []string) (*graph.Path, error) {
	var people, shows []string
	var pairs []any
	for i, id := range ids {
		if k, ok := strings.CutPrefix(id, "person:"); ok {
			people = append(people, k)
		} else {
			shows = append(shows, strings.TrimPrefix(id, "show:"))
		}
		if i > 0 {
			person, show := ids[i-1], id
			if strings.HasPrefix(person, "show:") {
				person, show = show, person
			}
			pairs = append(pairs, map[string]any{
				"i": int64(i), "person": strings.TrimPrefix(person, "person:"), "show": strings.TrimPrefix(show, "show:"),
			})
		}
	}
	recs, err := collect(ctx, tx, pathNodesQuery, map[string]any{"people": anyList(people), "shows": anyList(shows)})
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, r := range recs {
		names[str(r, "id")] = str(r, "name")
	}
	evs := make([][]graph.Evidence, len(ids))
	if len(pairs) > 0 {
		recs, err = collect(ctx, tx, edgeEvidenceQuery, map[string]any{"pairs": pairs})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			i := integer(r, "i")
			evs[i] = append(evs[i], evidence(r)...)
		}
	}
	p := &graph.Path{Length: len(ids) - 1}
	for i, id := range ids {
		kind := graph.NodeShow
		if strings.HasPrefix(id, "person:") {
			kind = graph.NodePerson
		}
		ev := []graph.Evidence{}
		if i > 0 {
			ev = graph.SortEvidence(append(ev, evs[i]...))
		}
		p.Nodes = append(p.Nodes, graph.PathNode{Kind: kind, ID: id, Name: names[id], Evidence: ev})
	}
	return p, nil
}
