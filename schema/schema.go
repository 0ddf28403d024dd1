package schema

import (
	"context"
	"errors"
	"fmt"

	"github.com/graphql-go/graphql"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// The defaults of Config's page sizes.
const (
	DefaultMaxFirst = 100
	DefaultFirst    = 20
)

// Config shapes the schema. The zero value is usable.
type Config struct {
	// MaxFirst is the largest `first` a connection or a search accepts.
	// Default DefaultMaxFirst.
	MaxFirst int
	// DefaultFirst is the page size of a connection queried without `first`.
	// Default DefaultFirst, and never more than MaxFirst.
	DefaultFirst int
	// Extract reads the facts an article states, for the ingestArticle
	// mutation: id names the article, text is plain text or HTML, date
	// (YYYY-MM-DD or "") is used when the text gives none. Default nil:
	// ingestArticle then says it is not available.
	Extract func(ctx context.Context, id, text, date string) ([]graph.Fact, error)
}

// WithDefaults returns c with its unset fields set to their defaults.
func (c Config) WithDefaults() Config {
	if c.MaxFirst <= 0 {
		c.MaxFirst = DefaultMaxFirst
	}
	if c.DefaultFirst <= 0 {
		c.DefaultFirst = DefaultFirst
	}
	c.DefaultFirst = min(c.DefaultFirst, c.MaxFirst)
	return c
}

// queryError is an error shown to the user, with a code and maybe more in
// its extensions.
type queryError struct {
	code, msg string
	ext       map[string]any
}

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Extensions() map[string]any {
	m := map[string]any{"code": e.code}
	for k, v := range e.ext {
		m[k] = v
	}
	return m
}

func badInput(format string, args ...any) error {
	return &queryError{code: "BAD_USER_INPUT", msg: fmt.Sprintf(format, args...)}
}

// limitError says which limit a request went over, and the limit's value.
func limitError(code, limit string, value any, format string, args ...any) *queryError {
	return &queryError{code: code, msg: fmt.Sprintf(format, args...), ext: map[string]any{"limit": limit, "limitValue": value}}
}

// api builds the schema over one store.
type api struct {
	store graph.Store
	cfg   Config
	log   zerolog.Logger
}

// logFor returns the request's logger (with its request id) when the
// context carries one, and the schema's logger otherwise.
func (a *api) logFor(ctx context.Context) *zerolog.Logger {
	if l := zerolog.Ctx(ctx); l != nil && l.GetLevel() != zerolog.Disabled {
		return l
	}
	return &a.log
}

// userError turns a store error into what the user sees. A not-found
// error's suggestions are in its extensions too, as a list of names.
func (a *api) userError(ctx context.Context, op string, err error) error {
	var qe *queryError
	if errors.As(err, &qe) {
		return qe
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &queryError{code: "TIMEOUT", msg: op + ": the request took too long"}
	}
	if errors.Is(err, context.Canceled) {
		return &queryError{code: "CANCELLED", msg: op + ": the request was cancelled"}
	}
	code := graph.ErrorCode(err)
	if code == graph.EINTERNAL {
		a.logFor(ctx).Error().Err(err).Str("op", op).Msg("query failed")
		return &queryError{code: "INTERNAL", msg: "internal error"}
	}
	qe = &queryError{code: codeName(code), msg: graph.ErrorMessage(err)}
	var ge *graph.Error
	if errors.As(err, &ge) && len(ge.Suggestions) > 0 {
		qe.ext = map[string]any{"suggestions": ge.Suggestions}
	}
	return qe
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

// New builds the GraphQL schema over store with the default Config.
func New(store graph.Store, log zerolog.Logger) (graphql.Schema, error) {
	return Build(store, Config{}, log)
}

// Build builds the GraphQL schema over store: the queries, and the
// mutations, which run only for requests WithAccess lets write (server.Handler sets it).
func Build(store graph.Store, cfg Config, log zerolog.Logger) (graphql.Schema, error) {
	cfg = cfg.WithDefaults()
	a := &api{store: store, cfg: cfg, log: log}
	query, mutation := a.types()
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: query, Mutation: mutation})
	if err != nil {
		return s, err
	}
	orderArgs(s)
	warmEnums(s)
	return s, nil
}

// warmEnums builds each enum type's lookup tables once, here: graphql-go
// builds them on an enum's first use and, without a lock, two requests that
// first use it at once race.
func warmEnums(s graphql.Schema) {
	for _, t := range s.TypeMap() {
		if e, ok := t.(*graphql.Enum); ok && len(e.Values()) > 0 {
			v := e.Values()[0]
			e.Serialize(v.Value)
			e.ParseValue(v.Name)
		}
	}
}
