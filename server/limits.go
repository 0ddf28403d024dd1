package server

import (
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
)

// The static estimate of what a query costs, checked before it runs.
//
// Every field costs 1. A field that returns a list multiplies the cost of
// its selection by the list's expected length: its `first` argument where it
// has one (a connection passes its `first` on to its edges and nodes),
// defaultListSize otherwise. The depth of a query is the longest chain of
// nested fields; introspection's `ofType` chains do not count, since they
// only unwrap list and non-null types. Lists of introspection types count as
// one item: their length is bounded by the schema, and the depth limit bounds
// their nesting, so a client's usual introspection query stays cheap.
const defaultListSize = 10

// analysis is the depth and cost of one operation.
type analysis struct {
	depth, cost int
}

type analyzer struct {
	schema    *graphql.Schema
	fragments map[string]*ast.FragmentDefinition
	vars      map[string]any
	defFirst  int
	maxFirst  int
	visiting  map[string]bool
}

// analyze measures op, whose fragments are in doc, with vars as the
// request's variables.
func analyze(s *graphql.Schema, doc *ast.Document, op *ast.OperationDefinition, vars map[string]any, defFirst, maxFirst int) analysis {
	z := &analyzer{schema: s, fragments: map[string]*ast.FragmentDefinition{}, vars: vars, defFirst: defFirst, maxFirst: maxFirst, visiting: map[string]bool{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			z.fragments[f.Name.Value] = f
		}
	}
	var root *graphql.Object
	switch op.Operation {
	case ast.OperationTypeMutation:
		root = s.MutationType()
	case ast.OperationTypeSubscription:
		root = s.SubscriptionType()
	default:
		root = s.QueryType()
	}
	cost, depth := z.selections(op.SelectionSet, root, 0)
	return analysis{depth: depth, cost: cost}
}

// selections returns the cost and the depth of set, selected on parent;
// connFirst is the page size of the connection parent is, or 0.
func (z *analyzer) selections(set *ast.SelectionSet, parent graphql.Type, connFirst int) (cost, depth int) {
	if set == nil {
		return 0, 0
	}
	for _, sel := range set.Selections {
		var c, d int
		switch sel := sel.(type) {
		case *ast.Field:
			c, d = z.field(sel, parent, connFirst)
		case *ast.InlineFragment:
			t := parent
			if sel.TypeCondition != nil && sel.TypeCondition.Name != nil {
				if named := z.schema.Type(sel.TypeCondition.Name.Value); named != nil {
					t = named
				}
			}
			c, d = z.selections(sel.SelectionSet, t, connFirst)
		case *ast.FragmentSpread:
			name := sel.Name.Value
			f := z.fragments[name]
			if f == nil || z.visiting[name] {
				continue
			}
			t := parent
			if f.TypeCondition != nil && f.TypeCondition.Name != nil {
				if named := z.schema.Type(f.TypeCondition.Name.Value); named != nil {
					t = named
				}
			}
			z.visiting[name] = true
			c, d = z.selections(f.SelectionSet, t, connFirst)
			z.visiting[name] = false
		}
		cost += c
		depth = max(depth, d)
	}
	return cost, depth
}

func (z *analyzer) field(f *ast.Field, parent graphql.Type, connFirst int) (cost, depth int) {
	name := f.Name.Value
	def := z.fieldDef(parent, name)
	if def == nil || f.SelectionSet == nil {
		return 1, 1
	}
	t := def.Type
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	size := 1
	if _, isList := t.(*graphql.List); isList {
		switch first, ok := z.intArg(f, "first"); {
		case strings.HasPrefix(graphql.GetNamed(t).String(), "__"):
			size = 1
		case ok:
			size = first
		case connFirst > 0 && (name == "edges" || name == "nodes"):
			size = connFirst
		default:
			size = defaultListSize
		}
	}
	named, _ := graphql.GetNamed(t).(graphql.Type)
	childConn := 0
	if named != nil && strings.HasSuffix(named.Name(), "Connection") {
		if first, ok := z.intArg(f, "first"); ok {
			childConn = first
		} else if last, ok := z.intArg(f, "last"); ok {
			childConn = last
		} else {
			childConn = z.defFirst
		}
	}
	c, d := z.selections(f.SelectionSet, named, childConn)
	if name != "ofType" {
		d++
	}
	return 1 + size*c, d
}

// intArg returns the value of f's integer argument name, a literal or a
// variable, clamped to 0..maxFirst.
func (z *analyzer) intArg(f *ast.Field, name string) (int, bool) {
	for _, arg := range f.Arguments {
		if arg.Name == nil || arg.Name.Value != name {
			continue
		}
		var n int
		switch v := arg.Value.(type) {
		case *ast.IntValue:
			for _, ch := range v.Value {
				if ch >= '0' && ch <= '9' && n <= z.maxFirst {
					n = n*10 + int(ch-'0')
				}
			}
		case *ast.Variable:
			switch x := z.vars[v.Name.Value].(type) {
			case float64:
				n = int(x)
			case int:
				n = x
			default:
				return 0, false
			}
		default:
			return 0, false
		}
		return max(0, min(n, z.maxFirst)), true
	}
	return 0, false
}

func (z *analyzer) fieldDef(parent graphql.Type, name string) *graphql.FieldDefinition {
	switch name {
	case "__schema":
		return graphql.SchemaMetaFieldDef
	case "__type":
		return graphql.TypeMetaFieldDef
	case "__typename":
		return graphql.TypeNameMetaFieldDef
	}
	var fields graphql.FieldDefinitionMap
	switch t := parent.(type) {
	case *graphql.Object:
		fields = t.Fields()
	case *graphql.Interface:
		fields = t.Fields()
	default:
		return nil
	}
	return fields[name]
}

// operation returns the operation of doc that the request selects, or nil.
func operation(doc *ast.Document, name string) *ast.OperationDefinition {
	var found *ast.OperationDefinition
	n := 0
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok || op.Kind != kinds.OperationDefinition {
			continue
		}
		n++
		if name == "" {
			found = op
		} else if op.Name != nil && op.Name.Value == name {
			return op
		}
	}
	if name == "" && n == 1 {
		return found
	}
	return nil
}

// countFields counts the field nodes of doc, in every definition.
func countFields(doc *ast.Document) int {
	n := 0
	var walk func(set *ast.SelectionSet)
	walk = func(set *ast.SelectionSet) {
		if set == nil {
			return
		}
		for _, sel := range set.Selections {
			switch sel := sel.(type) {
			case *ast.Field:
				n++
				walk(sel.SelectionSet)
			case *ast.InlineFragment:
				walk(sel.SelectionSet)
			}
		}
	}
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			walk(d.SelectionSet)
		case *ast.FragmentDefinition:
			walk(d.SelectionSet)
		}
	}
	return n
}
