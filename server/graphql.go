package server

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/schema/playground"
)

// Media types of GraphQL responses.
const (
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaJSON            = "application/json"
)

// HandlerConfig sets up the /graphql handler. Zero values are defaults.
type HandlerConfig struct {
	// MaxBodyBytes is the largest request body accepted. Default 1 MiB.
	MaxBodyBytes int64
	// MaxDepth is the deepest nesting of fields a query may have.
	// Default 12.
	MaxDepth int
	// MaxCost is the largest estimated cost a query may have: one per
	// field, times the expected length of each list above it. Default 20000.
	MaxCost int
	// MaxFields is the most fields a query document may hold, counted
	// before it is validated (validation takes time that grows with the
	// square of the fields). Default 2000.
	MaxFields int
	// MaxFirst is the largest `first` the cost estimate counts: the
	// schema's Config.MaxFirst, which New sets from Config.Schema. Default
	// schema.DefaultMaxFirst.
	MaxFirst int
	// Timeout bounds the time one request may run; its context, which the
	// store receives, is cancelled then. Default 10s.
	Timeout time.Duration
	// WriteToken, when set, allows mutations for requests that carry it as
	// a bearer token. It is one token ("s3cret", named "default") or named
	// tokens, "alice=s3cret,bob=0ther": each write's audit line names the
	// token it came with. Default "": the API is read-only.
	WriteToken string
	// Metrics, when set, count requests, latency and errors.
	Metrics *Metrics
	// DocumentCacheSize is how many parsed and validated query documents are
	// kept, by query text. Default 1000.
	DocumentCacheSize int
}

func (c *HandlerConfig) ensureDefaults() {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = 12
	}
	if c.MaxCost <= 0 {
		c.MaxCost = 20000
	}
	if c.MaxFields <= 0 {
		c.MaxFields = 2000
	}
	if c.MaxFirst <= 0 {
		c.MaxFirst = schema.DefaultMaxFirst
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.DocumentCacheSize <= 0 {
		c.DocumentCacheSize = 1000
	}
}

// Request is a GraphQL request as JSON.
type Request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
	Extensions    map[string]any `json:"extensions,omitempty"`
}

// Handler serves GraphQL over HTTP as the GraphQL-over-HTTP specification
// says: POST with a JSON body, or GET with query, variables and
// operationName in the URL (queries only). It answers in
// application/graphql-response+json when the Accept header asks for it, in
// application/json otherwise. A browser that asks for HTML with no query
// gets the playground.
type Handler struct {
	schema graphql.Schema
	cfg    HandlerConfig
	log    zerolog.Logger
	tokens []namedToken

	mu   sync.RWMutex
	docs map[string]*document
}

// document is a parsed and validated query text.
type document struct {
	doc    *ast.Document // nil unless the query is valid
	order  *orderer      // writes doc's responses in query order
	parsed *ast.Document // nil when the query does not parse
	errs   []gqlError    // parse or validation errors
}

// NewHandler returns the HTTP handler for schema.
func NewHandler(schema graphql.Schema, cfg HandlerConfig, log zerolog.Logger) *Handler {
	cfg.ensureDefaults()
	h := &Handler{schema: schema, cfg: cfg, log: log, docs: map[string]*document{}}
	h.tokens = parseTokens(cfg.WriteToken)
	return h
}

// namedToken is a write token, kept as its hash, and the name the audit
// log gives its writes.
type namedToken struct {
	name string
	sum  [sha256.Size]byte
}

// parseTokens reads HandlerConfig.WriteToken: one token, or NAME=TOKEN
// pairs split by commas.
func parseTokens(s string) []namedToken {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if !strings.Contains(s, "=") {
		return []namedToken{{name: "default", sum: sha256.Sum256([]byte(s))}}
	}
	var out []namedToken
	for _, pair := range strings.Split(s, ",") {
		name, tok, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(tok) == "" {
			continue
		}
		out = append(out, namedToken{name: strings.TrimSpace(name), sum: sha256.Sum256([]byte(strings.TrimSpace(tok)))})
	}
	return out
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string                    `json:"message"`
	Locations  []location.SourceLocation `json:"locations,omitempty"`
	Path       []any                     `json:"path,omitempty"`
	Extensions map[string]any            `json:"extensions,omitempty"`
}

