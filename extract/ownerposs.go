// An owner in the possessive before the show's title: a channel or a
// studio the rules do not know ("KBX's T", "SABC1's soapie T", "New
// Faces Join Veltrix's T"), passed to the title after it.

package extract

// acronymOwner reports whether k is a word in capitals (two to five
// capitals or digits, "KBX", "SABC1") in the possessive before a
// capitalized word or a lower-case genre noun: an owner, a channel or a
// studio, of the title after it.
func (x *extractor) acronymOwner(k int) bool {
	if !acronym(x.tok(k).text) || x.tok(k+1).kind != tPoss {
		return false
	}
	n := x.tok(k + 2)
	return n.kind == tWord && (n.cap || n.has(cGenreNouns)) || isQuote(n.text)
}

// pastOwnerPoss passes, where the title found at at ends at e in a
// possessive before another title, to that title: "New Faces Join
// Veltrix's T" names T, owned by a studio or a channel; not a person's
// name, which pastMakerOwner reads. It returns the title's bounds.
func (x *extractor) pastOwnerPoss(at, e int) (int, int) {
	if e > at && x.tok(e).kind == tPoss && x.titleStarts(e+1) && !(x.personShaped(at, e) && x.startsName(at)) {
		if e2 := x.titleAt(e+1, false); e2 > e+1 {
			return e + 1, e2
		}
	}
	return at, e
}

// headlineOwner reports whether the one owner before the possessive at k
// is no maker: a word in capitals that owns a title ("KBX's T"), or a run
// of capitalized words that holds a headline's verb ("Faces Join
// Veltrix").
func (x *extractor) headlineOwner(k int) bool {
	st := x.ownersStart(k)
	if x.acronymOwner(k-1) && !x.startsName(st) {
		return true
	}
	for m := max(st, 0); m < k; m++ {
		if l := x.tok(m).low; l == "join" || l == "joins" || l == "boards" || headlineVerbs[l] {
			return true
		}
	}
	return false
}

// acronymKind reports whether k is a word in capitals before a lower-case
// genre noun: "the KBX drama T", "in VTN2 romance T", a channel's kind of
// show before its title.
func (x *extractor) acronymKind(k int) bool {
	n := x.tok(k + 1)
	return acronym(x.tok(k).text) && n.kind == tWord && !n.cap && n.has(cGenreNouns)
}

// acronymOwnerLen is how many tokens at k name a channel in capitals
// before a title: 2 for "KBX's", 1 for "KBX" before a genre noun, else 0.
func (x *extractor) acronymOwnerLen(k int) int {
	if x.acronymOwner(k) {
		return 2
	}
	if x.acronymKind(k) {
		return 1
	}
	return 0
}

// theKindTitle is where the title starts after "the" (at k) and a kind of
// show before it, "from the soap T", "on the hit drama “T”", "the crime
// drama T", "the soap opera T" (lower-case words, the last a genre
// noun), or k where no genre noun and title follow: skipOwner's reading
// of "the" with no owner.
func (x *extractor) theKindTitle(k, at int) int {
	m := at
	for m < len(x.toks) && m < at+4 && !x.tok(m).cap && x.tok(m).kind == tWord && !x.tok(m).has(cStopWords) {
		m++ // "the crime drama", "the soap opera", "the limited series"
	}
	last := x.tok(m - 1)
	kind := m > at && (last.has(cGenreNouns) || last.low == "opera" && x.tok(m-2).low == "soap")
	if kind && (x.tok(m).cap && x.tok(m).kind == tWord || isQuote(x.tok(m).text)) {
		return m
	}
	return k
}

// ownerOpens reports whether the headline's words before the possessive at
// e are an owner of the title after it though no known network: a channel
// in capitals ("KBX's T adds three") or a person's full name ("Pell
// Ardon's T adds three"); not one capitalized word, which may be a part of
// the title ("Grey's Anatomy").
func (x *extractor) ownerOpens(e int) bool {
	return e == 1 && x.acronymOwner(0) || e >= 2 && x.personShaped(0, e) && x.startsName(0)
}

// colonKind reports whether the colon at c is followed by an article, at
// most two adjectives and a lower-case genre noun: "T: the new thriller
// from X", "T: a drama about two sisters", a headline that says what T
// is.
func (x *extractor) colonKind(c int) bool {
	if x.tok(c).text != ":" {
		return false
	}
	if l := x.tok(c + 1).low; l != "the" && l != "a" && l != "an" {
		return false
	}
	for m := c + 2; m < c+5; m++ {
		if t := x.tok(m); t.kind != tWord || t.cap {
			return false
		} else if t.has(cGenreNouns) {
			return true
		}
	}
	return false
}
