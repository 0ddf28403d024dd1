package schema_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/castgraph/castgraph/schema"
	"github.com/castgraph/castgraph/server"
)

// TestTypos checks, through the HTTP handler, that search forgives a typo
// and that an unknown show's NOT_FOUND error suggests what it may mean, in
// its message and its extensions.
func TestTypos(t *testing.T) {
	url := serveWith(t, sampleStore(t), schema.Config{}, server.HandlerConfig{})
	_, r := gql(t, url, "", `{
		a: linkingActors(showA: "Squid Gme", showB: "All of Us Are Dead") { person { name } }
		b: search(text: "squid gme") { kind name score }
		c: search(text: "squid") { name score }
	}`, nil)
	if len(r.Errors) != 1 {
		t.Fatalf("errors %+v, want one for a", r.Errors)
	}
	e := r.Errors[0]
	if want := `no show titled "Squid Gme"; did you mean "Squid Game"?`; e.Message != want {
		t.Errorf("message %q, want %q", e.Message, want)
	}
	if !reflect.DeepEqual(e.Path, []any{"a"}) || e.Extensions["code"] != "NOT_FOUND" ||
		!reflect.DeepEqual(e.Extensions["suggestions"], []any{"Squid Game"}) {
		t.Errorf("error %+v, want path [a], code NOT_FOUND and suggestions [Squid Game]", e)
	}
	type hit struct {
		Kind, Name string
		Score      float64
	}
	var d struct {
		A    *[]any
		B, C []hit
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		t.Fatal(err)
	}
	if d.A != nil {
		t.Errorf("a is %v, want null", *d.A)
	}
	if len(d.B) == 0 || d.B[0].Name != "Squid Game" || d.B[0].Kind != "show" || d.B[0].Score >= 0.25 || d.B[0].Score <= 0 {
		t.Errorf(`search(squid gme) = %+v, want Squid Game first, scored below 0.25`, d.B)
	}
	if len(d.C) == 0 || d.C[0].Name != "Squid Game" || d.C[0].Score != 0.75 {
		t.Errorf(`search(squid) = %+v, want Squid Game first as a prefix (0.75)`, d.C)
	}
	for i := 1; i < len(d.C); i++ {
		if d.C[i].Score > d.C[i-1].Score {
			t.Errorf("search(squid) is not best first: %+v", d.C)
		}
	}
}
