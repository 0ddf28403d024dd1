package jsonl_test

import (
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
	"github.com/castgraph/castgraph/internal/samplestore"
	"github.com/castgraph/castgraph/jsonl"
)

const good = samplestore.FactsFile

func TestReadFacts(t *testing.T) {
	facts, err := jsonl.Read(strings.NewReader(good), "dir/seed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 3 {
		t.Fatalf("got %d facts, want 3", len(facts))
	}
	sg := facts[1]
	if sg.Show != "Squid Game" || len(sg.Seasons) != 2 || sg.Seasons[0] != 2 || sg.Seasons[1] != 3 || sg.Article != "seed" {
		t.Errorf("season qualifier not moved into seasons, or article not defaulted: %+v", sg)
	}
}

func TestReadFactsErrors(t *testing.T) {
	long := `{"kind":"cast","person":"` + strings.Repeat("a", jsonl.MaxLineBytes) + `","show":"S"}`
	for _, c := range []struct {
		name, input, want string
	}{
		{"invalid JSON on line 3", good[:strings.Index(good, "\n\n")] + "\n{\"kind\": \"cast\",\n", "f.jsonl:3: invalid JSON"},
		{"unknown kind", `{"kind":"actor","person":"A","show":"S"}`, `f.jsonl:1: unknown kind "actor"`},
		{"missing kind", `{"person":"A","show":"S"}`, `f.jsonl:1: missing "kind"`},
		{"missing person", `{"kind":"cast","show":"S"}`, `f.jsonl:1: missing or empty "person"`},
		{"blank show", `{"kind":"cast","person":"A","show":"  "}`, `f.jsonl:1: missing or empty "show"`},
		{"seasons a string", `{"kind":"cast","person":"A","show":"S","seasons":"2"}`, `f.jsonl:1: field "seasons": got a JSON string where a list of whole numbers is expected`},
		{"seasons of strings", `{"kind":"cast","person":"A","show":"S","seasons":["2"]}`, `f.jsonl:1: field "seasons`},
		{"job a number", `{"kind":"crew","person":"A","show":"S","job":7}`, `f.jsonl:1: field "job": got a JSON number where a string is expected`},
		{"job on cast", `{"kind":"cast","person":"A","show":"S","job":"director"}`, `only for crew`},
		{"not an object", `[1,2]`, `f.jsonl:1: a fact must be a JSON object`},
		{"invalid UTF-8", "{\"kind\":\"cast\",\"person\":\"\xff\",\"show\":\"S\"}", `f.jsonl:1: line is not valid UTF-8`},
		{"empty file", "", `f.jsonl: no facts in file`},
		{"line too long", long, `f.jsonl:1: line is longer than`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := jsonl.Read(strings.NewReader(c.input), "f.jsonl")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if graph.ErrorCode(err) != graph.EINVALID {
				t.Errorf("error code %q, want %q", graph.ErrorCode(err), graph.EINVALID)
			}
		})
	}
}
