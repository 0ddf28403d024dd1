package extract

import (
	"strings"
	"testing"
)

// TestForeignPhraseCheck: a phrase that would read as more English words
// than it has, or that has one word or another first word than its key,
// is refused with what is wrong; the tables as written pass.
func TestForeignPhraseCheck(t *testing.T) {
	bad := []struct {
		key  string
		p    foreignPhrase
		want string
	}{
		{"vai", foreignPhrase{words: "vai ser", english: "will be played by"}, "2 English words or fewer"},
		{"elenco", foreignPhrase{words: "elenco", english: "cast"}, "two words or more"},
		{"elenco", foreignPhrase{words: "o elenco", english: "the cast"}, `the first "elenco"`},
	}
	for _, c := range bad {
		err := c.p.check(c.key)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("check(%q) of %q → %q: got %v, want an error saying %q", c.key, c.p.words, c.p.english, err, c.want)
		}
	}
	for _, good := range []foreignPhrase{{words: "te zien", english: ""}, {words: "basada en la novela de", english: "based on the novel by"}} {
		if err := good.check(strings.Fields(good.words)[0]); err != nil {
			t.Errorf("check of %q: %v", good.words, err)
		}
	}
	for k, ps := range foreignPhrases {
		for _, p := range ps {
			if err := p.check(k); err != nil {
				t.Error(err)
			}
		}
	}
}