func toErrors(fe []gqlerrors.FormattedError) []gqlError {
	out := make([]gqlError, len(fe))
	for i, e := range fe {
		out[i] = gqlError{Message: e.Message, Locations: e.Locations, Path: e.Path, Extensions: extensionsOf(e)}
	}
	return out
}

// extensionsOf finds the extensions of an error. graphql-go drops them when
// a resolver's thunk fails, wrapping the error twice; they are found again
// by unwrapping.
func extensionsOf(fe gqlerrors.FormattedError) map[string]any {
	if fe.Extensions != nil {
		return fe.Extensions
	}
	err := fe.OriginalError()
	for range 8 {
		switch e := err.(type) {
		case nil:
			return nil
		case gqlerrors.ExtendedError:
			return e.Extensions()
		case *gqlerrors.Error:
			err = e.OriginalError
		case gqlerrors.FormattedError:
			err = e.OriginalError()
		default:
			err = errors.Unwrap(err)
		}
	}
	return nil
}

// withCode gives every error that has no code the code given.
func withCode(errs []gqlError, code string) []gqlError {
	for i := range errs {
		if _, ok := errs[i].Extensions["code"]; !ok {
			if errs[i].Extensions == nil {
				errs[i].Extensions = map[string]any{}
			}
			errs[i].Extensions["code"] = code
		}
	}
	return errs
}

// limitError says which limit a request went over, and the limit's value.
func limitError(code, limit string, value any, format string, args ...any) gqlError {
	return gqlError{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code, "limit": limit, "limitValue": value}}
}

// errorOf is the GraphQL error of err, with its extensions when it has some.
func errorOf(err error) gqlError {
	e := gqlError{Message: err.Error()}
	var ext gqlerrors.ExtendedError
	if errors.As(err, &ext) {
		e.Extensions = ext.Extensions()
	}
	return e
}

// response is a GraphQL response. It has a data entry (maybe null) once
// execution started, and none for a request that never ran.
type response struct {
	Data     any
	Errors   []gqlError
	executed bool
}

// body returns what to encode as the response: a value of a struct type, so
// that it is encoded in one pass.
func (r response) body() any {
	if r.executed {
		return struct {
			Errors []gqlError `json:"errors,omitempty"`
			Data   any        `json:"data"`
		}{r.Errors, r.Data}
	}
	return struct {
		Errors []gqlError `json:"errors,omitempty"`
	}{r.Errors}
}

// reply is what one request produced, for the response and the metrics.
type reply struct {
	media  string
	status int
	op     string
	resp   response
	order  *orderer          // set for an executed operation
	opSet  *ast.SelectionSet // the executed operation's selections
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rep := h.serve(w, r)
	if rep == nil {
		return // the playground page
	}
	codes := make([]string, 0, len(rep.resp.Errors))
	for _, e := range rep.resp.Errors {
		code, _ := e.Extensions["code"].(string)
		if code == "" {
			code = "INTERNAL"
		}
		codes = append(codes, code)
	}
	h.cfg.Metrics.observe(rep.op, rep.status, time.Since(start), codes)
	// The request's log line, written by the HTTP layer from the request's
	// logger, names the operation and the codes of its errors.
	zerolog.Ctx(r.Context()).UpdateContext(func(c zerolog.Context) zerolog.Context {
		c = c.Str("operation", cmp.Or(rep.op, "anonymous"))
		if len(codes) > 0 {
			c = c.Strs("error_codes", slices.Compact(slices.Sorted(slices.Values(codes))))
		}
		return c
	})
	w.Header().Set("Content-Type", rep.media+"; charset=utf-8")
	buf := bufPool.Get().(*[]byte)
	defer putBuf(buf)
	if b, ok := rep.ordered((*buf)[:0]); ok {
		*buf = b
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.WriteHeader(rep.status)
		_, _ = w.Write(b)
		return
	}
	w.WriteHeader(rep.status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(rep.resp.body())
}

// bufPool holds the buffers responses are written into.
var bufPool = sync.Pool{New: func() any { return new([]byte) }}

// putBuf returns a buffer to the pool, unless it grew too large to keep.
func putBuf(b *[]byte) {
	if cap(*b) <= 1<<20 {
		bufPool.Put(b)
	}
}

// ordered appends to b the JSON of an executed operation's response with
// its fields in the order of the query, or returns false when it cannot.
func (rep *reply) ordered(b []byte) ([]byte, bool) {
	if !rep.resp.executed || rep.order == nil {
		return nil, false
	}
	b = append(b, '{')
	if len(rep.resp.Errors) > 0 {
		var e bytes.Buffer
		enc := json.NewEncoder(&e)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep.resp.Errors); err != nil {
			return nil, false
		}
		b = append(append(b, `"errors":`...), bytes.TrimSuffix(e.Bytes(), []byte("\n"))...)
		b = append(b, ',')
	}
	b = append(b, `"data":`...)
	b, err := rep.order.appendData(b, rep.resp.Data, rep.order.root(rep.opSet))
	if err != nil {
		return nil, false
	}
	return append(b, '}', '\n'), true
}

