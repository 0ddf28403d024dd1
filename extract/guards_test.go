package extract

import "testing"

// prizePlural skips the lookup for words longer than any of prizePlurals.
func TestPrizePluralLengths(t *testing.T) {
	for w := range prizePlurals {
		if !prizePlural(w) {
			t.Errorf("prizePlural(%q) = false: a word of prizePlurals is longer than it reads", w)
		}
	}
	if prizePlural("oscar winners") {
		t.Error(`prizePlural("oscar winners") = true`)
	}
}

// notAPersonHere keeps notAPerson's answers by sentence, kind and name.
func TestNotAPersonHereKeeps(t *testing.T) {
	sents, _ := appendSentences(nil, nil, "Gaumont USA will produce it. Anna Reyes stars in it, with JK Film.")
	x := &extractor{memo: &memo{}}
	for round := 0; round < 2; round++ {
		for i := range sents {
			x.s, x.toks = &sents[i], sents[i].toks
			for _, kind := range []string{"", "cast", "crew"} {
				for _, name := range []string{"Gaumont USA", "Anna Reyes", "JK", "India", "CJ ENM"} {
					if got, want := x.notAPersonHere(kind, name), x.notAPerson(kind, name); got != want {
						t.Errorf("round %d, sentence %d: notAPersonHere(%q, %q) = %v, want %v", round, i, kind, name, got, want)
					}
				}
			}
		}
	}
	if n := len(x.memo.notAPerson); n != 2*3*5 {
		t.Errorf("%d answers kept, want %d: one for each sentence, kind and name", n, 2*3*5)
	}
	x.s = nil
	if got, want := x.notAPersonHere("crew", "CJ ENM"), x.notAPerson("crew", "CJ ENM"); got != want || !got {
		t.Errorf("notAPersonHere at no sentence = %v, want %v", got, want)
	}
}
