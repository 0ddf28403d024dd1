package schema_test

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

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

var update = flag.Bool("update", false, "rewrite the golden responses in testdata/")

// sampleStore is an embedded store holding every sample article's facts.
func sampleStore(t testing.TB) graph.Store { return samplestore.Open(t) }

func newServer(t *testing.T, s graph.Store) *httptest.Server {
	t.Helper()
	sch, err := schema.New(s, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.NewHandler(sch, server.HandlerConfig{MaxBodyBytes: 4096}, zerolog.Nop()))
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, url, contentType, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("response is not JSON: %v", err)
	}
	return resp.StatusCode, out
}

// TestGolden runs each testdata/NAME.graphql against the sample graph and
// compares the response with testdata/NAME.json (go test -update rewrites it).
func TestGolden(t *testing.T) {
	srv := newServer(t, sampleStore(t))
	queries, _ := filepath.Glob("testdata/*.graphql")
	if len(queries) == 0 {
		t.Fatal("no testdata/*.graphql")
	}
	for _, q := range queries {
		name := strings.TrimSuffix(filepath.Base(q), ".graphql")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(q)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := json.Marshal(server.Request{Query: string(text)})
			resp, err := http.Post(srv.URL, "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			got, _ := json.MarshalIndent(v, "", "  ")
			golden := strings.TrimSuffix(q, ".graphql") + ".json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
				t.Errorf("response differs from %s:\n%s", golden, got)
			}
		})
	}
}

func TestSeedQueries(t *testing.T) {
	srv := newServer(t, sampleStore(t))
	_, out := post(t, srv.URL, "application/json",
		`{"query":"{ linkingActors(showA: \"All of Us Are Dead\", showB: \"Squid Game\") { person { name } inB { evidence { sentence } } } }"}`)
	links := out["data"].(map[string]any)["linkingActors"].([]any)
	var names []string
	for _, l := range links {
		lm := l.(map[string]any)
		name := lm["person"].(map[string]any)["name"].(string)
		names = append(names, name)
		sentence := lm["inB"].([]any)[0].(map[string]any)["evidence"].([]any)[0].(map[string]any)["sentence"].(string)
		if !strings.Contains(sentence, name) || !strings.Contains(sentence, "Squid Game") {
			t.Errorf("%s: evidence %q does not show the credit", name, sentence)
		}
	}
	if strings.Join(names, ", ") != "Kim Si-eun, Roh Jae-won" {
		t.Errorf("linkingActors = %v, want Kim Si-eun, Roh Jae-won", names)
	}
	_, out = post(t, srv.URL, "application/json", `{"query":"query($t: String!) { show(title: $t) { title } }","variables":{"t":"squid game season 2"}}`)
	if got := out["data"].(map[string]any)["show"].(map[string]any)["title"]; got != "Squid Game" {
		t.Errorf("show(squid game season 2) = %v, want Squid Game", got)
	}
}

