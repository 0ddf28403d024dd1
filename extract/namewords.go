package extract

import (
	"slices"
)

// weekdaySurname reports whether the capitalized weekday at k is the last
// word of a name in a list of names: "Joy Sunday" in "Emma Myers, Joy
// Sunday, Naomi Ogawa". A given name stands before it, a comma or the
// list's start before that, and a comma or "and" after it; "announced
// Monday" and "on Sunday" stay dates.
func (x *extractor) weekdaySurname(k int) bool {
	if k < 2 || k+1 >= len(x.toks) {
		return false
	}
	t, first := &x.toks[k], &x.toks[k-1]
	if !t.cap || t.kind != tWord || !weekdaysIDs.has(t.id) || len(t.low) < 6 || !isName(first) || !first.has(cNameStart) {
		return false
	}
	if p := x.toks[k-2].text; p != "," && x.toks[k-2].low != "and" {
		return false
	}
	next := x.toks[k+1]
	if next.text != "," && next.low != "and" {
		return false
	}
	// the list goes on with a name after the comma or "and"
	m := k + 2
	if next.text == "," && m < len(x.toks) && x.toks[m].low == "and" {
		m++
	}
	return m < len(x.toks) && isName(&x.toks[m])
}

// givenNames maps the folded given name of each Korean name written in
// three spaced syllables ("Park Seo Joon") to the name, from the full
// names the article mentions: a later mention may use the given name
// alone ("Seo Joon will be playing"). A given name two names share maps
// to "". The names go into k.given, an empty map.
func (x *extractor) givenNames(k *knowledge) {
	given := &k.given
	for _, m := range k.named {
		if !m.family {
			continue // the first word is no Korean family name (familyFirst)
		}
		full := m.full
		// strings.Fields(full), read only as far as a fourth word
		var w [3]string
		n := 0
		for i := 0; n < 4; n++ {
			st, e := nextField(full, i)
			if st == len(full) {
				break
			}
			if n < 3 {
				w[n] = full[st:e]
			}
			i = e
		}
		if n != 3 || !hasLower(koreanFamily, w[0]) || hasByte(full, '-') {
			continue
		}
		g := x.fold(w[1] + " " + w[2])
		if prev, ok := given.get(g); ok && x.fold(prev) != x.fold(full) {
			given.set(g, "")
		} else if !ok {
			given.set(g, full)
		}
	}
}

// givenAt reports whether a Korean given name the article knows starts at
// i with a syllable that is also a function word: "So Hee" for Han So Hee.
func (x *extractor) givenAt(i int) bool {
	if i+1 >= len(x.toks) || x.know == nil || x.know.given.len() == 0 && x.know.log == nil {
		return false // no given name known; where the questions are noted, the one below is
	}
	t, n := &x.toks[i], &x.toks[i+1]
	if !t.cap || t.kind != tWord || isName(t) || !isName(n) || len(t.low) > 3 {
		return false
	}
	return x.know.givenOf(x.fold(x.s.text[t.start:n.end])) != ""
}

