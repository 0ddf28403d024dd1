package server_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/server"
)

var update = flag.Bool("update", false, "rewrite the recorded responses in testdata/responses/")

// TestExactResponses sends each testdata/responses/NAME.graphql (with the
// variables of NAME.vars.json, when there is one) to the handler over the
// sample graph and compares the response, byte for byte, with NAME.json:
// its status, its fields in the order of the query, its escaping. go test
// -update rewrites the recorded responses.
func TestExactResponses(t *testing.T) {
	h, err := server.NewGraphQL(sampleStore(t), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	queries, _ := filepath.Glob("testdata/responses/*.graphql")
	if len(queries) == 0 {
		t.Fatal("no testdata/responses/*.graphql")
	}
	for _, q := range queries {
		name := strings.TrimSuffix(q, ".graphql")
		t.Run(filepath.Base(name), func(t *testing.T) {
			text, err := os.ReadFile(q)
			if err != nil {
				t.Fatal(err)
			}
			req := server.Request{Query: string(text)}
			if v, err := os.ReadFile(name + ".vars.json"); err == nil {
				if err := json.Unmarshal(v, &req.Variables); err != nil {
					t.Fatal(err)
				}
			}
			body, _ := json.Marshal(req)
			r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			r.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			got := append([]byte(w.Result().Status+"\n"+w.Header().Get("Content-Type")+"\n"), w.Body.Bytes()...)
			if *update {
				if err := os.WriteFile(name+".json", got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(name + ".json")
			if err != nil {
				t.Fatalf("%v (run go test -update to record it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("response differs from %s.json:\n got: %s\nwant: %s", name, got, want)
			}
		})
	}
}
