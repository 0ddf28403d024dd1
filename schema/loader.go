package schema

import (
	"context"
	"sync"

	"github.com/castgraph/castgraph/graph"
)

// result is one loaded node, or why it could not be loaded.
type result[T any] struct {
	v   *T
	err error
}

// batch collects the keys that resolvers ask for and loads all that are
// pending in one store call the first time any of them is needed. GraphQL
// execution resolves a level of the query before it completes the values
// of that level (graphql-go runs the thunks that resolvers return breadth
// first), so one call serves every node of a level.
type batch[T any] struct {
	mu      sync.Mutex
	done    map[string]result[T]
	pending map[string]string // key -> the name to ask the store for
	load    func(ctx context.Context, names []string) (map[string]*T, error)
	missing func(name string) error
}

func newBatch[T any](load func(context.Context, []string) (map[string]*T, error), missing func(string) error) *batch[T] {
	return &batch[T]{done: map[string]result[T]{}, pending: map[string]string{}, load: load, missing: missing}
}

// want registers key and returns a function that returns its node, loading
// every pending key at once if key is not loaded yet.
func (b *batch[T]) want(ctx context.Context, key, name string) func() (*T, error) {
	b.mu.Lock()
	if _, ok := b.done[key]; !ok {
		b.pending[key] = name
	}
	b.mu.Unlock()
	return func() (*T, error) {
		b.mu.Lock()
		defer b.mu.Unlock()
		if r, ok := b.done[key]; ok {
			return r.v, r.err
		}
		b.flush(ctx)
		r := b.done[key]
		return r.v, r.err
	}
}

// flush loads every pending key; b.mu is held.
func (b *batch[T]) flush(ctx context.Context) {
	names := make([]string, 0, len(b.pending))
	keys := make([]string, 0, len(b.pending))
	for k, n := range b.pending {
		keys, names = append(keys, k), append(names, n)
	}
	clear(b.pending)
	got, err := b.load(ctx, names)
	for i, k := range keys {
		switch v, ok := got[k]; {
		case err != nil:
			b.done[k] = result[T]{err: err}
		case ok:
			b.done[k] = result[T]{v: v}
		default:
			b.done[k] = result[T]{err: b.missing(names[i])}
		}
	}
}

// Access says what a request may change.
type Access int

const (
	ReadOnly     Access = iota // the server has no write token
	Unauthorized               // the server has one; the request did not carry it
	Writer                     // the request carried the write token
)

// request is the per-request state resolvers share: the data loaders and
// what the request may write.
type request struct {
	access Access
	who    string // the name of the write token the request carried
	once   sync.Once
	people *batch[graph.Person]
	shows  *batch[graph.Show]
}

type requestKey struct{}

// WithRequest returns a context carrying fresh per-request state for a
// read-only request: the data loaders that the resolvers of one query share.
// The HTTP handler does this for every request (WithAccess); callers that
// run the schema directly (graphql.Do) should too, or each field loads on
// its own.
func WithRequest(ctx context.Context) context.Context {
	return WithAccess(ctx, ReadOnly, "")
}

// WithAccess is WithRequest for a request that may change what acc says;
// who names the write token it carried.
func WithAccess(ctx context.Context, acc Access, who string) context.Context {
	return context.WithValue(ctx, requestKey{}, &request{access: acc, who: who})
}

// requestFrom returns ctx's per-request state, with its loaders made on
// first use; a throwaway one when ctx has none.
func (a *api) requestFrom(ctx context.Context) *request {
	r, _ := ctx.Value(requestKey{}).(*request)
	if r == nil {
		r = &request{}
	}
	r.once.Do(func() {
		r.people = newBatch(func(ctx context.Context, names []string) (map[string]*graph.Person, error) {
			return graph.LoadPeople(ctx, a.store, names)
		}, func(name string) error { return graph.Errorf(graph.ENOTFOUND, "no person named %q", name) })
		r.shows = newBatch(func(ctx context.Context, titles []string) (map[string]*graph.Show, error) {
			return graph.LoadShows(ctx, a.store, titles)
		}, func(title string) error { return graph.Errorf(graph.ENOTFOUND, "no show titled %q", title) })
	})
	return r
}

// person returns a function that returns the whole person name, loaded in
// one batch with the other people wanted at this level of the query.
func (a *api) person(ctx context.Context, name string) func() (*graph.Person, error) {
	return a.requestFrom(ctx).people.want(ctx, graph.PersonKey(name), name)
}

// show is person for shows.
func (a *api) show(ctx context.Context, title string) func() (*graph.Show, error) {
	return a.requestFrom(ctx).shows.want(ctx, graph.ShowKey(title), title)
}
