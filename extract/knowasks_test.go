package extract

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestArticleShowReuse checks that reusing the first reading's article show
// in the second reading changes no fact of any corpus article.
func TestArticleShowReuse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles (%v)", err)
	}
	defer func() { reuseArticleShow = true }()
	for _, f := range files {
		a, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		reuseArticleShow = true
		reused := Extract(a, Options{})
		reuseArticleShow = false
		fresh := Extract(a, Options{})
		if !reflect.DeepEqual(reused, fresh) {
			t.Errorf("%s: reusing the article show changes the facts:\n%v\n%v", f, reused, fresh)
		}
	}
}

// TestAnswersNo checks the questions the empty knowledge answers "no".
func TestAnswersNo(t *testing.T) {
	k := &knowledge{}
	k.persons.set("ana lee", true)
	k.surname.set("lee", "Ana Lee")
	k.surname.set("kim", "")
	for _, c := range []struct {
		asks []knowAsk
		want bool
	}{
		{nil, true},
		{[]knowAsk{{askPerson, "bo kim"}, {askShow, "t"}, {askSurname, "park"}, {askGiven, "so hee"}}, true},
		{[]knowAsk{{askSurname, "kim"}}, false}, // a surname two people share: nearestFull reads it
		{[]knowAsk{{askPerson, "ana lee"}}, false},
		{[]knowAsk{{askSurname, "lee"}}, false},
		{[]knowAsk{{askReading, ""}}, false},
	} {
		if got := k.answersNo(c.asks); got != c.want {
			t.Errorf("answersNo(%v) = %v, want %v", c.asks, got, c.want)
		}
	}
}
