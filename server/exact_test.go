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
	"sync"
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
	for _, c := range recorded(t) {
		t.Run(filepath.Base(c.name), func(t *testing.T) {
			got := c.send(h)
			if *update {
				if err := os.WriteFile(c.name+".json", got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(c.name + ".json")
			if err != nil {
				t.Fatalf("%v (run go test -update to record it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("response differs from %s.json:\n got: %s\nwant: %s", c.name, got, want)
			}
		})
	}
}

// TestConcurrentResponses sends the recorded requests from several
// goroutines at once, each many times: the documents, and the response
// shapes kept with them, are shared.
func TestConcurrentResponses(t *testing.T) {
	if *update {
		t.Skip("recording")
	}
	h, err := server.NewGraphQL(sampleStore(t), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	cases := recorded(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 * len(cases) {
				c := cases[(g+i)%len(cases)]
				want, err := os.ReadFile(c.name + ".json")
				if err != nil {
					t.Error(err)
					return
				}
				if got := c.send(h); !bytes.Equal(got, want) {
					t.Errorf("response differs from %s.json:\n got: %s", c.name, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// recordedCase is one request of testdata/responses: NAME.graphql, with
// the variables of NAME.vars.json when there is one.
type recordedCase struct {
	name string // the path without .graphql
	body []byte
}

func recorded(t *testing.T) []recordedCase {
	t.Helper()
	queries, _ := filepath.Glob("testdata/responses/*.graphql")
	if len(queries) == 0 {
		t.Fatal("no testdata/responses/*.graphql")
	}
	var out []recordedCase
	for _, q := range queries {
		name := strings.TrimSuffix(q, ".graphql")
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
		out = append(out, recordedCase{name: name, body: body})
	}
	return out
}

// send posts c to h and returns the status line, the content type and the
// body.
func (c recordedCase) send(h http.Handler) []byte {
	r := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(c.body))
	r.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return append([]byte(w.Result().Status+"\n"+w.Header().Get("Content-Type")+"\n"), w.Body.Bytes()...)
}
