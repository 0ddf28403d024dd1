package schema

import (
	"encoding/base64"
	"reflect"
	"strconv"
	"strings"
)

// page is one page of a list, the source of a connection.
type page struct {
	items []any
	start int // the index of items[0] in the whole list
	total int // the length of the whole list
}

type edge struct {
	cursor string
	node   any
}

func (p *page) hasNext() bool { return p.start+len(p.items) < p.total }

// cursor returns the cursor of items[i], or nil when there is no such item.
func (p *page) cursor(i int) any {
	if i < 0 || i >= len(p.items) {
		return nil
	}
	return encodeCursor(p.start + i)
}

func (p *page) edges() []any {
	es := make([]edge, len(p.items))
	for i, it := range p.items {
		es[i] = edge{cursor: encodeCursor(p.start + i), node: it}
	}
	return ptrs(es)
}

const cursorPrefix = "cursor:"

// encodeCursor makes the opaque cursor of the item at index i of a list.
func encodeCursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(i)))
}

func decodeCursor(c string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimPrefix(string(b), cursorPrefix))
	return i, err == nil && i >= 0
}

// checkFirst checks the first and last arguments against the maxFirst
// limit.
func (a *api) checkFirst(args map[string]any) error {
	for _, name := range []string{"first", "last"} {
		if n, ok := args[name].(int); ok && (n < 0 || n > a.cfg.MaxFirst) {
			return limitError("BAD_USER_INPUT", "maxFirst", a.cfg.MaxFirst, "%s must be between 0 and %d (the maxFirst limit), got %d", name, a.cfg.MaxFirst, n)
		}
	}
	return nil
}

// window returns the part [lo, hi) of a list of n items that the paging
// arguments ask for, as Relay's connections specify it: after and before
// cut the list to the items between their cursors, then first keeps the
// first items of what is left, and last the last ones. With neither first
// nor last, the default is the first DefaultFirst items.
func (a *api) window(n int, args map[string]any) (lo, hi int, err error) {
	if err := a.checkFirst(args); err != nil {
		return 0, 0, err
	}
	lo, hi = 0, n
	if after, ok := args["after"].(string); ok && after != "" {
		i, ok := decodeCursor(after)
		if !ok {
			return 0, 0, badInput("after: %q is not a cursor of this list", after)
		}
		lo = min(i+1, n)
	}
	if before, ok := args["before"].(string); ok && before != "" {
		i, ok := decodeCursor(before)
		if !ok {
			return 0, 0, badInput("before: %q is not a cursor of this list", before)
		}
		hi = max(min(i, n), lo)
	}
	first, hasFirst := args["first"].(int)
	last, hasLast := args["last"].(int)
	if !hasFirst && !hasLast {
		first, hasFirst = a.cfg.DefaultFirst, true
	}
	if hasFirst {
		hi = min(hi, lo+first)
	}
	if hasLast {
		lo = max(lo, hi-last)
	}
	return lo, hi, nil
}

// paginate cuts the page that the paging arguments ask for (see window) out
// of list, a slice: its items are pointers into list.
func (a *api) paginate(list any, args map[string]any) (*page, error) {
	v := reflect.ValueOf(list)
	n := v.Len()
	lo, hi, err := a.window(n, args)
	if err != nil {
		return nil, err
	}
	items := make([]any, 0, hi-lo)
	for i := lo; i < hi; i++ {
		items = append(items, v.Index(i).Addr().Interface())
	}
	return &page{items: items, start: lo, total: n}, nil
}