// requestError is a reply to a request that is not a GraphQL request.
func requestError(media string, status int, format string, args ...any) *reply {
	e := gqlError{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": "BAD_REQUEST"}}
	return &reply{media: media, status: status, resp: response{Errors: []gqlError{e}}}
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request) *reply {
	media, ok := negotiate(r.Header.Get("Accept"))
	var req Request
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		if !q.Has("query") && wantsHTML(r.Header.Get("Accept")) {
			playground.ServePage(w, r)
			return nil
		}
		if !ok {
			return requestError(mediaJSON, http.StatusNotAcceptable, "cannot answer in any media type the Accept header lists (%q): use %s or %s", r.Header.Get("Accept"), mediaGraphQLResponse, mediaJSON)
		}
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				return requestError(media, http.StatusBadRequest, "variables must be a JSON object: %v", err)
			}
		}
		if v := q.Get("extensions"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Extensions); err != nil {
				return requestError(media, http.StatusBadRequest, "extensions must be a JSON object: %v", err)
			}
		}
	case http.MethodPost:
		if !ok {
			return requestError(mediaJSON, http.StatusNotAcceptable, "cannot answer in any media type the Accept header lists (%q): use %s or %s", r.Header.Get("Accept"), mediaGraphQLResponse, mediaJSON)
		}
		if ct := r.Header.Get("Content-Type"); ct != mediaJSON { // the usual one, which needs no parsing
			mt, params, err := mime.ParseMediaType(ct)
			if err != nil || mt != mediaJSON {
				return requestError(media, http.StatusUnsupportedMediaType, "Content-Type must be application/json, got %q", ct)
			}
			if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
				return requestError(media, http.StatusUnsupportedMediaType, "the request body must be UTF-8, got charset %q", cs)
			}
		}
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
		if err := dec.Decode(&req); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				e := limitError("REQUEST_TOO_LARGE", "maxBodyBytes", mbe.Limit, "request body is larger than the limit of %d bytes (maxBodyBytes)", mbe.Limit)
				return &reply{media: media, status: http.StatusRequestEntityTooLarge, resp: response{Errors: []gqlError{e}}}
			}
			return requestError(media, http.StatusBadRequest, "request body is not a GraphQL JSON request: %v", err)
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		return requestError(media, http.StatusMethodNotAllowed, "use GET or POST")
	}
	if strings.TrimSpace(req.Query) == "" {
		return requestError(media, http.StatusBadRequest, "missing query")
	}
	return h.execute(w, r, media, req)
}

// invalid is the status of a request that is a well-formed GraphQL request
// but cannot run: 400 in application/graphql-response+json, 200 in
// application/json, as the GraphQL-over-HTTP specification says.
func invalid(media string) int {
	if media == mediaGraphQLResponse {
		return http.StatusBadRequest
	}
	return http.StatusOK
}

