package graph

import (
	"context"
	"fmt"
	"slices"
)

// CheckPath reports whether p is a path of s from the node from names to the
// node to names, of the given length: it starts and ends at those nodes,
// alternates people and shows, and each step is joined by at least one
// credit of s and carries exactly the evidence of every credit between its
// person and its show, sorted. It is how two stores' answers to
// ShortestPath are compared when each may pick its own among equally short
// paths: two paths that pass it with the same ends and the shortest length
// are equally right, and where only one shortest path exists they are the
// same path. The error says which step is wrong and why.
func CheckPath(ctx context.Context, s Store, p *Path, from, to string, length int) error {
	if p == nil {
		return fmt.Errorf("no path; want one of length %d", length)
	}
	if p.Length != length || len(p.Nodes) != length+1 {
		return fmt.Errorf("path of length %d with %d nodes; want length %d", p.Length, len(p.Nodes), length)
	}
	for i, end := range []struct {
		node PathNode
		name string
	}{{p.Nodes[0], from}, {p.Nodes[len(p.Nodes)-1], to}} {
		if id, err := nodeID(ctx, s, end.name); err != nil {
			return err
		} else if end.node.ID != id {
			return fmt.Errorf("path %s at %s; want %s", []string{"starts", "ends"}[i], end.node.ID, id)
		}
	}
	if len(p.Nodes[0].Evidence) != 0 {
		return fmt.Errorf("path's first node %s has evidence; want none", p.Nodes[0].ID)
	}
	for i := 1; i < len(p.Nodes); i++ {
		a, b := p.Nodes[i-1], p.Nodes[i]
		if a.Kind == b.Kind {
			return fmt.Errorf("step %d joins two nodes of kind %s (%s, %s)", i, a.Kind, a.ID, b.ID)
		}
		person, show := a, b
		if a.Kind == NodeShow {
			person, show = b, a
		}
		if person.Kind != NodePerson || show.Kind != NodeShow {
			return fmt.Errorf("step %d joins %s %s and %s %s; want a person and a show", i, a.Kind, a.ID, b.Kind, b.ID)
		}
		pn, err := s.Person(ctx, person.Name)
		if err != nil {
			return fmt.Errorf("step %d: person %q: %w", i, person.Name, err)
		}
		if pn.ID != person.ID {
			return fmt.Errorf("step %d: person %q has ID %s in the store, %s in the path", i, person.Name, pn.ID, person.ID)
		}
		var ev []Evidence
		for _, c := range append(slices.Clone(pn.Roles), pn.Crew...) {
			if c.Show.ID == show.ID {
				if c.Show.Name != show.Name {
					return fmt.Errorf("step %d: show %s is named %q in the store, %q in the path", i, show.ID, c.Show.Name, show.Name)
				}
				ev = append(ev, c.Evidence...)
			}
		}
		if ev == nil {
			return fmt.Errorf("step %d: no credit joins %s and %s", i, person.ID, show.ID)
		}
		if want := SortEvidence(ev); !slices.Equal(b.Evidence, want) {
			return fmt.Errorf("step %d (%s → %s) has evidence %v; want %v", i, a.ID, b.ID, b.Evidence, want)
		}
	}
	return nil
}

// nodeID returns the ID of the node name names, as ShortestPath resolves
// it: the person named so, or else the show titled so.
func nodeID(ctx context.Context, s Store, name string) (string, error) {
	p, err := s.Person(ctx, name)
	if err == nil {
		return p.ID, nil
	}
	if ErrorCode(err) != ENOTFOUND {
		return "", err
	}
	sh, err := s.Show(ctx, name)
	if err != nil {
		return "", fmt.Errorf("end %q: %w", name, err)
	}
	return sh.ID, nil
}
