package embedded

import (
	"slices"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// node is a person, show or character, as stored and as held in memory.
// A node is never changed in place once it is in a memGraph: a load that
// changes one stores a copy, so readers holding the old one stay consistent.
type node struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"` // graph.NodePerson, NodeShow or NodeCharacter
	Name    string   `json:"name"` // display name: the first spelling seen
	Aliases []string `json:"aliases,omitempty"`
	Show    string   `json:"show,omitempty"` // a character's show ID
}

// credit is one edge; like node, never changed in place.
type credit struct {
	ID        string           `json:"id"`
	Kind      string           `json:"kind"`
	Person    string           `json:"person"` // person node ID
	Show      string           `json:"show"`   // show node ID
	Character string           `json:"character,omitempty"`
	CharID    string           `json:"char_id,omitempty"`
	Job       string           `json:"job,omitempty"`
	Seasons   []int            `json:"seasons,omitempty"`
	Evidence  []graph.Evidence `json:"evidence,omitempty"`
}

// creditID is the identity of the edge a fact states: one edge per person,
// show and character (cast) or job (crew).
func creditID(f graph.Fact) string {
	detail := graph.Fold(f.Character)
	if f.Kind == graph.KindCrew {
		detail = graph.Fold(f.Job)
	}
	return f.Kind + "|" + graph.PersonKey(f.Person) + "|" + graph.ShowKey(f.Show) + "|" + detail
}

// memGraph is the in-memory graph that queries read.
type memGraph struct {
	nodes    map[string]*node
	credits  map[string]*credit
	byPerson map[string][]string // person ID -> credit IDs
	byShow   map[string][]string // show ID -> credit IDs
	articles map[string]struct{}
	counts   map[string]int // node kind -> count
}

func newMemGraph() *memGraph {
	return &memGraph{
		nodes:    map[string]*node{},
		credits:  map[string]*credit{},
		byPerson: map[string][]string{},
		byShow:   map[string][]string{},
		articles: map[string]struct{}{},
		counts:   map[string]int{},
	}
}

// putNode adds or replaces a node.
func (g *memGraph) putNode(n *node) {
	if g.nodes[n.ID] == nil {
		g.counts[n.Kind]++
	}
	g.nodes[n.ID] = n
}

// putCredit adds or replaces a credit and indexes it.
func (g *memGraph) putCredit(c *credit) {
	if g.credits[c.ID] == nil {
		g.byPerson[c.Person] = append(g.byPerson[c.Person], c.ID)
		g.byShow[c.Show] = append(g.byShow[c.Show], c.ID)
	}
	g.credits[c.ID] = c
	for _, e := range c.Evidence {
		g.articles[e.Article] = struct{}{}
	}
}

func (g *memGraph) ref(id string) graph.Ref {
	n := g.nodes[id]
	return graph.Ref{ID: n.ID, Name: n.Name}
}

// toCredit turns a stored credit into the domain type. Slices are cloned so
// callers may keep or change them.
func (g *memGraph) toCredit(c *credit) graph.Credit {
	out := graph.Credit{
		Kind:     c.Kind,
		Person:   g.ref(c.Person),
		Show:     g.ref(c.Show),
		Job:      c.Job,
		Seasons:  slices.Clone(c.Seasons),
		Evidence: slices.Clone(c.Evidence),
	}
	if c.CharID != "" {
		out.Character = g.nodes[c.CharID].Name
	}
	return out
}

// creditsOf returns the cast and crew credits in ids.
func (g *memGraph) creditsOf(ids []string) (cast, crew []graph.Credit) {
	for _, id := range ids {
		c := g.toCredit(g.credits[id])
		if c.Kind == graph.KindCast {
			cast = append(cast, c)
		} else {
			crew = append(crew, c)
		}
	}
	return cast, crew
}

// neighbours returns the sorted, distinct IDs of the nodes that share a
// credit with a person or show: shows for a person, people for a show.
func (g *memGraph) neighbours(id string) []string {
	var ids []string
	if strings.HasPrefix(id, "person:") {
		for _, cid := range g.byPerson[id] {
			ids = append(ids, g.credits[cid].Show)
		}
	} else {
		for _, cid := range g.byShow[id] {
			ids = append(ids, g.credits[cid].Person)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// edgeEvidence is the evidence of every credit between a person and a show.
func (g *memGraph) edgeEvidence(a, b string) []graph.Evidence {
	person, show := a, b
	if strings.HasPrefix(a, "show:") {
		person, show = b, a
	}
	var ev []graph.Evidence
	for _, cid := range g.byPerson[person] {
		if c := g.credits[cid]; c.Show == show {
			ev = append(ev, c.Evidence...)
		}
	}
	return graph.SortEvidence(ev)
}