func (h *Handler) execute(w http.ResponseWriter, r *http.Request, media string, req Request) *reply {
	d := h.document(req.Query)
	if r.Method == http.MethodGet && d.parsed != nil {
		if op := operation(d.parsed, req.OperationName); op != nil && op.Operation != ast.OperationTypeQuery {
			w.Header().Set("Allow", "POST")
			return requestError(media, http.StatusMethodNotAllowed, "%ss must be sent with POST", op.Operation)
		}
	}
	if d.errs != nil {
		return &reply{media: media, status: invalid(media), resp: response{Errors: d.errs}}
	}
	op := operation(d.doc, req.OperationName)
	if op == nil {
		msg := "the query has several operations: give operationName"
		if req.OperationName != "" {
			msg = fmt.Sprintf("no operation named %q in the query", req.OperationName)
		}
		return &reply{media: media, status: invalid(media), resp: response{Errors: []gqlError{{Message: msg, Extensions: map[string]any{"code": "OPERATION_RESOLUTION_FAILURE"}}}}}
	}
	opName := ""
	if op.Name != nil {
		opName = op.Name.Value
	}
	rep := &reply{media: media, op: opName}
	// A connection without `first` gets the schema's default page (its
	// Config.DefaultFirst).
	page := schema.Config{MaxFirst: h.cfg.MaxFirst}.WithDefaults().DefaultFirst
	an := analyze(&h.schema, d.doc, op, req.Variables, page, h.cfg.MaxFirst)
	if an.depth > h.cfg.MaxDepth {
		e := limitError("QUERY_TOO_DEEP", "maxDepth", h.cfg.MaxDepth, "the query is %d fields deep, over the limit of %d (maxDepth)", an.depth, h.cfg.MaxDepth)
		rep.status, rep.resp.Errors = invalid(media), []gqlError{e}
		return rep
	}
	if an.cost > h.cfg.MaxCost {
		e := limitError("QUERY_TOO_COSTLY", "maxCost", h.cfg.MaxCost, "the query's estimated cost is %d, over the limit of %d (maxCost)", an.cost, h.cfg.MaxCost)
		rep.status, rep.resp.Errors = invalid(media), []gqlError{e}
		return rep
	}
	acc, who := h.access(r)
	if op.Operation == ast.OperationTypeMutation && acc != schema.Writer {
		rep.status = http.StatusForbidden
		if acc == schema.Unauthorized {
			rep.status = http.StatusUnauthorized
			w.Header().Set("WWW-Authenticate", `Bearer realm="castgraph"`)
		}
		rep.resp.Errors = []gqlError{errorOf(schema.AccessError("", acc))}
		return rep
	}

	ctx, cancel := context.WithTimeout(schema.WithAccess(r.Context(), acc, who), h.cfg.Timeout)
	defer cancel()
	res := graphql.Execute(graphql.ExecuteParams{
		Schema:        h.schema,
		AST:           d.doc,
		OperationName: req.OperationName,
		Args:          req.Variables,
		Context:       ctx,
	})
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && r.Context().Err() == nil {
		e := limitError("TIMEOUT", "timeout", h.cfg.Timeout.String(), "the request took longer than the limit of %s (timeout)", h.cfg.Timeout)
		rep.status = http.StatusOK
		if media == mediaGraphQLResponse {
			rep.status = http.StatusGatewayTimeout
		}
		rep.resp.Errors = []gqlError{e}
		return rep
	}
	rep.resp.Errors = toErrors(res.Errors)
	rep.resp.Data = res.Data
	rep.resp.executed = true
	rep.order, rep.opSet = d.order, op.SelectionSet
	rep.status = http.StatusOK
	if res.Data == nil && len(res.Errors) > 0 && len(res.Errors[0].Path) == 0 {
		// The operation never ran: its variables could not be coerced.
		rep.resp.executed = false
		rep.resp.Errors = withCode(rep.resp.Errors, "BAD_USER_INPUT")
		rep.status = invalid(media)
	}
	if len(rep.resp.Errors) > 0 {
		zerolog.Ctx(r.Context()).Debug().Str("operation", opName).Int("errors", len(rep.resp.Errors)).
			Str("first_error", rep.resp.Errors[0].Message).Msg("graphql errors")
	}
	return rep
}

// document returns the parsed and validated document of query, from the
// cache when it has been seen.
func (h *Handler) document(query string) *document {
	h.mu.RLock()
	d, ok := h.docs[query]
	h.mu.RUnlock()
	if ok {
		return d
	}
	d = &document{}
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(query), Name: "GraphQL request"})})
	if err != nil {
		d.errs = withCode(toErrors(gqlerrors.FormatErrors(err)), "GRAPHQL_PARSE_FAILED")
	} else if e := untypedVariable(doc); e != nil {
		d.errs = withCode([]gqlError{*e}, "GRAPHQL_PARSE_FAILED")
	} else if n := countFields(doc); n > h.cfg.MaxFields {
		e := limitError("QUERY_TOO_LARGE", "maxFields", h.cfg.MaxFields, "the query has %d fields, over the limit of %d (maxFields)", n, h.cfg.MaxFields)
		d.parsed, d.errs = doc, []gqlError{e}
	} else if v := validate(&h.schema, doc); !v.IsValid {
		d.parsed, d.errs = doc, withCode(toErrors(v.Errors), "GRAPHQL_VALIDATION_FAILED")
	} else {
		d.parsed, d.doc, d.order = doc, doc, newOrderer(doc)
	}
	h.mu.Lock()
	if len(h.docs) >= h.cfg.DocumentCacheSize {
		clear(h.docs) // simple and bounded: start again when full
	}
	h.docs[query] = d
	h.mu.Unlock()
	return d
}

