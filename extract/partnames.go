package extract

// Two words of a longer name, used alone after it: "Engin Altan" of
// "Engin Altan Düzyatan", "Lopes Ferreira" of "Ana Maria Lopes Ferreira",
// "García Bernal" of "Gael García Bernal". A given name and a middle name,
// or a double surname, name the one person the article named in full.

import "strings"

// partNames adds to k's surnames the first two and the last two words of
// each name of three or four words the first reading credited, keyed as
// folded (a headline's run of capitals, "Jan Merlin Dead", is no name):
// a key the surnames hold already keeps its name, and one two names share
// names no one. Words that are initials or particles make no key ("Michael
// B.", "De Niro" has its own).
func (x *extractor) partNames(k *knowledge) {
	added := map[string]bool{}
	for i := range x.facts {
		full := x.facts[i].Person
		if i > 0 && full == x.facts[i-1].Person {
			continue
		}
		n := strings.Count(full, " ")
		if n < 2 || n > 3 || dotQuotes.has(full) {
			continue
		}
		f := strings.Fields(full)
		if len(f) != n+1 || koreanFamily[strings.ToLower(f[0])] {
			continue // "Kim Tae Rin": its given name has its own key
		}
		for _, pair := range [2][2]string{{f[0], f[1]}, {f[n-1], f[n]}} {
			if len(pair[0]) < 2 || len(pair[1]) < 2 || !isCapitalized(pair[0]) || !isCapitalized(pair[1]) || isParticle(pair[0]) || isParticle(pair[1]) {
				continue
			}
			key := x.fold(pair[0] + " " + pair[1])
			if prev, ok := k.surname.get(key); ok {
				if added[key] && x.fold(prev) != x.fold(full) {
					k.surname.set(key, "") // two names of the article
				}
				continue
			}
			k.surname.set(key, full)
			added[key] = true
		}
	}
}

// partNameFull returns the longer full name the article gives for name, two
// words of it (partNames), or "".
func (x *extractor) partNameFull(name string) string {
	if strings.Count(name, " ") != 1 {
		return ""
	}
	if full := x.know.surnameOf(x.fold(name)); strings.Count(full, " ") >= 2 {
		return full
	}
	return ""
}
