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

func (p *page) edges() []edge {
	es := make([]edge, len(p.items))
	for i, it := range p.items {
		es[i] = edge{cursor: encodeCursor(p.start + i), node: it}
	}
	return es
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

// checkFirst checks the first argument against the maxFirst limit.
func (a *api) checkFirst(args map[string]any) error {
	if first, ok := args["first"].(int); ok && (first < 0 || first > a.cfg.MaxFirst) {
		return limitError("BAD_USER_INPUT", "maxFirst", a.cfg.MaxFirst, "first must be between 0 and %d (the maxFirst limit), got %d", a.cfg.MaxFirst, first)
	}
	return nil
}

// paginate cuts the page that the first and after arguments ask for out of
// list, a slice.
func (a *api) paginate(list any, args map[string]any) (*page, error) {
	if err := a.checkFirst(args); err != nil {
		return nil, err
	}
	first, ok := args["first"].(int)
	if !ok {
		first = a.cfg.DefaultFirst
	}
	v := reflect.ValueOf(list)
	n := v.Len()
	start := 0
	if after, ok := args["after"].(string); ok && after != "" {
		i, ok := decodeCursor(after)
		if !ok {
			return nil, badInput("after: %q is not a cursor of this list", after)
		}
		start = min(i+1, n)
	}
	end := min(start+first, n)
	items := make([]any, 0, end-start)
	for i := start; i < end; i++ {
		items = append(items, v.Index(i).Interface())
	}
	return &page{items: items, start: start, total: n}, nil
}
