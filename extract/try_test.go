package extract

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestTry: where the extractor fails on an article (here a caller's
// KnownShow that panics, as a rule's bug would), Try returns an *Error that
// names the article and where it failed, and no facts; the next article is
// read as if nothing had happened.
func TestTry(t *testing.T) {
	a := Article{ID: "brass-orchard", Text: "Quilla Darnot (Brass Orchard) joins the cast of Velvet Harbor as Mirel."}
	want := Extract(a, Options{})
	if len(want) == 0 {
		t.Fatal("no facts from the article")
	}
	got, err := Try(a, Options{})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Try = %v, %v; want Extract's %v", got, err, want)
	}
	boom := Options{KnownShow: func(string) bool { panic("lookup failed") }}
	got, err = Try(a, boom)
	var e *Error
	if !errors.As(err, &e) || got != nil {
		t.Fatalf("Try with a failing lookup = %v, %v; want no facts and an *Error", got, err)
	}
	msg := err.Error()
	for _, s := range []string{"brass-orchard", "lookup failed", "extractor failed"} {
		if !strings.Contains(msg, s) {
			t.Errorf("error %q does not say %q", msg, s)
		}
	}
	if !strings.HasPrefix(e.Where, "extract.") {
		t.Errorf("Where = %q, want a function of the extractor", e.Where)
	}
	if again := Extract(a, Options{}); !reflect.DeepEqual(again, want) {
		t.Errorf("after a failure Extract = %v, want %v", again, want)
	}
}
