package schema

import (
	"context"
	"errors"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// queryError is an error shown to the user, with a code in its extensions.
type queryError struct {
	code, msg string
}

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Extensions() map[string]any {
	return map[string]any{"code": e.code}
}

// api builds the schema over one store.
type api struct {
	store graph.Store
	log   zerolog.Logger
}

// userError turns a store error into what the user sees.
func (a *api) userError(op string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return &queryError{code: "TIMEOUT", msg: op + ": the request took too long"}
	}
	if errors.Is(err, context.Canceled) {
		return &queryError{code: "CANCELLED", msg: op + ": the request was cancelled"}
	}
	code := graph.ErrorCode(err)
	if code == graph.EINTERNAL {
		a.log.Error().Err(err).Str("op", op).Msg("query failed")
		return &queryError{code: "INTERNAL", msg: "internal error"}
	}
	return &queryError{code: codeName(code), msg: graph.ErrorMessage(err)}
}

func codeName(code string) string {
	switch code {
	case graph.ENOTFOUND:
		return "NOT_FOUND"
	case graph.EINVALID:
		return "BAD_USER_INPUT"
	case graph.EUNAVAIL:
		return "STORE_UNAVAILABLE"
	case graph.ECONFLICT:
		return "CONFLICT"
	}
	return "INTERNAL"
}

// cache memoises whole people and shows for one request, so a query that
// names the same node many times asks the store once.
type cache struct {
	mu     sync.Mutex
	people map[string]*graph.Person
	shows  map[string]*graph.Show
}

type cacheKey struct{}

// WithCache returns a context carrying a fresh per-request cache.
func WithCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &cache{people: map[string]*graph.Person{}, shows: map[string]*graph.Show{}})
}

func cacheFrom(ctx context.Context) *cache {
	c, _ := ctx.Value(cacheKey{}).(*cache)
	return c
}

func (a *api) person(ctx context.Context, name string) (*graph.Person, error) {
	c := cacheFrom(ctx)
	key := graph.PersonKey(name)
	if c != nil {
		c.mu.Lock()
		p, ok := c.people[key]
		c.mu.Unlock()
		if ok {
			return p, nil
		}
	}
	p, err := a.store.Person(ctx, name)
	if err != nil {
		return nil, err
	}
	if c != nil {
		c.mu.Lock()
		c.people[key] = p
		c.mu.Unlock()
	}
	return p, nil
}

func (a *api) show(ctx context.Context, title string) (*graph.Show, error) {
	c := cacheFrom(ctx)
	key := graph.ShowKey(title)
	if c != nil {
		c.mu.Lock()
		s, ok := c.shows[key]
		c.mu.Unlock()
		if ok {
			return s, nil
		}
	}
	s, err := a.store.Show(ctx, title)
	if err != nil {
		return nil, err
	}
	if c != nil {
		c.mu.Lock()
		c.shows[key] = s
		c.mu.Unlock()
	}
	return s, nil
}

// New builds the GraphQL schema over store.
func New(store graph.Store, log zerolog.Logger) (graphql.Schema, error) {
	a := &api{store: store, log: log}
	return graphql.NewSchema(graphql.SchemaConfig{Query: a.queryType()})
}
