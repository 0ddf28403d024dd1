package server

import (
	"encoding/json"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/graphql-go/graphql/language/ast"
)

// The executor returns objects as Go maps, which encoding/json writes in
// sorted key order. The GraphQL specification orders a response's fields as
// the query asks for them, so appendData writes them in that order.

// shape is the response keys of a selection (one or more selection sets
// merged, as a key selected twice merges its sets), in the order they first
// appear, with fragments expanded. A document's shapes are made once, on
// first use, and then shared by every response to it.
type shape struct {
	keys []*selected
}

// selected is one response key of a shape and the selection sets under it.
type selected struct {
	key  string
	sets []*ast.SelectionSet
	sub  atomic.Pointer[shape] // the shape of the key's value, once made
}

// orderer writes the responses of one document in query order.
type orderer struct {
	fragments map[string]*ast.FragmentDefinition

	mu    sync.Mutex
	roots map[*ast.SelectionSet]*shape // by operation
}

func newOrderer(doc *ast.Document) *orderer {
	o := &orderer{fragments: map[string]*ast.FragmentDefinition{}, roots: map[*ast.SelectionSet]*shape{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			o.fragments[f.Name.Value] = f
		}
	}
	return o
}

// root returns the shape of an operation's selections.
func (o *orderer) root(set *ast.SelectionSet) *shape {
	o.mu.Lock()
	defer o.mu.Unlock()
	sh := o.roots[set]
	if sh == nil {
		sh = o.shapeOf([]*ast.SelectionSet{set})
		o.roots[set] = sh
	}
	return sh
}

// under returns the shape of s's value.
func (o *orderer) under(s *selected) *shape {
	if sh := s.sub.Load(); sh != nil {
		return sh
	}
	sh := o.shapeOf(s.sets)
	if !s.sub.CompareAndSwap(nil, sh) {
		return s.sub.Load()
	}
	return sh
}

// shapeOf lists the response keys of sets in the order they first appear,
// with fragments expanded.
func (o *orderer) shapeOf(sets []*ast.SelectionSet) *shape {
	sh := &shape{}
	var visit func(set *ast.SelectionSet, depth int)
	visit = func(set *ast.SelectionSet, depth int) {
		if set == nil || depth > 64 {
			return
		}
		for _, sel := range set.Selections {
			switch sel := sel.(type) {
			case *ast.Field:
				key := sel.Name.Value
				if sel.Alias != nil && sel.Alias.Value != "" {
					key = sel.Alias.Value
				}
				i := slices.IndexFunc(sh.keys, func(s *selected) bool { return s.key == key })
				if i < 0 {
					sh.keys = append(sh.keys, &selected{key: key})
					i = len(sh.keys) - 1
				}
				if sel.SelectionSet != nil {
					sh.keys[i].sets = append(sh.keys[i].sets, sel.SelectionSet)
				}
			case *ast.InlineFragment:
				visit(sel.SelectionSet, depth+1)
			case *ast.FragmentSpread:
				if f := o.fragments[sel.Name.Value]; f != nil {
					visit(f.SelectionSet, depth+1)
				}
			}
		}
	}
	for _, s := range sets {
		visit(s, 0)
	}
	return sh
}

// has reports whether key is one of sh's keys.
func (sh *shape) has(key string) bool {
	return slices.ContainsFunc(sh.keys, func(s *selected) bool { return s.key == key })
}

// appendData appends v, a value the executor returned for a selection of
// shape sh, as JSON.
func (o *orderer) appendData(b []byte, v any, sh *shape) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case string:
		return appendString(b, x), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case int:
		return strconv.AppendInt(b, int64(x), 10), nil
	case map[string]any:
		b = append(b, '{')
		n := 0
		var err error
		for _, s := range sh.keys {
			val, ok := x[s.key]
			if !ok {
				continue
			}
			if n++; n > 1 {
				b = append(b, ',')
			}
			b = appendString(b, s.key)
			b = append(b, ':')
			if b, err = o.appendData(b, val, o.under(s)); err != nil {
				return nil, err
			}
		}
		if n < len(x) { // keys the query does not name; not expected
			rest := make([]string, 0, len(x)-n)
			for k := range x {
				if !sh.has(k) {
					rest = append(rest, k)
				}
			}
			slices.Sort(rest)
			for _, k := range rest {
				if n++; n > 1 {
					b = append(b, ',')
				}
				b = append(appendString(b, k), ':')
				if b, err = o.appendData(b, x[k], &shape{}); err != nil {
					return nil, err
				}
			}
		}
		return append(b, '}'), nil
	case []any:
		b = append(b, '[')
		var err error
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = o.appendData(b, e, sh); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	default:
		j, err := json.Marshal(x)
		return append(b, j...), err
	}
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string, leaving HTML characters as they are.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
