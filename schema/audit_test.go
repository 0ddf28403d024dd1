package schema_test

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// lockedBuffer is a log sink that handlers may write to from several
// goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines(t *testing.T) []map[string]any {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(l.b.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// TestAuditLines checks that each successful write leaves one audit line
// naming the write token it came with and the articles it changed, and
// that a refused write leaves none.
func TestAuditLines(t *testing.T) {
	store := sampleStore(t)
	var logs lockedBuffer
	log := zerolog.New(&logs)
	sch, err := schema.Build(store, schema.Config{}, log)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.NewHandler(sch, server.HandlerConfig{WriteToken: "alice=a1-token, bob=b2-token"}, log))
	t.Cleanup(srv.Close)

	const load = `mutation($jsonl: String!) { loadFacts(jsonl: $jsonl, source: "feed") { factCount } }`
	facts := map[string]any{"jsonl": `{"kind":"cast","person":"Grace Hopper","show":"Compilers","article":"news-1"}` + "\n" +
		`{"kind":"cast","person":"Ada Lovelace","show":"Compilers","article":"news-2"}` + "\n"}
	if status, r := gql(t, srv.URL, "b2-token", load, facts); status != 200 || len(r.Errors) > 0 {
		t.Fatalf("load with bob's token: status %d, errors %+v", status, r.Errors)
	}
	if status, r := gql(t, srv.URL, "c3-token", load, facts); status != 401 || len(r.Errors) != 1 {
		t.Fatalf("load with an unknown token: status %d, errors %+v; want 401", status, r.Errors)
	}
	const retract = `mutation { retractArticle(article: "news-1") { evidenceRemoved } }`
	if status, r := gql(t, srv.URL, "a1-token", retract, nil); status != 200 || len(r.Errors) > 0 {
		t.Fatalf("retract with alice's token: status %d, errors %+v", status, r.Errors)
	}

	var audits []map[string]any
	for _, l := range logs.lines(t) {
		if _, ok := l["audit"]; ok {
			audits = append(audits, l)
		}
	}
	if len(audits) != 2 {
		t.Fatalf("audit lines %v; want one for the load and one for the retraction", audits)
	}
	want := []struct {
		op, token string
		articles  []any
	}{
		{"loadFacts", "bob", []any{"news-1", "news-2"}},
		{"retractArticle", "alice", []any{"news-1"}},
	}
	for i, w := range want {
		got := audits[i]
		arts, _ := got["articles"].([]any)
		if got["audit"] != w.op || got["token"] != w.token || len(arts) != len(w.articles) {
			t.Errorf("audit line %d = %v; want op %s, token %s, articles %v", i, got, w.op, w.token, w.articles)
			continue
		}
		for j := range arts {
			if arts[j] != w.articles[j] {
				t.Errorf("audit line %d articles %v; want %v", i, arts, w.articles)
			}
		}
	}
}
