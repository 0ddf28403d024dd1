package extract

import (
	"fmt"
	"testing"
)

// TestStrTable checks that strTable answers as a map[string]*name does,
// through growing and emptying, asked with the caller's hash as the memo
// asks it.
func TestStrTable(t *testing.T) {
	var tab strTable[*name]
	for round := 0; round < 3; round++ {
		want := map[string]*name{}
		for i := 0; i < 1000; i++ {
			s := fmt.Sprintf("Name %d", i*7%1000)
			if _, ok := want[s]; ok {
				continue
			}
			n := new(name)
			want[s] = n
			tab.add(strHash(s), s, n)
		}
		if tab.len() != len(want) {
			t.Fatalf("round %d: %d strings, want %d", round, tab.len(), len(want))
		}
		for s, n := range want {
			if got, _ := tab.getHashed(strHash(s), s); got != n {
				t.Errorf("round %d: get(%q) = %p, want %p", round, s, got, n)
			}
		}
		for _, s := range []string{"", "Name 1000", "name 1"} {
			if got, ok := tab.getHashed(strHash(s), s); got != nil || ok {
				t.Errorf("round %d: get(%q) = %p, want nil", round, s, got)
			}
		}
		tab = tab.emptiedKeeping(4 * maxKept)
		if n, _ := tab.getHashed(strHash("Name 1"), "Name 1"); tab.len() != 0 || n != nil {
			t.Fatalf("round %d: emptied table still answers", round)
		}
	}
}

// TestWordMasks checks that the word bits asked before a set's lookup pass
// no word of the set: each word, as a token and as a string, may be held.
func TestWordMasks(t *testing.T) {
	for _, c := range []struct {
		name string
		keys []string
		mask wordSet
	}{
		{"coStarPreps", keysOf(coStarPreps), coStarPrepWords},
		{"staffVerbWords", staffVerbWords.words, staffVerbWords},
		{"startVerbs", keysOf(startVerbs), startVerbWords},
		{"prizeNames", keysOf(prizeNames), prizeNameWords},
		{"ordinals", keysOf(ordinals), ordinalBits},
		{"placeWords", keysOf(placeWords), placeNameWords},
		{"countryNames", keysOf(countryNames), placeNameWords},
		{"joinVerbs", keysOf(joinVerbs), joinLeadWords},
		{"leadVerbs", keysOf(leadVerbs), joinLeadWords},
		{"asideStarts", keysOf(asideStarts), asideStartWords},
		{"ownWorkNouns", keysOf(ownWorkNouns), ownWorkNounWords},
		{"titleStarNouns", keysOf(titleStarNouns), titleStarNounWords},
		{"crewWordsOff", keysOf(crewWordsOff), crewWordsOffBits},
		{"companyRunEnds", keysOf(companyRunEnds), companyRunEndWords},
		{"epithetWords", keysOf(epithetWords), epithetBits},
		{"epithetHeads", keysOf(epithetHeads), epithetBits},
		{"formerWords", keysOf(formerWords), formerWordBits},
		{"creditNouns", keysOf(creditNouns), creditNounBits},
		{"familyNouns", keysOf(familyNouns), familyNounBits},
		{"koreanFamily", keysOf(koreanFamily), familyNameBits},
		{"familyStopWords", keysOf(familyStopWords), familyNameBits},
	} {
		for _, k := range c.keys {
			if !c.mask.mayHoldWord(k) {
				t.Errorf("%s: %q has no bit", c.name, k)
			}
			for _, tk := range tokenize(nil, k, "") {
				if tk.low == k && !c.mask.mayHold(&tk) {
					t.Errorf("%s: token %q has no bit", c.name, k)
				}
			}
		}
	}
	for w, n := range ordinals {
		for _, tk := range tokenize(nil, w, "") {
			if got := ordinal(&tk); got != n {
				t.Errorf("ordinal(%q) = %d, want %d", w, got, n)
			}
		}
	}
	for _, w := range []string{"season", "the", "new", ""} {
		for _, tk := range tokenize(nil, w, "") {
			if got := ordinal(&tk); got != 0 {
				t.Errorf("ordinal(%q) = %d, want 0", w, got)
			}
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestKeyHashes checks that hashRaw and hashFact give equal keys, their
// strings wherever they lie in memory, one hash, and that a keyTable read
// with them answers as a map does.
func TestKeyHashes(t *testing.T) {
	var raws keyTable[rawKey]
	var facts keyTable[factKey]
	wantRaw, wantFact := map[rawKey]int{}, map[factKey]int{}
	for i := 0; i < 500; i++ {
		person := fmt.Sprintf("Person Number %d", i%97)
		show := fmt.Sprintf("A Show %d", i%13)
		r := rawKey{"cast", person, show, fmt.Sprint(i % 3), ""}
		f := factKey{open: i%2 == 0, kind: "crew", person: person, show: show, job: "director"}
		// the same keys in other memory
		r2 := rawKey{"cast", string([]byte(person)), string([]byte(show)), fmt.Sprint(i % 3), ""}
		f2 := f
		f2.person, f2.show = string([]byte(person)), string([]byte(show))
		if hashRaw(r) != hashRaw(r2) || hashFact(f) != hashFact(f2) {
			t.Fatalf("equal keys hash apart: %v, %v", r, f)
		}
		raws.put(hashRaw(r), r, i)
		facts.put(hashFact(f), f, i)
		wantRaw[r], wantFact[f] = i, i
	}
	for k, v := range wantRaw {
		if got, ok := raws.get(hashRaw(k), k); !ok || got != v {
			t.Errorf("raw %v: %d %v, want %d", k, got, ok, v)
		}
	}
	for k, v := range wantFact {
		if got, ok := facts.get(hashFact(k), k); !ok || got != v {
			t.Errorf("fact %v: %d %v, want %d", k, got, ok, v)
		}
	}
	if raws.len() != len(wantRaw) || facts.len() != len(wantFact) {
		t.Errorf("%d raw keys, want %d; %d fact keys, want %d", raws.len(), len(wantRaw), facts.len(), len(wantFact))
	}
}