// soloFirstNames maps a one-word name the first reading credited
// ("Sonakshi will also be seen next in T") to the one full name of the
// article that starts with it ("Sonakshi Sinha and Diljit Dosanjh have
// started filming"), where its word starts no name the name lists know.
// The article is read once for all such names.
func (x *extractor) soloFirstNames(k *knowledge) {
	type solo struct {
		name, key, full string // full: "" none yet, "-" two full names start with it
	}
	var solos []solo
	for i := range x.facts {
		f := &x.facts[i]
		if hasByte(f.Person, ' ') || len(f.Person) < 3 || !isCapitalized(f.Person) || hasLower(koreanFamily, f.Person) {
			continue // not "Park", a family name that starts many names
		}
		key := x.fold(f.Person)
		if _, ok := k.surname.get(key); ok || slices.ContainsFunc(solos, func(o solo) bool { return o.name == f.Person }) {
			continue // read again, it would find what it found
		}
		solos = append(solos, solo{name: f.Person, key: key})
	}
	if len(solos) == 0 {
		return
	}
	for i := range x.sents {
		if x.sents[i].head {
			continue // a headline's capitals run on: "Hyun-bin Signs Up"
		}
		t := x.sents[i].toks
		for a := 0; a+1 < len(t); a++ {
			if w := t[a].text; len(w) < 3 || !isCapitalized(w) || !isName(&t[a+1]) || t[a+1].has(cStopWords) {
				continue // as each of solos is
			}
			for j := range solos {
				o := &solos[j]
				if t[a].text != o.name {
					continue
				}
				b := a + 1
				for b < len(t) && b < a+3 && isName(&t[b]) {
					b++
				}
				if b < len(t) && t[b].kind == tPoss {
					continue // "Sonakshi Sinha's": still the name, but read at its plain use
				}
				st := a
				for st > 0 && a-st < 2 && isName(&t[st-1]) && !t[st-1].has(cStopWords|cPrefixNouns) {
					st-- // "Alberto Rodríguez Sánchez ... Rodríguez will direct": a paternal surname inside the name
				}
				name := cleanSpace(x.sents[i].text[t[st].start:t[b-1].end])
				if x.isNetwork(name) || k.shows.has(x.skey(name)) {
					continue
				}
				if o.full != "" && o.full != name {
					o.full = "-" // two full names start with it
				} else if o.full == "" {
					o.full = name
				}
			}
		}
	}
	for _, o := range solos {
		// a name of the same key read before may have given it
		if _, ok := k.surname.get(o.key); !ok && o.full != "" && o.full != "-" {
			k.surname.set(o.key, o.full)
		}
	}
}