// untypedVariable returns an error for the first variable of doc declared
// without a type, as in "query($a:) { ... }": graphql-go's parser lets it
// through, and its validator then fails on the missing type.
func untypedVariable(doc *ast.Document) *gqlError {
	for _, def := range doc.Definitions {
		op, ok := def.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		for _, v := range op.VariableDefinitions {
			if v == nil || v.Type != nil {
				continue
			}
			name := ""
			if v.Variable != nil && v.Variable.Name != nil {
				name = v.Variable.Name.Value
			}
			e := gqlError{Message: fmt.Sprintf("Syntax Error: variable \"$%s\" has no type.", name)}
			if v.Loc != nil && v.Loc.Source != nil {
				e.Locations = []location.SourceLocation{location.GetLocation(v.Loc.Source, v.Loc.Start)}
			}
			return &e
		}
	}
	return nil
}

// validate validates doc against the schema. A panic of graphql-go's
// validator on a document its parser accepted becomes a validation error,
// not a failed request.
func validate(schema *graphql.Schema, doc *ast.Document) (res graphql.ValidationResult) {
	defer func() {
		if r := recover(); r != nil {
			res = graphql.ValidationResult{Errors: []gqlerrors.FormattedError{{Message: fmt.Sprintf("the query could not be validated: %v", r)}}}
		}
	}()
	return graphql.ValidateDocument(schema, doc, nil)
}

// access says what the request may write, from its bearer token, and the
// name of the token it carried.
func (h *Handler) access(r *http.Request) (schema.Access, string) {
	if len(h.tokens) == 0 {
		return schema.ReadOnly, ""
	}
	auth := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return schema.Unauthorized, ""
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(auth[len(prefix):])))
	who := ""
	for _, t := range h.tokens { // every token compared, in constant time each
		if subtle.ConstantTimeCompare(sum[:], t.sum[:]) == 1 {
			who = t.name
		}
	}
	if who != "" {
		return schema.Writer, who
	}
	return schema.Unauthorized, ""
}

// negotiate picks the response media type from an Accept header: the
// GraphQL response type or JSON, by the client's preference; JSON when the
// header is missing or allows anything. ok is false when the client accepts
// neither.
func negotiate(accept string) (media string, ok bool) {
	switch strings.TrimSpace(accept) {
	case "":
		return mediaJSON, true
	case mediaJSON, mediaGraphQLResponse: // one type, which needs no parsing
		return strings.TrimSpace(accept), true
	}
	type choice struct {
		media string
		q     float64
		order int
	}
	var cs []choice
	for i, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		if q <= 0 {
			continue
		}
		switch mt {
		case mediaGraphQLResponse:
			cs = append(cs, choice{mediaGraphQLResponse, q, i})
		case mediaJSON, "*/*", "application/*":
			cs = append(cs, choice{mediaJSON, q, i})
		}
	}
	if len(cs) == 0 {
		return "", false
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].q > cs[j].q })
	return cs[0].media, true
}

// wantsHTML reports whether an Accept header asks for HTML, as a browser's does.
func wantsHTML(accept string) bool {
	for _, part := range strings.Split(accept, ",") {
		if mt, _, err := mime.ParseMediaType(strings.TrimSpace(part)); err == nil && mt == "text/html" {
			return true
		}
	}
	return false
}

// NewGraphQL returns the GraphQL endpoint alone over store, with the
// default schema and limits: no mux, no metrics (castgraph bench times it).
func NewGraphQL(store graph.Store, log zerolog.Logger) (http.Handler, error) {
	sch, err := schema.New(store, log)
	if err != nil {
		return nil, err
	}
	return NewHandler(sch, HandlerConfig{}, log), nil
}
