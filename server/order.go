package server

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/graphql-go/graphql/language/ast"
)

// The executor returns objects as Go maps, which encoding/json writes in
// sorted key order. The GraphQL specification orders a response's fields as
// the query asks for them, so appendData writes them in that order.

// selected is one response key of a selection set and the selection sets
// under it (several when the key is selected more than once).
type selected struct {
	key  string
	sets []*ast.SelectionSet
}

type orderer struct {
	fragments map[string]*ast.FragmentDefinition
}

func newOrderer(doc *ast.Document) *orderer {
	o := &orderer{fragments: map[string]*ast.FragmentDefinition{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			o.fragments[f.Name.Value] = f
		}
	}
	return o
}

// keys lists the response keys of sets in the order they first appear,
// with fragments expanded.
func (o *orderer) keys(sets []*ast.SelectionSet) []selected {
	var out []selected
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
				i := slices.IndexFunc(out, func(s selected) bool { return s.key == key })
				if i < 0 {
					out = append(out, selected{key: key})
					i = len(out) - 1
				}
				if sel.SelectionSet != nil {
					out[i].sets = append(out[i].sets, sel.SelectionSet)
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
	return out
}

// appendData appends v, a value the executor returned for sets, as JSON.
func (o *orderer) appendData(b []byte, v any, sets []*ast.SelectionSet) ([]byte, error) {
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
		for _, s := range o.keys(sets) {
			val, ok := x[s.key]
			if !ok {
				continue
			}
			if n++; n > 1 {
				b = append(b, ',')
			}
			b = appendString(b, s.key)
			b = append(b, ':')
			if b, err = o.appendData(b, val, s.sets); err != nil {
				return nil, err
			}
		}
		if n < len(x) { // keys the query does not name; not expected
			rest := make([]string, 0, len(x)-n)
			for k := range x {
				if !slices.ContainsFunc(o.keys(sets), func(s selected) bool { return s.key == k }) {
					rest = append(rest, k)
				}
			}
			slices.Sort(rest)
			for _, k := range rest {
				if n++; n > 1 {
					b = append(b, ',')
				}
				b = append(appendString(b, k), ':')
				if b, err = o.appendData(b, x[k], nil); err != nil {
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
			if b, err = o.appendData(b, e, sets); err != nil {
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