// isCapitalized reports whether s starts with a capital letter.
func isCapitalized(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// commonSurnames are surnames that are also common words, and so no name
// words of their own: "Jason Lord", "Andrew Singer", "Olivia May".
var commonSurnames = set(`lord may will singer king young page love hope price bell black white brown green hunter`)

// commonSurname reports whether the capitalized word at k is the surname
// of a two-word name: a common word (commonSurnames) right after a given
// name the name lists know, in prose, with no capitalized word after it
// ("along with EP Andrew Singer.", "Jason Lord is directing").
func (x *extractor) commonSurname(k int) bool {
	if k < 1 || k >= len(x.toks) || x.s == nil || x.s.head {
		return false
	}
	t, first := &x.toks[k], &x.toks[k-1]
	if !t.cap || t.kind != tWord || !commonSurnamesIDs.has(t.id) || !first.cap || !isName(first) || !first.has(cNameStart) {
		return false
	}
	if p := &x.toks[max(k-2, 0)]; k >= 2 && p.cap && p.kind == tWord && !isUpperCase(p.text) {
		return false // a longer run of capitals: a title (not "EP Andrew Singer")
	}
	if k+1 < len(x.toks) {
		if n := &x.toks[k+1]; n.cap && n.kind == tWord || n.kind == tNum || n.kind == tPoss {
			return false // "Olivia May 2024", "Tom King's"
		}
	}
	return true
}

// listedName reports whether the two capitalized words at a, of a name
// list's entry ("names like Editi Effiong, Mo Abudu"), are a full name
// whose last word the article uses alone ("Directed by Effiong"), though
// the first starts no name the name lists know.
func (x *extractor) listedName(t []token, a int) bool {
	if a < 1 || a+2 >= len(t) || !isName(&t[a]) || !isName(&t[a+1]) || t[a].kind != tWord {
		return false
	}
	switch p := &t[a-1]; {
	case p.text == ",", p.low == "like" && !p.cap, p.low == "including" && !p.cap:
	default:
		return false
	}
	if n := &t[a+2]; n.text != "," && n.low != "and" {
		return false
	}
	return x.solo(t[a+1].text) > 0
}

// jobAppositiveName reports whether the two capitalized words at a, opening
// the sentence or a clause, are a full name that an appositive gives a job
// ("Ada Okonkwo-Ibe, the movie producer, broke the news"), and whose last
// word the article uses alone ("Okonkwo-Ibe is renowned for"), though the
// first starts no name the name lists know.
func (x *extractor) jobAppositiveName(t []token, a int) bool {
	if a+4 >= len(t) || !isName(&t[a]) || !isName(&t[a+1]) || t[a].kind != tWord || t[a+2].text != "," || a > 0 && t[a-1].kind != tPunct {
		return false
	}
	if l := t[a+3].low; l != "the" && l != "a" && l != "an" {
		return false
	}
	for m := a + 4; m < len(t) && m <= a+6; m++ {
		if t[m].cap || t[m].kind != tWord {
			return false
		}
		if t[m].has(cJobNoun) {
			return x.solo(t[a+1].text) > 0 || x.opensSentence(t[a+1].text)
		}
	}
	return false
}

// opensSentence reports whether some sentence opens with the word w alone,
// before a word in lower case: "Okonkwo-Ibe is renowned for".
func (x *extractor) opensSentence(w string) bool {
	for i := range x.sents {
		if t := x.sents[i].toks; len(t) > 1 && t[0].text == w && t[1].kind == tWord && !t[1].cap {
			return true
		}
	}
	return false
}

// monthMiddle reports whether the month at k is a middle name between two
// name words: "Daisy May Cooper", not "in May Cooper said".
func (x *extractor) monthMiddle(k int) bool {
	if k < 1 || k+1 >= len(x.toks) {
		return false
	}
	t := &x.toks[k]
	return t.cap && t.has(cMonth) && isName(&x.toks[k-1]) && isName(&x.toks[k+1]) && x.toks[k-1].has(cNameStart)
}

// hyphenGiven reports whether t is a hyphenated given name after a family
// name, as Korean names are romanized: "Kang-ho" in "Song Kang-ho",
// "Yeo-been": two short syllables, the first capitalized, the second not.
func hyphenGiven(t *token) bool {
	if t.kind != tWord || !t.cap || !isName(t) {
		return false
	}
	a, b, ok := cutByte(t.text, '-')
	return ok && len(a) >= 2 && len(a) <= 5 && len(b) >= 2 && len(b) <= 5 && b[0] >= 'a' && b[0] <= 'z' && !hasByte(b, '-')
}

// hyphenGivens reports whether w is two capitalized given names joined by
// a hyphen, "Anne-Marie", "Lise-Anne", "Jean-Marc": each part starts names
// in the name lists, so the whole starts one. A Korean given name's second
// syllable is in lower case ("Kang-ho") and is read by hyphenGiven.
func hyphenGivens(w string) bool {
	a, b, ok := cutByte(w, '-')
	if !ok || len(a) < 2 || len(b) < 2 || b[0] < 'A' || b[0] > 'Z' || hasByte(b, '-') {
		return false
	}
	var buf [32]byte
	return len(a) <= len(buf) && len(b) <= len(buf) &&
		wordClasses.getBytes(lowerInto(buf[:0], a))&cNameStart != 0 &&
		wordClasses.getBytes(lowerInto(buf[:0], b))&cNameStart != 0
}

// monthSurname reports whether the month at k is a surname after a given
// name, or a given and a middle name: "Pernilla August, Alba August",
// "Asta Kamma August", "Theresa May said", not "in August 2024" or "on May
// 5".
func (x *extractor) monthSurname(k int) bool {
	if k < 1 || k >= len(x.toks) {
		return false
	}
	t := &x.toks[k]
	if !t.cap || !t.has(cMonth) || x.isUsed(k) || !x.startsName(k-1) && !(k >= 2 && x.startsName(k-2) && x.toks[k-1].cap && !x.toks[k-1].has(cStopWords)) || !isName(&x.toks[k-1]) || x.toks[k-1].has(cDateWords) {
		return false
	}
	n := x.tok(k + 1)
	return n.kind != tNum && n.low != "of" && !(n.kind == tWord && n.cap)
}

// wordSurnames are surnames that are also function words the stop list
// keeps out of names: "David West Read", "Kenneth More".
var wordSurnames = set(`read more`)

// wordSurname reports whether the capitalized stop word at k ends a
// three-word name, after a given name the name lists know and a middle
// name, in prose, with no capitalized word or number after it: "writer
// David West Read, who". A capitalized word before the given name makes
// the run a title.
func (x *extractor) wordSurname(k int) bool {
	if k < 2 || k >= len(x.toks) || x.s == nil || x.s.head {
		return false
	}
	t, mid, first := &x.toks[k], &x.toks[k-1], &x.toks[k-2]
	if !t.cap || t.kind != tWord || !wordSurnamesIDs.has(t.id) || !isName(mid) || mid.kind != tWord || !isName(first) || !first.has(cNameStart) {
		return false
	}
	if k >= 3 && x.toks[k-3].cap && x.toks[k-3].kind == tWord {
		return false
	}
	if k+1 < len(x.toks) {
		if n := &x.toks[k+1]; n.cap && n.kind == tWord || n.kind == tNum {
			return false // "Read More"
		}
	}
	return true
}

// performerNounName reports whether the two capitalized words at a, after
// a performer's noun in lower case, are a full name whose last word the
// article uses alone: "the Oscar-winning actress Olympia Dukakis ... Cher,
// who starred alongside Dukakis", though the first word starts no name the
// name lists know.
func (x *extractor) performerNounName(t []token, a int) bool {
	if a < 1 || a+1 >= len(t) || t[a-1].cap || !t[a-1].has(cPrefixNouns) || !isName(&t[a]) || !isName(&t[a+1]) || t[a].kind != tWord || t[a+1].kind != tWord {
		return false
	}
	if a+2 < len(t) && t[a+2].cap && t[a+2].kind == tWord {
		return false
	}
	return x.solo(t[a+1].text) > 0
}

// namedPair reports whether the capitalized word at a, which starts no
// name the name lists know, opens a name of two words all the same: one
// of a list (listedName), of an appositive's job (jobAppositiveName), after
// a performer's noun (performerNounName), whose last word the article
// credits alone (loneSurnameName), or before a hyphenated given name. Each
// reads a name at a and a+1 first: the caller asks only where a+1 is one
// (the word after a that is no name answers no, with none of them asked).
func (x *extractor) namedPair(k *knowledge, t []token, a int) bool {
	return isName(&t[a]) && (x.listedName(t, a) || x.jobAppositiveName(t, a) || x.performerNounName(t, a) || x.loneSurnameName(k, t, a)) || hyphenGiven(&t[a+1])
}

// loneSurnameName reports whether the two capitalized words at a are a
// name whose given name the name lists do not know, where the article
// credits its second word alone: "Funmilayo Adeyemi has unveiled T. ...
// Adeyemi wrote and produced the film" (the surname is the full name).
func (x *extractor) loneSurnameName(k *knowledge, t []token, a int) bool {
	if a+1 >= len(t) || t[a].kind != tWord || !isName(&t[a]) || !isName(&t[a+1]) || t[a].has(cPrefixNouns|cDescribe) ||
		a+2 < len(t) && t[a+2].cap && t[a+2].kind == tWord {
		return false
	}
	return k.persons.has(x.fold(t[a+1].text))
}

// firstName is a folded first word of the full names the article
// mentions, the key of the one full name it starts ("" where two start
// with it), and that name.
type firstName struct{ first, key, full string }

// addMention sets the name of the folded full name key to full, noting a
// new key at the end of named.
func (k *knowledge) addMention(key, full string) {
	h := strHash(key)
	if i, ok := k.mentionAt.getHashed(h, key); ok {
		k.named[i].full = full
		return
	}
	k.mentionAt.add(h, key, int32(len(k.named)))
	k.named = append(k.named, mention{key: key, full: full})
}
