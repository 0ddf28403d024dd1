package graph

import "context"

// Orders of Browse.
const (
	OrderName    = "name"    // by key (PersonKey or ShowKey): the order of node IDs
	OrderCredits = "credits" // most credits first, then by key
)

// Browser is a Store that lists its people or shows a page at a time, so a
// client can walk the whole graph without searching for it. Every store of
// castgraph offers it; callers find it by type assertion.
type Browser interface {
	// Browse returns the people or shows (kind NodePerson or NodeShow) at
	// positions offset to offset+limit-1 of the list of all of them in
	// order (OrderName or OrderCredits), and the length of that list. A
	// node's credits are its cast and crew credits (a person's roles and
	// crew credits, a show's cast and crew). EINVALID for another kind or
	// order, or a negative offset or limit.
	Browse(ctx context.Context, kind, order string, offset, limit int) (refs []Ref, total int, err error)
}

// CheckBrowse reports Browse arguments that are not valid as EINVALID.
func CheckBrowse(kind, order string, offset, limit int) error {
	switch {
	case kind != NodePerson && kind != NodeShow:
		return Errorf(EINVALID, "browse: kind %q, want %q or %q", kind, NodePerson, NodeShow)
	case order != OrderName && order != OrderCredits:
		return Errorf(EINVALID, "browse: order %q, want %q or %q", order, OrderName, OrderCredits)
	case offset < 0 || limit < 0:
		return Errorf(EINVALID, "browse: offset %d and limit %d must not be negative", offset, limit)
	}
	return nil
}
