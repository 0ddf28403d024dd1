package extract

// A surname that opens with a particle ("Van Os", "Del Arco", "De Luca")
// is what a later mention uses alone of "Luke Van Os": the two words, not
// the last one, name the person.

import "strings"

// particleSurname returns the last two words of full where full has three
// words or more and the second to last is a name particle: "Van Os" of
// "Luke Van Os"; else "".
func particleSurname(full string) string {
	sp := strings.LastIndexByte(full, ' ')
	if sp <= 0 {
		return ""
	}
	sp2 := strings.LastIndexByte(full[:sp], ' ')
	if sp2 <= 0 || !isParticle(full[sp2+1:sp]) {
		return ""
	}
	return full[sp2+1:]
}

// spacedSurnameFull returns the full name the article gives for name, a
// surname after an honorific ("Mr. Prew") or a particle and one word ("Van
// Os"), or "".
func (x *extractor) spacedSurnameFull(name string) string {
	if rest := honorificSurname(name); rest != "" {
		return x.know.surnameOf(x.fold(rest))
	}
	p, rest, ok := cutByte(name, ' ')
	if !ok || strings.IndexByte(rest, ' ') >= 0 || !isParticle(p) {
		return x.partNameFull(name) // "Lopes Ferreira", "Engin Altan" (partnames.go)
	}
	return x.know.surnameOf(x.fold(name))
}

// isParticle reports whether w is a name particle in any case
// (nameParticles): one lookup in the word classes, without a copy of w,
// asked only of a word of two to five bytes whose first byte may open one.
// Those bounds hold in any case: of the runes past ASCII only "İ" and the
// Kelvin sign lower into ASCII, to "i" and "k", which open no particle, and
// "İ" makes "di" and "bin" three and four bytes long at most.
func isParticle(w string) bool {
	if len(w) < 2 || len(w) > 5 || particleFirsts&(1<<((w[0]|0x20)&0x3f)) == 0 {
		return false
	}
	var buf [32]byte
	return wordClasses.getBytes(lowerInto(buf[:0], w))&cParticle != 0
}

// resolveTwo is resolveUncached for a name of two words, h and rest: the
// full name of its given names (givenFull), of its surname after an
// honorific or a particle (spacedSurnameFull), of its two words (partNameFull)
// or of "Dame" or "Sir" and a given name, asked of the knowledge in that
// order, with the name folded once; else name.
func (x *extractor) resolveTwo(name, h, rest string) string {
	f := x.fold(name)
	if full := x.know.givenOf(f); full != "" {
		return full // "Seo Joon" for "Park Seo Joon"
	}
	if len(name) >= 4 && rest != "" && name[0] == 'M' && (h == "Mr." || h == "Mrs." || h == "Ms." || h == "Mr" || h == "Mrs" || h == "Ms") {
		if full := x.know.surnameOf(x.fold(rest)); full != "" {
			return full // "Mr. Prew" for "Augustus Prew"
		}
		return name
	}
	if !isParticle(h) {
		if full := x.know.surnameOf(f); strings.Count(full, " ") >= 2 {
			return full // "Lopes Ferreira", "Engin Altan" (partnames.go)
		}
	} else if full := x.know.surnameOf(f); full != "" {
		return full // "Van Os" for "Luke Van Os"
	}
	if (h == "Dame" || h == "Sir") && x.know.surnameOf(x.fold(rest)) != "" {
		return x.know.surnameOf(x.fold(rest)) // "Dame Angela" for "Angela Lansbury": a knighthood's given name
	}
	return name
}

// particleFirsts has a bit for the first byte of each of nameParticles, its
// lower case's low six bits (as companyEndFirsts).
var particleFirsts = func() (m uint64) {
	for w := range nameParticles {
		m |= 1 << ((w[0] | 0x20) & 0x3f)
	}
	return m
}()
