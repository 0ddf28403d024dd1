package schema_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// FuzzHandler sends arbitrary GraphQL requests to the handler over the
// sample graph: no input panics it, every answer is JSON with data or
// errors, and every error has a message.
func FuzzHandler(f *testing.F) {
	queries, _ := filepath.Glob("testdata/*.graphql")
	for _, q := range queries {
		text, _ := os.ReadFile(q)
		body, _ := json.Marshal(server.Request{Query: string(text)})
		f.Add(true, body)
		f.Add(false, text)
	}
	for _, s := range []string{`{"query":"{ stats { people } }"}`, `{"query":"{ stats { people "}`, `{"query":1}`, `[]`, `{"query":"mutation { loadFacts(jsonl: \"x\") { facts } }"}`,
		`{"query":"query($t: String!) { show(title: $t) { title } }","variables":{"t":5}}`, "\xff\xfe", `{"query":"{ search(text: \"\", first: -1) { name } }"}`} {
		f.Add(true, []byte(s))
	}
	s := sampleStore(f)
	sch, err := schema.New(s, zerolog.Nop())
	if err != nil {
		f.Fatal(err)
	}
	h := server.NewHandler(sch, server.HandlerConfig{WriteToken: "fuzz-token"}, zerolog.Nop())
	f.Fuzz(func(t *testing.T, post bool, data []byte) {
		var req *http.Request
		if post {
			req = httptest.NewRequest("POST", "/graphql", bytes.NewReader(data))
			req.Header.Set("Content-Type", "application/json")
		} else {
			req = httptest.NewRequest("GET", "/graphql?query="+url.QueryEscape(string(data)), nil)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var out struct {
			Data   json.RawMessage `json:"data"`
			Errors []struct {
				Message string `json:"message"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			if rec.Code == http.StatusOK {
				t.Fatalf("status 200 with a body that is not JSON: %q", rec.Body.String())
			}
			return
		}
		if out.Data == nil && len(out.Errors) == 0 {
			t.Fatalf("status %d: neither data nor errors: %s", rec.Code, rec.Body.String())
		}
		for _, e := range out.Errors {
			if e.Message == "" {
				t.Fatalf("an error without a message: %s", rec.Body.String())
			}
		}
	})
}
