package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// extractBoth extracts a with the second reading's rereads and without.
func extractBoth(a Article, opt Options) (reread, fresh []graph.Fact) {
	defer func() { rereadRules = true }()
	rereadRules = true
	reread = Extract(a, opt)
	rereadRules = false
	fresh = Extract(a, opt)
	return reread, fresh
}

// rereadsDiffer says how the facts of a differ with the second reading's
// rereads and without, or with the rules' triggers and without, or ""
// where they do not.
func rereadsDiffer(a Article, opt Options) string {
	reread, fresh := extractBoth(a, opt)
	if !reflect.DeepEqual(reread, fresh) {
		return fmt.Sprintf("the rereads of the first reading's rules change the facts (rereads.go):\n%v\n%v", reread, fresh)
	}
	useTriggers = false
	untriggered := Extract(a, opt)
	useTriggers = true
	if !reflect.DeepEqual(reread, untriggered) {
		return fmt.Sprintf("the rules' triggers change the facts (ruletriggers.go): a rule reads where its trigger is not\n%v\n%v", reread, untriggered)
	}
	return ""
}

// TestRereadsChangeNothing checks that the second reading's rereads of the
// first reading's rules change no fact of any article of testdata and its
// corpus. TestConstructions checks its cases the same way.
func TestRereadsChangeNothing(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles (%v)", err)
	}
	for _, f := range append(files, more...) {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if diff := rereadsDiffer(a, Options{}); diff != "" {
			t.Errorf("%s: %s", f, diff)
		}
	}
}

// TestRereadsCatchAnUndeclaredRule checks that the comparison above fails
// for a rule that reads x.first without saying so, and passes once it
// says so.
func TestRereadsCatchAnUndeclaredRule(t *testing.T) {
	saved := rules
	defer func() { rules = saved }()
	text := "Vela Crane joins Harbor Nine.\n\nOrin Bask stars in Harbor Nine as Tam.\n\nThe crew of Glass Fen returns."
	a, err := Parse("test", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, declared := range []bool{false, true} {
		rule := func(x *extractor) {
			if declared {
				x.know.askReading()
			}
			if !x.first && strings.HasPrefix(x.s.text, "The crew of Glass Fen") {
				x.add(graph.KindCrew, "Ula Penn", "Glass Fen", "", "writer")
			}
		}
		rules = append(saved[:len(saved):len(saved)], struct {
			apply      func(*extractor)
			confidence float64
		}{rule, 0.5})
		reread, fresh := extractBoth(a, Options{})
		if same := reflect.DeepEqual(reread, fresh); same != declared {
			t.Errorf("a rule that reads x.first, declared %v: the facts with and without the rereads are the same: %v, want %v\n%v\n%v",
				declared, same, declared, reread, fresh)
		}
	}
}

// setNonZero sets v, a settable value, to a value other than its zero.
func setNonZero(t *testing.T, v reflect.Value) {
	t.Helper()
	v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem() // unexported fields too
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		v.SetUint(1)
	case reflect.Float64:
		v.SetFloat(1)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		setNonZero(t, v.Index(0))
	case reflect.Array:
		setNonZero(t, v.Index(0))
	case reflect.Struct:
		setNonZero(t, v.Field(0))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		setNonZero(t, v.Elem())
	default:
		t.Fatalf("no non-zero value for a %s", v.Type())
	}
}

// TestSentStateSame checks that sentState.same compares every field of
// sentState, and whoState.sameField each field of whoState under
// its whoField: a field left out would let the second reading skip rules
// that read it.
func TestSentStateSame(t *testing.T) {
	typ := reflect.TypeFor[sentState]()
	for i := 0; i < typ.NumField(); i++ {
		var a, b sentState
		setNonZero(t, reflect.ValueOf(&b).Elem().Field(i))
		if a.same(&b) {
			t.Errorf("sentState.same does not compare %s", typ.Field(i).Name)
		}
	}
	wt := reflect.TypeFor[whoState]()
	if wt.NumField() != int(whoFields) {
		t.Fatalf("whoState has %d fields and %d whoFields: each field needs its whoField, its case in sameField and its method", wt.NumField(), whoFields)
	}
	for i := 0; i < wt.NumField(); i++ {
		var a, b whoState
		setNonZero(t, reflect.ValueOf(&b).Elem().Field(i))
		if a.sameField(&b, whoField(i)) {
			t.Errorf("whoState.sameField(%d) does not compare %s: the whoFields must follow the fields' order", i, wt.Field(i).Name)
		}
	}
}

// TestExtractorFieldsPlaced checks that every field of the extractor is one
// the rereads account for: a new field that the rules of a sentence keep
// for later sentences goes in sentState (and its same), where the second
// reading compares it.
func TestExtractorFieldsPlaced(t *testing.T) {
	// fields read the same in both readings, caches, storage and the
	// sentence being read, which sentence readies anew
	placed := map[string]bool{"first": true, "memo": true, "epoch": true, "a": true, "opt": true, "sents": true, "know": true, "sentState": true,
		"who": true, "sentAt": true, "amb": true, "headings": true, "facts": true, "index": true, "raw": true, "early": true, "s": true, "toks": true,
		"sseasons": true, "used": true, "usedGen": true, "inBr": true, "brOver": true, "buf": true, "brs": true, "items": true, "strs": true, "conf": true, "fin": true, "pmemo": true,
		"services": true, "servicesRead": true, "people": true, "peopleRead": true, "replaying": true, "added": true, "anime": true, "namedAt": true}
	typ := reflect.TypeFor[extractor]()
	for i := 0; i < typ.NumField(); i++ {
		if name := typ.Field(i).Name; !placed[name] {
			t.Errorf("extractor.%s: put it in sentState if the rules keep it for later sentences, else list it here", name)
		}
	}
}

// TestWhoReadThroughMethods checks that the rules read whoState's fields
// through their methods, which note the read: only the sentence's opening
// writes them, in the files listed.
func TestWhoReadThroughMethods(t *testing.T) {
	writers := map[string]bool{"extract.go": true, "people.go": true, "nameforms.go": true, "teamups.go": true, "rereads.go": true, "wholereads.go": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	direct := regexp.MustCompile(`\bx\.who\.`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || writers[f] {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if loc := direct.FindIndex(b); loc != nil {
			t.Errorf("%s reads x.who directly at byte %d: read it through the methods (x.subject(), ...), which note the read", f, loc[0])
		}
	}
}

// TestResumePoints checks that the rules the second reading's segments
// start at are in the rules table, in its order.
func TestResumePoints(t *testing.T) {
	if len(resumeBefore) != 4 || !slices.IsSorted(resumeBefore) || resumeBefore[0] == 0 {
		t.Errorf("resumeBefore = %v: bracketRule, jobNounRule, possCharRule and castingOfRule, in the rules' order", resumeBefore)
	}
}

// TestRulesFitTriggers checks that every rule has a place in the trigger
// sets: rules past maxTriggered would run on every sentence, their
// triggers unread.
func TestRulesFitTriggers(t *testing.T) {
	if len(rules) > maxTriggered {
		t.Errorf("%d rules, but the trigger sets hold %d (ruleSet, ruletriggers.go): widen ruleSet", len(rules), maxTriggered)
	}
}
