package extract

// Words before a name that are no part of it: a participle opening the
// sentence ("Joining Mr. Prew in the cast are") and an honorific before a
// surname ("Mr. Prew", the person named in full before).

import "strings"

// openingParticiple reports whether the sentence opens with a participle
// in capitals before a name, no name itself: "Joining Mr. Prew in the cast
// are", "Following Yoo Ah-in is Y" (not "Sterling K. Brown", a given
// name).
func (x *extractor) openingParticiple() bool {
	t := &x.toks[0]
	if len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || !t.cap || t.has(cNameStart) || x.resolve(t.text) != t.text {
		return false
	}
	n := x.tok(1) // a given name or an honorific after it: not "Rising Bollywood star X"
	h := strings.TrimSuffix(n.low, ".")
	return x.startsName(1) || h == "mr" || h == "mrs" || h == "ms"
}

// honorificSurname returns the surname of "Mr. Prew", "Ms Lee", or "".
func honorificSurname(name string) string {
	if len(name) < 4 || name[0] != 'M' || strings.Count(name, " ") != 1 {
		return ""
	}
	for _, h := range [...]string{"Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs ", "Ms "} {
		if rest, ok := strings.CutPrefix(name, h); ok {
			return rest
		}
	}
	return ""
}