// TestHTTPErrors checks status codes as the GraphQL-over-HTTP specification
// gives them: a well-formed request that fails to parse or validate gets 200
// in application/json and 400 in application/graphql-response+json.
func TestHTTPErrors(t *testing.T) {
	srv := newServer(t, sampleStore(t))
	const gqlResp = "application/graphql-response+json"
	for _, c := range []struct {
		name, method, ctype, accept, body string
		status                            int
		want                              string
	}{
		{"syntax error", "POST", "application/json", "", `{"query":"{ stats { people "}`, 200, "Syntax Error"},
		{"syntax error, graphql-response", "POST", "application/json", gqlResp, `{"query":"{ stats { people "}`, 400, "Syntax Error"},
		{"syntax error code", "POST", "application/json", "", `{"query":"{ stats { people "}`, 200, `"code":"GRAPHQL_PARSE_FAILED"`},
		{"unknown field code", "POST", "application/json", "", `{"query":"{ stats { actors } }"}`, 200, `"code":"GRAPHQL_VALIDATION_FAILED"`},
		{"variable without a type", "POST", "application/json", "", `{"query":"query($A:) { stats { people } }"}`, 200, `variable \"$A\" has no type.","locations":[{"line":1,"column":7}]`},
		{"unknown operation", "POST", "application/json", gqlResp, `{"query":"query A { stats { people } }","operationName":"B"}`, 400, `no operation named \"B\" in the query`},
		{"unknown field", "POST", "application/json", "", `{"query":"{ stats { actors } }"}`, 200, `Cannot query field \"actors\"`},
		{"unknown field, graphql-response", "POST", "application/json", gqlResp, `{"query":"{ stats { actors } }"}`, 400, `Cannot query field \"actors\"`},
		{"wrong argument type", "POST", "application/json", "", `{"query":"{ search(text: 3) { name } }"}`, 200, `Argument \"text\" has invalid value 3`},
		{"bad variable", "POST", "application/json", gqlResp, `{"query":"query($n: Int) { search(text: \"x\", first: $n) { name } }","variables":{"n":"ten"}}`, 400, `Variable \"$n\" got invalid value`},
		{"not JSON", "POST", "application/json", "", `query { stats { people } }`, 400, "not a GraphQL JSON request"},
		{"query not a string", "POST", "application/json", "", `{"query":{"obj":"ect"}}`, 400, "not a GraphQL JSON request"},
		{"wrong content type", "POST", "text/plain", "", `{"query":"{ stats { people } }"}`, 415, "Content-Type must be application/json"},
		{"not acceptable", "POST", "application/json", "text/csv", `{"query":"{ stats { people } }"}`, 406, "cannot answer in any media type"},
		{"missing query", "POST", "application/json", "", `{}`, 400, "missing query"},
		{"body too large", "POST", "application/json", "", `{"query":"` + strings.Repeat(" ", 5000) + `{ stats { people } }"}`, 413, "larger than the limit of 4096 bytes (maxBodyBytes)"},
		{"unknown show", "POST", "application/json", gqlResp, `{"query":"{ linkingActors(showA: \"Nope\", showB: \"Squid Game\") { person { name } } }"}`, 200, `no show titled \"Nope\"`},
		{"unknown show keeps the other fields", "POST", "application/json", gqlResp, `{"query":"{ linkingActors(showA: \"Nope\", showB: \"Squid Game\") { person { name } } stats { shows } }"}`, 200, `"data":{"linkingActors":null,"stats":{"shows":`},
		{"bad maxHops", "POST", "application/json", "", `{"query":"{ shortestPath(from: \"IU\", to: \"Squid Game\", maxHops: 40) { length } }"}`, 200, "maxHops 40 is outside 1..12"},
		{"mutation over GET", "GET", "", "", "mutation { x }", 405, "mutations must be sent with POST"},
		{"mutation without a write token", "POST", "application/json", "", `{"query":"mutation { loadFacts(jsonl: \"\") { factCount } }"}`, 403, "this server is read-only"},
		{"DELETE", "DELETE", "", "", "", 405, "use GET or POST"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var req *http.Request
			if c.method == "GET" {
				req, _ = http.NewRequest("GET", srv.URL+"?query="+strings.ReplaceAll(c.body, " ", "+"), nil)
			} else {
				req, _ = http.NewRequest(c.method, srv.URL, strings.NewReader(c.body))
				req.Header.Set("Content-Type", c.ctype)
			}
			if c.accept != "" {
				req.Header.Set("Accept", c.accept)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var buf bytes.Buffer
			buf.ReadFrom(resp.Body)
			if resp.StatusCode != c.status || !strings.Contains(buf.String(), c.want) {
				t.Errorf("status %d, body %s; want status %d and a body containing %q", resp.StatusCode, buf.String(), c.status, c.want)
			}
			wantType := "application/json; charset=utf-8"
			if c.accept == gqlResp {
				wantType = gqlResp + "; charset=utf-8"
			}
			if got := resp.Header.Get("Content-Type"); got != wantType {
				t.Errorf("Content-Type %q, want %q", got, wantType)
			}
		})
	}
}

func TestGetQuery(t *testing.T) {
	srv := newServer(t, sampleStore(t))
	resp, err := http.Get(srv.URL + `?query=` + `%7B+stats+%7B+people+shows+%7D+%7D`)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data struct{ Stats graph.Stats }
	}
	json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode != 200 || out.Data.Stats.People == 0 {
		t.Errorf("GET query: status %d, stats %+v", resp.StatusCode, out.Data.Stats)
	}
}
