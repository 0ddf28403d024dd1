package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	"github.com/rs/zerolog"
)

// HandlerConfig sets up the /graphql handler. Zero values are defaults.
type HandlerConfig struct {
	// MaxBodyBytes is the largest request body accepted. Default 1 MiB.
	MaxBodyBytes int64
}

// Request is a GraphQL request as JSON.
type Request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
}

// Handler serves GraphQL over HTTP: POST with a JSON body, or GET with query,
// variables and operationName in the URL (queries only).
type Handler struct {
	schema graphql.Schema
	cfg    HandlerConfig
	log    zerolog.Logger
}

// NewHandler returns the HTTP handler for schema.
func NewHandler(schema graphql.Schema, cfg HandlerConfig, log zerolog.Logger) *Handler {
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	return &Handler{schema: schema, cfg: cfg, log: log}
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req Request
	switch r.Method {
	case http.MethodGet:
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				writeErrors(w, http.StatusBadRequest, "variables must be a JSON object: "+err.Error())
				return
			}
		}
		if isMutation(req) {
			w.Header().Set("Allow", "POST")
			writeErrors(w, http.StatusMethodNotAllowed, "mutations must be sent with POST")
			return
		}
	case http.MethodPost:
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if mt != "application/json" {
			writeErrors(w, http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type must be application/json, got %q", r.Header.Get("Content-Type")))
			return
		}
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
		if err := dec.Decode(&req); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				writeErrors(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than the limit of %d bytes", mbe.Limit))
				return
			}
			writeErrors(w, http.StatusBadRequest, "request body is not a GraphQL JSON request: "+err.Error())
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		writeErrors(w, http.StatusMethodNotAllowed, "use GET or POST")
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		writeErrors(w, http.StatusBadRequest, "missing query")
		return
	}
	res := graphql.Do(graphql.Params{
		Schema:         h.schema,
		RequestString:  req.Query,
		VariableValues: req.Variables,
		OperationName:  req.OperationName,
		Context:        WithCache(r.Context()),
	})
	// A request that could not be parsed or validated never executed: its
	// errors carry no path. Errors raised while executing do.
	status := http.StatusOK
	if res.Data == nil && len(res.Errors) > 0 && len(res.Errors[0].Path) == 0 {
		status = http.StatusBadRequest
	}
	writeJSON(w, status, res)
}

// isMutation reports whether the operation the request selects is a mutation.
func isMutation(req Request) bool {
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(req.Query)})})
	if err != nil {
		return false
	}
	for _, d := range doc.Definitions {
		op, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		if req.OperationName == "" || (op.Name != nil && op.Name.Value == req.OperationName) {
			if op.Operation == ast.OperationTypeMutation {
				return true
			}
		}
	}
	return false
}

func writeErrors(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]any{"errors": []gqlerrors.FormattedError{gqlerrors.NewFormattedError(msg)}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
