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

// starOfAsideBehind returns where an aside ", star of “T”" that ends at
// the closing quote j opens (its comma), or -1: "Streep, 68, star of “The
// Post” will play C", written with no comma before the verb.
func (x *extractor) starOfAsideBehind(j int) int {
	o := x.openQuoteOf(j)
	if o < 3 || x.tok(o-1).low != "of" {
		return -1
	}
	m := o - 2
	if l := x.tok(m).low; l != "star" && l != "alum" && l != "veteran" || x.tok(m).cap {
		return -1
	}
	if x.tok(m-1).low == "the" {
		m--
	}
	if x.tok(m-1).text != "," {
		return -1
	}
	return m - 1
}

// prizeMadeWord reports whether w, hyphenated and in lower case, is a prize
// made a describing word, however the rest is spelt: "Oscar-nominated",
// "Oscar-nomnated", "Emmy-winner".
func prizeMadeWord(w string) bool {
	p, _, ok := strings.Cut(w, "-")
	return ok && (p == "oscar" || p == "emmy" || p == "bafta" || p == "grammy")
}
